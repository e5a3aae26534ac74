"""The dock's vulnerability x nuisance action on Eindhoven 2024 with the RIVM 2020 file as extra source."""

from qgis.PyQt.QtGui import QColor

from buurtkijker_plugin.core import bivariate
from buurtkijker_plugin.gui import bivariate_action
from buurtkijker_plugin.qgis_io import style_store
from tests.conftest import EINDHOVEN, RIVM
from tests.qgis.test_dock import dock, wait_for  # noqa: F401 - the dock fixture


def test_bivariate_from_the_dock(dock, tmp_path):  # noqa: F811
    dock.ask_results_folder = lambda start="": str(tmp_path)  # the project is not saved: results go here
    assert dock.open_file(str(EINDHOVEN)) is not None
    assert dock.add_source_file(str(RIVM))
    job = bivariate_action.start(dock)
    wait_for(lambda: not job.running)
    layer = dock.bivariate_layer
    assert len(layer.renderer().ranges()) == 10
    assert style_store.geopackage_of(layer) == str(tmp_path / "buurtkijker_kwetsbaarheid_overlast_eindhoven.gpkg")
    assert style_store.stored_styles(layer) == [layer.styleManager().currentStyle()]  # its 3 x 3 map travels
    attention = job.results["ATTENTION"].split(",")
    assert len(attention) >= 5 and "Vredeoord" in dock.status.text()
    # the legend square in the dock: the nine colours where the layout puts them (vulnerability to the right,
    # nuisance upwards)
    image = dock.bivariate_legend.pixmap().toImage()
    cell, left, top = bivariate_action.CELL, 26, 4
    for v in (1, 2, 3):
        for n in (1, 2, 3):
            x, y = left + (v - 1) * cell + cell // 2, top + (3 - n) * cell + cell // 2
            assert QColor(image.pixel(x, y)).getRgb()[:3] == bivariate.COLOURS[v - 1][n - 1]
