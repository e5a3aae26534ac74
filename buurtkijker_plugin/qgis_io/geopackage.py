"""GeoPackage in, GeoPackage out without converting every feature between QGIS and Python.

A GeoPackage is an SQLite database: its attribute columns are read with one SQL query (read-only connection),
the geometries are copied by GDAL (``VectorTranslate``, in C) into the new file, and the result columns are added
there with one ``UPDATE``. ``computeindices`` uses this when both ends are plain GeoPackage files and falls back
to the feature-by-feature path for anything else (memory layers, selections, filtered layers, other formats).
"""

import sqlite3
from pathlib import Path

import pandas as pd
from osgeo import gdal
from qgis.core import QgsProviderRegistry
from qgis.PyQt.QtCore import QVariant

from .results import python_rows

gdal.UseExceptions()


def _quote(name):
    return '"{}"'.format(str(name).replace('"', '""'))


def source_table(uri):
    """(path, table, fid column, geometry column, geometry type) of a plain GeoPackage layer uri, else None."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or parts.get("subset") or not Path(path).is_file():
        return None
    try:
        with _read_only(path) as db:
            tables = db.execute("SELECT c.table_name, g.column_name, g.geometry_type_name FROM gpkg_contents c "
                                "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                                "WHERE c.data_type = 'features'").fetchall()
            wanted = parts.get("layerName")
            found = [t for t in tables if wanted in (None, "", t[0])]
            if len(found) != 1 or (not wanted and len(tables) > 1):
                return None
            table, geometry, kind = found[0]
            pk = [row[1] for row in db.execute("PRAGMA table_info({})".format(_quote(table))) if row[5]]
    except sqlite3.Error:
        return None
    return (path, table, pk[0], geometry, kind) if len(pk) == 1 else None


class _read_only:
    def __init__(self, path):
        self.db = sqlite3.connect("file:{}?mode=ro".format(Path(path).resolve()), uri=True)

    def __enter__(self):
        return self.db

    def __exit__(self, *exc):
        self.db.close()


def read_columns(source, columns):
    """The attribute columns (those present) of a GeoPackage layer, indexed by feature id, NULL as None."""
    path, table, fid, _, _ = source
    with _read_only(path) as db:
        present = [row[1] for row in db.execute("PRAGMA table_info({})".format(_quote(table)))]
        names = [c for c in columns if c in present] if columns is not None else \
            [c for c in present if c not in (fid, source[3])]
        sql = "SELECT {} FROM {} ORDER BY {}".format(", ".join(_quote(c) for c in [fid] + names), _quote(table),
                                                       _quote(fid))
        rows = db.execute(sql).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=["fid"] + names).set_index("fid")
    return frame.astype(object).where(frame.notna(), None)


def write_result(source, fids, frame, fields, destination, layer_name=None):
    """A new GeoPackage ``destination``: the geometries of features ``fids`` (in that order) and ``frame``'s columns
    typed as ``fields``. Returns the layer uri."""
    path, table, fid, geometry, kind = source
    destination = Path(destination)
    if destination.exists():
        destination.unlink()
    layer_name = layer_name or destination.stem
    ids = ",".join(str(int(f)) for f in fids)
    order = "CASE {} {} END".format(_quote(fid), " ".join("WHEN {} THEN {}".format(int(f), n)
                                                       for n, f in enumerate(fids))) if _unsorted(fids) \
        else _quote(fid)
    gdal.VectorTranslate(str(destination), path, options=gdal.VectorTranslateOptions(
        format="GPKG", layerName=layer_name, geometryType=kind or "GEOMETRY",
        SQLStatement="SELECT {} FROM {} WHERE {} IN ({}) ORDER BY {}".format(
            _quote(geometry), _quote(table), _quote(fid), ids, order)))
    columns = list(frame.columns)
    with sqlite3.connect(str(destination)) as db:
        db.execute("PRAGMA synchronous = OFF")  # a new file: if this fails half-way it is incomplete anyway
        db.execute("PRAGMA journal_mode = MEMORY")
        for function in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
            # named by GDAL's R-tree triggers, which only act when a geometry or fid changes; ours never do
            db.create_function(function, 1, _geometry_untouched)
        target = _quote(layer_name)
        for name in columns:
            db.execute("ALTER TABLE {} ADD COLUMN {} {}".format(target, _quote(name), _sql_type(fields, name)))
        db.execute("CREATE TEMP TABLE bk_result (bk_row INTEGER PRIMARY KEY, {})".format(
            ", ".join(_quote(c) for c in columns)))
        db.executemany("INSERT INTO bk_result VALUES (?, {})".format(", ".join("?" * len(columns))),
                       ([n + 1] + row for n, row in enumerate(python_rows(frame))))
        assignments = ", ".join(_quote(c) for c in columns)
        db.execute("UPDATE {t} SET ({a}) = (SELECT {a} FROM bk_result WHERE bk_result.bk_row = {t}.fid)".format(
            t=target, a=assignments))
    return "{}|layername={}".format(destination, layer_name)


def _geometry_untouched(_blob):
    return None


def _unsorted(fids):
    return any(b < a for a, b in zip(fids, fids[1:]))


def _sql_type(fields, name):
    """The SQLite type OGR gives a QGIS field type (MEDIUMINT reads back as a 32-bit integer)."""
    index = fields.indexOf(name)
    kind = fields.at(index).type() if index >= 0 else QVariant.Double
    return {QVariant.String: "TEXT", QVariant.Int: "MEDIUMINT"}.get(kind, "REAL")
