"""Processing algorithm buurtkijker:scenario: themes recomputed for changed indicator values ("Wat als ...")."""

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile)

import pandas as pd

from ..core import indices, scenario
from ..core.errors import BuurtKijkerError
from ..qgis_io import layers, results
from ..qgis_io.i18n import error_text, tr
from .buurt_layer import BuurtLayerAlgorithm


class ScenarioAlgorithm(BuurtLayerAlgorithm):
    """A plain GeoPackage in and out goes through SQL and GDAL, as for computeindices (see buurt_layer.py)."""
    CHANGES = "CHANGES"

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
        self.add_input(types=[QgsProcessing.TypeVector])
        self.addParameter(QgsProcessingParameterFile(
            self.CHANGES, tr("Scenario: CSV of changes (code, indicator, value or delta)"), extension="csv"))
        self.add_gemeente()
        self.add_themes(with_file=False)
        self.add_method()
        self.add_reference()
        self.add_language()
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
            self.check_cancel(feedback)
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
        frame = pd.concat([self.id_frame(table, result.frame.index), result.frame], axis=1)
        fields = results.fields_for(frame)
        outputs = {"CHANGED": len(result.changed), "APPLIED": len(result.applied), "SKIPPED": len(result.unknown),
                   "GEMEENTEN": ",".join(codes or [])}
        outputs[self.OUTPUT] = self.write_result(frame, fields, parameters, context, feedback, plan,
                                                 (source.wkbType(), source.sourceCrs()),
                                                 dict(zip(table.data.index, geometries)))
        feedback.setProgress(100)
        return outputs
