"""Read buurt layers through QGIS providers into the core's :class:`BuurtTable` (read-only, in bulk)."""

import os

import pandas as pd
from qgis.core import (QgsExpression, QgsFeatureRequest, QgsVectorLayer, QgsWkbTypes)

from ..core import cbs_schema as schema
from ..core.cbs_table import gemeente_list, normalise
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..core.gemeenten import resolve


def open_layer(path, layer_name=None):
    """Open a file as a QgsVectorLayer (read-only use); raise a clear error when it is not vector data."""
    if not os.path.exists(path):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "File not found: {path}"), path=path)
    uri = str(path)
    if uri.lower().endswith(".zip"):
        uri = "/vsizip/" + os.path.abspath(uri)
    if layer_name:
        uri += "|layername=" + layer_name
    else:
        from ..core.sources import VectorSource
        source = VectorSource(path)  # picks the buurt layer of a multi-layer GeoPackage, checks the CRS
        if len(source.layer_names()) > 1:
            uri += "|layername=" + source.layer_name
        layer_name = source.layer_name
    layer = QgsVectorLayer(uri, layer_name or os.path.basename(path), "ogr")
    if not layer.isValid():
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). "
                           "{reason}"), name=os.path.basename(path), reason="")
    return layer


def source_name(source):
    name = source.sourceName() if hasattr(source, "sourceName") else ""
    return name or "layer"


def field_roles(fields):
    return schema.match_columns([f.name() for f in fields])


def gemeenten(source):
    """Gemeenten of a layer or feature source, read from its own data (two columns, no geometry)."""
    found = field_roles(source.fields())
    wanted = [found[r] for r in ("gemeentecode", "gemeentenaam", "buurtcode", "wijkcode") if r in found]
    if not wanted:
        return pd.DataFrame({"gemeentecode": pd.Series(dtype="string"), "gemeentenaam": pd.Series(dtype="string")})
    raw, _ = read_attributes(source, wanted, with_geometry=False)
    table = pd.DataFrame(index=raw.index)
    code = found.get("buurtcode") or found.get("wijkcode")
    derived = ("GM" + raw[code].astype("string").str.slice(2, 6)) if code else pd.NA
    table["gemeentecode"] = raw[found["gemeentecode"]].astype("string") if "gemeentecode" in found else derived
    table["gemeentenaam"] = raw[found["gemeentenaam"]].astype("string") if "gemeentenaam" in found else pd.NA
    return gemeente_list(table)


def gemeente_expression(fields, codes):
    """A filter expression for the gemeenten ``codes`` that providers compile to SQL."""
    found = field_roles(fields)
    values = ", ".join(QgsExpression.quotedValue(c) for c in codes)
    if "gemeentecode" in found:
        return "{} IN ({})".format(QgsExpression.quotedColumnRef(found["gemeentecode"]), values)
    code = found.get("buurtcode") or found.get("wijkcode")
    if code is None:
        return None
    return "'GM' || substr({}, 3, 4) IN ({})".format(QgsExpression.quotedColumnRef(code), values)


def read_attributes(source, columns=None, expression=None, with_geometry=False, feedback=None):
    """Attributes as a DataFrame (and geometries when asked), one provider request, optional filter.

    Returns ``(raw, geometries)`` where ``raw`` carries the feature ids as ``index``.
    """
    fields = source.fields()
    names = [f.name() for f in fields] if columns is None else [c for c in columns if fields.indexOf(c) >= 0]
    request = QgsFeatureRequest()
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(names, fields)
    if expression:
        request.setFilterExpression(expression)
    index = [fields.indexOf(n) for n in names]
    rows, fids, geometries = [], [], []
    total = max(source.featureCount(), 1)
    for count, feature in enumerate(source.getFeatures(request)):
        attrs = feature.attributes()
        rows.append([attrs[i] for i in index])
        fids.append(feature.id())
        if with_geometry:
            geometries.append(feature.geometry())
        if feedback is not None and count % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(30.0 * count / total)
    raw = pd.DataFrame(rows, columns=names, index=pd.Index(fids, name="fid"))
    raw = raw.apply(_null_to_none) if len(raw) else raw
    return raw, geometries


def _null_to_none(series):
    """QGIS returns NULL variants for missing values; make them None so pandas sees them as missing."""
    if series.dtype == object:
        return series.map(lambda v: None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
    return series


def load_table(source, gemeente=None, reference="selection", with_geometry=False, feedback=None, uri=None):
    """Read a buurt layer (or feature source) for the index: ``(table, selection mask, geometries, codes)``.

    With ``reference="selection"`` only the gemeenten asked for are read (provider-side filter); with
    ``"national"`` every feature is read and the mask marks the gemeenten.
    """
    name = source_name(source)
    if not field_roles(source.fields()):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found "
                           "among {columns}."), source=name, columns=", ".join(source.fields().names()[:8]))
    codes = resolve(gemeente, gemeenten(source)) if gemeente else None
    expression = gemeente_expression(source.fields(), codes) if codes and reference == "selection" else None
    raw, geometries = read_attributes(source, expression=expression, with_geometry=with_geometry, feedback=feedback)
    if raw.empty:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: the layer holds no features."),
                               source=name)
    table = normalise(raw, name)
    if table.year is None and uri:
        table.year = normalise_year(uri)
    mask = table.data["gemeentecode"].isin(codes).to_numpy() if codes else None
    return table, mask, geometries, codes


def normalise_year(text):
    import re
    match = re.search(r"(?<!\d)(20[12]\d)(?!\d)", str(text))
    return int(match.group(1)) if match else None


def is_polygon(source):
    return QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry
