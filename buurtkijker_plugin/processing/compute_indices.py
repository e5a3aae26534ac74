"""Processing algorithm buurtkijker:computeindices: theme indices onto a new buurt layer."""

from qgis.core import (QgsFeatureRequest, QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsProcessingParameterDefinition)

import numpy as np
import pandas as pd

from ..core import cbs_schema as schema, explain, indices, join_sources
from ..core.errors import BuurtKijkerError, Cancelled
from ..qgis_io import geopackage, layers, postgis, presentation, results, style_store
from ..qgis_io.i18n import error_text, tr
from . import output
from .buurt_layer import BuurtLayerAlgorithm, built_in_theme_ids, choice  # noqa: F401 - choice: used by others

MAX_POPULATION = 1000000  # a larger MIN_POPULATION excludes every buurt: refused by the parameter
MAX_DRAWS = 5000  # Monte Carlo draws: a national run stays well under 2 GiB (see docs/errors.md)


class ComputeIndicesAlgorithm(BuurtLayerAlgorithm):
    STORE_STYLES = "STORE_STYLES"
    written = styled = None  # set by processAlgorithm for postProcessAlgorithm: output id, (themes, method, language)

    def name(self):
        return "computeindices"

    def displayName(self):  # noqa: N802
        return tr("Compute theme indices")

    def help_text(self):
        return tr("Computes theme scores (leefbaarheid, sociale veerkracht, achterstand, ...) for the buurten of "
                  "one or more gemeenten from CBS Kerncijfers wijken en buurten. Score 100 is the reference "
                  "average; higher is better. Per theme: score (bk_<theme>), rank (1 = best), class 1-5 and the "
                  "number of indicators used, and in bk_<theme>_why the indicators that pull the score most. "
                  "The input layer is never changed.\n\n"
                  "GEMEENTE: codes or names, comma-separated (empty = all features).\n"
                  "THEMES: built-in theme ids (empty = all); with a THEME_FILE, all themes of that file.\n"
                  "METHOD: zscore, minmax, rank or imd.\nREFERENCE: selection or national.\n"
                  "LANGUAGE: nl or en, the language of the explanations (default: QGIS' language).\n"
                  "SOURCES: extra tables joined by buurt code (CBS Kerncijfers of other years, RIVM "
                  "Gezondheidsmonitor, Leefbaarometer, own CSV or Excel); each indicator is taken from the most "
                  "recent year that has it, and bk_years says which year each value is from.\n"
                  "YEARS: years of the sources when the file has no year column or year in its name, e.g. "
                  "'2020, 2017' (in the order of SOURCES), 'rivm=2020' or 'input=2024' for the buurt layer.\n"
                  "YEAR: the year of the buurt layer when it has no jaar column and no year in its (table) name, "
                  "e.g. a PostGIS table.\n"
                  "The input may be a PostGIS table (the gemeente filter is then done by the database); OUTPUT may "
                  "be a PostGIS table (postgres://dbname=... table=\"public\".\"name\" (geom)); its maps (one style "
                  "per theme, the overall score as default) are then stored in the database's layer_styles table, "
                  "as they are in a GeoPackage OUTPUT's own layer_styles table.\n\n"
                  "Outputs besides the layer: GEMEENTEN (the codes computed), SCORED (buurten with a score), YEAR, "
                  "LEVEL (buurt or wijk) and SOURCE_YEARS.") + "\n\n" + tr(
            "BOUNDARIES: buurt polygons of other years (e.g. the 2019 buurtkaart). A source whose buurt codes belong "
            "to one of those indelingen is carried onto the input's buurten by polygon overlap: counts split by "
            "area, rates and means as overlap-weighted means, an unchanged buurt keeps its own value; bk_years "
            "says which values were carried over and what share of the area they cover.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input()
        self.add_gemeente()
        self.add_themes()
        self.add_method()
        self.add_reference()
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_POPULATION, tr("Minimum number of inhabitants"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=indices.MIN_POPULATION, minValue=0, maxValue=MAX_POPULATION))
        for param in (QgsProcessingParameterNumber(
                self.WINSORIZE, tr("Winsorise: share clipped at each tail (0 = off)"),
                QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0, maxValue=0.49),
                QgsProcessingParameterNumber(
                self.UNCERTAINTY, tr("Uncertainty: Monte Carlo weight draws (0 = off)"),
                QgsProcessingParameterNumber.Type.Integer, defaultValue=0, minValue=0, maxValue=100000)):
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        self.add_sources()
        year = QgsProcessingParameterNumber(
            self.YEAR, tr("Year of the buurt layer (empty = from its jaar column or name)"),
            QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=2000, maxValue=2100)
        year.setFlags(year.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(year)
        self.add_language()
        # hidden: the dock says it stores the maps itself (in the user's classification); see postProcessAlgorithm
        store = QgsProcessingParameterBoolean(self.STORE_STYLES, tr("Store the maps in the output's layer_styles"),
                                              defaultValue=True)
        store.setFlags(store.flags() | QgsProcessingParameterDefinition.Flag.FlagHidden)
        self.addParameter(store)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Theme indices")))
        self.addOutput(QgsProcessingOutputString("GEMEENTEN", tr("Gemeente codes computed, comma-separated")))
        self.addOutput(QgsProcessingOutputNumber("SCORED", tr("Number of buurten with a theme score")))
        self.addOutput(QgsProcessingOutputNumber("YEAR", tr("Year of the buurt layer (0 = unknown)")))
        self.addOutput(QgsProcessingOutputString("LEVEL", tr("Level of the areas: buurt or wijk")))
        self.addOutput(QgsProcessingOutputString("SOURCE_YEARS", tr("Sources and years of the values")))

    def options(self, parameters, context):
        draws = self.parameterAsInt(parameters, self.UNCERTAINTY, context)
        if not 0 <= draws <= MAX_DRAWS:
            raise QgsProcessingException(tr(
                "UNCERTAINTY must be between 0 and {} draws: more would not fit in memory for a national run "
                "(the 5-95 % rank interval is stable from about 1000 draws).").format(MAX_DRAWS))
        minimum = self.parameterAsDouble(parameters, self.MIN_POPULATION, context)
        if not 0 <= minimum <= MAX_POPULATION:
            raise QgsProcessingException(tr(
                "MIN_POPULATION must be between 0 and {}: the largest buurt has fewer than 40,000 inhabitants, "
                "so more would leave every buurt without a score.").format(MAX_POPULATION))
        winsorize = self.parameterAsDouble(parameters, self.WINSORIZE, context)
        if not 0 <= winsorize < 0.5:
            raise QgsProcessingException(tr("WINSORIZE must be a share from 0 up to 0.5."))
        return indices.Options(
            method=choice(self.choice(parameters, self.METHOD, context, "zscore"), indices.METHODS, "METHOD"),
            reference=choice(self.choice(parameters, self.REFERENCE, context, "selection"), indices.REFERENCES,
                             "REFERENCE"),
            min_population=self.parameterAsInt(parameters, self.MIN_POPULATION, context),
            winsorize=self.parameterAsDouble(parameters, self.WINSORIZE, context),
            uncertainty_draws=self.parameterAsInt(parameters, self.UNCERTAINTY, context))

    @staticmethod
    def _progress(feedback):
        """The engine's progress hook: 40-60 % of the bar; False (cancel) when the user cancelled."""
        def report(fraction):
            feedback.setProgress(40 + 20 * fraction)
            return not feedback.isCanceled()
        return report

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """On the main thread (a background task prepares there before its worker runs): everything that touches
        the project or its layers, so that the worker reads only a feature source. Reading a project layer from the
        worker while the map canvas redraws crashed QGIS now and then."""
        self._prepared = {}
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        layers.use_file_encoding(layer)
        self._prepared["source"] = self.parameterAsSource(parameters, self.INPUT, context)
        self._prepared["plan"] = self.geopackage_plan(parameters, context)
        self._prepared["uri"] = self.source_uri(parameters, context)
        self._prepared["input_path"] = self.input_path(layer)
        # the parameters too (evaluating them touches the project's expression scope, not safe beside a redraw)
        early = {"options": lambda: self.options(parameters, context),
                 "themes": lambda: self.themes(parameters, context),
                 "gemeente": lambda: self.parameterAsString(parameters, self.GEMEENTE, context),
                 "year": lambda: self.year(parameters, context),
                 "language": lambda: self.language(parameters, context),
                 "years_text": lambda: self.parameterAsString(parameters, self.YEARS, context),
                 "geometry_check": lambda: self.geometry_check(parameters, context),
                 "store_styles": lambda: self.store_styles(parameters, context),
                 "boundaries": lambda: self.boundaries(parameters, context, self._prepared["source"].sourceCrs())}
        self._deferred = []  # what failed here raises with its own message when the worker asks again
        for name, evaluate in early.items():
            try:
                self._prepared[name] = evaluate()
            except Exception:  # noqa: BLE001
                self._deferred.append(name)
        if "themes" in self._prepared:  # extra sources that are project layers are read here, not in the worker
            extra = [i.indicator for t in self._prepared["themes"] for i in t.indicators if not i.known]
            try:
                self._prepared["sources"] = self.extra_sources(parameters, context, extra)
            except Exception:  # noqa: BLE001
                self._deferred.append("sources")
        return True

    def store_styles(self, parameters, context):
        """STORE_STYLES: True (the default) unless the caller stores the maps itself."""
        if parameters.get(self.STORE_STYLES) in (None, ""):
            return True
        return self.parameterAsBoolean(parameters, self.STORE_STYLES, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        prepared = getattr(self, "_prepared", None)
        if prepared is None:  # run without prepare (never by Processing itself)
            self.prepareAlgorithm(parameters, context, feedback)
            prepared = self._prepared
        source = prepared["source"]
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        self.refuse_overwriting_input(parameters, context)
        try:
            options = self.cached("options", lambda: self.options(parameters, context))
            chosen = self.cached("themes", lambda: self.themes(parameters, context))
            gemeente = self.cached("gemeente", lambda: self.parameterAsString(parameters, self.GEMEENTE, context))
            feedback.pushInfo(tr("Reading {}...").format(layers.source_name(source)))
            plan = prepared["plan"]
            check = self.cached("geometry_check", lambda: self.geometry_check(parameters, context))
            table, mask, geometries, codes = layers.load_table(
                source, gemeente, options.reference, with_geometry=not (plan and plan[2]) or self.carries_over(
                    parameters), feedback=feedback,
                uri=prepared["uri"],
                extra_columns=[i.indicator for t in chosen for i in t.indicators if not i.known],
                geopackage=plan[0] if plan and plan[2] else None, valid_only=bool(plan and plan[3]),
                geometry_check=check)
            self.check_cancel(feedback)
            if table.duplicates:
                feedback.pushWarning(tr("{} codes were in the layer twice as identical rows; each is used once: "
                                        "{}").format(len(table.duplicates), ", ".join(table.duplicates[:5])))
            year = self.cached("year", lambda: self.year(parameters, context))
            if year is not None:
                if table.year and table.year != year:
                    feedback.pushWarning(tr("The layer says {} (jaar column or name); YEAR={} is used.").format(
                        table.year, year))
                table.year = year
            elif table.year is None:
                feedback.pushWarning(tr("The year of {} is unknown (no jaar column, no year in its name): give it "
                                        "as YEAR, so maps and layouts can name it.").format(
                                            layers.source_name(source)))
            extra = [i.indicator for t in chosen for i in t.indicators if not i.known]
            table = self.join_sources(table, mask, parameters, context, feedback, extra,
                                      geometries if geometries else None,
                                      valid=check != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
            feedback.setProgress(40)
            self.report_coverage(table, chosen, mask, feedback,
                                 self.cached("language", lambda: self.language(parameters, context)))
            result = indices.compute(table, chosen, mask, options, progress=self._progress(feedback))
        except Cancelled:
            raise output.cancelled_error()
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        language = self.cached("language", lambda: self.language(parameters, context))
        units = table_units(table)
        for report in result.reports.values():
            if not report.scored:
                feedback.pushWarning(tr("{}: not computed, too few indicators in this layer.").format(
                    report.theme.label(language)))
            elif report.missing:
                labels = [i.label(language) for i in report.theme.indicators if i.indicator in report.missing]
                feedback.pushWarning(tr("{}: {} of {} {} scored; without {}").format(
                    report.theme.label(language), report.scored, len(result.scores), units, ", ".join(labels)))
        self.check_cancel(feedback)
        feedback.setProgress(60)
        frame = pd.concat([results.result_frame(table, result), explain.explanations(result, language)], axis=1)
        frame[results.RUN_FIELD] = results.run_description(options, table.year)
        shown = ["inwoners"] + [c for c in frame.columns if c not in results.ID_NAMES and c != "inwoners"
                                and not c.startswith("bk_") and (c in table.data.columns or c in table.raw.columns)]
        rows = table.data.index.get_indexer(frame.index)
        frame[results.YEARS_FIELD] = join_sources.years_text(table, shown, rows)
        frame[results.SOURCES_FIELD] = join_sources.sources_text(table, shown, rows)
        fields = results.fields_for(frame)
        if not result.scores["bk_total"].notna().any() and result.computed_themes:
            feedback.pushWarning(tr("No overall score: less than half of the chosen themes' weight could be "
                                    "computed from this layer."))
        if result.influence:  # the JRC check that each theme really speaks in the total
            feedback.pushInfo(tr("Correlation of each theme with the overall score: {}").format(", ".join(
                "{} {:.2f}".format(t.label(language), result.influence[t.id]) for t in result.computed_themes
                if t.id in result.influence)))
        scored = result.scores[["bk_" + t.id for t in result.computed_themes]].notna().any(axis=1)
        if not scored.any():  # a layer without any score is no result
            raise QgsProcessingException(tr("No buurt got a score: every indicator of the chosen themes is empty or "
                                            "missing in this layer ({}). Check the layer and the year of its "
                                            "figures.").format(layers.source_name(source)))
        outputs = {"GEMEENTEN": ",".join(codes or []), "SCORED": int(scored.sum()),
                   "YEAR": table.year or 0, "SOURCE_YEARS": frame[results.SOURCES_FIELD].iloc[0] if len(frame) else "",
                   "LEVEL": getattr(table, "level", "buurt")}
        self.check_cancel(feedback)
        if plan is not None:
            try:
                written = geopackage.write_result(plan[0], list(frame.index), frame, fields, plan[1],
                                                  cancelled=feedback.isCanceled)
            except BuurtKijkerError as exc:
                raise QgsProcessingException(error_text(exc))
            if written is None:
                raise output.cancelled_error()
            outputs[self.OUTPUT] = written
            self.remember_maps(written, chosen, options.method, language, frame)
            feedback.setProgress(100)
            return outputs
        out = self.output_file(parameters)
        if out and out.lower().endswith(".shp"):
            feedback.pushWarning(tr("A shapefile cuts field names to 10 characters: BuurtKijker's compare and "
                                    "layout tools cannot read the result back. Save it as GeoPackage for those."))
        sink = output.SafeSink(self, parameters, self.OUTPUT, context, feedback).open(
            fields, source.wkbType(), source.sourceCrs())
        keep = dict(zip(table.data.index, geometries))
        sink.write(results.iter_features(frame, fields, keep))
        outputs[self.OUTPUT] = sink.finish()
        self.remember_maps(outputs[self.OUTPUT], chosen, options.method, language, frame)
        feedback.setProgress(100)
        return outputs

    @staticmethod
    def report_coverage(table, chosen, mask, feedback, language="nl", shown=20):
        """The run report: per gemeente the share of its inhabitants whose buurt has each indicator; with more than
        ``shown`` gemeenten only the gemeenten and indicators under 90 %."""
        wanted = list(dict.fromkeys(i.indicator for t in chosen for i in t.indicators))
        coverage = join_sources.coverage_by_gemeente(table, wanted, mask)
        if coverage.empty:
            return
        labels = {c: (schema.INDICATORS[c].label(language) if c in schema.INDICATORS else c) for c in coverage.columns}
        shares = coverage.to_numpy(dtype=float)
        listed = ~np.isnan(shares) & ((shares < 0.9) if len(coverage) > shown else True)
        codes = table.data["gemeentecode"]
        last = ~codes.duplicated(keep="last").to_numpy()  # the name of a code's last buurt, as a dict of all keeps
        names = dict(zip(codes[last].tolist(), table.data["gemeentenaam"][last].fillna(codes[last]).tolist()))
        items = {}
        for row, column in zip(*np.nonzero(listed)):  # gemeente by gemeente, its indicators in column order
            text = "{} {:.0f} %".format(labels[coverage.columns[column]], 100 * shares[row, column])
            items.setdefault(row, []).append(text)
        lines = ["{}: {}".format(names.get(coverage.index[row], coverage.index[row]), ", ".join(parts))
                 for row, parts in items.items()]
        if lines:
            feedback.pushInfo(tr("Coverage per gemeente (share of the inhabitants whose buurt has the figure):"))
            for line in lines[:100]:
                feedback.pushInfo("  " + line)

    def remember_maps(self, written, chosen, method, language, frame):
        """What postProcessAlgorithm needs to store the maps, with the scores and classes it classifies, taken from
        the frame in memory instead of read back from the written file."""
        pairs = presentation.pairs_from_frame(frame) if self.cached("store_styles", lambda: True) else None
        self.written, self.styled = written, (chosen, method, language, pairs)

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """On the main thread: a GeoPackage or PostGIS result gets its maps stored with it (one style per theme, the
        overall score as the default, in the file's or database's ``layer_styles``), so it opens on the
        overall-score map in any QGIS, whoever ran it: the toolbox, a model, qgis_process or the dock.

        The algorithm is the maps' one owner. Only a caller that makes and stores the maps itself says so with the
        hidden STORE_STYLES=False: the dock, which styles the result in the user's classification (Jenks, quantile,
        number of classes) and stores those, so the file shows what the user saw, and nothing is written twice.
        A GeoPackage is closed again afterwards and left in rollback-journal (not WAL) mode: a rerun into the same
        file must not find it held open."""
        if not (self.written and self.styled and self.cached("store_styles", lambda: True)):
            return {}
        database = postgis.destination_uri(self.written)
        in_geopackage = str(self.written).split("|")[0].lower().endswith(".gpkg")
        if not database and not in_geopackage:
            return {}
        released = True
        try:
            if database:
                layer = postgis.open_result(self.written)
                stored = style_store.store_result_styles(layer, *self.styled) if layer is not None else []
                del layer
            else:
                stored, released = style_store.store_in_geopackage(self.written, *self.styled)
        except OSError as exc:
            feedback.pushWarning(tr("The maps could not be stored with the result: {}").format(exc))
            return {}
        if stored:
            feedback.pushInfo(tr("Maps stored with the result: {}").format(", ".join(stored)))
            self.show_stored_maps(context, str(self.written).split("|")[0], self.styled[2])
        if not released:
            feedback.pushWarning(tr("{} is still held open by another layer: a rerun into the same file is refused "
                                    "until that layer is removed.").format(str(self.written).split("|")[0]))
        return {}

    @classmethod
    def show_stored_maps(cls, context, where, language):
        """The result QGIS loads into the project when the run is done (toolbox, model, runAndLoadResults) gets its
        stored maps, the overall score shown: Processing itself loads it without them."""
        for key in context.layersToLoadOnCompletion():
            if key.split("|")[0] == where:
                # kept by the class: QGIS holds only a pointer to it until the layer is loaded, after this run
                cls.maps_loader = style_store.StoredMaps(presentation.style_name(None, language))
                context.layerToLoadOnCompletionDetails(key).setPostProcessor(cls.maps_loader)


def table_units(table):
    return tr("wijken") if getattr(table, "level", "buurt") == "wijk" else tr("buurten")
