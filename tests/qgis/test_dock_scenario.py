"""The dock's "Wat als..." action on Eindhoven 2024: a named scenario saved in the project, its difference map, and
deleting it undoes it."""

from qgis.core import QgsProject

from buurtkijker_plugin.core import scenario
from buurtkijker_plugin.gui import scenario_action
from buurtkijker_plugin.qgis_io import scenario_store, style_store
from tests.conftest import EINDHOVEN
from tests.qgis.test_dock import dock, wait_for  # noqa: F401 - the dock fixture

WOENSEL_WEST = "BU07724210"


def test_scenario_from_the_dock_saved_and_undone(dock, tmp_path):  # noqa: F811
    dock.ask_results_folder = lambda start="": str(tmp_path)  # the project is not saved: results go here
    source = dock.open_file(str(EINDHOVEN))
    dialog = scenario_action.ScenarioDialog([WOENSEL_WEST])
    dialog.table.item(0, 1).setText("misdrijven_per_km2")
    dialog.table.item(0, 2).setText("gemiddelde")
    dialog.add_row(WOENSEL_WEST, "woz", None, "30")
    changes = dialog.changes()
    assert changes == [scenario.Change(WOENSEL_WEST, "misdrijven_per_km2", "average"),
                       scenario.Change(WOENSEL_WEST, "woz", None, 30.0)]
    job = scenario_action.start(dock, "Woensel-West veiliger", changes)
    wait_for(lambda: not job.running)
    layer = dock.scenario_layer
    project = QgsProject.instance()
    assert layer.id() in project.mapLayers() and job.results["APPLIED"] == 2
    assert scenario_store.names() == ["Woensel-West veiliger"]
    assert scenario_store.load("Woensel-West veiliger") == changes
    diffs = {f["code"]: f["bk_total_diff"] for f in layer.getFeatures()}
    assert diffs[WOENSEL_WEST] > 0.5
    assert all(abs(v) < 1e-9 for code, v in diffs.items()
               if code != WOENSEL_WEST and v is not None and not (hasattr(v, "isNull") and v.isNull()))
    assert [r.label() for r in layer.renderer().ranges()][3] == "geen verschil"
    # a GeoPackage in the results folder that keeps its difference map
    assert style_store.geopackage_of(layer) == str(tmp_path / "buurtkijker_scenario_woensel_west_veiliger.gpkg")
    assert style_store.stored_styles(layer) == [layer.name()]
    assert source.id() in project.mapLayers()  # the source layer is untouched and stays
    layer_id = layer.id()
    del layer
    scenario_store.delete("Woensel-West veiliger")
    assert scenario_store.names() == [] and scenario_store.load("Woensel-West veiliger") == []
    assert layer_id not in project.mapLayers() and source.id() in project.mapLayers()
