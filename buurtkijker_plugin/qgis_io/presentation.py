"""Put an index result on the map: a named style per theme (QGIS' style manager is the theme switcher), map tips
with the numbers behind a score, and a layer group per run."""

import re
import statistics

import numpy as np

from qgis.core import QgsExpression, QgsProject

from ..core import explain, verdict, vocabulary
from ..core.indices import FULL_BASIS
from . import expressions, notes_expression, safe_html
from .i18n import tr
from .symbology import (VERDICT, class_breaks, graduated_renderer, score_columns, score_pairs_of,
                        verdict_breaks)

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


def scale_of(theme, method):
    """The verdict scale of a theme (None = the overall score) under ``method``."""
    return "z" if theme is None else verdict.scale(theme, method)


def thin_basis_tip(theme, field, language, fields):
    """Map-tip line for a score on less than 80 % of its theme's weight: the legend's words and the indicators the
    buurt lacks ('op minder indicatoren (< 80 %) - ontbreekt: Eenzaam (18+), ...'), escaped."""
    parts = []
    for item in theme.indicators:
        name = QgsExpression.quotedString(safe_html.text(item.label(language)) + ", ")
        parts.append("CASE WHEN {} IS NULL THEN {} END".format(QgsExpression.quotedColumnRef(item.indicator), name)
                     if item.indicator in fields else name)
    missing = "regexp_replace(concat({}), ', $', '')".format(", ".join(parts))
    template = QgsExpression.quotedString(safe_html.text(vocabulary.MISSING_INDICATORS[language]))
    return ("[% CASE WHEN {basis} < {limit} THEN '<br><small>' || {thin} || ' &middot; ' || replace({template}, "
            "'{{}}', {missing}) || '</small>' ELSE '' END %]").format(
                basis=QgsExpression.quotedColumnRef(field + "_basis"), limit=100 * FULL_BASIS,
                thin=QgsExpression.quotedString(safe_html.text(vocabulary.THIN_BASIS[language])),
                template=template, missing=missing)


def map_tip(theme, field, language="nl", fields=(), method="zscore"):
    """HTML map tip: name, score and class in words (the verdict the legend shows), rank among how many (1 = the
    highest score), the explanation unless it only repeats the class, and the indicator values the theme uses, each
    with a unit only where the label does not already say it. Words from :mod:`core.vocabulary`.

    Field values (name, code, explanation) are escaped when the tip is shown and names from a theme file go in as
    quoted string literals (:mod:`safe_html`): a buurt named ``<script>`` or ``[% env('HOME') %]`` is shown as
    those characters, never run."""
    scale = scale_of(theme, method)
    case = "CASE {} ELSE '{}' END".format(" ".join(
        "WHEN \"{}_class\" = {} THEN '{}'".format(field, number, word)
        for number, word in enumerate(vocabulary.CLASS_WORDS[scale][language], start=1)), vocabulary.NO_DATA[language])
    rank = vocabulary.rank_text('[% "{}_rank" %]'.format(field), '[% maximum("{}_rank") %]'.format(field), language)
    decimal = "format_number(\"{}\", 1)".format(field)  # in QGIS' own number format
    lines = ['<b>{}</b> <span style="color:#666">{}</span>'.format(safe_html.field("naam"), safe_html.field("code")),
             '<br>{}: <b>[% {} %]</b> &middot; [% {} %]'.format(safe_html.literal(style_name(theme, language)),
                                                                decimal, case),
             '<br><small>{}</small>'.format(rank)]
    if theme is not None and field + "_basis" in fields:
        lines.append(thin_basis_tip(theme, field, language, fields))
    if field + "_why" in fields:  # composed in the map's language when shown (see qgis_io/expressions.py),
        # led by the class word of the map ('ruim onder gemiddeld, vooral door: ...'); not when it is only that word
        average = "', '".join(w["average"] for w in explain.WORDS.values())
        lines.append("[% with_variable('bk_word', {c}, with_variable('bk_why', {e}, CASE WHEN @bk_why IS NULL OR "
                     "@bk_why = @bk_word OR @bk_why IN ('{a}') THEN '' ELSE '<br><i>' || {w} || '</i>' END)) "
                     "%]".format(c=case, e=expressions.expression(field + "_why", language, "@bk_word"), a=average,
                                 w=safe_html.escaped("@bk_why")))
    lines.append(notes_expression.tip_expression(language))  # the buurt's notes: how many, and the latest
    if theme is not None:
        for item in (i for i in theme.indicators if i.indicator in fields and "%" not in i.indicator):
            # the year of the value, from bk_years ("woz:2024;eenzaam:2020")
            pattern = QgsExpression.quotedString("(?:^|;){}:([0-9]{{4}})".format(re.escape(item.indicator)))
            year = " [% '(' || nullif(regexp_substr(\"bk_years\", {}), '') || ')' %]".format(
                pattern) if "bk_years" in fields else ""
            value = "format_number({}, 1)".format(QgsExpression.quotedColumnRef(item.indicator))
            unit = vocabulary.unit(item.indicator, language, item.label(language))
            lines.append('<br><small>{}: [% {} %]{}{}</small>'.format(
                safe_html.literal(item.label(language)), value, " " + safe_html.literal(unit) if unit else "", year))
    return tip_html("".join(lines))


TIP_WIDTH = 320  # px: QGIS sizes a map tip to its content, which left ours ~110 px wide and cut off


def tip_html(body):
    """A map tip's HTML in a block at least :data:`TIP_WIDTH` px wide (and not much wider), so it reads as a card."""
    return '<div style="min-width:{}px; max-width:{}px">{}</div>'.format(TIP_WIDTH, TIP_WIDTH + 160, body)


def prepare_styles(source, fields, names, method, classification=VERDICT, classes=5, scales=None):
    """field -> (breaks, center, spread) for the legends: reads and classifies, touches no layer or widget, so it
    can run in a background task on a QgsVectorLayerFeatureSource snapshot. ``scales``: field -> verdict scale."""
    scales = scales or {}
    if classification == VERDICT:
        return breaks_from_pairs(score_pairs_of(source, fields, names), method, scales)
    values = score_columns(source, fields, names)
    return {name: (class_breaks(values[name], classification, classes),) + center_and_spread(values[name], method)
            for name in names}


def breaks_from_pairs(pairs, method, scales):
    """field -> (breaks, center, spread) of the verdict classes from field -> (scores, classes)."""
    return {name: (verdict_breaks(scores, classes, scales.get(name, "z")),) + center_and_spread(scores, method)
            for name, (scores, classes) in pairs.items()}


def pairs_from_frame(frame):
    """field -> (scores, classes) of every bk_<theme> score with a class in a result frame (computeindices has them
    in memory: reading them back from the written file took 1-2 s nationally)."""
    out = {}
    for name in frame.columns:
        if not (str(name).startswith("bk_") and name + "_class" in frame.columns):
            continue
        values = frame[name].to_numpy(dtype=float, na_value=float("nan"))
        classes = frame[name + "_class"].to_numpy(dtype=float, na_value=float("nan"))
        keep = np.isfinite(values)
        kept = classes[keep]
        missing = np.isnan(kept)
        whole = np.where(missing, 0, kept).astype(np.int64).tolist()  # Python ints, None where no class
        for row in np.flatnonzero(missing).tolist():
            whole[row] = None
        out[name] = (values[keep].tolist(), whole)
    return out


def style_scales(layer, themes, method):
    """field -> verdict scale for every theme score the layer has."""
    return {field: scale_of(theme, method) for theme, field in style_fields(layer, themes)}


def add_theme_styles(layer, themes, method, classification=VERDICT, classes=5, language="nl", prepared=None,
                     show=True):
    """One named style per theme (and the overall score) on ``layer``; the first theme is shown (``show=False``:
    not switched to, for a layer whose styles are only stored).

    ``prepared``: the result of :func:`prepare_styles`, computed beforehand; computed here if None.
    """
    manager = layer.styleManager()
    names = []
    fields = layer.fields().names()
    pairs = style_fields(layer, themes)
    scales = style_scales(layer, themes, method)
    if prepared is None:
        prepared = prepare_styles(layer, layer.fields(), [f for _, f in pairs], method, classification, classes,
                                  scales)
    placeholder = _free_current_style(manager, {style_name(theme, language) for theme, _ in pairs})
    for theme, field in pairs:
        breaks, center, spread = prepared[field]
        layer.setRenderer(graduated_renderer(layer, field, classification, classes, center, spread, language,
                                             breaks, scales[field]))
        layer.setMapTipTemplate(map_tip(theme, field, language, fields, method))
        name = style_name(theme, language)
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyleFromLayer(name)
        names.append(name)
    if names:
        if show or placeholder:
            show_style(layer, names[0])
        if placeholder:
            manager.removeStyle(placeholder)
    return names


def _free_current_style(manager, wanted):
    """A layer read from a GeoPackage with stored maps is, from QGIS 3.28 on, in the style named after the stored
    default ('Overall score'): the current style cannot be replaced, and whatever the loop sets on the layer would
    be written into it. Rename it out of the way; returns the temporary name to remove afterwards (or None)."""
    current = manager.currentStyle()
    if current not in wanted:
        return None
    name, number = "buurtkijker-previous", 1
    while name in manager.styles():
        number += 1
        name = "buurtkijker-previous-{}".format(number)
    manager.renameStyle(current, name)
    return name


def show_style(layer, name):
    """Switch the map to another theme; the layer is named after the theme it shows."""
    layer.styleManager().setCurrentStyle(name)
    layer.setName(name)
    layer.triggerRepaint()


RUN_KEY = "buurtkijker/run"


def add_to_project(layer, title, project=None, run_key=None):
    """Add ``layer`` in a new group ``title`` at the top of the layer tree.

    With ``run_key`` (gemeenten and themes of a run): an earlier group of the same run is hidden and collapsed,
    and the new one carries a run number ('... - run 2'), so a re-run after changing a weight never gives two
    groups of the same name with different maps. The earlier layers stay (the user may compare or remove them);
    deleting a layer right after a run proved unsafe while QGIS still works with it."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    earlier = [g for g in root.findGroups() if run_key is not None and g.customProperty(RUN_KEY) == run_key]
    for old in earlier:
        old.setItemVisibilityChecked(False)
        old.setExpanded(False)
    if earlier:
        title = "{} - {}".format(title, tr("run {}").format(len(earlier) + 1))
    group = root.insertGroup(0, title)
    if run_key is not None:
        group.setCustomProperty(RUN_KEY, run_key)
    project.addMapLayer(layer, False)
    group.addLayer(layer)
    return group


def group_title(gemeente_names, year):
    where = ", ".join(gemeente_names) if gemeente_names else tr("all gemeenten")
    if len(where) > 60:
        where = tr("{} gemeenten").format(len(gemeente_names))
    return "BuurtKijker - {}{}".format(where, " - {}".format(year) if year else "")
