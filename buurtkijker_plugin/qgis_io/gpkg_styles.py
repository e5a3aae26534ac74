"""Maps stored in a GeoPackage's ``layer_styles`` table in one SQLite transaction, never through QGIS' provider.

QGIS' OGR provider asks "A matching style already exists ... overwrite?" in a modal dialog when a style of that
name is there (a second run into the same file did it between our delete and our save): under ``qgis_process``
nobody can answer, and the run never ended. Here the rows of the layer's styles are replaced in one immediate
transaction: a second writer waits for the first (at most ``timeout`` seconds, then a clear error), each run's maps
are complete, and there is no dialog path at all. The table is the one QGIS and GDAL make (same columns, listed
in ``gpkg_contents``, with GDAL's feature-count triggers), so any QGIS lists and loads the styles.
"""

import sqlite3
from contextlib import closing

CREATE = (
    'CREATE TABLE IF NOT EXISTS "layer_styles" ( "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
    '"f_table_catalog" TEXT(256), "f_table_schema" TEXT(256), "f_table_name" TEXT(256), '
    '"f_geometry_column" TEXT(256), "styleName" TEXT(30), "styleQML" TEXT, "styleSLD" TEXT, '
    '"useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30), '
    '"update_time" DATETIME DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\',\'now\')))')
TRIGGERS = (
    'CREATE TRIGGER IF NOT EXISTS "trigger_insert_feature_count_layer_styles" AFTER INSERT ON "layer_styles" BEGIN '
    "UPDATE gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE lower(table_name) = lower('layer_styles'); "
    'END',
    'CREATE TRIGGER IF NOT EXISTS "trigger_delete_feature_count_layer_styles" AFTER DELETE ON "layer_styles" BEGIN '
    "UPDATE gpkg_ogr_contents SET feature_count = feature_count - 1 WHERE lower(table_name) = lower('layer_styles'); "
    'END')


def _has_table(db, name):
    return db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()[0]


def _create(db):
    db.execute(CREATE)
    db.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
               "VALUES ('layer_styles', 'attributes', 'layer_styles', '', strftime('%Y-%m-%dT%H:%M:%fZ','now'))")
    if _has_table(db, "gpkg_ogr_contents"):
        db.execute("INSERT OR IGNORE INTO gpkg_ogr_contents (table_name, feature_count) VALUES ('layer_styles', 0)")
        for sql in TRIGGERS:
            db.execute(sql)


def write_styles(path, table, geometry_column, styles, default, description="BuurtKijker", timeout=60.0,
                 flush=True):
    """Replace the styles of ``table`` in the GeoPackage ``path`` that have one of the names of ``styles`` (a list
    of ``(name, qml, sld)``) or ``description``, by ``styles``; ``default`` becomes the only default style of the
    table. One transaction: all or nothing. Raises OSError with SQLite's reason (e.g. still locked after
    ``timeout`` s). ``flush=False``: not forced to disk (SQLite's synchronous off, as GDAL writes a new file): for
    a file just written, whose own pages the flush would otherwise write out first."""
    names = [name for name, _, _ in styles]
    try:
        with closing(sqlite3.connect(str(path), timeout=timeout, isolation_level=None)) as db:
            if not flush:
                db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN IMMEDIATE")
            try:
                if not _has_table(db, "layer_styles"):
                    _create(db)
                key = (table, geometry_column or "")
                for name in names:
                    db.execute("DELETE FROM layer_styles WHERE f_table_name = ? AND coalesce(f_geometry_column, '') "
                               "= ? AND (styleName = ? OR description = ?)", key + (name, description))
                if default in names:
                    db.execute("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ? AND "
                               "coalesce(f_geometry_column, '') = ?", key)
                for name, qml, sld in styles:
                    db.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                               "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, "
                               "ui) VALUES ('', '', ?, ?, ?, ?, ?, ?, ?, '', '')",
                               (table, geometry_column or "", name, qml, sld, int(name == default), description))
                db.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                           "WHERE table_name = 'layer_styles'")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        raise OSError(str(exc))
    return names
