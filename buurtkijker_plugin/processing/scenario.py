"""Processing algorithm buurtkijker:scenario: themes recomputed for changed indicator values ("Wat als ...")."""

from qgis.core import (QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterString)

import pandas as pd

from ..core import indices, scenario
from ..core.errors import BuurtKijkerError
from ..qgis_io import geopackage, layers, results
from ..qgis_io.i18n import error_text, tr
from . import output
from .compute_indices import ComputeIndicesAlgorithm


class ScenarioAlgorithm(ComputeIndicesAlgorithm):
    """Shares computeindices' reading and writing: a plain GeoPackage in and out goes through SQL and GDAL."""
    INPUT, CHANGES, GEMEENTE, THEMES = "INPUT", "CHANGES", "GEMEENTE", "THEMES"
    METHOD, REFERENCE, OUTPUT = "METHOD", "REFERENCE", "OUTPUT"

    def name(self):
        return "scenario"

    def displayName(self):  # noqa: N802
        return tr("Scenario: what if indicator values change")

    def help_text(self):  # escaped into HTML by the base class, so <theme> survives
        return tr("Recomputes the themes of buurten whose indicator values a scenario changes, against the "
                  "unchanged reference: averages, spreads and transforms come from the original data, so every "
                  "other buurt keeps its score. CHANGES: a CSV file with the columns code, indicator and value "
                  "(a new value, or 'gemiddelde' for the reference average) or delta (added to the current "
                  "value), e.g. 'BU07724210;arbeidsparticipatie;;5'. Per theme: bk_<theme> (now), "
                  "bk_<theme>_scenario, bk_<theme>_diff, and the scenario's class and rank. The input layer is "
                  "never changed.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Buurt layer (CBS Wijk- en buurtkaart)"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFile(
            self.CHANGES, tr("Scenario: CSV of changes (code, indicator, value or delta)"), extension="csv"))
        self.addParameter(QgsProcessingParameterString(
            self.GEMEENTE, tr("Gemeente(n): codes or names, comma-separated (empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.THEMES, tr("Themes: ids, comma-separated (empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.METHOD, tr("Method: zscore, minmax, rank or imd"), defaultValue="zscore"))
        self.addParameter(QgsProcessingParameterString(
            self.REFERENCE, tr("Reference: selection or national"), defaultValue="selection"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Scenario")))

    def options(self, parameters, context):
        return self.method_and_reference(parameters, context, indices.METHODS)

    def themes(self, parameters, context):
        return self.builtin_themes(parameters, context)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """On the main thread, as computeindices: the layer's source and path, the GeoPackage plan and every
        parameter (the CSV of changes read too), so that the worker only reads a feature source, computes and
        writes."""
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        layers.use_file_encoding(layer)
        self.prepare_values({
            "plan": lambda: self.geopackage_plan(parameters, context),
            "options": lambda: self.options(parameters, context),
            "themes": lambda: self.themes(parameters, context),
            "changes": lambda: scenario.parse_changes(self.parameterAsFile(parameters, self.CHANGES, context)),
            "gemeente": lambda: self.parameterAsString(parameters, self.GEMEENTE, context)})
        # (prepare_values starts a fresh record: the sources and paths go in after it)
        self._prepared["source"] = self.parameterAsSource(parameters, self.INPUT, context)
        self._prepared["input_path"] = self.input_path(layer)
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        if getattr(self, "_prepared", None) is None:  # run without prepare (never by Processing itself)
            self.prepareAlgorithm(parameters, context, feedback)
        source = self._prepared["source"]
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        self.refuse_overwriting_input(parameters, context)
        try:
            options = self.cached("options", lambda: self.options(parameters, context))
            chosen = self.cached("themes", lambda: self.themes(parameters, context))
            changes = self.cached("changes", lambda: scenario.parse_changes(
                self.parameterAsFile(parameters, self.CHANGES, context)))
            gemeente = self.cached("gemeente", lambda: self.parameterAsString(parameters, self.GEMEENTE, context))
            feedback.pushInfo(tr("Reading {}...").format(layers.source_name(source)))
            plan = self.cached("plan", lambda: self.geopackage_plan(parameters, context))
            table, mask, geometries, codes = layers.load_table(
                source, gemeente, options.reference, with_geometry=not (plan and plan[2]), feedback=feedback,
                geopackage=plan[0] if plan and plan[2] else None, valid_only=bool(plan and plan[3]))
            if feedback.isCanceled():
                raise output.cancelled_error()
            feedback.setProgress(40)
            result = scenario.run_scenario(table, chosen, changes, options, mask)
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        for change, reason in result.unknown:
            text = {"code": tr("{}: no such buurt in the selection; change to {} skipped."),
                    "indicator": tr("{}: the layer has no indicator {}; change skipped."),
                    "value": tr("{}: no value for {} to change; change skipped.")}[reason]
            feedback.pushWarning(text.format(change.code, change.indicator))
        feedback.pushInfo(tr("{} changes applied to {} buurten.").format(len(result.applied), len(result.changed)))
        feedback.setProgress(70)
        data = table.data.loc[result.frame.index]
        frame = pd.DataFrame({name: data[name] for name, _ in results.ID_FIELDS}, index=result.frame.index)
        frame["inwoners"] = data["inwoners"] if "inwoners" in data else float("nan")
        frame = pd.concat([frame, result.frame], axis=1)
        fields = results.fields_for(frame)
        outputs = {"CHANGED": len(result.changed), "APPLIED": len(result.applied), "SKIPPED": len(result.unknown),
                   "GEMEENTEN": ",".join(codes or [])}
        if plan is not None:
            try:
                outputs[self.OUTPUT] = geopackage.write_result(plan[0], list(frame.index), frame, fields, plan[1])
            except BuurtKijkerError as exc:
                raise QgsProcessingException(error_text(exc))
            feedback.setProgress(100)
            return outputs
        sink = output.SafeSink(self, parameters, self.OUTPUT, context, feedback).open(
            fields, source.wkbType(), source.sourceCrs())
        keep = dict(zip(table.data.index, geometries))
        sink.write(results.iter_features(frame, fields, keep))
        outputs[self.OUTPUT] = sink.finish()
        feedback.setProgress(100)
        return outputs
