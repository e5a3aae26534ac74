"""Processing algorithm buurtkijker:exportlayout: theme maps and buurtprofielen as PDF, PNG or SVG."""

from qgis.core import (QgsFeatureRequest, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingMultiStepFeedback, QgsProcessingOutputString, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer, QgsProject)

from ..core import notes as core_notes
from ..core import themes as theme_io
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..core.gemeenten import resolve
from ..paths import THEMES_FILE
from ..qgis_io import layers, layouts, notes_store, presentation, result_layouts
from ..qgis_io.i18n import error_text, language_scope, tr, user_language
from .base import BuurtKijkerAlgorithm


class ExportLayoutAlgorithm(BuurtKijkerAlgorithm):
    INPUT, THEME, TEMPLATE, GEMEENTE, BUURTEN = "INPUT", "THEME", "TEMPLATE", "GEMEENTE", "BUURTEN"
    REFERENCE, THEME_FILE, TITLE, OUTPUT = "REFERENCE_LAYER", "THEME_FILE", "TITLE", "OUTPUT"
    OLD_REFERENCE = "REFERENCE"  # the old name of REFERENCE_LAYER (REFERENCE is a choice in the other algorithms)
    TAGS = ("layout", "print", "kaart", "PDF", "buurtprofiel", "atlas")
    TEMPLATE_FILE, LABELS, NOTES = "TEMPLATE_FILE", "LABELS", "NOTES"
    GROUP_ID = "layouts"

    def name(self):
        return "exportlayout"

    def displayName(self):  # noqa: N802
        return tr("Export map layout")

    def flags(self):
        # layouts render on the main thread; so processAlgorithm runs there too, and evaluating the parameters and
        # reading the project layer in it is safe (no prepareAlgorithm needed, unlike computeindices/comparebuurten)
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def help_text(self):
        return tr("A print-ready map of a theme score, from a layer made by 'Compute theme indices': title, "
                  "legend, scale bar, north arrow, method text, source line and date.\n\n"
                  "THEME: theme ids, comma-separated; 'total' for the overall score; several themes (or empty "
                  "= all) give one file per theme, named <output>_<theme>.\n"
                  "TEMPLATE: a4_landscape, a4_portrait, a3_landscape, a3_portrait or buurtprofiel (one page per "
                  "buurt, PDF).\nTEMPLATE_FILE (optional): your own .qpt with the same item ids, used instead.\n"
                  "GEMEENTE: only these gemeenten of the layer (codes or names).\n"
                  "BUURTEN: for buurtprofiel, the buurten (codes or names; empty = all).\n"
                  "LANGUAGE: nl or en, the language of the map's texts, legend and explanations (default: QGIS' "
                  "language), e.g. a Dutch map from an English QGIS.\n"
                  "LABELS: buurt names or codes on the map (none = no labels).\n"
                  "NOTES: for buurtprofiel, a notes CSV (buurtcode;datum;rol;thema;tekst) shown in a box 'What we "
                  "hear in the buurt'; empty = the notes kept beside the layer, if it has any. Never in the scores.\n"
                  "OUTPUT: .pdf, .png or .svg.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, tr("Theme indices layer")))
        self.addParameter(QgsProcessingParameterString(
            self.THEME, tr("Theme(s): ids, comma-separated, or 'total' (empty = all)"), defaultValue="total",
            optional=True))
        self.add_choice(self.TEMPLATE, tr("Template"), layouts.TEMPLATES + (layouts.PROFILE,), default="a4_landscape")
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE_FILE, tr("Own layout template (.qpt, used instead of TEMPLATE)"), extension="qpt",
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.GEMEENTE, tr("Gemeente(n): codes or names (empty = the whole layer)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BUURTEN, tr("Buurten for buurtprofielen: codes or names (empty = all)"), optional=True))
        self.add_renamed(QgsProcessingParameterVectorLayer(
            self.REFERENCE, tr("National reference layer for buurtprofielen (optional)"), optional=True),
            self.OLD_REFERENCE)
        self.addParameter(QgsProcessingParameterFile(
            self.THEME_FILE, tr("Theme file (JSON, replaces the built-in themes)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title (empty = theme and gemeente)"),
                                                       optional=True))
        self.add_language()
        self.add_choice(self.LABELS, tr("Buurt labels on the map"), layouts.LABEL_CHOICES, default="none")
        self.addParameter(QgsProcessingParameterFile(
            self.NOTES, tr("Notes CSV for buurtprofielen (empty = the layer's own notes)"), extension="csv",
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Output file"), tr("PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)")))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Files written, separated by ';'")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        parameters = self.renamed_value(parameters, self.REFERENCE, self.OLD_REFERENCE, feedback)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        template = (self.parameterAsFile(parameters, self.TEMPLATE_FILE, context)
                    or self.choice(parameters, self.TEMPLATE, context, "a4_landscape"))
        language = self.language(parameters, context)
        labels = self.choice(parameters, self.LABELS, context, "none")
        project = QgsProject()  # a private project: the user's project and layer stay as they are
        try:
            with language_scope(language):  # the map's words in its own language, whatever QGIS speaks
                available = theme_io.load_themes(self.parameterAsFile(parameters, self.THEME_FILE, context)
                                                 or THEMES_FILE)
                copy = private_copy(layer, self.parameterAsString(parameters, self.GEMEENTE, context))
                project.addMapLayer(copy)
                kind = result_layouts.result_kind(copy)
                if kind != result_layouts.INDICES and template != layouts.PROFILE:
                    keys = result_keys(self.parameterAsString(parameters, self.THEME, context), copy, available,
                                       language)
                    written = [str(p) for p in result_layouts.export_results(
                        copy, keys, output, template, project, language, feedback=feedback, themes=available)]
                    return {self.OUTPUT: written[0] if len(written) == 1 else output, "FILES": ";".join(written)}
                method = layouts.run_info(copy).get("method") or "zscore"
                feedback.pushInfo(tr("Styling {} buurten...").format(copy.featureCount()))
                presentation.add_theme_styles(copy, available, method, language=language)
                if template == layouts.PROFILE:
                    written = [self.profiles(parameters, context, copy, available, project, output, language,
                                             feedback)]
                else:
                    chosen = chosen_themes(self.parameterAsString(parameters, self.THEME, context), available, copy,
                                           feedback, language)
                    title = self.parameterAsString(parameters, self.TITLE, context) or None
                    written = [str(p) for p in layouts.export_themes(copy, chosen, output, template, project,
                                                                     language, feedback=feedback, title=title,
                                                                     labels=labels)]
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        if feedback.isCanceled() or not any(written):
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        return {self.OUTPUT: written[0] if len(written) == 1 else output, "FILES": ";".join(written)}

    def profiles(self, parameters, context, copy, available, project, output, language, feedback):
        frame = layers.indexed_frame(copy)
        requested = self.parameterAsString(parameters, self.BUURTEN, context)
        codes = layouts.profile_codes(frame, requested)
        reference = self.parameterAsVectorLayer(parameters, self.REFERENCE, context)
        national = layers.reference_frame(reference) if reference is not None else None
        feedback.pushInfo(tr("Buurtprofielen for {} buurten...").format(len(codes)))
        steps = QgsProcessingMultiStepFeedback(2, feedback)  # charts, then the pages
        notes = self.notes(parameters, context, self.parameterAsVectorLayer(parameters, self.INPUT, context))
        made = layouts.export_profiles(copy, frame, codes, available, output, project, national, language,
                                       feedback=steps, next_step=lambda: steps.setCurrentStep(1), notes=notes)
        if made.written is not None:
            feedback.pushInfo(tr("Wrote {}").format(made.written))
        return str(made.written or "")

    def notes(self, parameters, context, layer):
        """The notes of the profile box: the NOTES CSV, else the layer's own table; None (no box) without either."""
        path = self.parameterAsFile(parameters, self.NOTES, context)
        if path:
            return core_notes.read_csv(path)
        store = notes_store.store_for(layer)
        return store.read() if store is not None and store.exists() else None


def private_copy(layer, gemeente=None):
    """An in-memory copy of the layer (optionally only some gemeenten) to style and lay out freely."""
    request = QgsFeatureRequest()
    if gemeente:
        codes = resolve(gemeente, layers.gemeenten(layer))
        if codes:
            request.setFilterExpression(layers.gemeente_expression(layer.fields(), codes))
    copy = layer.materialize(request)
    copy.setName(layer.name())
    if copy.featureCount() == 0:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: the layer holds no features."),
                               source=layer.name())
    if not copy.isSpatial() or not any(f.hasGeometry() for f in copy.getFeatures(
            QgsFeatureRequest().setSubsetOfAttributes([]))):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: the layer has no geometries, so there is no map to draw. Use the result of "
                           "'Compute theme indices' saved with its buurt polygons (e.g. as GeoPackage)."),
            source=layer.name())
    return copy


def result_keys(text, layer, available, language):
    """The maps asked for in THEME of a change, scenario or vulnerability layer ('total' and theme ids; empty = the
    overall score, or the first map the layer has)."""
    printable = [key for key, _ in result_layouts.printable(layer, available, language)]
    if not printable:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: no map to print in this layer."),
                               source=layer.name())
    if result_layouts.result_kind(layer) == result_layouts.BIVARIATE:
        return printable
    keys = [k.strip().lower() for k in (text or "").split(",") if k.strip()]
    keys = ["total" if k == "totaal" else k for k in keys] or [printable[0]]
    for key in keys:
        if key not in printable:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{source} has no map of '{theme}'; it has: {choices}."), source=layer.name(),
                theme=key, choices=", ".join(printable))
    return keys


def has_scores(layer, field):
    index = layer.fields().indexOf(field)
    if index < 0:
        return False
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    return any(isinstance(f.attributes()[index], (int, float)) for f in layer.getFeatures(request))


def chosen_themes(text, available, layer, feedback=None, language=None):
    """Themes for the ids in ``text`` ('total' = overall score, None); empty = every theme the layer has scores of.

    A theme asked for by name without any score in the layer is refused (its map would be blank); with ``text``
    empty such themes are left out with a warning."""
    if not text or not text.strip():
        out = []
        for theme in [t for t in available if "bk_" + t.id in layer.fields().names()] + [None]:
            if has_scores(layer, "bk_" + (theme.id if theme else "total")):
                out.append(theme)
            elif feedback is not None:
                feedback.pushWarning(tr("{}: no buurt has a score; no map made.").format(
                    theme.label(language or user_language()) if theme else "total"))
        if not out:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{source}: no buurt has a score, so every map would be blank."), source=layer.name())
        return out
    out = []
    for item in (i.strip() for i in text.split(",") if i.strip()):
        theme = None if item.lower() in ("total", "totaal") else theme_io.select(available, item)[0]
        if theme in out:  # the same rule as every algorithm's THEMES
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Theme {theme} is listed twice; list each "
                                                                    "theme once."), theme=item)
        field = "bk_" + (theme.id if theme else "total")
        if not has_scores(layer, field):
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{source}: no buurt has a score for '{theme}' ({field} is missing or empty), so its "
                               "map would be blank. Compute that theme first or choose another."),
                source=layer.name(), theme=item, field=field)
        out.append(theme)
    return out
