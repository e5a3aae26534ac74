"""The vulnerability x nuisance map: a categorised renderer on ``bk_bivariaat`` (cells 1..9 in the colour-blind-safe
scheme of :mod:`core.bivariate`), a real 3 x 3 legend square with axis words for print layouts, and an A4 layout
with the map, the square and the "high vulnerability and rising nuisance" buurten."""

from qgis.core import (QgsFeatureRequest, QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsLayoutItemLabel,
                       QgsLayoutItemShape, QgsLayoutPoint, QgsLayoutSize, QgsProject, QgsRendererRange,
                       QgsVectorLayer)
from qgis.PyQt.QtGui import QColor, QFont

from ..core import bivariate
from . import compat, layouts
from .i18n import tr
from .symbology import _fill

FIELD = "bk_bivariaat"
NO_DATA = 0
MM = compat.LAYOUT_MM


def renderer(language="nl", rising=False, counts=None):
    """Nine classes (and 'geen gegevens'), each labelled with its two tercile words. Graduated on the cell number
    through coalesce(): QGIS 3.22's categorised renderer draws nothing for an expression."""
    out = QgsGraduatedSymbolRenderer('coalesce("{}", {})'.format(FIELD, NO_DATA))
    for cell in range(1, 10):
        label = bivariate.cell_label(cell, language, rising)
        if counts is not None:
            label = "{} ({})".format(label, counts.get(cell, 0))
        out.addClassRange(QgsRendererRange(cell - 0.5, cell + 0.5, _fill(QColor(*bivariate.colour(cell))), label))
    out.addClassRange(QgsRendererRange(NO_DATA - 0.5, NO_DATA + 0.5, _fill(QColor(235, 235, 235), hatch=True),
                                       "geen gegevens" if language == "nl" else "no data"))
    return out


def cell_counts(layer):
    index = layer.fields().indexOf(FIELD)
    counts = {}
    for feature in layer.getFeatures():
        value = feature[index]
        if isinstance(value, int):
            counts[value] = counts.get(value, 0) + 1
    return counts


def is_rising(layer):
    return layer.fields().indexOf("bk_overlast_toename") >= 0


def layer_attention(layer):
    """The codes a layer marks with ``bk_aandacht`` = 1 (a vulnerabilitynuisance result), None without the field."""
    fields = layer.fields()
    flag, code = fields.indexOf(bivariate.ATTENTION_FIELD), fields.indexOf("code")
    if flag < 0 or code < 0:
        return None
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([flag, code])
    out = []
    for feature in layer.getFeatures(request):
        attributes = feature.attributes()
        try:
            listed = int(attributes[flag]) == 1
        except (TypeError, ValueError):
            listed = False
        if listed and isinstance(attributes[code], str):
            out.append(attributes[code])
    return out


def project_attention(codes, project=None):
    """The attention list of the vulnerabilitynuisance layer in the project that covers most of ``codes`` (the
    buurten of the compared layer), or None when the project has none."""
    wanted = set(codes)
    best, overlap = None, 0
    for layer in (project or QgsProject.instance()).mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.fields().indexOf(bivariate.ATTENTION_FIELD) < 0:
            continue
        index = layer.fields().indexOf("code")
        covered = len(wanted & {v for v in layer.uniqueValues(index)}) if index >= 0 else 0
        if covered > overlap:
            best, overlap = layer, covered
    return layer_attention(best) if best is not None else None


def set_tip(layer, language="nl"):
    """The map tip: the buurt, its cell in words, both scores (or the increase of nuisance)."""
    from . import presentation, safe_html
    words = bivariate.AXIS_WORDS[language]
    second = ("bk_overlast_toename", words["rise"]) if is_rising(layer) else ("bk_overlast", words["n"])
    layer.setMapTipTemplate(presentation.tip_html(
        "<b>" + safe_html.field("naam") + "</b><br>" + safe_html.literal(words["v"]) +
        ': [% format_number("bk_kwetsbaarheid", 1) %]<br>' + safe_html.literal(second[1]) +
        ': [% format_number("{}", 1) %]'.format(second[0])))


def style_layer(layer, language="nl"):
    """Give ``layer`` (output of buurtkijker:vulnerabilitynuisance) its bivariate map as a named style."""
    name = tr("Vulnerability x nuisance")
    layer.setRenderer(renderer(language, is_rising(layer), cell_counts(layer)))
    manager = layer.styleManager()
    if name in manager.styles():
        manager.removeStyle(name)
    manager.addStyleFromLayer(name)
    manager.setCurrentStyle(name)
    return name


def _label(layout, text, x, y, width, height, size=8, bold=False, rotation=0.0):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("Arial")
    font.setPointSizeF(size)
    font.setBold(bold)
    compat.set_label_font(item, font)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))
    if rotation:
        item.setItemRotation(rotation)
    layout.addLayoutItem(item)
    return item


def add_legend_square(layout, x, y, cell=11.0, language="nl", rising=False):
    """A 3 x 3 colour square at (x, y) mm, vulnerability to the right, nuisance (or its increase) upwards, with
    the axis words and arrows; returns the items (id 'bivariate_legend_<v><n>' for each cell)."""
    words = bivariate.AXIS_WORDS[language]
    low, _, high = bivariate.TERCILE_WORDS[language]
    items = []
    left, top = x + 8, y
    for v in range(1, 4):
        for n in range(1, 4):
            shape = QgsLayoutItemShape(layout)
            shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
            r, g, b = bivariate.COLOURS[v - 1][n - 1]
            shape.setSymbol(QgsFillSymbol.createSimple({"color": "{},{},{}".format(r, g, b), "outline_color": "white",
                                                        "outline_width": "0.3"}))
            shape.attemptMove(QgsLayoutPoint(left + (v - 1) * cell, top + (3 - n) * cell, MM))
            shape.attemptResize(QgsLayoutSize(cell, cell, MM))
            shape.setId("bivariate_legend_{}{}".format(v, n))
            layout.addLayoutItem(shape)
            items.append(shape)
    side = 3 * cell
    items.append(_label(layout, low, left, top + side + 0.5, 12, 4, 6))
    items.append(_label(layout, high, left + side - 6, top + side + 0.5, 12, 4, 6))
    items.append(_label(layout, "{} \u2192".format(words["v"]), left, top + side + 4, side + 10, 5, 8, True))
    items.append(_label(layout, high, left - 7, top + 0.5, 7, 4, 6))
    items.append(_label(layout, low, left - 7, top + side - 4, 7, 4, 6))
    # rotated about its centre: centre it left of the square, reading upwards
    axis = _label(layout, "{} \u2192".format(words["rise"] if rising else words["n"]), left - 10 - side / 2,
                  top + side / 2 - 2.5, side, 5, 8, True, -90.0)
    items.append(axis)
    return items


def bivariate_layout(layer, project=None, language="nl", attention=(), title=None):
    """An A4 landscape layout of the bivariate map: the template's map, title and texts, the template's legend
    replaced by the 3 x 3 square, and the first "high vulnerability and rising nuisance" buurten listed."""
    project = project or QgsProject.instance()
    style = style_layer(layer, language)
    place = layouts.place_name(layouts.gemeente_names(layer))
    rising = is_rising(layer)
    layout = layouts.load_template("a4_landscape", project,
                                   layouts.unique_name(project, "{} - {}".format(style, place)))
    cell_text = tr("high vulnerability and rising nuisance") if rising else tr("high vulnerability and high nuisance")
    layouts.set_texts(layout, title=title or "{} - {}".format(style, place),
                      subtitle=tr("Terciles against the buurten on this map (Aedes' Veerkrachtkaarten)"),
                      method=tr("Vulnerability: low income, difficulty making ends meet, benefits, anxiety or "
                                "depression risk, loneliness and health limits. Nuisance: crimes per 1000 "
                                "inhabitants (shrunk for small buurten) or the Leefbaarometer's nuisance and "
                                "unsafety. Each axis in three equal groups (terciles) of the buurten; the darkest "
                                "cell is {}.").format(cell_text),
                      source=layouts.source_line(None, layouts.layer_sources(layer)),
                      date=layouts.today(language))
    layouts.fill_map(layout, layer, style, style)
    legend = layout.itemById("legend")
    x, y = 219.0, 27.0
    if legend is not None:
        x, y = legend.positionWithUnits().x(), legend.positionWithUnits().y()
        layout.removeLayoutItem(legend)
    add_legend_square(layout, x + 8, y + 2, 11.0, language, rising)
    names = list(attention)[:6]
    if names:
        more = len(attention) - len(names)
        text = "{}:\n{}".format(cell_text[0].upper() + cell_text[1:], "\n".join(names))
        if more > 0:
            text += "\n" + tr("and {} more").format(more)
        _label(layout, text, x, y + 48, 68, 30, 7)
    return layout
