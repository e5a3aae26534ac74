"""Other years' buurt polygons (BOUNDARIES) laid over the input's buurten with QGIS' geometry engine (issue 21).

:func:`read_boundaries` reads a layer of another year's buurten (codes, polygons in the input's CRS, inhabitants
when it has them), read-only and on the main thread; :func:`overlay` finds, with a :class:`QgsSpatialIndex` and a
prepared :class:`QgsGeometryEngine` per input buurt, which old buurten overlap it and by how much area. The
weighing of the figures is in :mod:`..core.carry` (no QGIS there).
"""

import os
from dataclasses import dataclass

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProviderRegistry, QgsRectangle,
                       QgsSpatialIndex)

from ..core import carry, cbs_schema as schema, codes as bk_codes
from ..core.cbs_table import clean_numeric
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..core.join_sources import year_in_name


@dataclass
class Boundaries:
    name: str
    year: int
    codes: list
    geometries: list  # QgsGeometry in the input's CRS, valid
    inhabitants: object = None  # numpy array or None


def _year(layer, found):
    uri = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    for text in (layer.name(), os.path.basename(uri.get("path") or ""), uri.get("layerName") or ""):
        year = year_in_name(text)
        if year:
            return year
    if "jaar" in found:
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
                                         .setSubsetOfAttributes([found["jaar"]], layer.fields()).setLimit(1)):
            year = year_in_name(str(feature[found["jaar"]]))
            if year:
                return year
    return None


def read_boundaries(layer, crs, transform_context):
    """A polygon layer of another year's buurten as :class:`Boundaries` (the layer itself is not changed)."""
    found = schema.match_columns(layer.fields().names())
    if "buurtcode" not in found or layer.geometryType() != 2:  # QgsWkbTypes.PolygonGeometry
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Buurtgrenzen '{layer}': not a buurt polygon layer with buurt codes (a column such as "
                           "BU_CODE or statcode)."), layer=layer.name())
    columns = [found["buurtcode"]] + ([found["inwoners"]] if "inwoners" in found else [])
    request = QgsFeatureRequest().setSubsetOfAttributes(columns, layer.fields())
    transform = QgsCoordinateTransform(layer.crs(), crs, transform_context) if layer.crs() != crs else None
    codes, geometries, people = [], [], []
    for feature in layer.getFeatures(request):
        code = bk_codes.clean(feature[found["buurtcode"]])
        geometry = feature.geometry()
        if not bk_codes.is_code(code) or geometry is None or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        if not geometry.isGeosValid():  # generalised polygons may cross themselves: repaired on this copy
            geometry = geometry.makeValid()
        codes.append(code)
        geometries.append(geometry)
        if "inwoners" in found:
            people.append(feature[found["inwoners"]])
    if not codes:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Buurtgrenzen '{layer}': no buurt polygons with a buurt code."), layer=layer.name())
    inhabitants = None
    if people:
        import pandas as pd
        inhabitants = clean_numeric(pd.Series([p if isinstance(p, (int, float)) else None for p in people],
                                              dtype=float)).to_numpy()
    return Boundaries(layer.name(), _year(layer, found), codes, geometries, inhabitants)


def overlay(boundaries, geometries, cancelled=None, codes=None):
    """:class:`carry.Overlay` of ``boundaries`` over the input rows' ``geometries`` (QgsGeometry, in order).

    ``codes``: the input rows' buurt codes. A buurt whose code the old indeling has, with nearly the same polygon
    (:data:`carry.UNCHANGED_IOU`), keeps its own value: its other overlaps are not needed and not computed (most
    buurten of a year are unchanged, so this saves most of the work)."""
    index = QgsSpatialIndex()
    old = boundaries.geometries
    for j, geometry in enumerate(old):
        index.addFeature(j, geometry.boundingBox())
    old_area = np.array([g.area() for g in old], dtype=float)
    new_area = np.zeros(len(geometries))
    rows, cols, areas = [], [], []
    same_code = {c: j for j, c in enumerate(boundaries.codes)}
    for i, geometry in enumerate(geometries):
        if geometry is None or geometry.isEmpty():
            continue
        if cancelled is not None and i % 500 == 0 and cancelled():
            return None
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        new_area[i] = geometry.area()
        candidates = index.intersects(QgsRectangle(geometry.boundingBox()))
        if not candidates:
            continue
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        known = {}  # the same-code pair's area, computed once
        j = same_code.get(codes[i]) if codes is not None else None
        if j is not None and j in candidates:
            piece = engine.intersection(old[j].constGet())
            known[j] = piece.area() if piece is not None else 0.0
            if known[j] >= carry.UNCHANGED_IOU * (new_area[i] + old_area[j] - known[j]):
                rows.append(i)
                cols.append(j)
                areas.append(known[j])
                continue
        for j in candidates:
            other = old[j].constGet()
            if j in known:
                area = known[j]
            elif not engine.intersects(other):
                continue
            else:
                piece = engine.intersection(other)
                area = piece.area() if piece is not None else 0.0
            if area > 0:
                rows.append(i)
                cols.append(j)
                areas.append(area)
    return carry.Overlay(boundaries.name, boundaries.year, np.array(boundaries.codes, dtype=object), old_area,
                         new_area, np.array(rows, dtype=int), np.array(cols, dtype=int),
                         np.array(areas, dtype=float), boundaries.inhabitants)


def input_geometries(source, fids):
    """The geometries of ``source``'s features ``fids``, in that order (None where a feature has none)."""
    request = QgsFeatureRequest().setFilterFids(list(fids)).setNoAttributes()
    found = {f.id(): f.geometry() for f in source.getFeatures(request)}
    return [found.get(fid) for fid in fids]


def from_layer_rows(name, year, codes, geometries, source_crs, crs, transform_context, inhabitants=None):
    """:class:`Boundaries` from rows already read (the first year's own polygons in computechange), in ``crs``."""
    transform = QgsCoordinateTransform(source_crs, crs, transform_context) if source_crs != crs else None
    kept_codes, kept, people = [], [], []
    for k, (code, geometry) in enumerate(zip(codes, geometries)):
        if not bk_codes.is_code(code) or geometry is None or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        kept_codes.append(code)
        kept.append(geometry)
        people.append(inhabitants[k] if inhabitants is not None else np.nan)
    return Boundaries(name, year, kept_codes, kept, np.array(people, dtype=float) if inhabitants is not None
                      else None)
