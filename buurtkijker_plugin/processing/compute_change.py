"""Processing algorithm buurtkijker:computechange: theme scores of two years on one scale and their change."""

import dataclasses

from qgis.core import (Qgis, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink, QgsWkbTypes)

import pandas as pd

import numpy as np

from ..core import carry, change, cbs_schema as schema, explain, indices, result_fields
from ..core.cbs_table import BuurtTable
from ..core.errors import BuurtKijkerError
from ..qgis_io import boundaries, compat, layers, results, sources as source_io
from ..qgis_io.i18n import error_text, tr
from .buurt_layer import BuurtLayerAlgorithm, choice

RUN_FIELD = result_fields.CHANGE_RUN  # "zscore;selection;before;2019;2024"
SHOWN_CODES = 20  # codes named in the log per kind of boundary change
NO_GEOMETRY = getattr(Qgis, "WkbType", QgsWkbTypes).NoGeometry  # Qgis.WkbType from 3.30, QgsWkbTypes before


def has_geometry(source):
    return source.wkbType() not in (NO_GEOMETRY, getattr(Qgis, "WkbType", QgsWkbTypes).Unknown)


class ComputeChangeAlgorithm(BuurtLayerAlgorithm):
    """The shared GeoPackage path serves the AFTER layer (INPUT is AFTER here): SQL in, GDAL out."""
    BEFORE, AFTER = "BEFORE", "AFTER"
    INPUT = "AFTER"
    SCALE, LEVELS = "SCALE", "LEVELS"

    def name(self):
        return "computechange"

    def displayName(self):  # noqa: N802
        return tr("Change between two years")

    def help_text(self):  # escaped into HTML by the base class, so <theme> survives
        return tr("Theme scores of two years on one common scale and their change per buurt: the same reference "
                  "(the BEFORE year's buurten, or both years pooled), method and indicators in both years; "
                  "indicators missing in either year are left out and named. Buurten are matched by code only; "
                  "codes present in one year are reported. Per theme: bk_<theme>_before, _after, _change (after "
                  "minus before), _change_sd (sampling sd) and _change_class: -1 worse, 0 no clear change, +1 "
                  "better. A change is real only when it exceeds 1.96 times its sampling sd and half a reference "
                  "sd (5 points). The input layers are never changed.\n\n"
                  "METHOD: zscore, minmax or rank.\nREFERENCE: selection or national.\nSCALE: before, pooled or each "
                  "(each year against its own buurten: the change of relative position, without the general "
                  "trend such as inflation).\nLEVELS: also write the second year's scores as computeindices gives "
                  "them (bk_<theme>, rank, class, explanation, indicators), so that the buurtprofiel and the "
                  "theme layout show the change beside the level.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input(tr("Buurten, first year (layer or table)"), [QgsProcessing.SourceType.TypeVector], self.BEFORE)
        self.add_input(tr("Buurten, second year (layer or table)"), [QgsProcessing.SourceType.TypeVector], self.AFTER)
        self.add_gemeente()
        self.add_themes()
        self.add_method(change.METHODS)
        self.add_reference()
        self.add_scoring_options()
        self.add_sources()
        self.add_choice(self.SCALE, tr("Scale from: before (first year), pooled (both years) or each (relative "
                                       "position)"), change.REFERENCES, default="before")
        self.addParameter(QgsProcessingParameterBoolean(
            self.LEVELS, tr("Also write the second year's theme scores (level beside the change, for buurtprofielen "
                            "and layouts)"), defaultValue=False, optional=True))
        self.add_language()
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Change between two years")))

    def options(self, parameters, context):
        request = self.run_request(parameters, context)
        options = self.method_and_reference(parameters, context, change.METHODS)
        options.min_population, options.winsorize = request.min_population, request.winsorize
        return options

    def join_earlier_sources(self, before, mask, extra):
        """The first year gets the SOURCES of its own year or earlier (values of a later year cannot describe it);
        an indicator found in one year only is then left out of the change and named."""
        sources = [s for s in self.cached("sources", lambda: []) if s.year and before.year and s.year <= before.year]
        return source_io.join(before, [dataclasses.replace(s) for s in sources], "", extra, mask) \
            if sources else before

    def scale(self, parameters, context):
        return choice(self.choice(parameters, self.SCALE, context, "before"), change.REFERENCES, "SCALE")

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """On the main thread, as computeindices: both layers' sources and paths and every parameter, so that the
        worker only reads feature sources, computes and writes (evaluating a parameter touches the project's
        expression scope, which the canvas redraw rebuilds at the same time)."""
        before_layer = self.parameterAsVectorLayer(parameters, self.BEFORE, context)
        after_layer = self.parameterAsVectorLayer(parameters, self.AFTER, context)
        for layer in (before_layer, after_layer):
            layers.use_file_encoding(layer)
        self.prepare_values({
            "plan": lambda: self.geopackage_plan(parameters, context),
            "options": lambda: self.options(parameters, context),
            "scale": lambda: self.scale(parameters, context),
            "themes": lambda: self.themes(parameters, context),
            "gemeente": lambda: self.parameterAsString(parameters, self.GEMEENTE, context),
            "levels": lambda: self.parameterAsBoolean(parameters, self.LEVELS, context),
            "years_text": lambda: self.parameterAsString(parameters, self.YEARS, context),
            "language": lambda: self.language(parameters, context)})
        if "themes" in self._prepared:  # extra sources that are project layers are read here, not in the worker
            try:
                self._prepared["sources"] = self.extra_sources(parameters, context,
                                                               self.own_columns(self._prepared["themes"]))
            except Exception:  # noqa: BLE001 - raised again, with its message, in the worker
                self._deferred.append("sources")
        # (prepare_values starts a fresh record: the sources and paths go in after it)
        self._prepared["before_source"] = self.parameterAsSource(parameters, self.BEFORE, context)
        self._prepared["source"] = self.parameterAsSource(parameters, self.AFTER, context)
        self._prepared["input_path"] = self.input_path(after_layer)
        self._prepared["other_paths"] = [self.input_path(before_layer)]
        try:  # other years' buurtgrenzen (BOUNDARIES) are project layers too
            self._prepared["boundaries"] = self.boundaries(parameters, context, self._prepared["source"].sourceCrs())
        except Exception:  # noqa: BLE001 - raised again, with its message, when the worker asks
            self._deferred.append("boundaries")
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        if getattr(self, "_prepared", None) is None:  # run without prepare (never by Processing itself)
            self.prepareAlgorithm(parameters, context, feedback)
        before_src, after_src = self._prepared["before_source"], self._prepared["source"]
        for src, name in ((before_src, self.BEFORE), (after_src, self.AFTER)):
            if src is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        self.refuse_overwriting_input(parameters, context)
        language = self.cached("language", lambda: self.language(parameters, context))
        try:
            options = self.cached("options", lambda: self.options(parameters, context))
            scale = self.cached("scale", lambda: self.scale(parameters, context))
            chosen = self.cached("themes", lambda: self.themes(parameters, context))
            gemeente = self.cached("gemeente", lambda: self.parameterAsString(parameters, self.GEMEENTE, context))
            levels = self.cached("levels", lambda: self.parameterAsBoolean(parameters, self.LEVELS, context))
            after_geometry = has_geometry(after_src)
            before_geometry = not after_geometry and has_geometry(before_src)
            feedback.pushInfo(tr("Reading {}...").format(layers.source_name(before_src)))
            extra = self.own_columns(chosen)
            polygons_a = has_geometry(before_src) and (before_geometry or after_geometry)
            before, mask_a, geom_a, _ = layers.load_table(before_src, gemeente, options.reference,
                                                          with_geometry=polygons_a, feedback=feedback,
                                                          extra_columns=extra)
            feedback.setProgress(20)
            feedback.pushInfo(tr("Reading {}...").format(layers.source_name(after_src)))
            plan = self.cached("plan", lambda: self.geopackage_plan(parameters, context)) if after_geometry else None
            after, mask_b, geom_b, codes = layers.load_table(
                after_src, gemeente, options.reference, with_geometry=after_geometry and not (plan and plan[2]),
                feedback=feedback, geopackage=plan[0] if plan and plan[2] else None, valid_only=bool(plan and plan[3]),
                extra_columns=extra)
            self.check_cancel(feedback)
            after = self.join_sources(after, mask_b, parameters, context, feedback, extra,
                                      geom_b if after_geometry and geom_b else None)
            before = self.join_earlier_sources(before, mask_a, extra)
            if after_geometry:  # another indeling in the first year: carried onto the second year's buurten
                before, mask_a = self.carry_before(before, mask_a, geom_a if polygons_a else None, before_src,
                                                   after, mask_b, geom_b, after_src, parameters, context, feedback)
            feedback.setProgress(40)
            result = change.compute_change(before, after, chosen, options, mask_a, mask_b, scale)
            level = indices.compute(after, chosen, mask_b, options) if levels else None
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        if not result.matched:  # two different gemeenten, or nothing in common: no change to show
            raise QgsProcessingException(tr("No buurt code occurs in both years ({} only in the first, {} only in "
                                            "the second): choose two years of the same buurten.").format(
                                                len(result.only_before), len(result.only_after)) + " " + tr(
                "When the two years have different buurt indelingen, give the first year's buurt polygons (as the "
                "first layer, or as BOUNDARIES) to carry it over."))
        self.report(result, chosen, feedback, language)
        feedback.setProgress(60)
        if level is not None:  # the second year as computeindices scores it: the level beside the change
            frame = pd.concat([results.result_frame(after, level), explain.explanations(level, language)], axis=1)
            frame = frame.reindex(result.frame.index)
            frame[results.RUN_FIELD] = results.run_description(options, after.year)
        else:
            frame = self.id_frame(after, result.frame.index)
        frame = pd.concat([frame, result.frame], axis=1)
        fields = results.fields_for(frame)
        frame[RUN_FIELD] = result_fields.change_run_text(options.method, options.reference, scale, before.year,
                                                         after.year)
        fields.append(compat.field(RUN_FIELD, compat.STRING))
        one_year = sorted(k for k, v in result.left_out.items() if v != "both")
        outputs = {"MATCHED": result.matched, "ONLY_BEFORE": len(result.only_before),
                   "ONLY_AFTER": len(result.only_after), "LEFT_OUT": ",".join(one_year),
                   "THEMES_COMPUTED": ",".join(t.id for t in result.themes), "GEMEENTEN": ",".join(codes or [])}
        if plan is not None:
            outputs[self.OUTPUT] = self.write_result(frame, fields, parameters, context, feedback, plan)
            feedback.setProgress(100)
            return outputs
        if after_geometry:
            geometries = dict(zip(after.data.index, geom_b))
            wkb, crs = after_src.wkbType(), after_src.sourceCrs()
        elif before_geometry:
            by_code = dict(zip(before.data["code"], geom_a))
            geometries = {i: by_code.get(c) for i, c in zip(frame.index, frame["code"])}
            wkb, crs = before_src.wkbType(), before_src.sourceCrs()
        else:
            geometries, wkb, crs = {}, NO_GEOMETRY, after_src.sourceCrs()
        outputs[self.OUTPUT] = self.write_result(frame, fields, parameters, context, feedback,
                                                 sink_spec=(wkb, crs), geometries=geometries)
        feedback.setProgress(100)
        return outputs

    def carry_before(self, before, mask_a, geom_a, before_src, after, mask_b, geom_b, after_src, parameters,
                     context, feedback):
        """BEFORE on AFTER's buurten when the two years have different indelingen (issue 21): BEFORE's own polygons,
        or BEFORE as a table plus BOUNDARIES, laid over AFTER's polygons and its figures carried over as
        computeindices does with a source (core/carry.py). ``(before, mask)`` unchanged when the codes are the
        same indeling."""
        sel_a = np.ones(len(before.data), bool) if mask_a is None else np.asarray(mask_a, bool)
        sel_b = np.ones(len(after.data), bool) if mask_b is None else np.asarray(mask_b, bool)
        codes_a = before.data["code"].to_numpy(dtype=object)
        codes_b = after.data["code"].to_numpy(dtype=object)
        # pandas hashes the codes (numpy's isin on object arrays compared them one by one: 0.9 s nationally)
        same = pd.Series(codes_b[sel_b]).isin(set(codes_a[sel_a])).mean() if sel_b.any() else 1.0
        given = self.cached("boundaries", lambda: self.boundaries(parameters, context, after_src.sourceCrs()))
        if geom_a and same < 0.99:
            people = before.data["inwoners"].to_numpy(dtype=float) if "inwoners" in before.data else None
            given = [boundaries.from_layer_rows(layers.source_name(before_src), before.year, list(codes_a), geom_a,
                                                before_src.sourceCrs(), after_src.sourceCrs(),
                                                context.transformContext(), people)]
        if not given:
            return before, mask_a
        shapes = list(geom_b) if geom_b else boundaries.input_geometries(after_src, list(after.data.index))
        overlays = [boundaries.overlay(b, shapes, feedback.isCanceled, list(codes_b)) for b in given]
        if any(o is None for o in overlays):
            self.check_cancel(feedback)
        overlay = carry.choose(codes_a[sel_a], codes_b, overlays)
        if overlay is None:
            return before, mask_a
        names = [c for c in before.data.columns if c in schema.INDICATORS]
        values = before.data.loc[sel_a, ["code"] + names].drop_duplicates("code").set_index("code")
        people = values["inwoners"] if "inwoners" in values else None
        aligned, mode, _ = carry.carry(values, overlay, codes_b, people)
        data = after.data[["code", "naam", "wijkcode", "gemeentecode", "gemeentenaam", "water"]].copy()
        for name in aligned.columns:
            data[name] = aligned[name].to_numpy()
        feedback.pushInfo(tr("{} ({}): carried onto the buurten of {} through the buurtgrenzen {}: {} buurten by "
                             "overlap, {} unchanged.").format(
            before.source, before.year, after.source, overlay.label(), int((sel_b & (mode == carry.CARRIED)).sum()),
            int((sel_b & (mode == carry.UNCHANGED)).sum())))
        carried = BuurtTable(data, data.copy(), "buurt", {}, before.source, before.year, [])
        return carried, mask_b

    @staticmethod
    def report(result, chosen, feedback, language):
        feedback.pushInfo(tr("{} buurten compared (same code in both years).").format(result.matched))
        for codes, text in ((result.only_before, tr("{} buurt codes only in the first year (boundary changes, "
                                                    "not compared): {}")),
                            (result.only_after, tr("{} buurt codes only in the second year (boundary changes, "
                                                   "not compared): {}"))):
            if codes:
                shown = ", ".join(codes[:SHOWN_CODES]) + (", ..." if len(codes) > SHOWN_CODES else "")
                feedback.pushWarning(text.format(len(codes), shown))
        if result.left_out:
            labels = []
            for name, year in sorted(result.left_out.items()):
                if year == "both":
                    continue  # not in this data at all: computeindices says so already
                ind = schema.INDICATORS.get(name)
                label = ind.label(language) if ind else name
                where = tr("not in the first year") if year == "before" else tr("not in the second year")
                labels.append("{} ({})".format(label, where))
            if labels:
                feedback.pushWarning(tr("Left out, in one year only: {}").format("; ".join(labels)))
        for theme in chosen:
            if theme.id in result.not_computed:
                feedback.pushWarning(tr("{}: not computed, too few indicators in both years.").format(
                    theme.label(language)))
