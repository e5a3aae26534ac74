"""Drive the dock as a user would: choose data and gemeente, tick themes, run in the background, read the map."""

import gc
import time

import pytest
from qgis.core import (Qgis, QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,
                       QgsGraduatedSymbolRenderer, QgsProject, QgsSettings)
from qgis.PyQt.QtCore import QCoreApplication, Qt

from buurtkijker_plugin.gui.dock import RESULTS_FOLDER, SETTINGS, BuurtKijkerDock
from tests.conftest import EINDHOVEN
from tests.qgis.conftest import locale

WORDS = ("ruim onder gemiddeld", "onder gemiddeld", "gemiddeld", "boven gemiddeld", "ruim boven gemiddeld")


@pytest.fixture()
def dock(qgis_iface, recording, provider, qgis_new_project):
    """The dock in a new, unsaved project. No results folder is remembered, and its question is answered 'Cancel'
    without a modal dialog (results are temporary layers); a test may answer otherwise."""
    QgsProject.instance().clear()
    settings = QgsSettings()
    remembered = settings.value(SETTINGS + RESULTS_FOLDER)
    settings.remove(SETTINGS + RESULTS_FOLDER)
    widget = BuurtKijkerDock(qgis_iface)
    widget.language = "nl"
    widget.ask_results_folder = lambda start="": ""
    yield widget
    widget.close_down()
    wait_for(lambda: widget.job is None or not widget.job.running)
    wait_for(lambda: widget.profile_job is None or not widget.profile_job.running)
    for name in ("change_job", "scenario_job", "bivariate_job"):  # finished actions' jobs let go now, not by the
        job = getattr(widget, name, None)  # collector at interpreter exit (that crashed after test_dock_change)
        if job is not None:
            wait_for(lambda: not job.running)
            setattr(widget, name, None)
    gc.collect()
    widget.deleteLater()
    QgsProject.instance().clear()
    settings.remove(SETTINGS + RESULTS_FOLDER)
    if remembered is not None:
        settings.setValue(SETTINGS + RESULTS_FOLDER, remembered)


def wait_for(condition, timeout=120):
    end = time.time() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.time() > end:
            raise TimeoutError("condition not met in time")
        time.sleep(0.01)


def run_and_wait(dock):
    finished = []
    dock.run_finished.connect(finished.append)
    assert dock.run()
    wait_for(lambda: finished)
    return finished[0]


def gemeente_rows(dock):
    return [dock.gemeente_list.item(i) for i in range(dock.gemeente_list.count())]


def test_eindhoven_end_to_end(dock):
    layer = dock.open_file(str(EINDHOVEN))
    source_features = layer.featureCount()
    assert dock.layer_combo.currentLayer() is layer
    assert [i.text() for i in gemeente_rows(dock)] == ["All gemeenten", "Eindhoven (GM0772)"]
    # themes the Eindhoven file cannot support are unticked and say why
    assert set(dock.theme_tree.checked_ids()) == {"leefbaarheid", "veiligheid", "wonen", "voorzieningen",
                                                  "demografie"}
    dock.theme_tree.set_checked({"leefbaarheid", "veiligheid"})
    dock.theme_tree.set_weight("leefbaarheid", "woz_per_bewoner", 2)
    result = run_and_wait(dock)
    assert result is not None and result.featureCount() == 116
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name() == "BuurtKijker - Eindhoven - 2024"
    assert [n.layer() for n in group.children()] == [result]
    styles = result.styleManager().styles()
    assert {"Leefbaarheid", "Veiligheid en overlast"} <= set(styles) and len(styles) >= 3
    renderer = result.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == 'coalesce("bk_total_class", 0)'  # the first map shown: the overall score
    assert dock.map_theme_combo.currentText() == result.styleManager().currentStyle()
    dock.map_theme_combo.setCurrentText("Leefbaarheid")
    renderer = result.renderer()
    assert renderer.classAttribute() == 'coalesce("bk_leefbaarheid_class", 0)'  # the engine's verdict
    labels = [r.label() for r in renderer.ranges()]
    assert labels.pop() == "op minder indicatoren (< 80 %)"  # issue 21: the thin-basis mark, explained last
    assert len(labels) == 6 and labels[-1] == "geen gegevens"
    assert all(label.split(" (")[0].split(",")[0] in WORDS for label in labels[:-1])
    assert len({label.split(" (")[0] for label in labels}) == len(labels)  # no two entries read alike
    assert labels[0].startswith(("ruim onder", "onder")) and labels[-2].startswith(("ruim boven", "boven"))
    tip = result.mapTipTemplate()
    feature = next(f for f in result.getFeatures() if f["code"] == "BU07725460")  # Bokt
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(result))
    context.setFeature(feature)
    text = QgsExpression.replaceExpressionText(tip, context)
    assert "Bokt" in text and "WOZ-waarde per bewoner: 232.5" in text and "[%" not in text
    assert any(word in text for word in WORDS)
    dock.map_theme_combo.setCurrentText("Veiligheid en overlast")
    assert result.renderer().classAttribute().startswith('coalesce("bk_veiligheid')
    assert result.name() == "Veiligheid en overlast"
    assert layer.featureCount() == source_features and not layer.isModified()


def test_search_and_pick_several_gemeenten(dock, tmp_path):
    raw_rows = dock.gemeente_list.count()
    assert raw_rows == 0  # no polygon layer yet: the demo is offered
    assert dock.demo_button.isVisibleTo(dock)
    demo = dock.load_demo()
    assert demo.name() == "Voorbeeldstad (demo)"
    dock.gemeente_filter.setText("voorb")
    visible = [i.text() for i in gemeente_rows(dock) if not i.isHidden()]
    assert visible == ["All gemeenten", "Voorbeeldstad (GM9999)"]
    dock.set_gemeenten({"GM9999"})
    assert dock.chosen_gemeenten() == (["GM9999"], ["Voorbeeldstad"])
    assert gemeente_rows(dock)[0].checkState() == Qt.CheckState.Unchecked
    dock._set_combo(dock.classification_combo, "quantile")
    dock.output_file.setFilePath(str(tmp_path / "voorbeeldstad.gpkg"))
    result = run_and_wait(dock)
    assert result.featureCount() == 40 and result.source().startswith(str(tmp_path))
    assert len(dock.theme_tree.checked_ids()) == 9 and len(result.styleManager().styles()) >= 10
    ranges = result.renderer().ranges()
    assert len(ranges) == 6 and ranges[-1].label() == "geen gegevens"


def test_cancel_adds_nothing(dock):
    dock.load_demo()
    dock._set_combo(dock.reference_combo, "national")
    before = len(QgsProject.instance().mapLayers())
    finished = []
    dock.run_finished.connect(finished.append)
    assert dock.run()
    assert not dock.run()  # a second run while one is busy is refused
    dock.cancel()
    wait_for(lambda: finished)
    assert finished == [None]
    assert len(QgsProject.instance().mapLayers()) == before
    assert dock.run_button.isEnabled() and "Cancelled" in dock.status.text()


def test_bad_input_reaches_the_message_bar(dock, tmp_path, qgis_iface):
    bad = tmp_path / "kapot.gpkg"
    bad.write_text("not a geopackage")
    assert dock.open_file(str(bad)) is None
    bad_theme = tmp_path / "thema.json"
    bad_theme.write_text('{"themes": [{"id": "x", "indicators": [{"indicator": "woz", "weight": 0}]}]}')
    assert not dock.load_theme_file(str(bad_theme))
    assert dock.theme_tree.topLevelItemCount() == 9  # the themes in use are kept


def test_theme_file_adds_to_the_built_in_themes_and_saves(dock, tmp_path):
    import json
    own = tmp_path / "eigen.json"
    own.write_text(json.dumps({"themes": [{"id": "eigen", "name": {"nl": "Eigen thema", "en": "Own"},
                                           "indicators": [{"indicator": "woz", "direction": "higher_is_better"}]}]}))
    assert dock.load_theme_file(str(own))
    assert dock.theme_tree.topLevelItemCount() == 10
    dock.theme_tree.set_weight("wonen", "woz", 4)
    saved = tmp_path / "saved.json"
    dock.save_theme_file(str(saved))
    from buurtkijker_plugin.core import themes
    again = {t.id: t for t in themes.load_themes(saved)}
    assert "eigen" in again and again["wonen"].indicators[0].weight == 4


def test_task_is_visible_in_the_task_manager(dock):
    dock.load_demo()
    finished = []
    dock.run_finished.connect(finished.append)
    dock.run()
    descriptions = [t.description() for t in QgsApplication.taskManager().activeTasks()]
    wait_for(lambda: finished)
    assert any(d.startswith("BuurtKijker: theme indices for") for d in descriptions)
    assert finished[0] is not None


def test_compare_selected_buurten_and_export(dock, tmp_path):
    import pandas as pd
    from qgis.PyQt.QtWidgets import QApplication
    dock.open_file(str(EINDHOVEN))
    dock.theme_tree.set_checked({"leefbaarheid", "voorzieningen", "veiligheid"})
    with locale("nl_NL"):  # the explanations follow QGIS' language, as the dock does
        layer = run_and_wait(dock)
    assert dock.compare_button.isEnabled() and dock.export_button.isEnabled()
    names = {f["naam"]: f for f in layer.getFeatures()}
    layer.selectByIds([names["Vredeoord"].id(), names["Tempel"].id()])
    dialog = dock.open_compare()
    c = dialog.comparison
    assert sorted(c.codes) == sorted([names["Vredeoord"]["code"], names["Tempel"]["code"]])
    # the table: a label column, two buurten and the gemeente average (no national table: no empty column)
    assert dialog.table.columnCount() == 4 and dialog.table.rowCount() == len(c.rows)
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(4)]
    assert headers[1:] == ["Tempel", "Vredeoord", "Gemiddelde Eindhoven"] or \
        headers[1:] == ["Vredeoord", "Tempel", "Gemiddelde Eindhoven"]
    # Vredeoord is clearly worse on voorzieningen: a red cell with the explanation as tooltip
    row = c.rows.index[c.rows["id"] == "voorzieningen"][0]
    column = headers.index("Vredeoord")
    cell = dialog.table.item(row, column)
    assert cell.background().color().name() == "#fddbc7"
    assert "Afstand tot" in cell.toolTip()
    assert "Vredeoord" in dialog.why.toPlainText()
    # the chart is drawn on the Qt canvas: two axes (bars and radar)
    assert len(dialog.canvas.figure.axes) == 2
    csv = dialog.save_csv(str(tmp_path / "vergelijking.csv"))
    read = pd.read_csv(csv, sep=";", decimal=",")
    assert list(read.columns[4:7]) == headers[1:] and len(read) == len(c.rows)
    # then the explanation of each buurt's scores, in the window's language
    assert list(read.columns[7:]) == [h + ": toelichting" for h in headers[1:3]]
    assert "Afstand tot" in read.at[row, "Vredeoord: toelichting"]
    image = dialog.save_image(str(tmp_path / "vergelijking.png"))
    from qgis.PyQt.QtGui import QImage
    assert QImage(image).width() > 800
    dialog.copy()
    assert "Vredeoord" in QApplication.clipboard().text()
    dialog.grab().save(str(tmp_path / "dialog.png"))
    dialog.close()

    # export: one A4 portrait PDF per ticked theme, each layout also in the project's layout manager
    styles = [dock.map_theme_combo.itemText(i) for i in range(dock.map_theme_combo.count())]
    written = dock.export_maps("a4_portrait", styles[:2], str(tmp_path / "kaart.pdf"))
    assert [p.name for p in written] == ["kaart_leefbaarheid.pdf", "kaart_veiligheid.pdf"]
    manager = QgsProject.instance().layoutManager()
    assert len(manager.printLayouts()) == 2
    assert layer.styleManager().currentStyle() == dock.map_theme_combo.currentText()  # the map is left alone
    # buurtprofielen: a background task in QGIS' task manager; the project gets no layout and no helper layer
    layers_before = len(QgsProject.instance().mapLayers())
    job = dock.export_profiles(str(tmp_path / "profielen.pdf"), dock.selected_codes())
    assert job is not None and job.running and QgsApplication.taskManager().tasks()
    wait_for(lambda: not job.running, timeout=300)
    assert (tmp_path / "profielen.pdf").exists() and len(manager.printLayouts()) == 2
    assert len(QgsProject.instance().mapLayers()) == layers_before
    # Cancel in the task manager: no file, no layout, no extra layers
    job = dock.export_profiles(str(tmp_path / "weg.pdf"), dock.selected_codes())
    job.cancel()
    wait_for(lambda: not job.running, timeout=300)
    assert not (tmp_path / "weg.pdf").exists() and len(manager.printLayouts()) == 2
    assert len(QgsProject.instance().mapLayers()) == layers_before
    # the export dialog's map language: an English map from the Dutch dock, with buurt names; the project's maps,
    # layouts and layers stay as they are
    import subprocess
    english = dock.export_in_language("a4_landscape", [styles[0]], str(tmp_path / "map_en.pdf"), "en", "names")
    assert english == [str(tmp_path / "map_en.pdf")]
    text = subprocess.run(["pdftotext", english[0], "-"], capture_output=True, text=True).stdout
    assert "Source: CBS" in text and "average" in text and "Vredeoord" in text and "gemiddeld" not in text
    assert len(manager.printLayouts()) == 2 and len(QgsProject.instance().mapLayers()) == layers_before
    assert layer.styleManager().currentStyle() == dock.map_theme_combo.currentText()


def test_first_use_and_fits_a_laptop(dock):
    """Before a layer: no theme ticked, the tree disabled with the reason as visible text, Compute disabled; the
    dock's body scrolls and needs at most 600 px of height with its sections as they start (issue 15)."""
    from qgis.PyQt.QtWidgets import QScrollArea
    assert dock.layer_combo.currentLayer() is None
    assert dock.theme_tree.checked_ids() == [] and not dock.theme_tree.isEnabled()
    assert not dock.theme_note.isHidden() and "layer" in dock.theme_note.text()
    assert not dock.run_button.isEnabled()
    assert isinstance(dock.widget(), QScrollArea) and dock.widget().widget() is dock.body
    dock.resize(380, 700)
    dock.show()
    QCoreApplication.processEvents()
    assert dock.body.sizeHint().height() <= 600, dock.body.sizeHint().height()
    layer = dock.open_file(str(EINDHOVEN))
    QCoreApplication.processEvents()
    assert layer is not None and dock.run_button.isEnabled() and dock.theme_tree.isEnabled()
    # the themes Eindhoven's file cannot support are named in words, not only in a tooltip
    note = dock.theme_note.text()
    assert not dock.theme_note.isHidden() and ("Gezondheid" in note or "Health" in note)
    assert "Leefbaarheid" not in note and "Liveability" not in note
    assert dock.body.sizeHint().height() <= 600, dock.body.sizeHint().height()
    dock.hide()


def test_rerun_carries_a_run_number_and_reports_in_one_line(dock, monkeypatch):
    # Runs back to back: the test canvas is not redrawn after each run. On QGIS 3.22 a canvas redraw of the result
    # while the next run's background task reads the same source layer crashed this test about one time in five
    # (main thread in the canvas, worker in processAlgorithm); without the redraw 8 of 8 passed. See the report.
    monkeypatch.setattr(dock, "zoom_to", lambda layer: None)
    dock.open_file(str(EINDHOVEN))
    dock.theme_tree.set_checked({"leefbaarheid", "wonen"})
    first = run_and_wait(dock).id()
    root = QgsProject.instance().layerTreeRoot()
    groups = [g.name() for g in root.findGroups()]
    assert groups.count("BuurtKijker - Eindhoven - 2024") == 1
    assert "\n" not in dock.status.text() and "101 buurten" in dock.status.text()
    if dock.details.text():  # the warnings are behind 'Details', shown on demand
        assert not dock.details_button.isHidden() and dock.details.isHidden()
        dock.details_button.setChecked(True)
        assert not dock.details.isHidden()
    dock.theme_tree.set_weight("leefbaarheid", "woz_per_bewoner", 3)  # a changed weight: the same gemeente and themes
    second = run_and_wait(dock)
    groups = root.findGroups()
    assert [g.name() for g in groups] == ["BuurtKijker - Eindhoven - 2024 - run 2", "BuurtKijker - Eindhoven - 2024"]
    assert groups[0].isVisible() and not groups[1].itemVisibilityChecked() and not groups[1].isExpanded()
    assert second.id() in QgsProject.instance().mapLayers() and first in QgsProject.instance().mapLayers()
    dock.theme_tree.set_checked({"leefbaarheid"})  # other themes: a group of its own, without a run number
    run_and_wait(dock)
    assert [g.name() for g in root.findGroups()].count("BuurtKijker - Eindhoven - 2024") == 2
    assert len(root.findGroups()) == 3


def test_unsaved_project_asks_once_for_a_results_folder(dock, tmp_path, monkeypatch):
    """Not saved yet: the first run asks for a folder (once), results and their maps go there as GeoPackages, also
    the other actions'; the folder is remembered; once the project is saved its folder wins."""
    from buurtkijker_plugin.qgis_io import style_store
    monkeypatch.setattr(dock, "zoom_to", lambda layer: None)  # back-to-back runs (see the rerun test)
    folder = tmp_path / "resultaten"
    folder.mkdir()
    asked = []
    dock.ask_results_folder = lambda start="": asked.append(start) or str(folder)
    dock.open_file(str(EINDHOVEN))
    dock.theme_tree.set_checked({"leefbaarheid"})
    first = run_and_wait(dock)
    second = run_and_wait(dock)
    assert len(asked) == 1
    assert [style_store.geopackage_of(r) for r in (first, second)] == [
        str(folder / "buurtkijker_eindhoven.gpkg"), str(folder / "buurtkijker_eindhoven_2.gpkg")]
    assert len(style_store.stored_styles(second)) == 2  # leefbaarheid and the overall score
    assert QgsSettings().value(SETTINGS + RESULTS_FOLDER) == str(folder)
    # the change, scenario and vulnerability actions save in the same folder, unasked (their runs: test_dock_*.py)
    assert dock.default_output("buurtkijker_scenario", ["Woensel"]) == str(folder / "buurtkijker_scenario_woensel.gpkg")
    assert len(asked) == 1
    QgsProject.instance().setFileName(str(tmp_path / "wijkvisie" / "project.qgz"))
    (tmp_path / "wijkvisie").mkdir()
    assert dock.default_output() == str(tmp_path / "wijkvisie" / "buurtkijker_eindhoven.gpkg")  # the project wins
    assert len(asked) == 1


def test_cancelled_folder_question_gives_a_temporary_layer_with_a_warning(dock, monkeypatch):
    monkeypatch.setattr(dock, "zoom_to", lambda layer: None)
    asked, messages = [], []
    dock.ask_results_folder = lambda start="": asked.append(start) or ""
    monkeypatch.setattr(dock, "message", lambda text, level=Qgis.MessageLevel.Info: messages.append((text, level)))
    dock.open_file(str(EINDHOVEN))
    dock.theme_tree.set_checked({"leefbaarheid"})
    for _ in range(2):
        result = run_and_wait(dock)
        assert result is not None and result.providerType() == "memory"
    assert len(asked) == 1  # not asked again after Cancel
    warnings = [text for text, level in messages if level == Qgis.MessageLevel.Warning]
    assert len(warnings) == 2 and all("lost when QGIS closes" in text for text in warnings)
    assert QgsSettings().value(SETTINGS + RESULTS_FOLDER) in (None, "")


def test_export_button_through_the_dialog(dock, tmp_path, monkeypatch):
    """Kaart exporteren... (gui/export_action.py): what the dialog is answered decides what is written, an A4 map
    of the current theme in the project's layouts, or the HTML page; Cancel writes nothing."""
    from qgis.PyQt.QtWidgets import QDialog
    from buurtkijker_plugin.gui import export_dialog
    monkeypatch.setattr(dock, "zoom_to", lambda layer: None)
    dock.open_file(str(EINDHOVEN))
    dock.theme_tree.set_checked({"leefbaarheid", "wonen"})
    run_and_wait(dock)
    answers = []

    def answer(self):
        template, name = answers.pop(0)
        if template is None:
            return QDialog.DialogCode.Rejected
        self.template.setCurrentIndex(self.template.findData(template))
        self.file.setFilePath(str(tmp_path / name))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", answer)
    answers.append(("a4_landscape", "kaart.pdf"))
    dock.export_button.click()  # the button as the user presses it
    manager = QgsProject.instance().layoutManager()
    assert (tmp_path / "kaart.pdf").exists() and len(manager.printLayouts()) == 1 and not answers
    answers.append((None, ""))
    assert dock.open_export() == [] and len(manager.printLayouts()) == 1
    answers.append((export_dialog.HTML, "buurtkaart"))
    (page,) = dock.open_export()
    assert page == str(tmp_path / "buurtkaart.html") and "Vredeoord" in (tmp_path / "buurtkaart.html").read_text()
