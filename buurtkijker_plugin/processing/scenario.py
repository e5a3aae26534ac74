"""Processing algorithm buurtkijker:scenario: themes recomputed for changed indicator values ("Wat als ...")."""

import json

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsProcessingParameterString)

import pandas as pd

from ..core import cbs_schema as schema, indices, join_sources, result_fields, scenario
from ..core.errors import BuurtKijkerError
from ..qgis_io import layers, results
from ..qgis_io.i18n import error_text, tr
from .buurt_layer import BuurtLayerAlgorithm


class ScenarioAlgorithm(BuurtLayerAlgorithm):
    """A plain GeoPackage in and out goes through SQL and GDAL, as for computeindices (see buurt_layer.py)."""
    CHANGES, NAME = "CHANGES", "NAME"

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
        self.add_input(types=[QgsProcessing.SourceType.TypeVector])
        self.addParameter(QgsProcessingParameterFile(
            self.CHANGES, tr("Scenario: CSV of changes (code, indicator, value or delta)"), extension="csv"))
        self.addParameter(QgsProcessingParameterString(self.NAME, tr("Scenario name (on maps and layouts)"),
                                                       optional=True))
        self.add_gemeente()
        self.add_themes()
        self.add_method()
        self.add_reference()
        self.add_scoring_options()
        self.add_sources()
        self.add_language()
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Scenario")))

    def options(self, parameters, context):
        request = self.run_request(parameters, context)
        options = self.method_and_reference(parameters, context, indices.METHODS)
        options.min_population, options.winsorize = request.min_population, request.winsorize
        return options

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
            "gemeente": lambda: self.parameterAsString(parameters, self.GEMEENTE, context),
            "years_text": lambda: self.parameterAsString(parameters, self.YEARS, context),
            "name": lambda: self.parameterAsString(parameters, self.NAME, context),
            "language": lambda: self.language(parameters, context)})
        if "themes" in self._prepared and "changes" in self._prepared:  # project layers are read here
            try:
                self._prepared["sources"] = self.extra_sources(parameters, context, self.own_columns(
                    self._prepared["themes"], [c.indicator for c in self._prepared["changes"]]))
            except Exception:  # noqa: BLE001 - raised again, with its message, in the worker
                self._deferred.append("sources")
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
            extra = self.own_columns(chosen, [c.indicator for c in changes])
            table, mask, geometries, codes = layers.load_table(
                source, gemeente, options.reference, with_geometry=not (plan and plan[2]), feedback=feedback,
                geopackage=plan[0] if plan and plan[2] else None, valid_only=bool(plan and plan[3]),
                extra_columns=extra)
            self.check_cancel(feedback)
            table = self.join_sources(table, mask, parameters, context, feedback, extra)
            feedback.setProgress(40)
            result = scenario.run_scenario(table, chosen, changes, options, mask)
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        skipped = []
        for change, reason in result.unknown:
            text = {"code": tr("{}: no such buurt in the selection; change to {} skipped."),
                    "indicator": tr("{}: the layer and its sources have no indicator '{}' (give its id, CBS column "
                                    "or the name the dock shows); change skipped."),
                    "value": tr("{}: no value for {} to change; change skipped.")}[reason]
            skipped.append(text.format(change.code, change.indicator))
            feedback.pushWarning(skipped[-1])
        if not result.applied:  # an empty scenario layer would look like a scenario without effect
            raise QgsProcessingException(tr("The scenario changes nothing, so no layer is made. {}").format(
                " ".join(skipped[:5]) or tr("Give at least one change.")))
        feedback.pushInfo(tr("{} changes applied to {} buurten.").format(len(result.applied), len(result.changed)))
        feedback.setProgress(70)
        frame = pd.concat([self.id_frame(table, result.frame.index), result.frame], axis=1)
        shown = ["inwoners"] + [i.indicator for t in chosen for i in t.indicators
                                if table.values(i.indicator) is not None]
        rows = table.data.index.get_indexer(frame.index)
        frame[results.SOURCES_FIELD] = join_sources.sources_text(table, shown, rows)  # for the layout's source line
        frame[results.RUN_FIELD] = results.run_description(options, table.year)
        frame[result_fields.SCENARIO_RUN] = scenario_run(self.cached("name", lambda: ""), result, table,
                                                         options, self.cached("language", lambda: "nl"))
        fields = results.fields_for(frame)
        outputs = {"CHANGED": len(result.changed), "APPLIED": len(result.applied), "SKIPPED": len(result.unknown),
                   "GEMEENTEN": ",".join(codes or [])}
        outputs[self.OUTPUT] = self.write_result(frame, fields, parameters, context, feedback, plan,
                                                 (source.wkbType(), source.sourceCrs()),
                                                 dict(zip(table.data.index, geometries)))
        feedback.setProgress(100)
        return outputs


def scenario_run(name, result, table, options, language):
    """What the scenario layer remembers of its scenario (bk_scenario_run), for layouts and map tips: its name,
    method and each change applied (buurt, indicator, before, after), as JSON."""
    names = dict(zip(table.data["code"], table.data["naam"])) if "naam" in table.data else {}
    changes = [{"code": code, "naam": names.get(code) or code, "indicator": cid,
                "label": scenario_label(cid, language), "old": old, "new": new}
               for code, cid, old, new in result.applied]
    return json.dumps({"name": name or "", "method": options.method, "reference": options.reference,
                       "changes": changes}, ensure_ascii=False)


def scenario_label(cid, language):
    ind = schema.INDICATORS.get(cid)
    return ind.label(language) if ind else cid
