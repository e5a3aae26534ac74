"""The one path by which extra sources (SOURCES) are read and joined, for the dock and every algorithm alike.

A source is a CSV, text or Excel file (read by BuurtKijker's own reader, every Dutch-office CSV form), or anything
QGIS opens as a layer: a project layer (by id or object) or a vector file. None of them is ever changed.
"""

import dataclasses
import os

from qgis.core import QgsProject

from ..core import join_sources
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from . import layers


def is_table_file(value):
    """True for a file BuurtKijker reads itself (CSV, text, Excel), not through QGIS; not a project layer's id."""
    path = str(value).split("|")[0]
    return path.lower().endswith(join_sources.TABLE_SUFFIXES) and QgsProject.instance().mapLayer(value) is None


def read_sources(values, extra=(), layer_for=None, cache=None):
    """``values`` (file paths, layer ids or strings, layers) as core :class:`~..core.join_sources.Source` objects.

    ``layer_for(text)``: finds a layer for a text that is not a table file (default: the project's layer of that
    id, else the file opened as a layer). ``cache``: a dict that keeps files read while unchanged (a national RIVM
    file takes ~0.1 s); each call gets fresh copies, so a year set on one does not stick to the next."""
    out = []
    for item in values or ():
        if isinstance(item, str) and is_table_file(item):
            path = item.split("|")[0]
            key = (path, os.path.getmtime(path) if os.path.exists(path) else None, tuple(extra))
            if cache is None:
                out.append(join_sources.read_file(path, extra))
                continue
            if key not in cache:
                cache[key] = join_sources.read_file(path, extra)
            out.append(dataclasses.replace(cache[key]))
            continue
        layer = (layer_for or project_layer)(item) if isinstance(item, str) else item
        if layer is None or not hasattr(layer, "fields"):
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "Extra source '{source}' cannot be opened as a table or layer."), source=item)
        out.append(layers.extra_source(layer, extra))
    return out


def project_layer(value):
    """The project's layer with id ``value``, else the file ``value`` opened as a layer (None if neither)."""
    layer = QgsProject.instance().mapLayer(value)
    if layer is not None:
        return layer
    if os.path.exists(str(value).split("|")[0]):
        return layers.open_layer(value)
    return None


def apply_years(table, sources, years_text):
    """Give the sources (and the buurt layer, position 0) the years of the YEARS text; returns {position: year}."""
    years = join_sources.parse_years(years_text, [s.name for s in sources])
    if 0 in years:
        table.year = years[0]
    for position, source in enumerate(sources, start=1):
        source.year = years.get(position, source.year)
    return years


def join(table, sources, years_text="", extra=(), mask=None, overlays=()):
    """``table`` with ``sources`` joined by buurt code after YEARS is applied; ``table`` itself without sources.
    ``overlays``: other years' buurt polygons over the table's rows (BOUNDARIES, see core/carry.py)."""
    apply_years(table, sources, years_text)
    if not sources:
        return table
    return join_sources.join(table, sources, extra, count_mask=mask, overlays=overlays)
