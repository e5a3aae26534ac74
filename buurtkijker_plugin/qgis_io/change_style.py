"""Maps of change between two years: one category per change class (verslechterd / geen duidelijke verandering /
verbeterd) in the score maps' colour rules: the ends of the same colour-blind-safe RdYlBu ramp (red worse, blue
better, pale yellow for no clear change), the purple ramp for context themes, hatched grey for buurten without a
comparison (new or changed codes, too few inhabitants)."""

from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange
from qgis.PyQt.QtGui import QColor

from ..core import change
from .symbology import _fill, context_ramp, diverging_ramp

NO_DATA = -9  # NULL change classes are drawn through coalesce() as this value
POSITIONS = {-1: 0.05, 0: 0.5, 1: 0.95}  # where the three classes sit on the score maps' ramp
CONTEXT_POSITIONS = {-1: 0.2, 0: 0.55, 1: 0.95}


def change_field(theme_id):
    return "bk_{}_change_class".format(theme_id)


def change_renderer(theme_id, context=False, counts=None, language="nl"):
    """A graduated renderer on ``bk_<theme>_change_class``, one range per class (QGIS 3.22's categorised renderer
    draws nothing for an expression); ``counts``: {class: number of buurten} for the labels."""
    ramp = context_ramp() if context else diverging_ramp()
    positions = CONTEXT_POSITIONS if context else POSITIONS
    renderer = QgsGraduatedSymbolRenderer('coalesce("{}", {})'.format(change_field(theme_id), NO_DATA))
    for cls in (-1, 0, 1):
        label = change.word(cls, context, language)
        if counts is not None:
            label = "{} ({})".format(label, counts.get(cls, 0))
        renderer.addClassRange(QgsRendererRange(cls - 0.5, cls + 0.5, _fill(ramp.color(positions[cls])), label))
    renderer.addClassRange(QgsRendererRange(NO_DATA - 0.5, NO_DATA + 0.5, _fill(QColor(235, 235, 235), hatch=True),
                                            change.NO_DATA[language]))
    return renderer


def class_counts(layer, theme_id):
    index = layer.fields().indexOf(change_field(theme_id))
    counts = {}
    if index < 0:
        return counts
    for feature in layer.getFeatures():
        value = feature[index]
        if value is not None and not (hasattr(value, "isNull") and value.isNull()):
            counts[int(value)] = counts.get(int(value), 0) + 1
    return counts


def add_change_styles(layer, themes, language="nl"):
    """One named style per theme with a change field (and the total), the first theme's shown."""
    manager = layer.styleManager()
    first = None
    for theme_id, context, name in [(t.id, t.context, t.label(language)) for t in themes] + [
            ("total", False, "Totaal" if language == "nl" else "Overall")]:
        if layer.fields().indexOf(change_field(theme_id)) < 0:
            continue
        style = "{}: {}".format(name, "verandering" if language == "nl" else "change")
        layer.setRenderer(change_renderer(theme_id, context, class_counts(layer, theme_id), language))
        if style not in manager.styles():
            manager.addStyleFromLayer(style)
        first = first or style
    if first:
        manager.setCurrentStyle(first)
    return first
