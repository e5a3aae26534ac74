"""The QGIS expression function ``buurtkijker_notes``: a buurt's notes in one line, for the map tip.

``buurtkijker_notes("code", 'nl')`` -> '2 notities; laatste 2025-03-14 (bewoner): De speeltuin ...' (text: the map
tip escapes it), NULL when the buurt has no notes or the layer keeps none. It reads the ``bk_notes`` table
beside the layer the expression is evaluated for (``@layer_id``), at most every few seconds per store. The map tips
BuurtKijker writes call it through ``eval()``, so a project opened without the plugin shows nothing there instead
of expression code (see :mod:`expressions`).
"""

import html
import time

from qgis.core import QgsExpressionFunction, QgsProject

from ..core import notes as core_notes
from . import notes_store
from .expressions import PluginFunction
from .i18n import tr

NAME = "buurtkijker_notes"
GROUP = "BuurtKijker"
FRESH = 3.0  # seconds a store's notes are reused
_cache = {}


def tip_expression(language="nl"):
    """The map tip's line: the notes summary (escaped when shown: notes are text), or nothing."""
    from .safe_html import escaped
    call = "eval('{}(\"code\", ''{}'')')".format(NAME, language)
    return "[% with_variable('bk_notes', {c}, CASE WHEN @bk_notes IS NULL OR @bk_notes = '' THEN '' ELSE " \
           "'<br><small>&#9998; ' || {e} || '</small>' END) %]".format(c=call, e=escaped("@bk_notes"))


def notes_of_layer(layer):
    store = notes_store.store_for(layer)
    if store is None:
        return {}
    key = repr(store)
    now = time.monotonic()
    cached = _cache.get(key)
    if cached is None or now - cached[0] > FRESH:
        try:
            cached = (now, core_notes.by_buurt(store.read()))
        except Exception:  # noqa: BLE001 - a tip shows nothing rather than an error
            cached = (now, {})
        _cache[key] = cached
    return cached[1]


def forget():
    """Drop the cache (after the notes were edited)."""
    _cache.clear()


class NotesFunction(PluginFunction):
    NAME = NAME

    def __init__(self):
        super().__init__(NAME, [QgsExpressionFunction.Parameter("code"),
                                QgsExpressionFunction.Parameter("language", True, "nl")], GROUP,
                         "<p>{}</p>".format(html.escape(tr(
                             "The notes kept beside the layer (its bk_notes table) for a buurt code: how many, and "
                             "the latest, as text for a map tip; NULL when there are none."))))

    def compute(self, values, context):
        layer = None
        if context is not None and context.hasVariable("layer_id"):
            layer = QgsProject.instance().mapLayer(context.variable("layer_id"))
        if layer is None or not isinstance(values[0], str):
            return None
        found = notes_of_layer(layer).get(values[0].strip().upper())
        language = str(values[1] if len(values) > 1 and values[1] else "nl")
        return core_notes.summary(found, language) if found else None


register, unregister = NotesFunction.register, NotesFunction.unregister
