"""Help where QGIS users look: Help > Plugins > BuurtKijker, the ? of the dock and of each dialog, every algorithm's
helpUrl() (the shipped docs as offline HTML in the browser), and the Options page whose settings the dock uses."""

import re
import subprocess
import zipfile

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtWidgets import QDialogButtonBox

import buurtkijker_plugin
from buurtkijker_plugin.qgis_io import help_pages, settings
from tests.conftest import ROOT


@pytest.fixture()
def opened(monkeypatch):
    """The URLs the plugin asks the desktop to open (instead of a browser)."""
    urls = []

    class Desktop:
        @staticmethod
        def openUrl(url):  # noqa: N802
            urls.append(url)
            return True

    monkeypatch.setattr(help_pages, "QDesktopServices", Desktop)
    return urls


def _target(url):
    """The local file and anchor of a help URL; the anchor exists as an id in the page."""
    url = QUrl(url)
    assert url.isLocalFile()
    page = url.toLocalFile()
    text = open(page, encoding="utf-8").read()
    if url.fragment():
        assert 'id="{}"'.format(url.fragment()) in text, (page, url.fragment())
    return page.rsplit("/", 1)[-1], url.fragment()


def test_every_algorithm_has_a_help_url_to_an_existing_page_and_section(provider):
    pages = {a.name(): _target(a.helpUrl()) for a in provider.algorithms()}
    assert len(pages) == 7 and all(pages.values())
    assert pages["computechange"] == ("change.html", "parameters")
    assert pages["comparebuurten"] == ("methodology.html", "10-comparison")


def test_help_menu_and_dock_question_mark_open_the_help(qgis_iface, recording, opened):
    plugin = buurtkijker_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        (action,) = recording.help_menu.actions()
        assert action.text() == "BuurtKijker"
        action.trigger()
        assert _target(opened[-1]) == ("help.html", "")
        plugin.action.trigger()
        (button,) = [b for b in plugin.dock.findChildren(type(plugin.dock.open_button)) if
                     b.objectName() == "bkHelpButton"]
        button.click()
        assert _target(opened[-1]) == ("help.html", "getting-started")
    finally:
        plugin.unload()


def test_every_dialog_has_a_help_button(eindhoven_indices, qgis_app, opened):
    from qgis.core import QgsVectorLayer
    from buurtkijker_plugin.core import themes as theme_io
    from buurtkijker_plugin.gui.compare_dialog import CompareDialog
    from buurtkijker_plugin.gui.export_dialog import ExportDialog
    from buurtkijker_plugin.gui.scenario_action import ScenarioDialog
    from buurtkijker_plugin.paths import THEMES_FILE
    from buurtkijker_plugin.qgis_io import layers
    frame = layers.indexed_frame(QgsVectorLayer(str(eindhoven_indices), "idx"))
    dialogs = [ExportDialog(["bk_total"]), ScenarioDialog(codes=["BU07720000"]),
               CompareDialog(frame, theme_io.load_themes(THEMES_FILE), (), None, "nl")]
    for dialog in dialogs:
        (box,) = dialog.findChildren(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Help).click()
    assert [_target(u) for u in opened] == [("help.html", "getting-started"), ("scenarios.html", "in-the-dock-wat-als"),
                                            ("methodology.html", "10-comparison")]


def test_options_page_stores_what_the_dock_then_uses(qgis_iface, tmp_path):
    from buurtkijker_plugin.gui.dock import BuurtKijkerDock
    from buurtkijker_plugin.gui.options import BuurtKijkerOptionsFactory
    factory = BuurtKijkerOptionsFactory()
    assert factory.title() == "BuurtKijker"
    page = factory.createWidget(None)
    page.folder.setFilePath(str(tmp_path))
    for name, value in ((settings.METHOD, "rank"), (settings.REFERENCE, "national"),
                        (settings.CLASSIFICATION, "quantile"), (settings.LANGUAGE, "en")):
        combo = page.combos[name]
        combo.setCurrentIndex(combo.findData(value))
    page.apply()
    stored = QgsSettings()
    assert stored.value("BuurtKijker/results_folder") == str(tmp_path)
    assert stored.value("BuurtKijker/method") == "rank" and stored.value("BuurtKijker/language") == "en"
    from buurtkijker_plugin.qgis_io.i18n import user_language
    assert user_language() == "en"
    dock = BuurtKijkerDock(qgis_iface)
    try:
        assert dock.method_combo.currentData() == "rank"
        assert dock.reference_combo.currentData() == "national"
        assert dock.classification_combo.currentData() == "quantile"
        assert dock.results_folder() == str(tmp_path)  # an unsaved project: the folder of the Options page
        dock.method_combo.setCurrentIndex(dock.method_combo.findData("imd"))  # the dock remembers the last choice
        again = factory.createWidget(None)
        assert settings.value(settings.METHOD) == "imd" and again.combos[settings.METHOD].currentData() == "imd"
    finally:
        dock.close_down()
        dock.deleteLater()
        stored.remove("BuurtKijker/results_folder")


def test_the_package_carries_the_help_as_html():
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    with zipfile.ZipFile(ROOT / "buurtkijker.zip") as archive:
        names = set(archive.namelist())
        page = archive.read("buurtkijker/docs/html/help.html").decode("utf-8")
    for md in (ROOT / "docs").glob("*.md"):
        assert "buurtkijker/docs/html/{}.html".format(md.stem) in names
    assert 'id="requirements"' in page and re.search(r'href="methodology\.html"', page)
    assert "buurtkijker/docs/html/img/validation.png" in names


def test_settings_choices_match_the_engine():
    from buurtkijker_plugin.core import indices
    assert settings.METHODS == indices.METHODS
    assert QgsApplication.instance() is not None
