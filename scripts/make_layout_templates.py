"""Write the print layout templates in resources/layouts/ (A4/A3, landscape/portrait, and the buurtprofiel).

Run with `make templates`. The plugin fills the items by id (title, subtitle, map, legend, scalebar, north, method,
source, date; the profile adds chart, table and why); texts come from layout variables (@bk_title, ...), so an
organisation can restyle a template in QGIS' layout designer and keep it working, as long as the ids stay.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qgis.core import (QgsApplication, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,  # noqa: E402
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutPoint,
                       QgsLayoutSize, QgsLegendStyle, QgsPrintLayout, QgsProject, QgsReadWriteContext,
                       QgsTextFormat)
from qgis.PyQt.QtCore import Qt  # noqa: E402

from buurtkijker_plugin.qgis_io import compat  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

FONT = "DejaVu Sans"
MM = compat.LAYOUT_MM
PAGES = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}


def font(size, bold=False):
    f = QFont(FONT)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def label(layout, item_id, text, size, x, y, w, h, bold=False, align=Qt.AlignmentFlag.AlignLeft, color="#222222"):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    item.setFont(font(size, bold))
    item.setFontColor(QColor(color))
    item.setHAlign(align)
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    return item


def new_layout(project, name, width, height):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    return layout


def map_item(layout, item_id, x, y, w, h):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#999999"))
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    return item


def legend_item(layout, s, x, y, w, h):
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setStyleFont(QgsLegendStyle.Style.Title, font(11 * s, True))
    legend.setStyleFont(QgsLegendStyle.Style.Subgroup, font(9 * s, True))
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, font(8.5 * s))
    legend.setSymbolWidth(8 * s)
    legend.setSymbolHeight(5 * s)
    legend.setWrapString("|")
    layout.addLayoutItem(legend)
    place(legend, x, y, w, h)
    return legend


def decorations(layout, s, map_x, map_y, map_w, map_h):
    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath("")  # set when the template is filled (layouts.fill_map): no machine path in the file
    layout.addLayoutItem(north)
    place(north, map_x + map_w - 14 * s, map_y + 4 * s, 9 * s, 13.5 * s)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setUnits(compat.KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(1.5 * s)
    text = QgsTextFormat.fromQFont(font(7.5 * s))
    text.setSize(7.5 * s)
    bar.setTextFormat(text)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(bar)
    place(bar, map_x + 4 * s, map_y + map_h - 14 * s, 45 * s, 10 * s)


def header_footer(layout, s, width, height, m):
    label(layout, "title", "[% @bk_title %]", 18 * s, m, 7 * s, width - 2 * m, 10 * s, bold=True)
    label(layout, "subtitle", "[% @bk_subtitle %]", 10.5 * s, m, 17 * s, width - 2 * m, 7 * s, color="#555555")
    label(layout, "source", "[% @bk_source %]", 7.5 * s, m, height - m - 2 * s, (width - 2 * m) * 0.75, 6 * s,
          color="#555555")
    label(layout, "date", "[% @bk_date %]", 7.5 * s, width - m - 60 * s, height - m - 2 * s, 60 * s, 6 * s,
          align=Qt.AlignmentFlag.AlignRight, color="#555555")


def map_template(project, size, orientation):
    width, height = PAGES[size]
    if orientation == "portrait":
        width, height = height, width
    s = 1.0 if size == "a4" else 2 ** 0.5  # A3 is A4 scaled by the square root of two
    m = 10 * s
    layout = new_layout(project, "BuurtKijker {} {}".format(size.upper(), orientation), width, height)
    header_footer(layout, s, width, height, m)
    top, bottom = 27 * s, height - m - 5 * s
    if orientation == "landscape":
        panel = 68 * s
        map_w, map_h = width - 2 * m - panel - 5 * s, bottom - top
        map_item(layout, "map", m, top, map_w, map_h)
        legend_item(layout, s, width - m - panel, top, panel, 75 * s)
        label(layout, "method", "[% @bk_method %]", 8 * s, width - m - panel, top + 80 * s, panel,
              map_h - 80 * s)
    else:
        below = 62 * s
        map_w, map_h = width - 2 * m, bottom - top - below - 4 * s
        map_item(layout, "map", m, top, map_w, map_h)
        legend_item(layout, s, m, top + map_h + 4 * s, map_w * 0.45, below)
        label(layout, "method", "[% @bk_method %]", 8 * s, m + map_w * 0.5, top + map_h + 5 * s, map_w * 0.5,
              below - 1 * s)
    decorations(layout, s, m, top, map_w, map_h)
    return layout


def profile_template(project):
    """A4 portrait, one page per buurt (atlas): map, legend, chart, indicator table, explanations."""
    from qgis.core import QgsLayoutFrame, QgsLayoutItemAttributeTable
    width, height, s, m = 210.0, 297.0, 1.0, 10.0
    layout = new_layout(project, "BuurtKijker buurtprofiel", width, height)
    header_footer(layout, s, width, height, m)
    # nothing printed within 10 mm of the paper's edge (issue 25): title and footer further in than on the maps
    place(layout.itemById("title"), m, m, width - 2 * m, 10)
    place(layout.itemById("subtitle"), m, m + 9.5, width - 2 * m, 7)
    bottom = height - m - 4  # the footer line's top; its text ends above the margin
    place(layout.itemById("source"), m, bottom, (width - 2 * m) * 0.75, 4)
    place(layout.itemById("date"), width - m - 60, bottom, 60, 4)
    map_item(layout, "map", m, 28, 120, 91)
    legend_item(layout, s, m + 125, 28, width - 2 * m - 125, 91)
    decorations(layout, s, m, 28, 120, 91)
    chart = QgsLayoutItemPicture(layout)
    chart.setId("chart")
    layout.addLayoutItem(chart)
    place(chart, m, 122, width - 2 * m, 54)
    # one line on how to read the scores (what 100 and 10 points mean), under the chart that shows them
    label(layout, "method", "[% @bk_method %]", 7, m, 177, width - 2 * m, 4.5, color="#444444")
    label(layout, "why_title", "[% @bk_why_title %]", 10, m, 183, 72, 6, bold=True)
    label(layout, "why", "[% \"bk_why\" %]", 7, m, 190, 72, height - m - 6 - 190)
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("table_frame")
    layout.addLayoutItem(frame)
    place(frame, m + 75, 183, width - 2 * m - 75, height - m - 6 - 183)
    table.addFrame(frame)
    return layout


def save(layout, path):
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise SystemExit("could not write {}".format(path))


def main(out=ROOT / "resources" / "layouts"):
    app = QgsApplication([], False)
    app.initQgis()
    out.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    for size in ("a4", "a3"):
        for orientation in ("landscape", "portrait"):
            path = out / "buurtkijker_{}_{}.qpt".format(size, orientation)
            save(map_template(project, size, orientation), path)
            print("wrote", path.relative_to(ROOT))
    path = out / "buurtkijker_buurtprofiel_a4.qpt"
    save(profile_template(project), path)
    print("wrote", path.relative_to(ROOT))
    app.exitQgis()


if __name__ == "__main__":
    main()
