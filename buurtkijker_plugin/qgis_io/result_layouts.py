"""Print layouts of the analyses beside the theme scores: the change between two years, a scenario's difference
and the vulnerability x nuisance map. One entry for the dock's 'Export map' and the exportlayout algorithm.

Which kind a layer is, is read from its fields (core/result_fields.py): computechange writes bk_change_run, the
scenario bk_scenario_run (or bk_<theme>_diff), vulnerabilitynuisance bk_bivariaat.
"""

import json
from pathlib import Path

from qgis.core import (QgsFeatureRequest, QgsLayoutFrame, QgsLayoutItemManualTable, QgsLayoutPoint, QgsLayoutSize,
                       QgsLayoutTableColumn, QgsProject, QgsTableCell)
from qgis.PyQt.QtCore import QRectF

from ..core import result_fields, themes as theme_io
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..paths import THEMES_FILE
from . import bivariate as qbivariate, change_style, files, layouts, scenario_store
from .bivariate import MM
from .i18n import tr

INDICES, CHANGE, SCENARIO, BIVARIATE = "indices", "change", "scenario", "bivariate"
ATTENTION_ROWS = 8  # rows of the attention table on the page; the rest are counted below it
PAGE_TEXT_BOTTOM = 195.0  # mm: where the side text of the A4 landscape template ends


def result_kind(layer):
    """'change', 'scenario', 'bivariate' or 'indices' (a computeindices layer, or anything else)."""
    names = layer.fields().names()
    if result_fields.BIVARIATE in names:
        return BIVARIATE
    if result_fields.CHANGE_RUN in names:
        return CHANGE
    if result_fields.SCENARIO_RUN in names or any(n.endswith("_diff") and n.startswith("bk_") for n in names):
        return SCENARIO
    return INDICES


def _themes(themes=None):
    return list(themes) if themes else theme_io.load_themes(THEMES_FILE)


def _theme_label(theme, language):
    return theme.label(language) if theme is not None else ("Totaal" if language == "nl" else "Overall")


def printable(layer, themes=None, language="nl"):
    """The maps of a change, scenario or vulnerability layer that can be printed: [(key, title)]; key is a theme
    id ('total' for the overall score) or 'bivariate'. Empty for a theme-score layer (its maps are its styles)."""
    kind, names = result_kind(layer), set(layer.fields().names())
    if kind == BIVARIATE:
        return [(BIVARIATE, tr("Vulnerability x nuisance"))]
    out = []
    for theme in [None] + _themes(themes):
        tid = theme.id if theme is not None else "total"
        if kind == CHANGE and change_style.change_field(tid) in names:
            out.append((tid, "{}: {}".format(_theme_label(theme, language), tr("change"))))
        elif kind == SCENARIO and result_fields.difference(tid) in names:
            name = scenario_info(layer).get("name") or ""
            out.append((tid, tr("Scenario {}: {}").format(name, _theme_label(theme, language))))
    return out


# -- scenario -------------------------------------------------------------------------------------------------

def scenario_info(layer):
    """The scenario's name and changes as the scenario algorithm wrote them (bk_scenario_run), {} if unknown."""
    index = layer.fields().indexOf(result_fields.SCENARIO_RUN)
    if index < 0:
        return {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    value = next((f.attributes()[index] for f in layer.getFeatures(request)), None)
    try:
        return json.loads(value) if isinstance(value, str) else {}
    except ValueError:
        return {}


def change_lines(info, language="nl"):
    """One line per change of the scenario: 'Woensel-West: Moeite met rondkomen (18+) 31.0 -> 21.0'."""
    lines = []
    for change in info.get("changes", []):
        old, new = _number(change.get("old"), language), _number(change.get("new"), language)
        lines.append("{}: {} {} \u2192 {}".format(change.get("naam") or change.get("code"),
                                                  change.get("label") or change.get("indicator"), old, new))
    return lines


def scenario_layout(layer, theme, project=None, language="nl", template="a4_landscape"):
    """The difference map of one theme under a scenario: scenario name in the title, the changes listed beside
    the map, legend in points of difference."""
    project = project or QgsProject.instance()
    tid = theme.id if theme is not None else "total"
    info = scenario_info(layer)
    name = info.get("name") or layer.customProperty("buurtkijker/scenario") or tr("Scenario")
    style = tr("Scenario {}: {}").format(name, _theme_label(theme, language))
    add_style(layer, style, scenario_store.difference_renderer(tid, language))
    place = layouts.place_name(layouts.gemeente_names(layer))
    layout = layouts.load_template(template, project, layouts.unique_name(project, "{} - {}".format(style, place)))
    lines = change_lines(info, language)
    layouts.set_texts(
        layout, title="{} - {}".format(style, place),
        subtitle=tr("Difference with today in points (scenario minus today), against the unchanged reference"),
        method=tr("What if these values change? The changed buurten are scored again against the same reference "
                  "averages and spreads as today, so every other buurt keeps its score. Changes in this "
                  "scenario:\n{}").format("\n".join(lines) or "-"),
        source=layouts.source_line(layouts.run_info(layer).get("year"), layouts.layer_sources(layer)),
        date=layouts.today(language))
    layouts.fill_map(layout, layer, style, tr("Difference (points)"))
    return layout


def add_style(layer, name, renderer):
    """Give ``layer`` the named style ``name`` drawn by ``renderer``, leaving the style it shows as it is (the
    user's map does not change when a layout is made)."""
    manager = layer.styleManager()
    current = manager.currentStyle()
    if name == current:
        layer.setRenderer(renderer)
        return name
    if name in manager.styles():
        manager.removeStyle(name)
    manager.addStyle(name, manager.style(current))
    manager.setCurrentStyle(name)
    layer.setRenderer(renderer)
    manager.setCurrentStyle(current)  # keeps the renderer in 'name', shows 'current' again
    return name


# -- vulnerability x nuisance ---------------------------------------------------------------------------------

def attention_rows(layer, language="nl"):
    """The buurten marked bk_aandacht = 1: [(naam, code, vulnerability, nuisance or its increase)], most
    vulnerable first."""
    names = layer.fields().names()
    second = "bk_overlast_toename" if "bk_overlast_toename" in names else result_fields.NUISANCE
    rows = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
        try:
            listed = int(feature[result_fields.ATTENTION]) == 1
        except (TypeError, ValueError):
            listed = False
        if listed:
            vulnerability = _float(feature[result_fields.VULNERABILITY])
            rows.append((feature["naam"] or feature["code"], feature["code"], vulnerability, _float(feature[second])))
    return sorted(rows, key=lambda r: -(r[2] if r[2] is not None else -1e9))


def _float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _number(value, language, digits=1):
    if value is None:
        return "-"
    text = "{:.{}f}".format(value, digits)
    return text.replace(".", ",") if language == "nl" else text


def reading_guide(rising):
    """Two sentences: what the map shows, and what to do with the list."""
    if rising:
        return tr("The darker a buurt, the more vulnerable its residents and the more nuisance rose; the darkest "
                  "cell combines high vulnerability with a real increase of nuisance. The table lists those "
                  "buurten, most vulnerable first: the place to start a conversation with the wijkteam.")
    return tr("The darker a buurt, the more vulnerable its residents and the more nuisance there is; the darkest "
              "cell combines both. The table lists those buurten, most vulnerable first: the place to start a "
              "conversation with the wijkteam.")


def add_attention_table(layout, rows, x, y, width, language="nl", rising=False):
    """The attention list as a table (buurt, vulnerability, nuisance or its increase) at (x, y) mm."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    shown = rows[:ATTENTION_ROWS]
    second = tr("Increase of nuisance") if rising else tr("Nuisance")
    headers = [tr("Buurt"), tr("Vulnerability"), second]
    columns = []
    for number, heading in enumerate(headers):
        column = QgsLayoutTableColumn(heading)
        column.setWidth(0 if number == 0 else 18)
        columns.append(column)
    table.setHeaders(columns)
    table.setIncludeTableHeader(True)
    contents = [[QgsTableCell(str(name)), QgsTableCell(_number(v, language)),
                 QgsTableCell(_number(n, language, 2 if rising else 1))] for name, _, v, n in shown]
    if len(rows) > len(shown):
        contents.append([QgsTableCell(tr("and {} more").format(len(rows) - len(shown))), QgsTableCell(""),
                         QgsTableCell("")])
    if not contents:
        contents = [[QgsTableCell(tr("none")), QgsTableCell(""), QgsTableCell("")]]
    table.setTableContents(contents)
    layouts.small_print(table, 0.6)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptSetSceneRect(QRectF(x, y, width, 4 + 4.0 * (len(contents) + 1)))
    table.addFrame(frame)
    table.refresh()
    return frame


def vulnerability_layout(layer, project=None, language="nl", title=None):
    """The 3 x 3 map with its legend square, a two-sentence reading guide and the attention list as a table."""
    project = project or QgsProject.instance()
    rows = attention_rows(layer, language)
    layout = qbivariate.bivariate_layout(layer, project, language, attention=(), title=title)
    rising = qbivariate.is_rising(layer)
    method = layout.customProperty("variableValues") or []
    names = layout.customProperty("variableNames") or []
    text = dict(zip(names, method)).get("bk_method", "")
    layouts.set_texts(layout, method="{}\n\n{}".format(reading_guide(rising), text))
    legend_x, legend_y = 227.0, 29.0
    square = layout.itemById("bivariate_legend_13")
    if square is not None:
        legend_x = square.positionWithUnits().x() - 8
        legend_y = square.positionWithUnits().y()
    frame = add_attention_table(layout, rows, legend_x - 8, legend_y + 46, 68, language, rising)
    side = layout.itemById("method")  # the side text moves below the table
    if side is not None:
        top = frame.positionWithUnits().y() + frame.sizeWithUnits().height() + 3
        side.attemptMove(QgsLayoutPoint(side.positionWithUnits().x(), top, MM))
        side.attemptResize(QgsLayoutSize(side.sizeWithUnits().width(), PAGE_TEXT_BOTTOM - top, MM))
    return layout


# -- export ---------------------------------------------------------------------------------------------------

def result_layout(layer, key, template="a4_landscape", project=None, language="nl", themes=None):
    """The layout of map ``key`` (see :func:`printable`) of a change, scenario or vulnerability layer."""
    kind = result_kind(layer)
    if kind == BIVARIATE:
        return vulnerability_layout(layer, project, language)
    theme = next((t for t in _themes(themes) if t.id == key), None)
    if kind == CHANGE:
        return change_style.change_layout(layer, theme, project, language, template)
    if kind == SCENARIO:
        return scenario_layout(layer, theme, project, language, template)
    raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: not a change, scenario or vulnerability "
                                                            "layer."), source=layer.name())


def export_results(layer, keys, path, template="a4_landscape", project=None, language="nl", add_to_manager=False,
                   feedback=None, themes=None):
    """One file per map ``keys`` of ``layer`` (all or none, as export_themes); returns the paths."""
    project = project or QgsProject.instance()
    keys = list(keys) or [k for k, _ in printable(layer, themes, language)][:1]
    written, made = [], []
    with files.Staging(path) as staging:
        for number, key in enumerate(keys):
            if feedback is not None and feedback.isCanceled():
                return []
            layout = result_layout(layer, key, template, project, language, themes)
            target = layouts.theme_path(path, key, len(keys) > 1)
            written.append(layouts.export(layout, target, folder=staging.folder))
            made.append(layout)
            if feedback is not None:
                feedback.setProgress(100.0 * (number + 1) / len(keys))
        staging.commit()
    if add_to_manager:
        for layout in made:
            project.layoutManager().addLayout(layout)
    return [Path(p) for p in written]
