"""The dock's "Verandering..." action on real files: Hengelo's 2016-19 map (the dock's layer) against the CBS 2017
income table, by code, in the background."""

from qgis.core import QgsProject

from buurtkijker_plugin.core import change
from buurtkijker_plugin.gui import change_action
from buurtkijker_plugin.qgis_io import style_store
from tests.conftest import REAL
from tests.qgis.test_dock import dock, wait_for  # noqa: F401 - the dock fixture

HENGELO_2019 = REAL / "cbs_buurten_2019_hengelo" / "cbs_buurten_2019_hengelo.gpkg"
INCOME_2017 = REAL / "cbs_kwb_2017_buurt_income_nl_subset" / "cbs_kwb_2017_83765NED_buurten_income_subset.csv"


def test_change_from_the_dock(dock, tmp_path):  # noqa: F811
    dock.ask_results_folder = lambda start="": str(tmp_path)  # the project is not saved: results go here
    assert dock.open_file(str(HENGELO_2019)) is not None
    job = change_action.start(dock, str(INCOME_2017))
    assert job is not None
    wait_for(lambda: not job.running)
    layer = dock.change_layer
    assert change_action.is_change_layer(layer) and layer.id() in QgsProject.instance().mapLayers()
    assert job.results["MATCHED"] == 42  # Hengelo's codes in the 2017 subset
    assert layer.styleManager().currentStyle().endswith(": verandering")
    labels = [r.label() for r in layer.renderer().ranges()]
    assert any(label.startswith(change.word(0, context=True)) for label in labels)
    assert "42 buurten" in dock.status.text()
    names = layer.fields().names()  # the later year's level beside the change (LEVELS): profiles can show both
    assert {"bk_total", "bk_wonen_class", "bk_demografie_change_class"} <= set(names)
    # a GeoPackage in the results folder that keeps its change maps, the one shown as its default
    assert style_store.geopackage_of(layer) == str(tmp_path / "buurtkijker_verandering_hengelo.gpkg")
    stored = style_store.stored_styles(layer)
    assert layer.styleManager().currentStyle() in stored and all(n.endswith(": verandering") for n in stored)
