"""Processing algorithm buurtkijker:exporthtml: the buurtkaart for bewoners, one self-contained HTML file."""

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer)

from ..core import html_map
from ..core import themes as theme_io
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..paths import THEMES_FILE
from ..qgis_io import html_export, notes_store
from ..qgis_io.i18n import error_text, language_scope, tr
from .base import BuurtKijkerAlgorithm


class ExportHtmlAlgorithm(BuurtKijkerAlgorithm):
    INPUT, THEMES, TITLE, NOTES, THEME_FILE, OUTPUT = "INPUT", "THEMES", "TITLE", "NOTES", "THEME_FILE", "OUTPUT"
    GROUP_ID = "layouts"

    def name(self):
        return "exporthtml"

    def displayName(self):  # noqa: N802
        return tr("Buurt map for residents (HTML)")

    def flags(self):
        # reads the project layer and its geometries like exportlayout: on the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def help_text(self):
        return tr("One self-contained HTML page of a layer made by 'Compute theme indices', for a bewonersraad: "
                  "a map per theme in the colours and words of the QGIS maps, search by buurt name, and per buurt "
                  "its scores in words, the explanation, the figures with units and years, and the notes. It "
                  "works offline (from a USB stick): nothing is loaded from the internet.\n\n"
                  "THEMES: theme ids, comma-separated ('total' for the overall score; empty = all).\n"
                  "NOTES: a notes CSV (buurtcode;datum;rol;thema;tekst); empty = the notes kept beside the layer "
                  "(its bk_notes table), if any. Notes are shown beside the scores, never counted in them.\n"
                  "LANGUAGE: nl or en, the language of the page.\nOUTPUT: an .html file.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, tr("Theme indices layer")))
        self.addParameter(QgsProcessingParameterString(
            self.THEMES, tr("Theme(s): ids, comma-separated, or 'total' (empty = all)"), optional=True))
        self.add_language()
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title (empty = 'Buurtkaart' and gemeente)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.NOTES, tr("Notes CSV (empty = the layer's own notes)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.THEME_FILE, tr("Theme file (JSON, replaces the built-in themes)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("HTML file"),
                                                                tr("HTML page (*.html)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith((".html", ".htm")):
            output += ".html"
        language = self.language(parameters, context)
        wanted = [t.strip() for t in (self.parameterAsString(parameters, self.THEMES, context) or "").split(",")
                  if t.strip()]
        try:
            twice = sorted({t for t in wanted if wanted.count(t) > 1})
            if twice:  # the same rule as every algorithm's THEMES (docs/errors.md)
                raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Theme {theme} is listed twice; list each "
                                                                        "theme once."), theme=", ".join(twice))
            with language_scope(language):
                themes = theme_io.load_themes(self.parameterAsFile(parameters, self.THEME_FILE, context)
                                              or THEMES_FILE)
                notes = notes_store.notes_for(layer, self.parameterAsFile(parameters, self.NOTES, context))
                feedback.pushInfo(tr("{} notes.").format(len(notes)))
                data = html_export.page_data(layer, themes, language,
                                             self.parameterAsString(parameters, self.TITLE, context) or None,
                                             notes, wanted or None)
                text = html_map.page(data)
                html_export.write(output, text)
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        size = len(text.encode("utf-8")) // 1024
        feedback.pushInfo(tr("Wrote {} ({} kB, {} buurten)").format(output, size, len(data["buurten"])))
        return {self.OUTPUT: output}
