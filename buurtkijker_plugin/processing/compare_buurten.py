"""Processing algorithm buurtkijker:comparebuurten: buurten side by side with the gemeente and national averages."""

from pathlib import Path

from qgis.core import (QgsFeature, QgsFields, QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ..core import charts, compare, themes as theme_io
from ..core.errors import BuurtKijkerError
from ..paths import THEMES_FILE
from ..qgis_io import compat, files, layers
from ..qgis_io.i18n import error_text, tr
from ..qgis_io.results import python_rows
from . import output
from .base import BuurtKijkerAlgorithm

CHART_FORMATS = ("png", "svg", "pdf")


class CompareBuurtenAlgorithm(BuurtKijkerAlgorithm):
    INPUT, BUURTEN, REFERENCE, THEME_FILE = "INPUT", "BUURTEN", "REFERENCE_LAYER", "THEME_FILE"
    OLD_REFERENCE = "REFERENCE"  # the old name of REFERENCE_LAYER (REFERENCE is a choice in the other algorithms)
    TAGS = ("compare", "vergelijken", "profile")
    OUTPUT, CHART = "OUTPUT", "CHART"

    def name(self):
        return "comparebuurten"

    def displayName(self):  # noqa: N802
        return tr("Compare buurten")

    def help_text(self):
        return tr("A table of theme scores and indicator values of two or more buurten side by side, with the "
                  "average of their gemeente and, given a national layer as reference, of the Netherlands. "
                  "Columns <code>_toelichting say which indicators pull each theme score most.\n\n"
                  "INPUT: a layer made by 'Compute theme indices'.\nBUURTEN: buurt codes or names, "
                  "comma-separated.\nREFERENCE_LAYER (optional): a national layer (CBS buurten or a national result) "
                  "for the national averages.\nCHART (optional): bar and radar chart as PNG, SVG or PDF.\n"
                  "LANGUAGE: nl or en, the language of the labels and explanations (default: QGIS' language).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Theme indices layer"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterString(
            self.BUURTEN, tr("Buurten: codes or names, comma-separated")))
        self.add_renamed(QgsProcessingParameterFeatureSource(
            self.REFERENCE, tr("National reference layer (optional)"), [QgsProcessing.SourceType.TypeVector],
            optional=True), self.OLD_REFERENCE)
        self.addParameter(QgsProcessingParameterFile(
            self.THEME_FILE, tr("Theme file (JSON, replaces the built-in themes)"), extension="json", optional=True))
        self.add_language()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Comparison"), QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputString("BUURTEN", tr("Buurt codes compared, comma-separated")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CHART, tr("Chart"), tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)"), optional=True,
            createByDefault=False))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """On the main thread: every parameter and the input and reference sources (see ``prepare_values``); the
        worker (processAlgorithm) only reads those sources, compares and writes."""
        parameters = self.renamed_value(parameters, self.REFERENCE, self.OLD_REFERENCE, feedback)
        self.prepare_values({
            "source": lambda: self.parameterAsSource(parameters, self.INPUT, context),
            "reference": lambda: self.parameterAsSource(parameters, self.REFERENCE, context),
            "theme_file": lambda: self.parameterAsFile(parameters, self.THEME_FILE, context),
            "buurten": lambda: self.parameterAsString(parameters, self.BUURTEN, context),
            "language": lambda: self.language(parameters, context),
            "chart": lambda: self.parameterAsFileOutput(parameters, self.CHART, context)})
        return True

    def comparison(self, parameters, context, feedback):
        source = self.cached("source", lambda: self.parameterAsSource(parameters, self.INPUT, context))
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        path = self.cached("theme_file", lambda: self.parameterAsFile(parameters, self.THEME_FILE, context))
        try:
            chosen = theme_io.load_themes(path or THEMES_FILE)
            frame = layers.indexed_frame(source)
            reference = self.cached("reference", lambda: self.parameterAsSource(parameters, self.REFERENCE, context))
            national = layers.reference_frame(reference) if reference is not None else None
            if national is None:
                feedback.pushInfo(tr("No national reference layer given: the national column stays empty."))
            buurten = self.cached("buurten", lambda: self.parameterAsString(parameters, self.BUURTEN, context))
            language = self.cached("language", lambda: self.language(parameters, context))
            return compare.compare(frame, buurten, chosen, national, language)
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        chart = self.cached("chart", lambda: self.parameterAsFileOutput(parameters, self.CHART, context))
        if chart and Path(chart).suffix.lower().lstrip(".") not in CHART_FORMATS:
            raise QgsProcessingException(tr("CHART must end in .png, .svg or .pdf, not '{}'.").format(
                Path(chart).suffix or Path(chart).name))
        result = self.comparison(parameters, context, feedback)
        table = comparison_table(result)
        fields = QgsFields()
        for name in table.columns:
            numeric = name in result.values.columns
            fields.append(compat.field(name, compat.DOUBLE if numeric else compat.STRING))
        features = []
        for row in python_rows(table):
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            features.append(feature)
        if chart:  # first the chart (to a temporary file), so that a chart failure leaves no table either
            try:
                staging = files.Staging(chart)
                charts.save(charts.comparison_figure(result), staging.path)
            except BuurtKijkerError as exc:
                raise QgsProcessingException(error_text(exc))
            except (OSError, ValueError, RuntimeError) as exc:
                staging.discard()
                raise QgsProcessingException(error_text(files.write_error(chart, files.reason_of(exc))))
        try:
            sink = output.SafeSink(self, parameters, self.OUTPUT, context, feedback).open(
                fields, compat.NO_GEOMETRY)
            sink.write(features)
            outputs = {self.OUTPUT: sink.finish(), "BUURTEN": ",".join(result.codes)}
        except QgsProcessingException:
            if chart:
                staging.discard()
            raise
        if chart:
            try:
                staging.commit()
            except BuurtKijkerError as exc:
                staging.discard()
                raise QgsProcessingException(error_text(exc))
            outputs[self.CHART] = chart
        return outputs


def comparison_table(result):
    """The comparison with field-safe column names and one explanation column per buurt (in LANGUAGE)."""
    return compare.rounded(result.to_frame(titles=False, explanations=True))
