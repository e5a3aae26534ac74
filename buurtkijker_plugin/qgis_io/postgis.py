"""PostGIS, the shared municipal store: what ``computeindices`` needs to read a buurt table from PostgreSQL/PostGIS
and to write its result there.

Reading goes through QGIS' postgres provider like any other layer; the gemeente filter is a provider-side filter
expression, which the provider compiles to SQL (``WHERE "gm_code" IN ('GM0772')``), so only that gemeente's rows
cross the network. The year of a database table comes from its ``jaar`` column, the YEAR parameter or the table's
name (never from the connection string, whose port or host could look like a year). The result's maps go into the
database's ``layer_styles`` table (see :mod:`style_store`).
"""

import os

from qgis.core import QgsDataSourceUri, QgsVectorLayer

DATABASE_PROVIDERS = ("postgres",)


def is_database(layer):
    return layer is not None and layer.providerType() in DATABASE_PROVIDERS


def table_name(layer):
    """The table a database layer reads (``buurten_2024``), or None for files and memory layers."""
    if not is_database(layer):
        return None
    return QgsDataSourceUri(layer.source()).table() or None


def destination_uri(value):
    """The postgres provider URI an output value names (``postgres://dbname=... table=...`` or
    ``postgis:dbname=...``), else None."""
    text = str(value or "").strip()
    for prefix in ("postgres://", "postgis:"):
        if text.startswith(prefix):
            return text[len(prefix):]
    return None


def open_result(destination, name="BuurtKijker"):
    """The layer Processing wrote to ``destination`` (a file path, or a postgres URI with or without its
    ``postgres://`` prefix), or None when it cannot be opened."""
    text = str(destination or "")
    uri = destination_uri(text)
    if uri is None and "table=" in text and "dbname=" in text:
        uri = text
    if uri is None and not os.path.isfile(text.split("|")[0]):
        return None  # a memory layer's id, nothing written to keep styles in
    layer = QgsVectorLayer(uri, name, "postgres") if uri is not None else QgsVectorLayer(text, name, "ogr")
    return layer if layer.isValid() else None


def style_database(layer):
    """A description of the database holding the layer's styles (for messages), when its provider stores them."""
    if not is_database(layer):
        return None
    uri = QgsDataSourceUri(layer.source())
    return "PostgreSQL {} ({})".format(uri.database(), uri.table())
