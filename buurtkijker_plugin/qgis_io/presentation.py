"""Put an index result on the map: a named style per theme (QGIS' style manager is the theme switcher), map tips
with the numbers behind a score, and a layer group per run."""

import statistics

from qgis.core import QgsProject

from ..core import cbs_schema as schema
from ..core.indices import CLASS_LABELS
from .i18n import tr
from .symbology import class_breaks, graduated_renderer, score_columns

TOTAL = "total"


def theme_field(theme_id):
    return "bk_" + theme_id


def style_name(theme, language="nl"):
    return tr("Overall score") if theme is None else theme.label(language)


def style_fields(layer, themes):
    """(theme or None for the overall score, field) for every theme score the layer has."""
    names = layer.fields().names()
    out = [(t, theme_field(t.id)) for t in themes if theme_field(t.id) in names]
    return out + ([(None, theme_field(TOTAL))] if theme_field(TOTAL) in names else [])


def center_and_spread(values, method):
    """The reference average and one sd of the scores: fixed for zscore (100, 10), measured otherwise."""
    if method == "zscore":
        return 100.0, 10.0
    if len(values) < 2:
        return (values[0] if values else 50.0), 1.0
    return statistics.fmean(values), statistics.stdev(values)


def map_tip(theme, field, language="nl", fields=()):
    """HTML map tip: name, score, rank and class in words, and the indicator values the theme uses."""
    case = "CASE {} ELSE '{}' END".format(" ".join(
        "WHEN \"{}_class\" = {} THEN '{}'".format(field, number, word)
        for number, word in enumerate(CLASS_LABELS[language], start=1)), tr("no data"))
    lines = ['<b>[% "naam" %]</b> <span style="color:#666">[% "code" %]</span>',
             '<br>{}: <b>[% format_number("{f}", 1) %]</b> &middot; {} [% "{f}_rank" %] &middot; [% {case} %]'.format(
                 style_name(theme, language), tr("rank"), f=field, case=case)]
    if field + "_why" in fields:
        lines.append('<br><i>[% "{}_why" %]</i>'.format(field))
    if theme is not None:
        for item in (i for i in theme.indicators if i.indicator in fields):
            indicator = schema.INDICATORS.get(item.indicator)
            # the year of the value, from bk_years ("woz:2024;eenzaam:2020")
            year = " [% '(' || nullif(regexp_substr(\"bk_years\", '(?:^|;){}:([0-9]{{4}})'), '') || ')' %]".format(
                item.indicator) if "bk_years" in fields else ""
            lines.append('<br><small>{}: [% format_number("{}", 1) %] {}{}</small>'.format(
                item.label(language), item.indicator, indicator.unit if indicator else "", year))
    return "".join(lines)


def prepare_styles(source, fields, names, method, classification="jenks", classes=5):
    """field -> (breaks, center, spread) for the legends: reads and classifies, touches no layer or widget, so it
    can run in a background task on a QgsVectorLayerFeatureSource snapshot."""
    values = score_columns(source, fields, names)
    return {name: (class_breaks(values[name], classification, classes),) + center_and_spread(values[name], method)
            for name in names}


def add_theme_styles(layer, themes, method, classification="jenks", classes=5, language="nl", prepared=None):
    """One named style per theme (and the overall score) on ``layer``; the first theme is shown.

    ``prepared``: the result of :func:`prepare_styles`, computed beforehand; computed here if None.
    """
    manager = layer.styleManager()
    names = []
    fields = layer.fields().names()
    pairs = style_fields(layer, themes)
    if prepared is None:
        prepared = prepare_styles(layer, layer.fields(), [f for _, f in pairs], method, classification, classes)
    for theme, field in pairs:
        breaks, center, spread = prepared[field]
        layer.setRenderer(graduated_renderer(layer, field, classification, classes, center, spread, language,
                                             breaks))
        layer.setMapTipTemplate(map_tip(theme, field, language, fields))
        name = style_name(theme, language)
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyleFromLayer(name)
        names.append(name)
    if names:
        show_style(layer, names[0])
    return names


def show_style(layer, name):
    """Switch the map to another theme; the layer is named after the theme it shows."""
    layer.styleManager().setCurrentStyle(name)
    layer.setName(name)
    layer.triggerRepaint()


def add_to_project(layer, title, project=None):
    """Add ``layer`` in a new group ``title`` at the top of the layer tree."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, title)
    project.addMapLayer(layer, False)
    group.addLayer(layer)
    return group


def group_title(gemeente_names, year):
    where = ", ".join(gemeente_names) if gemeente_names else tr("all gemeenten")
    if len(where) > 60:
        where = tr("{} gemeenten").format(len(gemeente_names))
    return "BuurtKijker - {}{}".format(where, " - {}".format(year) if year else "")
