"""Issue 25: a scenario starts from the run the user sees. On Eindhoven 2024 with the RIVM 2020 file as an extra
source, the scenario's today equals computeindices' scores (within 0.05) for every buurt and theme, a RIVM indicator
can be changed by its Dutch label, and a scenario that changes nothing is refused instead of giving an empty layer:
from Processing, from qgis_process and from the dock."""

import os
import shutil
import subprocess

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import EINDHOVEN, RIVM, ROOT
from tests.qgis.test_dock import dock, wait_for  # noqa: F401 - the dock fixture

WOENSEL_WEST = "BU07724210"
LABEL = "Moeite met rondkomen (18+)"  # as the dock's theme tree shows moeite_rondkomen


def values(path):
    layer = QgsVectorLayer(str(path), "out")
    names = layer.fields().names()
    out = {}
    for f in layer.getFeatures():
        out[f["code"]] = {n: f[n] for n in names if n.startswith("bk_") and isinstance(f[n], float)}
    return out


def assert_today_equals_the_map(scenario_path, indices_path):
    today, mapped = values(scenario_path), values(indices_path)
    assert set(today) == set(mapped)
    compared = 0
    for code, row in today.items():
        for name, value in row.items():
            if name.count("_") == 1 or name == "bk_total":  # bk_<theme> and bk_total: today's score
                if name in mapped[code]:
                    assert abs(value - mapped[code][name]) <= 0.05, (code, name, value, mapped[code][name])
                    compared += 1
    assert compared > 500
    assert today[WOENSEL_WEST]["bk_leefbaarheid_diff"] > 0.5  # less difficulty making ends meet: better


def changes_file(tmp_path, indicator=LABEL, code=WOENSEL_WEST):
    path = tmp_path / "scenario.csv"
    path.write_text("code;indicator;value;delta\n{};{};;-10\n".format(code, indicator), encoding="utf-8")
    return path


def test_scenario_today_equals_computeindices_with_rivm(provider, tmp_path):
    import processing
    mapped, out = tmp_path / "indices.gpkg", tmp_path / "scenario.gpkg"
    common = {"INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)], "METHOD": "zscore", "REFERENCE": "selection"}
    processing.run("buurtkijker:computeindices", dict(common, OUTPUT=str(mapped)))
    result = processing.run("buurtkijker:scenario", dict(common, CHANGES=str(changes_file(tmp_path)),
                                                         NAME="Rondkomen", OUTPUT=str(out)))
    assert result["APPLIED"] == 1
    assert_today_equals_the_map(out, mapped)
    with pytest.raises(QgsProcessingException, match="changes nothing"):
        processing.run("buurtkijker:scenario", dict(common, CHANGES=str(changes_file(tmp_path, "geen_indicator")),
                                                    OUTPUT=str(tmp_path / "leeg.gpkg")))
    assert not (tmp_path / "leeg.gpkg").exists()


@pytest.mark.skipif(shutil.which("qgis_process.bin") is None, reason="qgis_process.bin not installed")
def test_scenario_from_qgis_process(provider, tmp_path):
    import processing
    profile = tmp_path / "profile"
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(profile / "profiles" / "default")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    mapped, out = tmp_path / "indices.gpkg", tmp_path / "scenario.gpkg"
    processing.run("buurtkijker:computeindices", {"INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)],
                                                  "OUTPUT": str(mapped)})
    proc = subprocess.run(["qgis_process.bin", "run", "buurtkijker:scenario", "--", "INPUT={}".format(EINDHOVEN),
                           "SOURCES={}".format(RIVM), "CHANGES={}".format(changes_file(tmp_path)),
                           "METHOD=zscore", "OUTPUT={}".format(out)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert_today_equals_the_map(out, mapped)


def test_scenario_from_the_dock_starts_from_its_run(dock, tmp_path):  # noqa: F811
    """The dock's layer, extra sources and edited weights reach the scenario: its today is the dock's map."""
    from buurtkijker_plugin.core import scenario
    from buurtkijker_plugin.gui import scenario_action
    from tests.qgis.test_dock import run_and_wait
    dock.ask_results_folder = lambda start="": str(tmp_path)
    dock.open_file(str(EINDHOVEN))
    assert dock.add_source_file(str(RIVM))
    dock.theme_tree.set_checked(set(dock.theme_tree.checked_ids()) | {"sociale_veerkracht"})
    mapped = run_and_wait(dock)
    assert mapped is not None
    job = scenario_action.start(dock, "Rondkomen", [scenario.Change(WOENSEL_WEST, LABEL, None, -10.0)])
    wait_for(lambda: not job.running)
    assert job.results["APPLIED"] == 1
    assert_today_equals_the_map(dock.scenario_layer.source().split("|")[0], mapped.source().split("|")[0])
    from qgis.core import QgsProject
    top = QgsProject.instance().layerTreeRoot().children()[0]  # on top of the result group, and shown
    assert top.layer() is dock.scenario_layer and top.isVisible()
    assert dock.scenario_layer.mapTipTemplate() and dock.export_button.isEnabled()
    assert any(key == "total" for _, _, key in dock.result_maps())  # Kaart exporteren offers its map
    shown = dock.scenario_layer.styleManager().currentStyle()
    written = dock.export_results([(dock.scenario_layer.id(), "leefbaarheid")], str(tmp_path / "wat_als.pdf"),
                                  many=False)
    text = " ".join(subprocess.run(["pdftotext", written[0], "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Scenario Rondkomen" in text and "Woensel-West: Moeite met rondkomen (18+)" in text
    assert "geen verschil" in text
    assert dock.scenario_layer.styleManager().currentStyle() == shown  # printing leaves the shown map as it is


def test_a_long_status_wraps_instead_of_widening_the_dock(dock):  # noqa: F811
    """A status of internal ids without spaces (the change's left-out list) made the dock 1,336 px wide."""
    from buurtkijker_plugin.gui import bivariate_action
    dock.resize(320, 700)
    dock.show()
    before = dock.body.minimumSizeHint().width()
    dock.set_status("Left out: " + ",".join("p_indicator_{}".format(i) for i in range(60)),
                    [",".join("bk_theme_{}_change_class".format(i) for i in range(40))])
    dock.details_button.setChecked(True)
    assert dock.body.minimumSizeHint().width() <= max(before, 320)
    pixmap = bivariate_action.legend_pixmap("nl")
    assert pixmap.width() <= 240  # the 3 x 3 square with its words fits a narrow dock
    dock.hide()
