"""What the algorithms that read a buurt layer share (computeindices, computechange, scenario,
vulnerabilitynuisance): their parameters, reading the layer and its extra sources, and writing the result whole
or not at all. Each of them derives from :class:`BuurtLayerAlgorithm`; none derives from another algorithm."""

import os

from qgis.core import (QgsFeatureRequest, QgsProviderRegistry, QgsProcessing, QgsProcessingException,
                       QgsProcessingFeatureSourceDefinition, QgsProcessingOutputLayerDefinition,
                       QgsProcessingParameterDefinition, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsProcessingUtils)

import numpy as np
import pandas as pd

from ..core import carry, cbs_schema as schema, indices, themes as theme_io
from ..core.errors import BuurtKijkerError
from ..paths import THEMES_FILE
from ..qgis_io import boundaries, geopackage, layers, postgis, results, sources as source_io
from ..qgis_io.i18n import error_text, tr
from . import output, request as run_parameters
from .base import BuurtKijkerAlgorithm

FAST_GEOPACKAGE = True  # GeoPackage in and out through SQL and GDAL (see qgis_io/geopackage.py)


def choice(value, choices, name):
    """Accept a choice by name (as qgis_process and scripts pass it) or by index."""
    text = str(value).strip().lower()
    if text in choices:
        return text
    if text.isdigit() and int(text) < len(choices):
        return choices[int(text)]
    raise QgsProcessingException(tr("{} must be one of: {}").format(name, ", ".join(choices)))


def built_in_theme_ids():
    return [t.id for t in theme_io.load_themes(THEMES_FILE)]


class BuurtLayerAlgorithm(BuurtKijkerAlgorithm):
    """An algorithm that reads a buurt layer (INPUT), for the chosen gemeenten, and writes a new layer (OUTPUT)."""
    INPUT, GEMEENTE, THEMES, THEME_FILE = "INPUT", "GEMEENTE", "THEMES", "THEME_FILE"
    METHOD, REFERENCE, MIN_POPULATION = "METHOD", "REFERENCE", "MIN_POPULATION"
    WINSORIZE, UNCERTAINTY, OUTPUT = "WINSORIZE", "UNCERTAINTY", "OUTPUT"
    SOURCES, YEARS, YEAR, BOUNDARIES = "SOURCES", "YEARS", "YEAR", "BOUNDARIES"

    # -- parameters, the same words in every algorithm ----------------------------------------------------------

    def add_input(self, description=None, types=(QgsProcessing.SourceType.TypeVectorPolygon,), name=None,
                  optional=False):
        self.addParameter(QgsProcessingParameterFeatureSource(
            name or self.INPUT, description or tr("Buurt layer (CBS Wijk- en buurtkaart)"), list(types),
            optional=optional))

    def add_gemeente(self):
        self.addParameter(QgsProcessingParameterString(
            self.GEMEENTE, tr("Gemeente(n): codes or names, comma-separated (empty = all)"), optional=True))

    def add_themes(self, with_file=True):
        self.add_choice(self.THEMES, tr("Themes (none ticked = all)"), built_in_theme_ids(), multiple=True,
                        optional=True)
        if with_file:
            self.addParameter(QgsProcessingParameterFile(
                self.THEME_FILE, tr("Theme file (JSON, replaces the built-in themes)"), extension="json",
                optional=True))

    def add_method(self, methods=indices.METHODS, description=None):
        if description is None:
            description = tr("Method: zscore, minmax, rank or imd") if "imd" in methods else \
                tr("Method: zscore, minmax or rank")
        self.add_choice(self.METHOD, description, methods, default="zscore")

    def add_reference(self):
        self.add_choice(self.REFERENCE, tr("Reference: selection or national"), indices.REFERENCES,
                        default="selection")

    def add_scoring_options(self):
        """MIN_POPULATION and WINSORIZE (advanced), as in computeindices: the same scores as the map."""
        for param in (QgsProcessingParameterNumber(
                self.MIN_POPULATION, tr("Minimum number of inhabitants"), QgsProcessingParameterNumber.Type.Integer,
                defaultValue=indices.MIN_POPULATION, minValue=0, maxValue=1000000),
                QgsProcessingParameterNumber(
                self.WINSORIZE, tr("Winsorise: share clipped at each tail (0 = off)"),
                QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0, maxValue=0.49)):
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)

    def add_sources(self):
        """SOURCES and YEARS: extra tables joined by buurt code, as in computeindices."""
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.SOURCES, tr("Extra sources joined by buurt code (CBS other years, RIVM, Leefbaarometer, own CSV)"),
            QgsProcessing.SourceType.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.YEARS, tr("Years of the sources, e.g. 2020, 2017 or rivm=2020 (empty = from the data)"),
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.BOUNDARIES, tr("Buurt boundaries of other years (carry sources over by polygon overlap)"),
            QgsProcessing.SourceType.TypeVectorPolygon, optional=True))

    def run_request(self, parameters, context):
        """The run these parameters ask for (see processing/request.py)."""
        return run_parameters.from_parameters(self, parameters, context)

    @staticmethod
    def own_columns(themes, names=()):
        """The layer or source columns the themes use that BuurtKijker does not know (own indicators), and of
        ``names`` those that are neither a known indicator nor a label (read as own columns too)."""
        out = [i.indicator for t in themes for i in t.indicators if not i.known]
        return out + [n for n in names if n not in out and not schema.canonical_name(n)]

    def method_and_reference(self, parameters, context, methods=indices.METHODS):
        """Options from METHOD and REFERENCE alone (the algorithms that score against a fixed reference)."""
        return indices.Options(
            method=choice(self.choice(parameters, self.METHOD, context, "zscore"), methods, "METHOD"),
            reference=choice(self.choice(parameters, self.REFERENCE, context, "selection"), indices.REFERENCES,
                             "REFERENCE"))

    def theme_ids(self, parameters, context):
        """THEMES as 'id,id' ('' = all)."""
        if self.parameterDefinition(self.THEMES) is None:
            return ""
        return ",".join(self.choices(parameters, self.THEMES, context))

    def builtin_themes(self, parameters, context):
        """The built-in themes named in THEMES (all of them when it is empty)."""
        return theme_io.select(theme_io.load_themes(THEMES_FILE), self.theme_ids(parameters, context))

    def themes(self, parameters, context):
        """The themes named in THEMES, from THEME_FILE when given (all of its themes when THEMES is empty)."""
        path = self.parameterAsFile(parameters, self.THEME_FILE, context) \
            if self.parameterDefinition(self.THEME_FILE) is not None else ""
        available = theme_io.load_themes(path or THEMES_FILE)
        return theme_io.select(available, self.theme_ids(parameters, context))

    def source_uri(self, parameters, context):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if postgis.is_database(layer):  # the table name, not the connection (its port could read as a year)
            return postgis.table_name(layer) or ""
        return layer.source() if layer is not None else str(parameters.get(self.INPUT))

    def year(self, parameters, context):
        """The YEAR parameter, or None when not given."""
        if parameters.get(self.YEAR) in (None, ""):
            return None
        return self.parameterAsInt(parameters, self.YEAR, context) or None

    def output_file(self, parameters):
        """The output file path when OUTPUT names a file (not a temporary or memory layer), else None."""
        return output.output_file(parameters.get(self.OUTPUT))

    def refuse_overwriting_input(self, parameters, context):
        """Never write the result over the user's source file (nor over a second input, e.g. computechange's
        BEFORE: its path is prepared as ``other_paths``)."""
        out = self.output_file(parameters)
        prepared = getattr(self, "_prepared", None)
        if prepared is not None:
            sources = [prepared.get("input_path")] + list(prepared.get("other_paths", ()))
        else:
            sources = [self.input_path(self.parameterAsVectorLayer(parameters, self.INPUT, context))]
        for source in sources:
            if out and source and os.path.exists(out) and os.path.exists(source) and os.path.samefile(source, out):
                raise QgsProcessingException(tr("The output file is the input file {}: choose another file. "
                                                "BuurtKijker never overwrites your data.").format(out))

    def geopackage_plan(self, parameters, context):
        """``(source table, output path, read with SQL, geometry check)`` when a GeoPackage layer goes to a new
        GeoPackage file and its geometries can be copied from the file by feature id (no unsaved edits), else None.

        The attributes are read with SQL only where the file gives exactly what QGIS would give: no selection or
        feature limit, no joined, virtual or unsaved fields; otherwise they are read through QGIS, as for any other
        output. With an invalid-geometry check, the features QGIS lets through (or stops at) are found by one
        request without attributes, and only those are kept.
        """
        value = parameters.get(self.INPUT)
        if not FAST_GEOPACKAGE:
            return None
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.isModified():
            return None
        definition = parameters.get(self.OUTPUT)
        if isinstance(definition, QgsProcessingOutputLayerDefinition) and definition.createOptions:
            return None
        out = self.output_file(parameters)
        if not out or not out.lower().endswith(".gpkg"):
            return None
        table = geopackage.source_table(layer.source())
        if not table:
            return None
        check = context.invalidGeometryCheck()
        whole = True
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            whole = not value.selectedFeaturesOnly and getattr(value, "featureLimit", -1) == -1
            if value.flags & QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck:
                check = value.geometryCheck
        plain = layers.provider_fields_only(layer)
        checked = check != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
        return table, self.parameterAsOutputLayer(parameters, self.OUTPUT, context), whole and plain, checked

    def extra_sources(self, parameters, context, extra):
        """The SOURCES as core sources, read the one way the dock reads them too (qgis_io/sources.py)."""
        value = parameters.get(self.SOURCES)
        items = value if isinstance(value, (list, tuple)) else [value] if value else []
        return source_io.read_sources(items, extra, lambda item: QgsProcessingUtils.mapLayerFromString(item, context))

    def boundaries(self, parameters, context, crs):
        """The BOUNDARIES layers read as :class:`boundaries.Boundaries` in ``crs`` (on the main thread)."""
        if self.parameterDefinition(self.BOUNDARIES) is None:
            return []
        read = [boundaries.read_boundaries(layer, crs, context.transformContext())
                for layer in self.parameterAsLayerList(parameters, self.BOUNDARIES, context) or []]
        if self.carries_over(parameters):  # their polygons are read meanwhile (QGIS, without Python's lock)
            for item in read:
                item.prefetch()
        return read

    def input_crs(self, parameters, context):
        return self.cached("source", lambda: self.parameterAsSource(parameters, self.INPUT, context)).sourceCrs()

    def carries_over(self, parameters):
        """Whether SOURCES may be carried over through BOUNDARIES (then the input's polygons are needed)."""
        return all(parameters.get(name) not in (None, "", []) for name in (self.BOUNDARIES, self.SOURCES))

    def overlays(self, table, geometries, parameters, context, feedback, valid=False):
        """The BOUNDARIES laid over the table's buurten (QGIS' geometry engine); [] without BOUNDARIES.
        ``geometries``: the table's polygons in row order, or None to read them from the INPUT source; ``valid``:
        they were read under QGIS' invalid-geometry check (skip or stop), so are valid."""
        prepared = getattr(self, "_prepared", None) or {}
        if parameters.get(self.BOUNDARIES) in (None, "", []) and "boundaries" not in prepared:
            return []
        chosen = self.cached("boundaries", lambda: self.boundaries(parameters, context,
                                                                   self.input_crs(parameters, context)))
        if not chosen:
            return []
        if geometries:
            shapes = list(geometries)
        else:
            source = self.cached("source", lambda: self.parameterAsSource(parameters, self.INPUT, context))
            shapes, valid = boundaries.input_geometries(source, list(table.data.index)), False
        out = []
        for item in chosen:  # one after the other: each job uses every core, and they would share the buurten
            feedback.pushInfo(tr("Laying the buurtgrenzen {} over the buurten...").format(item.year or item.name))
            overlay = boundaries.OverlayJob(item, shapes, list(table.data["code"]), feedback.isCanceled,
                                            valid=valid).result()
            if overlay is None:
                raise output.cancelled_error()
            out.append(overlay)
        return out

    def join_sources(self, table, mask, parameters, context, feedback, extra, geometries=None, valid=False):
        """``table`` with the SOURCES joined (YEARS applied), each step reported; unchanged without sources.
        A source in another year's indeling is carried over through BOUNDARIES (``geometries``: the table's
        polygons in row order when they were read, else they are read here; ``valid``: see :meth:`overlays`)."""
        extra_sources = self.cached("sources", lambda: self.extra_sources(parameters, context, extra))
        years_text = self.cached("years_text", lambda: self.parameterAsString(parameters, self.YEARS, context))
        overlays = self.overlays(table, geometries, parameters, context, feedback, valid) if extra_sources else []
        joined = source_io.join(table, extra_sources, years_text, extra, mask, overlays)
        if joined is table:
            return table
        total = int(mask.sum()) if mask is not None else len(table.data)
        for position, info in enumerate(joined.provenance.sources[1:], start=1):
            feedback.pushInfo(tr("{} ({}): values for {} of {} buurten.").format(
                info.name, info.year, info.found, total))
            if info.via is not None:
                feedback.pushInfo(coverage_line(joined, position, mask))
                continue
            if info.not_in_year:
                feedback.pushWarning(tr("{} ({}): {} buurt codes of the layer do not exist in this source (new "
                                        "codes or changed boundaries since {}); those buurten get no values from "
                                        "it.").format(info.name, info.year, info.not_in_year, info.year))
            if info.not_covered:
                feedback.pushInfo(tr("{}: {} buurten lie in gemeenten this source does not cover.").format(
                    info.name, info.not_covered))
        return joined

    @staticmethod
    def input_path(layer):
        """The file behind a layer (None for a database or memory layer): never written over."""
        return QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path") \
            if layer is not None else None

    def geometry_check(self, parameters, context):
        """Processing's invalid-geometry setting for INPUT (the input's own override first)."""
        value = parameters.get(self.INPUT)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and \
                value.flags & QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck:
            return value.geometryCheck
        return context.invalidGeometryCheck()

    @staticmethod
    def check_cancel(feedback):
        if feedback.isCanceled():
            raise output.cancelled_error()

    # -- writing ------------------------------------------------------------------------------------------------

    @staticmethod
    def id_frame(table, index):
        """The identifying columns and population of ``table``'s rows ``index``, as a result starts."""
        data = table.data.loc[index]
        frame = pd.DataFrame({name: data[name] for name, _ in results.ID_FIELDS}, index=index)
        frame["inwoners"] = data["inwoners"] if "inwoners" in data else float("nan")
        return frame

    def write_result(self, frame, fields, parameters, context, feedback, plan=None, sink_spec=None,
                     geometries=None):
        """Write ``frame`` as the OUTPUT: through SQL and GDAL for a GeoPackage ``plan``, else through a
        :class:`~.output.SafeSink` of ``sink_spec`` = (wkb type, crs) with ``geometries`` {row: geometry}.
        Returns the output's id; nothing is left behind on failure or Cancel."""
        if plan is not None:
            try:
                written = geopackage.write_result(plan[0], list(frame.index), frame, fields, plan[1],
                                                  cancelled=feedback.isCanceled)
            except BuurtKijkerError as exc:
                raise QgsProcessingException(error_text(exc))
            if written is None:
                raise output.cancelled_error()
            return written
        sink = output.SafeSink(self, parameters, self.OUTPUT, context, feedback).open(fields, *sink_spec)
        sink.write(results.iter_features(frame, fields, geometries or {}))
        return sink.finish()


def coverage_line(table, position, mask=None):
    """'RIVM Gezondheidsmonitor 2020: 99 % of the inhabitants, 31 % via the buurtgrenzen 2019': the share of the
    counted buurten's inhabitants (buurten of 50 or more) with a value from the source, and the share carried over."""
    info = table.provenance.sources[position]
    rows = np.ones(len(table.data), bool) if mask is None else np.asarray(mask, bool).copy()
    people = table.data["inwoners"].to_numpy(dtype=float) if "inwoners" in table.data else np.ones(len(rows))
    rows &= np.nan_to_num(people) >= 50
    got = np.zeros(len(rows), bool)
    for origin in table.provenance.origin.values():
        got |= origin == position
    mode = table.provenance.carried.get(position, (np.zeros(len(rows)), None))[0]
    total = np.nansum(people[rows]) or 1.0
    return tr("{} {}: {:.0f} % of the inhabitants, {:.0f} % via the buurtgrenzen {}").format(
        info.label, info.year, 100 * np.nansum(people[rows & got]) / total,
        100 * np.nansum(people[rows & got & (mode == carry.CARRIED)]) / total, info.via)
