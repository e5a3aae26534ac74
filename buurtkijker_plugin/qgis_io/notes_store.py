"""Where the notes per buurt live: a ``bk_notes`` table beside the result, in its GeoPackage or its PostGIS schema.

Colleagues who open the same file or database see the same notes; the table survives closing and reopening the
project and the file. GeoPackage: an ``attributes`` table registered in ``gpkg_contents`` (any GIS lists it),
read and written with SQLite and bound parameters (values are never SQL text). PostGIS: made with ``CREATE TABLE IF
NOT EXISTS`` in the result's schema, read and written through QGIS' postgres provider.

Columns: ``id`` (key), ``buurtcode``, ``datum`` (ISO date), ``rol``, ``thema``, ``tekst``.
"""

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from qgis.core import QgsDataSourceUri, QgsFeature, QgsFeatureRequest, QgsProviderRegistry, QgsVectorLayer

from ..core import notes as core_notes
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError

TABLE = "bk_notes"
COLUMNS = ("buurtcode", "datum", "rol", "thema", "tekst")


def no_store_error(layer_name):
    return BuurtKijkerError(QT_TRANSLATE_NOOP(
        "BuurtKijker", "{source}: notes are kept beside a result saved as GeoPackage or in PostGIS. Save this "
                       "result as a GeoPackage first (Export > Save Features As...)."), source=layer_name)


def store_for(layer):
    """The notes store of a result layer (:class:`GeoPackageNotes` or :class:`PostgisNotes`), or None."""
    if layer is None:
        return None
    if layer.providerType() == "postgres":
        return PostgisNotes(layer.source())
    if layer.providerType() == "ogr":
        path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
        if path.lower().endswith(".gpkg") and Path(path).is_file():
            return GeoPackageNotes(path)
    return None


def require_store(layer):
    store = store_for(layer)
    if store is None:
        raise no_store_error(layer.name() if layer is not None else "")
    return store


def read_layer_notes(layer):
    """The notes kept beside ``layer`` ([] when it has no store or no table yet)."""
    store = store_for(layer)
    return store.read() if store is not None else []


class GeoPackageNotes:
    def __init__(self, path):
        self.path = str(path)

    def __repr__(self):
        return "GeoPackage {}".format(self.path)

    def _connect(self):
        try:
            return closing(sqlite3.connect(self.path, timeout=5.0))
        except sqlite3.Error as exc:
            raise _error(self.path, exc)

    def exists(self):
        try:
            with self._connect() as db:
                return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                  (TABLE,)).fetchone() is not None
        except sqlite3.Error:
            return False

    def ensure(self):
        """Make the table (and register it in gpkg_contents) when it is not there yet."""
        if self.exists():
            return
        try:
            with self._connect() as db, db:
                db.execute('CREATE TABLE IF NOT EXISTS "bk_notes" (id INTEGER PRIMARY KEY AUTOINCREMENT, '
                           'buurtcode TEXT NOT NULL, datum DATE, rol TEXT, thema TEXT, tekst TEXT)')
                db.execute("INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, "
                           "last_change) VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                           (TABLE, TABLE, "BuurtKijker: notities per buurt"))
        except sqlite3.Error as exc:
            raise _error(self.path, exc)

    def read(self):
        if not self.exists():
            return []
        try:
            with self._connect() as db:
                rows = db.execute('SELECT id, buurtcode, datum, rol, thema, tekst FROM "bk_notes"').fetchall()
        except sqlite3.Error as exc:
            raise _error(self.path, exc)
        return [_note(row[0], *row[1:]) for row in rows]

    def add(self, notes):
        """Store new notes; returns them with their ids."""
        self.ensure()
        out = []
        try:
            with self._connect() as db, db:
                for note in notes:
                    cursor = db.execute('INSERT INTO "bk_notes" (buurtcode, datum, rol, thema, tekst) '
                                        'VALUES (?, ?, ?, ?, ?)', _values(note))
                    out.append(core_notes.with_id(note, cursor.lastrowid))
        except sqlite3.Error as exc:
            raise _error(self.path, exc)
        return out

    def update(self, note):
        try:
            with self._connect() as db, db:
                db.execute('UPDATE "bk_notes" SET buurtcode = ?, datum = ?, rol = ?, thema = ?, tekst = ? '
                           'WHERE id = ?', _values(note) + (note.id,))
        except sqlite3.Error as exc:
            raise _error(self.path, exc)

    def delete(self, note_id):
        try:
            with self._connect() as db, db:
                db.execute('DELETE FROM "bk_notes" WHERE id = ?', (note_id,))
        except sqlite3.Error as exc:
            raise _error(self.path, exc)


class PostgisNotes:
    def __init__(self, source):
        self.source = QgsDataSourceUri(source)
        self.schema = self.source.schema() or "public"

    def __repr__(self):
        return "PostgreSQL {}.{}".format(self.schema, TABLE)

    def _uri(self):
        uri = QgsDataSourceUri(self.source.connectionInfo(False))
        uri.setDataSource(self.schema, TABLE, None, "", "id")
        return uri.uri(False)

    def _layer(self):
        layer = QgsVectorLayer(self._uri(), TABLE, "postgres")
        if not layer.isValid():
            return None
        return layer

    def _connection(self):
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        return metadata.createConnection(self.source.connectionInfo(False), {})

    def exists(self):
        return self._layer() is not None

    def ensure(self):
        if self._layer() is not None:
            return
        schema = '"{}"'.format(self.schema.replace('"', '""'))
        try:
            self._connection().executeSql(
                "CREATE TABLE IF NOT EXISTS {}.bk_notes (id serial PRIMARY KEY, buurtcode text NOT NULL, "
                "datum date, rol text, thema text, tekst text)".format(schema))
        except Exception as exc:  # noqa: BLE001 - QgsProviderConnectionException and friends
            raise _error(repr(self), exc)

    def read(self):
        layer = self._layer()
        if layer is None:
            return []
        fields = layer.fields()
        index = [fields.indexOf(n) for n in ("id",) + COLUMNS]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        return [_note(*[f.attribute(i) for i in index]) for f in layer.getFeatures(request)]

    def _edit(self, change):
        self.ensure()
        layer = self._layer()
        if layer is None:
            raise _error(repr(self), "the table cannot be opened")
        result = change(layer, layer.dataProvider())
        errors = layer.dataProvider().errors()
        if errors:
            raise _error(repr(self), "; ".join(errors))
        return result

    def add(self, notes):
        def change(layer, provider):
            features = []
            for note in notes:
                feature = QgsFeature(layer.fields())
                for name, value in zip(COLUMNS, _values(note)):
                    feature.setAttribute(name, value)
                features.append(feature)
            ok, added = provider.addFeatures(features)
            if not ok:
                raise _error(repr(self), "; ".join(provider.errors()) or "insert failed")
            return [core_notes.with_id(n, f.attribute("id") if f.attribute("id") is not None else f.id())
                    for n, f in zip(notes, added)]
        return self._edit(change)

    def _fid(self, layer, note_id):
        request = QgsFeatureRequest().setFilterExpression('"id" = {}'.format(int(note_id)))
        feature = next(layer.getFeatures(request), None)
        return feature.id() if feature is not None else None

    def update(self, note):
        def change(layer, provider):
            fid = self._fid(layer, note.id)
            if fid is not None:
                fields = layer.fields()
                provider.changeAttributeValues({fid: {fields.indexOf(n): v
                                                      for n, v in zip(COLUMNS, _values(note))}})
        self._edit(change)

    def delete(self, note_id):
        def change(layer, provider):
            fid = self._fid(layer, note_id)
            if fid is not None:
                provider.deleteFeatures([fid])
        self._edit(change)


def carry_over(old, new):
    """When a result GeoPackage ``old`` is replaced by a freshly written ``new`` (a rerun into the same file), its
    notes move along: the ``bk_notes`` table is copied into ``new`` (which has none). Silent when there is nothing
    to carry; a failure to copy raises, so the old file and its notes stay as they are."""
    if not Path(old).is_file() or not Path(new).is_file() or not GeoPackageNotes(old).exists():
        return 0
    target = GeoPackageNotes(new)
    if target.exists():
        return 0
    target.ensure()
    try:
        with target._connect() as db, db:
            db.execute("ATTACH DATABASE ? AS old", (str(old),))
            count = db.execute('INSERT INTO main."bk_notes" (id, buurtcode, datum, rol, thema, tekst) '
                               'SELECT id, buurtcode, datum, rol, thema, tekst FROM old."bk_notes"').rowcount
    except sqlite3.Error as exc:
        raise _error(new, exc)
    return count


def _values(note):
    return (note.code, note.date, note.role, note.theme or None, note.text)


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDate"):
        return value.toPyDate().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _note(note_id, code, date, role, theme, text):
    date, theme = _plain(date), _plain(theme)
    return core_notes.Note(str(_plain(code) or ""), str(date or "")[:10], str(_plain(role) or ""),
                           str(_plain(text) or ""), str(theme or ""), _plain(note_id))


def _error(where, exc):
    return BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not read or write the notes in {where}: "
                                                             "{reason}"), where=where, reason=str(exc))


def notes_for(layer, csv_path=None):
    """The notes to show with ``layer``: from ``csv_path`` when given, else the layer's own table."""
    if csv_path:
        return core_notes.read_csv(csv_path)
    return read_layer_notes(layer)
