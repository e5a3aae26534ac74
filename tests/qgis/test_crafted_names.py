"""Hostile names: buurt names, explanations and theme names that hold HTML, QGIS expressions, quotes or a megabyte
of text are shown as text everywhere (map tip, comparison window, tooltips, CSV, layouts) and never run.

The map tip is checked as the audit did: rendered in a QtWebKit view with JavaScript on (as QGIS' map tip), a
crafted name must leave ``document.title`` as it was."""

import csv
import dataclasses
import os
import shutil
import sqlite3
import time
from contextlib import closing

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from buurtkijker_plugin.core import themes
from tests.conftest import THEMES
from tests.input_hashes import unchanged
from tests.qgis.test_dock import dock  # noqa: F401 - the dock fixture

try:  # QGIS builds without QtWebKit (Debian trixie/sid) show map tips as plain rich text: no script can run there
    from qgis.PyQt import QtWebKitWidgets  # noqa: F401
    HAS_WEBKIT = True
except ImportError:
    HAS_WEBKIT = False
needs_webkit = pytest.mark.skipif(not HAS_WEBKIT, reason="this QGIS build has no QtWebKit, so its map tips run no "
                                  "script; the escaping itself is checked by the other tests")

SCRIPT = "<script>document.title='pwned'</script>Strijp"
IMAGE = "<img src=x onerror=\"document.title='pwned'\">Woensel"
EXPRESSION = "[% env('HOME') %] Gestel"
QUOTES = "De 'Hoeve' \"Oost\"; Zuid, 50%] [%"
HUGE = "Lang" + "<b>x</b>" * (1 << 17)  # 1 MB
CODES = ("BU07721150", "BU07725230", "BU07723370", "BU07722300", "BU07726390")  # real, explained buurten
NAMES = dict(zip(CODES, (SCRIPT, IMAGE, EXPRESSION, QUOTES, HUGE)))
WHY = "<img src=x onerror=\"document.title='pwned'\"> [% env('HOME') %]"


@pytest.fixture()
def crafted(eindhoven_indices, tmp_path):
    """A copy of the Eindhoven result whose first buurten carry hostile names and one a hostile explanation."""
    path = tmp_path / "crafted.gpkg"
    shutil.copy(eindhoven_indices, path)
    with closing(sqlite3.connect(str(path))) as db:
        for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):  # GDAL's R-tree triggers
            db.create_function(name, 1, lambda geometry: 0)
        table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        for code, name in NAMES.items():
            db.execute('UPDATE "{}" SET naam = ? WHERE code = ?'.format(table), (name, code))
        db.execute('UPDATE "{}" SET bk_total_why = ? WHERE code = ?'.format(table), (WHY, CODES[0]))
        db.commit()
        assert db.execute('SELECT count(*) FROM "{}" WHERE code IN ({})'.format(
            table, ",".join("?" * len(NAMES))), list(NAMES)).fetchone()[0] == len(NAMES)
    return path


def crafted_themes():
    built_in = themes.load_themes(THEMES)
    return [dataclasses.replace(built_in[0], name={"nl": SCRIPT, "en": SCRIPT}),
            dataclasses.replace(built_in[1], name={"nl": EXPRESSION, "en": EXPRESSION})] + list(built_in[2:])


def shown_tips(layer, style):
    from buurtkijker_plugin.qgis_io import presentation
    presentation.show_style(layer, style)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    out = {}
    for feature in layer.getFeatures():
        if feature["code"] in NAMES:
            context.setFeature(feature)
            out[feature["code"]] = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    return out


def close_view(view, qgis_app):
    """Destroy the web view now (not at interpreter exit, where WebKit's teardown can crash the process)."""
    from qgis.PyQt import sip
    view.stop()
    view.setHtml("")
    qgis_app.processEvents()
    sip.delete(view)
    qgis_app.processEvents()


def title_after(html_text, qgis_app):
    """document.title after ``html_text`` is shown in a web view with JavaScript on, as QGIS shows map tips."""
    from qgis.PyQt.QtWebKit import QWebSettings
    from qgis.PyQt.QtWebKitWidgets import QWebView
    view = QWebView()
    view.settings().setAttribute(QWebSettings.WebAttribute.JavascriptEnabled, True)
    loaded = []
    view.loadFinished.connect(loaded.append)
    view.setHtml("<html><head><title>safe</title></head><body>{}</body></html>".format(html_text))
    started = time.monotonic()
    while time.monotonic() - started < 5 and not loaded:
        qgis_app.processEvents()
    for _ in range(20):  # an image's onerror comes after the load
        qgis_app.processEvents()
        time.sleep(0.01)
    title = view.page().mainFrame().evaluateJavaScript("document.title")
    close_view(view, qgis_app)
    return title


def test_map_tips_show_hostile_names_as_text_and_run_nothing(crafted, qgis_app):
    from buurtkijker_plugin.qgis_io import presentation
    home = os.path.expanduser("~")
    with unchanged(crafted):
        layer = QgsVectorLayer(str(crafted), "crafted")
        names = presentation.add_theme_styles(layer, crafted_themes(), "zscore", language="nl")
        for style in (names[0], names[1], names[-1]):
            tips = shown_tips(layer, style)
            assert len(tips) == len(NAMES)
            for code, tip in tips.items():
                assert "<script" not in tip and "<img" not in tip and home not in tip, (style, tip[:300])
                assert not HAS_WEBKIT or title_after(tip, qgis_app) == "safe", (style, code)
            assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;Strijp" in tips[CODES[0]]
            assert "[% env(&#39;HOME&#39;) %] Gestel" in tips[CODES[2]]
        assert "&lt;img src=x onerror=" in tips[CODES[0]]  # the overall score's explanation, as text
        assert "&lt;script&gt;" in shown_tips(layer, names[0])[CODES[3]]  # the theme's own name
        del layer


@needs_webkit
def test_the_audit_payload_did_run_in_an_unescaped_tip(qgis_app):
    """The check itself can fail: the raw name in a web view does change the title."""
    assert title_after(SCRIPT, qgis_app) == "pwned"


def test_comparison_window_shows_hostile_names_as_text(crafted, qgis_app):
    from buurtkijker_plugin.gui.compare_dialog import CompareDialog
    from buurtkijker_plugin.qgis_io import layers
    with unchanged(crafted):
        frame = layers.indexed_frame(QgsVectorLayer(str(crafted), "crafted"))
        dialog = CompareDialog(frame, crafted_themes(), list(NAMES), None, "nl")
        dialog.compare() if hasattr(dialog, "compare") else None
        text = dialog.why.toPlainText()
        html_text = dialog.why.toHtml()
        assert SCRIPT in text and EXPRESSION in text and QUOTES in text
        assert "<img" not in html_text and "<script" not in html_text
        for row in range(dialog.buurt_list.count()):
            tip = dialog.buurt_list.item(row).toolTip()
            assert "<script" not in tip and "<img" not in tip
        assert dialog.status.textFormat() == Qt.TextFormat.PlainText
        dialog.deleteLater()


def test_csv_keeps_hostile_names_exactly(crafted, qgis_app, tmp_path):
    """The comparison's CSV (Dutch Excel: ';', quotes doubled) reads back to the very same names."""
    from buurtkijker_plugin.gui.compare_dialog import CompareDialog
    from buurtkijker_plugin.qgis_io import layers
    frame = layers.indexed_frame(QgsVectorLayer(str(crafted), "crafted"))
    dialog = CompareDialog(frame, crafted_themes(), list(NAMES), None, "nl")
    out = dialog.save_csv(str(tmp_path / "vergelijking.csv"))
    csv.field_size_limit(1 << 24)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        cells = {cell for row in csv.reader(handle, delimiter=";") for cell in row}
    for name in (SCRIPT, IMAGE, EXPRESSION, QUOTES, HUGE):
        assert any(name in cell for cell in cells), name[:40]
    dialog.deleteLater()


def test_layout_titles_show_hostile_theme_and_gemeente_names_as_text(crafted, qgis_app):
    from qgis.core import QgsLayoutItemLabel, QgsProject
    from buurtkijker_plugin.qgis_io import layouts
    project = QgsProject()
    layout = layouts.load_template(layouts.TEMPLATES[0], project, "crafted")
    layouts.set_texts(layout, title=EXPRESSION + " " + SCRIPT, subtitle=QUOTES)
    labels = {i.id(): i.currentText() for i in layout.items() if isinstance(i, QgsLayoutItemLabel)}
    assert labels["title"] == EXPRESSION + " " + SCRIPT and labels["subtitle"] == QUOTES
    assert all(i.mode() == QgsLayoutItemLabel.Mode.ModeFont for i in layout.items()
               if isinstance(i, QgsLayoutItemLabel))


def test_dock_status_and_theme_note_show_names_as_text(dock):  # noqa: F811
    """The dock's status line, its details and the note on themes name layers, files and themes: plain text."""
    for label in (dock.status, dock.actions_panel.details, dock.themes_panel.note):
        assert label.textFormat() == Qt.TextFormat.PlainText
    dock.set_status(SCRIPT, [IMAGE])
    assert dock.status.text().replace("\u200b", "") == SCRIPT  # wrap points only


@needs_webkit
def test_html_buurtkaart_shows_hostile_names_as_text(crafted, provider, tmp_path, qgis_app):
    """The HTML buurtkaart (exporthtml) with the crafted names, opened in a web view with JavaScript on: its own
    script runs, the names' never (document.title stays the page's own)."""
    import processing
    out = tmp_path / "buurtkaart.html"
    with unchanged(crafted):
        processing.run("buurtkijker:exporthtml", {"INPUT": str(crafted), "TITLE": "Veilig", "OUTPUT": str(out)})
    page = out.read_text(encoding="utf-8")
    assert "<script>document.title" not in page and "<img src=x onerror" not in page
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtWebKit import QWebSettings
    from qgis.PyQt.QtWebKitWidgets import QWebView
    view = QWebView()
    view.settings().setAttribute(QWebSettings.WebAttribute.JavascriptEnabled, True)
    loaded = []
    view.loadFinished.connect(loaded.append)
    view.load(QUrl.fromLocalFile(str(out)))
    started = time.monotonic()
    while time.monotonic() - started < 10 and not loaded:
        qgis_app.processEvents()
    for _ in range(30):
        qgis_app.processEvents()
        time.sleep(0.01)
    title = view.page().mainFrame().evaluateJavaScript("document.title")
    close_view(view, qgis_app)
    assert loaded and title != "pwned" and "pwned" not in str(title)
