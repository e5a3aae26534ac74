"""Drive the dock as a user would: choose data and gemeente, tick themes, run in the background, read the map."""

import time

import pytest
from qgis.core import (QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,
                       QgsGraduatedSymbolRenderer, QgsProject)
from qgis.PyQt.QtCore import QCoreApplication, Qt

from buurtkijker_plugin.gui.dock import BuurtKijkerDock
from buurtkijker_plugin.qgis_io.symbology import NO_DATA
from tests.conftest import EINDHOVEN

WORDS = ("ruim onder gemiddeld", "onder gemiddeld", "gemiddeld", "boven gemiddeld", "ruim boven gemiddeld")


@pytest.fixture()
def dock(qgis_iface, recording, provider, qgis_new_project):
    QgsProject.instance().clear()
    widget = BuurtKijkerDock(qgis_iface)
    widget.language = "nl"
    yield widget
    widget.close_down()
    wait_for(lambda: widget.job is None or not widget.job.running)
    widget.deleteLater()
    QgsProject.instance().clear()


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
    assert set(dock.theme_tree.checked_ids()) == {"leefbaarheid", "gezondheid", "veiligheid", "wonen",
                                                  "voorzieningen", "demografie"}
    dock.theme_tree.set_checked({"leefbaarheid", "veiligheid"})
    dock.theme_tree.set_weight("leefbaarheid", "woz", 2)
    result = run_and_wait(dock)
    assert result is not None and result.featureCount() == 116
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name() == "BuurtKijker - Eindhoven - 2024"
    assert [n.layer() for n in group.children()] == [result]
    styles = result.styleManager().styles()
    assert {"Leefbaarheid", "Veiligheid"} <= set(styles) and len(styles) >= 3
    renderer = result.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == 'coalesce("bk_leefbaarheid", {})'.format(NO_DATA)
    labels = [r.label() for r in renderer.ranges()]
    assert len(labels) == 6 and labels[-1] == "geen gegevens"
    assert all(label.split(" (")[0] in WORDS for label in labels[:-1])
    assert labels[0].startswith(("ruim onder", "onder")) and labels[-2].startswith(("ruim boven", "boven"))
    tip = result.mapTipTemplate()
    feature = next(f for f in result.getFeatures() if f["code"] == "BU07725460")  # Bokt
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(result))
    context.setFeature(feature)
    text = QgsExpression.replaceExpressionText(tip, context)
    assert "Bokt" in text and "Gemiddelde WOZ-waarde: 651" in text and "[%" not in text
    assert any(word in text for word in WORDS)
    dock.map_theme_combo.setCurrentText("Veiligheid")
    assert result.renderer().classAttribute().startswith('coalesce("bk_veiligheid"')
    assert result.name() == "Veiligheid"
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
    assert gemeente_rows(dock)[0].checkState() == Qt.Unchecked
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
