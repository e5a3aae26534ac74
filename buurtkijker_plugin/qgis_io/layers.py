"""Read buurt layers through QGIS providers into the core's :class:`BuurtTable` (read-only, in bulk)."""

import os

import pandas as pd
from qgis.core import (QgsExpression, QgsFeatureRequest, QgsFields, QgsProcessingFeatureSource, QgsProviderRegistry,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

from ..core import cbs_schema as schema, result_fields
from ..core.cbs_table import gemeente_columns, gemeenten_from_raw, normalise, year_from_text
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
    use_file_encoding(layer)
    if not layer.isValid():
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). "
                           "{reason}"), name=os.path.basename(path), reason="")
    return layer


def use_file_encoding(layer):
    """A CSV file that is not UTF-8 is read as Windows-1252 (what Excel writes), so that 'Súdwest-Fryslân' stays
    itself. Only the layer's reading changes, never the file."""
    if layer is None or layer.providerType() != "ogr":
        return
    path = (QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or "")
    if not path.lower().endswith((".csv", ".txt")) or not os.path.isfile(path):
        return
    try:
        with open(path, "rb") as handle:
            handle.read().decode("utf-8")
    except UnicodeDecodeError:
        layer.setProviderEncoding("windows-1252")
    except OSError:
        pass


def source_name(source):
    name = source.sourceName() if hasattr(source, "sourceName") else ""
    return name or "layer"


def field_roles(fields):
    return schema.match_columns([f.name() for f in fields])


def gemeenten(source):
    """Gemeenten of a layer or feature source, read from its own data (two columns, no geometry)."""
    found = field_roles(source.fields())
    wanted = gemeente_columns(found)
    if not wanted:
        return pd.DataFrame({"gemeentecode": pd.Series(dtype="string"), "gemeentenaam": pd.Series(dtype="string")})
    raw, _ = read_attributes(source, wanted, with_geometry=False)
    return gemeenten_from_raw(raw, found)


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


def provider_fields_only(layer):
    """True when every field of ``layer`` comes from its file or database: no join, no virtual field (so an SQL
    read of the table gives them all)."""
    fields = layer.fields()
    return not layer.vectorJoins() and all(fields.fieldOrigin(i) == QgsFields.FieldOrigin.OriginProvider
                                           for i in range(fields.count()))


def read_layer_columns(layer, columns=None):
    """The attribute columns of a map layer as :func:`read_attributes` gives them: by one SQL query when the layer
    is a plain GeoPackage table without filter or unsaved edits (several times faster for the whole country),
    else feature by feature."""
    if layer.providerType() == "ogr" and not layer.subsetString() and not layer.isModified():
        from .geopackage import read_columns, source_table
        table = source_table(layer.source())
        if table is not None:
            return read_columns(table, columns)
    return read_attributes(layer, columns)[0]


def checked_features(source, request, geometry_check=None):
    """The features of ``source`` for ``request``; on a Processing source with Processing's invalid-geometry
    setting ``geometry_check`` applied here rather than by QGIS.

    QGIS reports an invalid geometry under "stop" by throwing a C++ exception through the Python iteration, which
    leaves the interpreter broken: the next run crashes QGIS. So the source is read without its own check and the
    check is done as QGIS does it (GEOS validity): "skip" drops the feature, "stop" raises
    :class:`BuurtKijkerError`. The geometry is fetched for the check even when the request asks for none.
    """
    if not isinstance(source, QgsProcessingFeatureSource):
        yield from source.getFeatures(request)
        return
    check = None if geometry_check in (None, QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck) else geometry_check
    if check is not None and request.flags() & QgsFeatureRequest.Flag.NoGeometry:
        request.setFlags(request.flags() & ~QgsFeatureRequest.Flag.NoGeometry)
    for feature in source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
        if check is not None and feature.hasGeometry() and not feature.geometry().isGeosValid():
            if check == QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid:
                continue
            raise invalid_geometry_error(feature.id(), source)
        yield feature


def invalid_geometry_error(fid, source):
    """What stops a run at an invalid geometry under Processing's "stop" setting."""
    return BuurtKijkerError(QT_TRANSLATE_NOOP(
        "BuurtKijker", "Feature {fid} of {source} has an invalid geometry. Repair it (Vector > Geometry "
                       "Tools > Fix Geometries) or set Processing's invalid features filtering to "
                       "skip them."), fid=fid, source=source_name(source))


def read_attributes(source, columns=None, expression=None, with_geometry=False, feedback=None,
                    geometry_check=None):
    """Attributes as a DataFrame (and geometries when asked), one provider request, optional filter.

    Returns ``(raw, geometries)`` where ``raw`` carries the feature ids as ``index`` and None for NULL.
    """
    fields = source.fields()
    names = [f.name() for f in fields] if columns is None else [c for c in columns if fields.indexOf(c) >= 0]
    request = QgsFeatureRequest()
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(names, fields)
    if expression:
        request.setFilterExpression(expression)
    index = [fields.indexOf(n) for n in names]
    rows, fids, geometries = [], [], []
    total = max(source.featureCount(), 1)
    for count, feature in enumerate(checked_features(source, request, geometry_check)):
        rows.append(feature.attributes())
        fids.append(feature.id())
        if with_geometry:
            geometries.append(feature.geometry())
        if feedback is not None and count % 2000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(30.0 * count / total)
    columns_data = list(zip(*rows)) if rows else [()] * len(fields)
    raw = pd.DataFrame({name: _null_to_none(columns_data[i]) for name, i in zip(names, index)},
                       index=pd.Index(fids, name="fid"), columns=names)
    return raw, geometries


def feature_ids(source, feedback=None, geometry_check=None):
    """The ids of the features ``source`` yields, attributes left unread: a Processing source applies its
    invalid-geometry check (skip or stop) exactly as for any other read."""
    request = QgsFeatureRequest().setSubsetOfAttributes([])
    ids = []
    for feature in checked_features(source, request, geometry_check):
        ids.append(feature.id())
        if feedback is not None and len(ids) % 2000 == 0 and feedback.isCanceled():
            break
    return ids


def _null_to_none(values):
    """QGIS 3.22 returns NULL as a QVariant; make it None so pandas sees a missing value."""
    return [None if type(v) is QVariant else v for v in values]


def needed_columns(fields, extra=()):
    """The columns BuurtKijker uses: every one the alias table knows, plus ``extra`` (theme columns)."""
    return [f.name() for f in fields if schema.canonical_name(f.name()) is not None or f.name() in extra]


def load_table(source, gemeente=None, reference="selection", with_geometry=False, feedback=None, uri=None,
               extra_columns=None, geopackage=None, valid_only=False, geometry_check=None):
    """Read a buurt layer (or feature source) for the index: ``(table, selection mask, geometries, codes)``.

    With ``reference="selection"`` only the gemeenten asked for are read (provider-side filter); with
    ``"national"`` every feature is read and the mask marks the gemeenten. ``geopackage``: the table of a plain
    GeoPackage (:func:`geopackage.source_table`) to read with SQL instead of feature by feature (no geometries);
    ``valid_only``: keep only the features ``source`` yields under its invalid-geometry check.
    """
    name = source_name(source)
    if not field_roles(source.fields()):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found "
                           "among {columns}."), source=name, columns=", ".join(source.fields().names()[:8]))
    codes = resolve(gemeente, gemeenten(source)) if gemeente else None
    expression = gemeente_expression(source.fields(), codes) if codes and reference == "selection" else None
    columns = needed_columns(source.fields(), extra_columns) if extra_columns is not None else None
    if geopackage is not None:
        raw, geometries = _read_geopackage(source, geopackage, columns, valid_only, geometry_check, feedback,
                                           with_geometry)
    else:
        raw, geometries = read_attributes(source, columns, expression, with_geometry, feedback, geometry_check)
    if raw.empty:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: the layer holds no features."),
                               source=name)
    table = normalise(raw, name)
    if geometries:  # in the table's rows' order (a table mixing levels: its buurt rows only)
        by_id = dict(zip(raw.index, geometries))
        geometries = [by_id.get(fid) for fid in table.data.index]
    if geopackage is not None and expression:  # the provider filter of the other path, applied here
        chosen = table.data["gemeentecode"].isin(codes).to_numpy()
        table = table.subset(chosen)
        geometries = [g for g, kept in zip(geometries, chosen) if kept]
        if table.data.empty:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: the layer holds no features."),
                                   source=name)
    if table.year is None and uri:
        table.year = year_from_text(uri)
    mask = table.data["gemeentecode"].isin(codes).to_numpy() if codes else None
    return table, mask, geometries, codes


def _read_geopackage(source, table, columns, valid_only, geometry_check, feedback=None, with_geometry=False):
    """``(raw, geometries)``: the columns of a plain GeoPackage ``table`` read with SQL; ``valid_only``: without
    the features that ``source`` leaves out under its invalid-geometry check (skip), or stopped at the first
    (stop). The geometries are checked in the same read, as QGIS checks them; a geometry QGIS must read itself: by
    one request of ids. ``with_geometry``: the checked geometries too, in the rows' order (valid to GEOS), when
    they were read for the check; else []."""
    from .geopackage import read_columns
    check = geometry_check if valid_only else None
    if check in (None, QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck) or \
            not isinstance(source, QgsProcessingFeatureSource):
        raw = read_columns(table, columns)
        return (raw[raw.index.isin(feature_ids(source, feedback, geometry_check))] if valid_only else raw), []
    kept = {} if with_geometry else None
    raw, invalid = read_columns(table, columns, invalid=True,
                                cancelled=feedback.isCanceled if feedback is not None else None, keep=kept)
    if invalid is None:  # a geometry QGIS must read itself
        return raw[raw.index.isin(feature_ids(source, feedback, geometry_check))], []
    if invalid and check != QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid:
        raise invalid_geometry_error(invalid[0], source)
    raw = raw[~raw.index.isin(invalid)] if invalid else raw
    return raw, [kept.get(fid) for fid in raw.index] if with_geometry else []


def extra_source(layer, extra=()):
    """A layer (any vector or table layer QGIS opens) as a :class:`~..core.join_sources.Source` to join by buurt
    code: its attributes only, read in one request; the layer is not changed."""
    from ..core.join_sources import Source, source_columns
    columns = source_columns(layer.fields().names(), extra)
    raw, _ = read_attributes(layer, columns)
    uri = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    hint = "{} {} {}".format(layer.name(), os.path.basename(uri.get("path") or ""), uri.get("layerName") or "")
    return Source(layer.name(), raw.reset_index(drop=True), hint)


def is_indexed(fields):
    names = fields.names()
    return "code" in names and any(n.startswith("bk_") for n in names)


def indexed_frame(source, name=None):
    """The attribute table of an indexed layer (output of computeindices) as a DataFrame, numbers as float."""
    if not is_indexed(source.fields()):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: not a BuurtKijker result layer (no code and bk_ fields). Run 'Compute theme "
                           "indices' first."), source=name or source_name(source))
    names = source.fields().names()
    if "gemeentecode" not in names or "bk_total" not in names:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: the field names of this result are cut short (a shapefile keeps 10 characters: "
                           "{example}), so its columns cannot be told apart. Compute the indices again with a "
                           "GeoPackage as output."), source=name or source_name(source),
            example=", ".join(n for n in names if n.startswith("bk_"))[:60])
    raw, _ = read_attributes(source)
    text = set(result_fields.ID_NAMES) | set(result_fields.TEXT)
    for column in raw.columns:
        if column not in text and not column.endswith("_why"):
            raw[column] = pd.to_numeric(raw[column], errors="coerce")
    return raw.reset_index(drop=True)


def reference_frame(source, name=None):
    """National averages come from an indexed layer or from any CBS buurt layer (its indicator columns)."""
    if is_indexed(source.fields()):
        return indexed_frame(source, name)
    table, _, _, _ = load_table(source, extra_columns=[])
    return table.data
