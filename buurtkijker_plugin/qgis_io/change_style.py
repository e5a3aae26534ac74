"""Maps of change between two years: one class per change (verslechterd / geen duidelijke verandering / verbeterd)
in the score maps' colour rules: the ends of the same colour-blind-safe RdYlBu ramp (red worse, blue better, pale
yellow for no clear change); context themes, never judged, in ColorBrewer's PuOr (purple higher, orange lower,
near-white no clear change: no red or blue); hatched grey for buurten without a comparison (new or changed codes,
too few inhabitants)."""

from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange
from qgis.PyQt.QtGui import QColor

from ..core import change, result_fields
from . import safe_html
from .symbology import _fill, diverging_ramp

NO_DATA = -9  # NULL change classes are drawn through coalesce() as this value
POSITIONS = {-1: 0.05, 0: 0.5, 1: 0.95}  # where the three classes sit on the score maps' ramp
CONTEXT_COLOURS = {-1: "#e66101", 0: "#f7f7f7", 1: "#5e3c99"}  # ColorBrewer PuOr: lower, no clear change, higher


def change_field(theme_id):
    return "bk_{}_change_class".format(theme_id)


def change_renderer(theme_id, context=False, counts=None, language="nl"):
    """A graduated renderer on ``bk_<theme>_change_class``, one range per class (QGIS 3.22's categorised renderer
    draws nothing for an expression); ``counts``: {class: number of buurten} for the labels."""
    ramp = diverging_ramp()
    renderer = QgsGraduatedSymbolRenderer('coalesce("{}", {})'.format(change_field(theme_id), NO_DATA))
    for cls in (-1, 0, 1):
        label = change.word(cls, context, language)
        if counts is not None:
            label = "{} ({})".format(label, counts.get(cls, 0))
        colour = QColor(CONTEXT_COLOURS[cls]) if context else ramp.color(POSITIONS[cls])
        renderer.addClassRange(QgsRendererRange(cls - 0.5, cls + 0.5, _fill(colour), label))
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


def change_layout(layer, theme, project=None, language="nl", template="a4_landscape"):
    """A print layout of one theme's change (the layer from buurtkijker:computechange with its change styles):
    the template's map and legend in the change style, the method text saying what counts as a real change and
    where the two levels are (bk_<theme>_before / _after, in the map tip)."""
    from qgis.core import QgsProject
    from . import layouts
    from .i18n import tr
    project = project or QgsProject.instance()
    theme_id = theme.id if theme is not None else "total"
    label = theme.label(language) if theme is not None else ("Totaal" if language == "nl" else "Overall")
    style = "{}: {}".format(label, "verandering" if language == "nl" else "change")
    if style not in layer.styleManager().styles():
        add_change_styles(layer, [theme] if theme is not None else [], language)
    run = _change_run(layer)
    place = layouts.place_name(layouts.gemeente_names(layer))
    layout = layouts.load_template(template, project, layouts.unique_name(project, "{} - {}".format(style, place)))
    scales = {"pooled": tr("both years"), "each": tr("each year itself")}
    scale = scales.get(run.get("scale"), run.get("before") or "?")
    layouts.set_texts(
        layout, title="{} - {}".format(style, place),
        subtitle=tr("Change {} -> {}, one scale: the reference of {}").format(
            run.get("before") or "?", run.get("after") or "?", scale),
        method=tr("A buurt's score in the second year minus its score in the first, with the same reference, "
                  "method and indicators in both years. A change counts only when it is larger than 1.96 times its "
                  "sampling noise and than half a standard deviation of the buurten (5 points); otherwise 'no "
                  "clear change'. Buurten whose code exists in one year only are not compared. The map tip gives "
                  "both scores."),
        source=tr("Source: CBS Kerncijfers wijken en buurten {} and {}; processing BuurtKijker").format(
            run.get("before") or "", run.get("after") or ""),
        date=layouts.today(language))
    set_change_tip(layer, theme_id)
    layouts.fill_map(layout, layer, style, style)
    return layout


def set_change_tip(layer, theme_id):
    """The map tip of a change layer: the buurt, both years' scores of the theme and the change."""
    from . import presentation
    tip = ("<b>" + safe_html.field("naam") + "</b><br>[% format_number(\"bk_{t}_before\", 1) %] &rarr; "
           "[% format_number(\"bk_{t}_after\", 1) %] ([% format_number(\"bk_{t}_change\", 1) %])")
    layer.setMapTipTemplate(presentation.tip_html(tip.format(t=theme_id)))


def _change_run(layer):
    index = layer.fields().indexOf(result_fields.CHANGE_RUN)
    value = next((f.attributes()[index] for f in layer.getFeatures()), None) if index >= 0 else None
    return result_fields.split_run(value, result_fields.CHANGE_RUN_PARTS)
