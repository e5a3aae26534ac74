"""GeoPackage in, GeoPackage out without converting every feature between QGIS and Python.

A GeoPackage is an SQLite database: its attribute columns are read with one SQL query (read-only connection),
the result rows are inserted into a new layer made by GDAL, each with its geometry blob copied by SQLite straight
from the (attached, read-only) source under the same feature id, and the spatial index is copied from the
source's. ``computeindices`` uses this when both ends are plain GeoPackage files and falls back to the
feature-by-feature path for anything else (memory layers, selections, filtered layers, other formats).
"""

import gc
import sqlite3
from contextlib import closing
from itertools import islice
from pathlib import Path
from urllib.parse import quote

import pandas as pd
from osgeo import gdal, ogr
from qgis.core import QgsProviderRegistry

from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..core.gdal_local import exceptions as gdal_exceptions
from . import compat, files
from .results import python_columns


def _quote(name):
    return '"{}"'.format(str(name).replace('"', '""'))


def _sql(template, binds=(), **identifiers):
    """``template`` with each ``{name}`` replaced by the identifier (table, column, trigger name) ``identifiers[name]``
    quoted for SQLite, a list of them joined by ", ", and ``{binds}`` by the numbered parameters ``?i`` for ``i`` in
    ``binds``. All SQL built from names goes through here; values never do: they are bound as parameters."""
    quoted = {key: ", ".join(_quote(n) for n in value) if isinstance(value, (list, tuple)) else _quote(value)
              for key, value in identifiers.items()}
    return template.format(binds=", ".join("?{}".format(int(i)) for i in binds), **quoted)


def _read_only_uri(path):
    """A read-only SQLite URI of ``path``. A GeoPackage in WAL mode on a read-only share (or mount) cannot be opened
    read-only the normal way (SQLite must create its -shm file beside it); it is then opened as immutable, as GDAL
    does."""
    uri = "file:{}?mode=ro".format(quote(str(Path(path).resolve())))
    try:
        with closing(sqlite3.connect(uri, uri=True)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        return uri + "&immutable=1"
    return uri


def source_table(uri):
    """(path, table, fid column, geometry column, geometry type) of a plain GeoPackage layer uri, else None."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or parts.get("subset") or not Path(path).is_file():
        return None
    try:
        with _ReadOnly(path) as db:
            tables = db.execute("SELECT c.table_name, g.column_name, g.geometry_type_name FROM gpkg_contents c "
                                "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                                "WHERE c.data_type = 'features'").fetchall()
            wanted = parts.get("layerName")
            found = [t for t in tables if wanted in (None, "", t[0])]
            if len(found) != 1 or (not wanted and len(tables) > 1):
                return None
            table, geometry, kind = found[0]
            pk = [row[1] for row in db.execute(_sql("PRAGMA table_info({t})", t=table)) if row[5]]
    except sqlite3.Error:
        return None
    return (path, table, pk[0], geometry, kind) if len(pk) == 1 else None


class _ReadOnly:
    """A read-only connection that never changes the file (not even its journal mode) and waits at most
    ``timeout`` seconds for a lock another program holds, then raises (the caller falls back or explains)."""

    def __init__(self, path, timeout=2.0):
        self.db = sqlite3.connect(_read_only_uri(path), uri=True, timeout=timeout)

    def __enter__(self):
        return self.db

    def __exit__(self, *exc):
        self.db.close()


def release(path, timeout=2.0):
    """Leave the GeoPackage ``path`` as a closed file in rollback-journal mode: QGIS' OGR provider switches a
    GeoPackage it writes to (saving styles, editing) to WAL mode, which is kept in the file; any program that then
    opens it, even only to read, holds a ``-wal`` file beside it, and BuurtKijker refuses to replace a GeoPackage
    with one (:func:`files.refuse_open_geopackage`). True when the file is in DELETE mode now; False when another
    connection still holds it (SQLite cannot leave WAL mode then) or it cannot be opened."""
    try:
        with closing(sqlite3.connect(str(path), timeout=timeout)) as db:
            mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.Error:
        return False
    return bool(mode) and str(mode[0]).lower() == "delete"


def journal_mode(path):
    """The journal mode kept in the GeoPackage's header: 'wal' or 'delete' (the rollback journal)."""
    with open(str(path), "rb") as handle:
        header = handle.read(20)
    return "wal" if len(header) == 20 and header[18] == 2 and header[19] == 2 else "delete"


def read_columns(source, columns, invalid=False, cancelled=None, keep=None):
    """The attribute columns (those present) of a GeoPackage layer, indexed by feature id (NULL: None or NaN).

    ``invalid``: also the ids of the features whose geometry is invalid (:func:`invalid_ids`), checked in the same
    read: returns ``(frame, ids)``, ids None when a geometry is not in GeoPackage binary as QGIS reads it.
    ``keep``: a dict that receives the valid geometries (QgsGeometry) by id, read for the check anyway."""
    path, table, fid, geometry, _ = source
    try:
        with _ReadOnly(path) as db:
            present = [row[1] for row in db.execute(_sql("PRAGMA table_info({t})", t=table))]
            names = [c for c in columns if c in present] if columns is not None else \
                [c for c in present if c not in (fid, geometry)]
            read = [fid] + names + ([geometry] if invalid else [])
            rows = db.execute(_sql("SELECT {c} FROM {t} ORDER BY {f}", c=read, t=table, f=fid)).fetchall()
    except sqlite3.Error as exc:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not read {path}: {reason}"), path=path,
                               reason=str(exc))
    labels = ["fid"] + names + (["__geometry"] if invalid else [])
    frame = pd.DataFrame.from_records(rows, columns=labels, exclude=["__geometry"] if invalid else None)
    frame = frame.set_index("fid")
    if not invalid:
        return frame
    return frame, invalid_ids([row[0] for row in rows], [row[-1] for row in rows], cancelled, keep)


_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}  # bytes of the envelope after the 8-byte header, by its flag


def invalid_ids(fids, blobs, cancelled=None, keep=None):
    """The ids whose GeoPackage geometry blob is not valid to GEOS, as QGIS' invalid-geometry check finds it
    (:meth:`QgsGeometry.isGeosValid` on the geometry QGIS reads; no geometry: not checked), in id order. None
    when a blob is not standard GeoPackage binary (then the caller lets QGIS read the geometries). ``keep``: a
    dict that receives each valid geometry by id."""
    from qgis.core import QgsGeometry
    invalid = []
    geometry = QgsGeometry()
    for count, (fid, blob) in enumerate(zip(fids, blobs)):
        if keep is not None:
            geometry = QgsGeometry()
        if count % 2000 == 0 and cancelled is not None and cancelled():
            break
        if blob is None:
            continue
        flags = blob[3] if len(blob) >= 8 and blob[:2] == b"GP" else 0xFF
        envelope = _ENVELOPE.get((flags >> 1) & 7)
        if flags & 0x20 or envelope is None:  # extended GeoPackage binary or a bad envelope flag
            return None
        geometry.fromWkb(blob[8 + envelope:])
        if geometry.isNull():  # WKB QGIS cannot parse as it is: its own reader (through GDAL) is left to judge
            return None
        if not geometry.isGeosValid():
            invalid.append(fid)
        elif keep is not None:
            keep[fid] = geometry
    return invalid


def write_result(source, fids, frame, fields, destination, layer_name=None, cancelled=None):
    """A new GeoPackage ``destination``: the features ``fids`` of the source (same feature ids, in that order) with
    their geometries and ``frame``'s columns typed as ``fields``. Returns the layer uri, or None when
    ``cancelled()`` became true (nothing is written then).

    GDAL creates the empty layer (same CRS, fields); SQLite copies each geometry blob from the attached source as it
    inserts the row, with GDAL's per-row triggers off; the spatial index is copied from the source's (see
    ``_spatial_index``), or built by GDAL when the source has none. All of it happens in a temporary folder beside
    ``destination`` and is moved into place only when complete and checked: a failure raises
    :class:`BuurtKijkerError` and, like Cancel, leaves no file behind and an existing ``destination`` as it was.
    """
    destination = Path(destination)
    cancelled = cancelled or (lambda: False)
    with files.Staging(destination) as staging:
        try:
            with gdal_exceptions():  # GDAL raises RuntimeError in here only (not for other plugins)
                _write(source, fids, frame, fields, staging.path, layer_name or destination.stem, cancelled)
            if cancelled():
                return None
            _check_written(staging.path, layer_name or destination.stem, len(fids))
        except _Cancelled:
            return None
        except (OSError, RuntimeError, ValueError, sqlite3.Error) as exc:
            raise files.write_error(destination, files.reason_of(exc))
        staging.commit()
    return "{}|layername={}".format(destination, layer_name or destination.stem)


class _Cancelled(Exception):
    pass


def _check_written(path, layer_name, count):
    """Read the new file back: a complete GeoPackage holding ``count`` rows, or RuntimeError."""
    with _ReadOnly(path) as db:  # SQLite commits atomically: a file that opens and holds every row is whole
        written = db.execute(_sql("SELECT count(*) FROM {t}", t=layer_name)).fetchone()[0]
    if written != count:
        raise RuntimeError("{} of {} rows written".format(written, count))


def _write(source, fids, frame, fields, destination, layer_name, cancelled=lambda: False):
    path, table, _, geometry, _ = source
    source_index = _rtree(path, table, geometry)
    _create_layer(source, destination, layer_name, frame.columns, fields, with_index=source_index is not None)
    target_index = "rtree_{}_geom".format(layer_name)
    with closing(sqlite3.connect(str(destination))) as db:
        db.execute("PRAGMA synchronous = OFF")  # a new file: if this fails half-way it is incomplete anyway
        db.execute("PRAGMA journal_mode = MEMORY")
        db.execute("ATTACH DATABASE ? AS src", (_read_only_uri(path),))
        _same_srs_ids(db, table, layer_name)
        triggers = db.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                              (layer_name,)).fetchall()
        for name, _ in triggers:  # per-row feature count and R-tree updates (whose ST_ functions only GDAL has)
            db.execute(_sql("DROP TRIGGER main.{t}", t=name))
        _insert_rows(db, source, layer_name, fids, frame, cancelled, fields)
        if source_index:
            _spatial_index(db, source_index, target_index, layer_name, table, len(fids))
            _extent(db, target_index, layer_name)
        for _, sql in triggers:
            db.execute(sql)
        db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?", (len(fids), layer_name))
        db.commit()
    if not source_index:
        target_ds = gdal.OpenEx(str(destination), gdal.OF_VECTOR | gdal.OF_UPDATE)
        target_ds.ExecuteSQL("SELECT CreateSpatialIndex('{}', 'geom')".format(layer_name.replace("'", "''")))
        target_ds = None
        with closing(sqlite3.connect(str(destination))) as db:
            db.execute("PRAGMA synchronous = OFF")
            _extent(db, target_index, layer_name)
            db.commit()


def _extent(db, index, layer_name):
    """The layer's extent in gpkg_contents from its R-tree. In the writing transaction (synchronous off, as GDAL
    writes a new file): a commit of its own made SQLite flush the whole new file to disk first (30-100 ms)."""
    db.execute(_sql("UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM {r}), min_y = (SELECT min(miny) FROM "
                    "{r}), max_x = (SELECT max(maxx) FROM {r}), max_y = (SELECT max(maxy) FROM {r}) "
                    "WHERE table_name = ?", r=index), (layer_name,))


def _create_layer(source, destination, layer_name, columns, fields, with_index):
    """The empty output layer, made by GDAL: the source's CRS and geometry type, one field per column."""
    path, table, _, _, kind = source
    source_ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    target_ds = gdal.GetDriverByName("GPKG").Create(str(destination), 0, 0, 0, gdal.GDT_Unknown)
    layer = target_ds.CreateLayer(layer_name, source_ds.GetLayerByName(table).GetSpatialRef(), _ogr_type(kind),
                                  ["SPATIAL_INDEX={}".format("YES" if with_index else "NO"), "FID=fid",
                                   "GEOMETRY_NAME=geom"])
    for name in columns:
        layer.CreateField(ogr.FieldDefn(name, _ogr_field_type(fields, name)))
    layer = target_ds = source_ds = None  # closes both files; GDAL makes the (empty) R-tree and its triggers here


def _insert_rows(db, source, layer_name, fids, frame, cancelled=lambda: False, fields=None, chunk=2000):
    """One row per feature id: the frame's values, the geometry blob copied from the attached source; ``cancelled``
    is asked between chunks of rows (raises _Cancelled)."""
    _, table, fid, geometry, _ = source
    columns = list(frame.columns)
    insert = _sql("INSERT INTO {t} (fid, geom, {n}) VALUES (?1, (SELECT {g} FROM src.{s} WHERE {f} = ?1), {binds})",
                  binds=range(2, len(columns) + 2), t=layer_name, n=columns, g=geometry, s=table, f=fid)
    gc.disable()  # a million short-lived values: the cyclic collector would only slow this down
    try:
        rows = zip([int(f) for f in fids], *python_columns(frame, fields))
        for _ in range(0, len(fids), chunk):
            if cancelled():
                raise _Cancelled()
            db.executemany(insert, islice(rows, chunk))
    finally:
        gc.enable()


def _rtree(path, table, geometry):
    """The source layer's R-tree table name when it has one (GeoPackage extension gpkg_rtree_index), else None."""
    name = "rtree_{}_{}".format(table, geometry)
    with _ReadOnly(path) as db:
        try:
            found = db.execute("SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' AND "
                               "table_name = ? AND column_name = ?", (table, geometry)).fetchone()[0]
            shadow = db.execute("SELECT count(*) FROM sqlite_master WHERE name IN (?, ?, ?, ?)",
                                (name, name + "_node", name + "_rowid", name + "_parent")).fetchone()[0]
        except sqlite3.Error:
            return None
    return name if found and shadow == 4 else None


def _spatial_index(db, source_index, target_index, layer_name, table, count):
    """Fill the new layer's R-tree from the source's: the feature ids are the same, so the entries are too.

    All features written (a whole-country run) and the same page size: the R-tree's three tables are copied as they
    are, no tree is rebuilt. Otherwise the entries of the written features are inserted.
    """
    everything = db.execute(_sql("SELECT count(*) FROM src.{t}", t=table)).fetchone()[0] == count
    same_pages = db.execute("PRAGMA main.page_size").fetchone() == db.execute("PRAGMA src.page_size").fetchone()
    if everything and same_pages:
        db.execute("SAVEPOINT copy_rtree")
        try:
            for part in ("_node", "_rowid", "_parent"):
                target, source = target_index + part, source_index + part
                db.execute(_sql("DELETE FROM main.{t}", t=target))
                db.execute(_sql("INSERT INTO main.{t} SELECT * FROM src.{s}", t=target, s=source))
            db.execute("RELEASE copy_rtree")
            return
        except sqlite3.OperationalError:  # R-tree tables of another SQLite version: insert the entries instead
            db.execute("ROLLBACK TO copy_rtree")
            db.execute("RELEASE copy_rtree")
    db.execute(_sql("INSERT INTO main.{t} SELECT * FROM src.{s} WHERE id IN (SELECT fid FROM main.{layer})",
                    t=target_index, s=source_index, layer=layer_name))


def _same_srs_ids(db, table, layer_name):
    """The copied blobs carry the source's srs_id: make the new layer use that id too."""
    source_id = db.execute("SELECT srs_id FROM src.gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()
    target_id = db.execute("SELECT srs_id FROM main.gpkg_geometry_columns WHERE table_name = ?",
                           (layer_name,)).fetchone()
    if source_id is None or target_id is None:  # GDAL could not finish the empty layer (e.g. the disk is full)
        raise RuntimeError("the new layer was not created")
    source_id, target_id = source_id[0], target_id[0]
    if source_id != target_id:
        db.execute("INSERT OR IGNORE INTO main.gpkg_spatial_ref_sys SELECT * FROM src.gpkg_spatial_ref_sys "
                   "WHERE srs_id = ?", (source_id,))
        for meta in ("gpkg_geometry_columns", "gpkg_contents"):
            db.execute(_sql("UPDATE main.{t} SET srs_id = ? WHERE table_name = ?", t=meta), (source_id, layer_name))


def _ogr_type(kind):
    return {"POINT": ogr.wkbPoint, "MULTIPOINT": ogr.wkbMultiPoint, "POLYGON": ogr.wkbPolygon,
            "MULTIPOLYGON": ogr.wkbMultiPolygon}.get((kind or "").upper(), ogr.wkbUnknown)


def _ogr_field_type(fields, name):
    index = fields.indexOf(name)
    kind = fields.at(index).type() if index >= 0 else compat.DOUBLE
    return {compat.STRING: ogr.OFTString, compat.INT: ogr.OFTInteger}.get(kind, ogr.OFTReal)
