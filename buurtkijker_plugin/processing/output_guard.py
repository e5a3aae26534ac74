"""One guard for every algorithm: no output of a run may name any input of that run.

Every destination parameter (OUTPUT, LIST, CHART, any sink or file destination; a path, an ``ogr:`` URI naming a
GeoPackage table, a ``postgres:`` URI) is compared with every input parameter (layers, files, multiple layers) by
file identity (``os.path.samefile``: hard links, symbolic links, ``./`` spellings and case-insensitive file systems
included; a shapefile by each of its parts) and, for databases, by table. An output into a file the run reads is
refused even for another table: that would change the user's file. Two outputs naming the same file are refused
too (one would silently replace the other), and so is an existing GeoPackage output that another program is
writing (:func:`qgis_io.files.refuse_open_geopackage`). :class:`processing.base.BuurtKijkerAlgorithm` runs the guard in
``checkParameterValues`` and before ``prepareAlgorithm`` of every algorithm, so nothing is read or written first.
"""

import os
import re

from qgis.core import (QgsDataSourceUri, QgsMapLayer, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterMapLayer, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterVectorLayer, QgsProcessingUtils,
                       QgsProperty, QgsProviderRegistry)

from ..core.errors import BuurtKijkerError
from ..qgis_io import files
from ..qgis_io.i18n import error_text, tr

SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj")
INPUT_TYPES = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer, QgsProcessingParameterMapLayer,
               QgsProcessingParameterRasterLayer, QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers)
_VSI = re.compile(r"^/vsi(?:zip|gzip|tar)/(.+?\.(?:zip|gz|tgz|tar))(?:/.*)?$", re.IGNORECASE)


class Place:
    """Where a parameter value reads or writes: a file (with a table inside it, or None) or a database table."""

    def __init__(self, shown, path=None, table=None, database=None):
        self.shown, self.path, self.table, self.database = shown, path, table, database

    def files(self):
        """The existing files this place consists of (a shapefile: all its parts)."""
        if self.path is None:
            return []
        root, suffix = os.path.splitext(self.path)
        candidates = [root + part for part in SHAPEFILE_PARTS] if suffix.lower() in SHAPEFILE_PARTS else [self.path]
        return [c for c in candidates if os.path.exists(c)]

    def same_file(self, other):
        for mine in self.files():
            for theirs in other.files():
                try:
                    if os.path.samefile(mine, theirs):
                        return True
                except OSError:
                    continue
        return False

    def same_table(self, other):
        return self.database is not None and self.database == other.database and self.table == other.table


def _text(value):
    if isinstance(value, QgsProperty):
        return value.staticValue()
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return _text(value.sink)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return _text(value.source)
    return value


def _file_path(path):
    """A local file path from a GDAL/OGR path (``/vsizip/x.zip/a.shp`` -> ``x.zip``), or None."""
    path = str(path or "").strip()
    if path.lower().startswith("file://"):
        path = path[7:]
    match = _VSI.match(path)
    if match:
        path = match.group(1)
    return path if path and not path.startswith("/vsi") else None


def _database(uri):
    """(host, port, database or service) of a QgsDataSourceUri, the key two tables share when in one database."""
    return (uri.host() or "localhost", uri.port() or "5432", uri.database() or "", uri.service() or "")


def _pg_place(shown, text):
    uri = QgsDataSourceUri(text)
    if not uri.table():
        return None
    return Place(shown, table=(uri.schema() or "public", uri.table()), database=("postgres",) + _database(uri))


def output_place(value):
    """Where an output parameter value writes, or None (temporary, memory, or not understood)."""
    text = _text(value)
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    lower = text.lower()
    if text == "TEMPORARY_OUTPUT" or lower.startswith("memory:"):
        return None
    if lower.startswith(("postgres:", "postgis:")):
        return _pg_place(text, text.split(":", 1)[1])
    if lower.startswith(("ogr:", "spatialite:")):
        uri = QgsDataSourceUri(text.split(":", 1)[1])
        path = _file_path(uri.database())
        return Place(text, path=os.path.abspath(path), table=uri.table() or None) if path else None
    path, _, rest = text.partition("|")
    table = rest.split("layername=", 1)[1].split("|")[0] if "layername=" in rest else None
    path = _file_path(path)
    return Place(text, path=os.path.abspath(path), table=table) if path else None


def layer_place(layer):
    """Where a QGIS layer reads from: its file (and table) or its database table; None for memory layers."""
    if layer is None or not isinstance(layer, QgsMapLayer):
        return None
    provider, source = layer.providerType(), layer.source()
    if provider in ("postgres", "postgresraster"):
        return _pg_place(layer.name(), source)
    try:
        parts = QgsProviderRegistry.instance().decodeUri(provider, source)
    except Exception:  # noqa: BLE001 - a provider without decodeUri
        parts = {}
    path = _file_path(parts.get("path") or "")
    if not path and provider == "delimitedtext":
        path = _file_path(source.split("?")[0])
    if not path or not os.path.exists(path):
        return None
    return Place(layer.name() or path, path=path, table=parts.get("layerName") or None)


def input_places(value, context):
    """Where an input parameter value reads from (a list: a multiple-layers value names several)."""
    if isinstance(value, (list, tuple)):
        return [p for item in value for p in input_places(item, context)]
    if isinstance(value, QgsMapLayer):
        place = layer_place(value)
        return [place] if place else []
    text = _text(value)
    if not isinstance(text, str) or not text.strip():
        return []
    text = text.strip()
    path, _, rest = text.partition("|")
    path = _file_path(path)
    if path and os.path.exists(path):
        table = rest.split("layername=", 1)[1].split("|")[0] if "layername=" in rest else None
        return [Place(text, path=path, table=table)]
    layer = QgsProcessingUtils.mapLayerFromString(text, context, False) if context is not None else None
    place = layer_place(layer)
    return [place] if place else []


def conflicts(algorithm, parameters, context):
    """Messages (translated) for every output that names an input of the run or another output; [] when none."""
    inputs, outputs = [], []
    for definition in algorithm.parameterDefinitions():
        value = parameters.get(definition.name())
        if value is None:
            continue
        if definition.isDestination():
            place = output_place(value)
            if place is not None:
                outputs.append((definition.name(), place))
        elif isinstance(definition, INPUT_TYPES):
            inputs.extend((definition.name(), p) for p in input_places(value, context))
    messages = []
    for out_name, out in outputs:
        for in_name, source in inputs:
            if out.same_table(source) or out.same_file(source):
                messages.append(tr("{} ({}) names the input {} ({}): choose another file or table. BuurtKijker never "
                                   "overwrites your data and never writes into a file it reads.").format(
                                       out_name, out.shown, in_name, source.shown))
                break
    for position, (name, place) in enumerate(outputs):
        for other_name, other in outputs[position + 1:]:
            same_path = place.path is not None and place.path == other.path
            if same_path or place.same_table(other) or place.same_file(other):
                messages.append(tr("{} and {} name the same file or table ({}): give each output its own.").format(
                    name, other_name, place.shown))
    for name, place in outputs:  # a GeoPackage another program is writing: refused before any work
        if place.path and place.path.lower().endswith(".gpkg"):
            try:
                files.refuse_open_geopackage(place.path)
            except BuurtKijkerError as exc:
                messages.append(error_text(exc))
    return messages
