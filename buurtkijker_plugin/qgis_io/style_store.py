"""Results travel: the maps of a result layer stored in its GeoPackage (or its PostGIS database).

Every named style of the layer (one per theme, with the legend words and map tips) goes into the GeoPackage's
``layer_styles`` table, the overall score as the default style. Whoever opens the file in any QGIS then sees the
overall-score map, and the other themes under *Layer Properties > Style > Load Style > From Database*. A PostGIS
result keeps them the same way, in the database's ``layer_styles`` table (QGIS creates it in the public schema).

A GeoPackage written by Processing (:func:`store_in_geopackage`) is opened only to store its maps, then closed and
set back from WAL to the rollback journal, so nothing holds it and a rerun into the same file is not refused.
"""

from pathlib import Path

from qgis.core import QgsMapLayerStyle, QgsProcessingLayerPostProcessorInterface, QgsProviderRegistry

from . import compat, geopackage, gpkg_styles, postgis


def geopackage_of(layer):
    """The GeoPackage file a layer reads, or None (memory layers, other formats)."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    return path if path.lower().endswith(".gpkg") and Path(path).is_file() else None


def style_database(layer):
    """Where the layer's styles can be stored: its GeoPackage file or its PostGIS database (a description), else
    None (memory layers, shapefiles, other formats)."""
    return geopackage_of(layer) or postgis.style_database(layer)


def store_styles(layer, names, default=None, description="BuurtKijker"):
    """Save the layer's named styles ``names`` into its GeoPackage or PostGIS database; ``default`` (or the first)
    becomes the style QGIS applies when the layer is opened. Returns the names saved; [] when the layer is neither.
    The layer's current style is restored afterwards. Raises OSError with QGIS' message if a save fails."""
    if style_database(layer) is None or not names:
        return []
    default = default if default in names else names[0]
    if geopackage_of(layer):
        return _store_in_layer_styles(layer, names, default, description)
    manager = layer.styleManager()
    current = manager.currentStyle()
    replaced = _stored_ids(layer, names, description)
    saved = []
    try:
        for name in [n for n in replaced if n not in names]:
            for style_id in replaced[name]:
                layer.deleteStyleFromDatabase(style_id)
        for name in [n for n in names if n != default] + [default]:  # the default last: it is the one QGIS keeps
            for style_id in replaced.get(name, []):
                layer.deleteStyleFromDatabase(style_id)
            manager.setCurrentStyle(name)
            error = compat.save_style_to_database(layer, name, description, name == default)
            if error:
                raise OSError(error)
            saved.append(name)
    finally:
        manager.setCurrentStyle(current)
        if saved:  # QGIS 3.22 reads no features from a GeoPackage layer whose styles it just saved, until reloaded
            layer.dataProvider().reloadData()
    return saved


def _geopackage_table(layer):
    """(file, table, geometry column) of a GeoPackage layer."""
    import sqlite3
    from contextlib import closing
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = parts.get("path"), parts.get("layerName")
    with closing(sqlite3.connect(geopackage._read_only_uri(path), uri=True, timeout=10)) as db:
        if not table:
            found = db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchall()
            table = found[0][0] if len(found) == 1 else layer.name()
        row = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()
    return path, table, row[0] if row else ""


def _store_in_layer_styles(layer, names, default, description):
    """The named styles ``names`` of a GeoPackage layer written into its ``layer_styles`` in one transaction
    (:mod:`gpkg_styles`): no QGIS provider call, so no "overwrite?" dialog can block a run."""
    from qgis.PyQt.QtXml import QDomDocument
    manager = layer.styleManager()
    current = manager.currentStyle()
    styles = []
    try:
        for name in names:
            manager.setCurrentStyle(name)
            qml = QDomDocument()
            error = layer.exportNamedStyle(qml)
            if error:
                raise OSError(error)
            sld = compat.export_sld(layer)
            styles.append((name, qml.toString(), sld.toString()))
    finally:
        manager.setCurrentStyle(current)
    try:
        path, table, geometry = _geopackage_table(layer)
    except Exception as exc:  # noqa: BLE001 - sqlite3 or a missing table
        raise OSError(str(exc))
    saved = gpkg_styles.write_styles(path, table, geometry, styles, default, description)
    layer.dataProvider().reloadData()  # QGIS' open dataset would not see a layer_styles table made beside it
    return saved


def stored_styles(layer):
    """The names of the styles stored for ``layer`` in its data source."""
    count, ids, names, descriptions, error = layer.listStylesInDatabase()
    return list(names[:count]) if count > 0 else []


def _stored_ids(layer, names, description=None):
    """Ids of the layer's styles already stored under ``names`` or with ``description`` (a second run into the same
    file or table replaces the maps of the first, also those of themes it no longer has; other styles stay)."""
    count, ids, stored, descriptions, error = layer.listStylesInDatabase()
    found = {}
    for style_id, name, text in zip(ids[:max(count, 0)], stored[:max(count, 0)], descriptions[:max(count, 0)]):
        if name in names or (description and text == description):
            found.setdefault(name, []).append(style_id)
    return found


def store_result_styles(layer, themes, method, language="nl", pairs=None):
    """Give a result layer of computeindices its maps (one style per theme and the overall score, verdict classes,
    as the dock makes them) and store them in its GeoPackage or database, the overall score as the default.
    ``pairs``: field -> (scores, classes) already in memory (else read from the layer). Returns the names stored
    ([] for layers that cannot keep styles)."""
    if style_database(layer) is None:
        return []
    from . import presentation
    prepared = None
    if pairs is not None:
        scales = presentation.style_scales(layer, themes, method)
        if all(field in pairs for field in scales):
            prepared = presentation.breaks_from_pairs({f: pairs[f] for f in scales}, method, scales)
    names = presentation.add_theme_styles(layer, themes, method, language=language, prepared=prepared)
    return store_styles(layer, names, presentation.style_name(None, language))


def store_in_geopackage(uri, themes, method, language="nl", pairs=None, description="BuurtKijker"):
    """Give the GeoPackage layer ``uri`` (a computeindices result, closed) its maps as :func:`store_result_styles`
    does, each map's QML taken from the style manager and all written in one transaction
    (:func:`gpkg_styles.write_styles`; no SLD: exporting one per map, and QGIS' own save switching styles, were
    most of the time of storing them), and leave the file closed, in rollback-journal mode. Returns ``(names
    stored, released)``; ``released`` is False when another connection (a layer of the project on the same file)
    still holds it. Raises OSError if the write fails."""
    from qgis.core import QgsVectorLayer
    from . import presentation
    layer = QgsVectorLayer(uri, "BuurtKijker", "ogr")
    path = geopackage_of(layer) if layer.isValid() else None
    if path is None:
        return [], True
    try:
        try:
            _, table, geometry = _geopackage_table(layer)
        except Exception as exc:  # noqa: BLE001 - sqlite3 or a missing table
            raise OSError(str(exc))
        prepared = None
        if pairs is not None:
            scales = presentation.style_scales(layer, themes, method)
            if all(field in pairs for field in scales):
                prepared = presentation.breaks_from_pairs({f: pairs[f] for f in scales}, method, scales)
        names = presentation.add_theme_styles(layer, themes, method, language=language, prepared=prepared,
                                              show=False)
        manager = layer.styleManager()
        styles = [(name, manager.style(name).xmlData(), "") for name in names]
    finally:
        del layer  # the only reference: QGIS closes the OGR dataset it opened here
    stored = gpkg_styles.write_styles(path, table, geometry, styles, presentation.style_name(None, language),
                                      description, flush=False) if styles else []
    return stored, geopackage.release(path)


def load_stored_maps(layer, default=None):
    """Give ``layer`` the maps stored in its GeoPackage or database as named styles (the theme switcher in its
    *Styles* menu) and show ``default`` (else the style QGIS applies by default). Returns the names loaded."""
    count, ids, names, descriptions, error = layer.listStylesInDatabase()
    manager = layer.styleManager()
    loaded = []
    for style_id, name in zip(ids[:max(count, 0)], names[:max(count, 0)]):
        xml, error = layer.getStyleFromDatabase(style_id)
        if xml and name not in manager.styles() and manager.addStyle(name, QgsMapLayerStyle(xml)):
            loaded.append(name)
    if default in loaded:
        manager.setCurrentStyle(default)
        layer.setName(default)
    elif loaded:
        layer.loadDefaultStyle()
    return loaded


class StoredMaps(QgsProcessingLayerPostProcessorInterface):
    """Processing loads a result into the project without the default style stored in its file or table (the
    toolbox shows grey polygons); this gives the loaded layer its stored maps, ``default`` shown."""

    def __init__(self, default=None):
        super().__init__()
        self.default = default

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if hasattr(layer, "listStylesInDatabase"):
            load_stored_maps(layer, self.default)
