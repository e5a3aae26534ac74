"""buurtkijker:vulnerabilitynuisance on Eindhoven 2024 + RIVM 2020, its map, 3 x 3 legend square and A4 layout."""

import csv

from qgis.core import QgsProject, QgsVectorLayer

from buurtkijker_plugin.core import bivariate
from tests.conftest import EINDHOVEN, RIVM


def test_bivariate_algorithm_map_and_layout(provider, tmp_path):
    import processing
    from buurtkijker_plugin.qgis_io import bivariate as qbivariate, layouts
    out, listing = tmp_path / "veerkracht.gpkg", tmp_path / "aandacht.csv"
    result = processing.run("buurtkijker:vulnerabilitynuisance", {
        "INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)], "OUTPUT": str(out), "LIST": str(listing)})
    layer = QgsVectorLayer(result["OUTPUT"], "veerkracht")
    assert layer.isValid() and layer.featureCount() == 116 and not result["RISING"]
    attention = result["ATTENTION"].split(",")
    assert len(attention) >= 5
    with open(listing, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {r["code"] for r in rows} == set(attention)
    for feature in layer.getFeatures():  # the flag is exactly the high/high cell
        cell = feature["bk_bivariaat"]
        assert (feature["code"] in attention) == (cell == 9)

    style = qbivariate.style_layer(layer, "nl")
    categories = layer.renderer().ranges()
    assert len(categories) == 10 and categories[8].label().startswith("Kwetsbaarheid hoog, overlast hoog")
    assert categories[0].symbol().color().name() == "#{:02x}{:02x}{:02x}".format(*bivariate.colour(1))
    assert style in layer.styleManager().styles()

    project = QgsProject.instance()
    project.addMapLayer(layer)
    names = [f["naam"] for f in layer.getFeatures() if f["code"] in attention]
    layout = qbivariate.bivariate_layout(layer, project, "nl", names)
    cells = [layout.itemById("bivariate_legend_{}{}".format(v, n)) for v in (1, 2, 3) for n in (1, 2, 3)]
    assert all(c is not None for c in cells) and layout.itemById("legend") is None
    # a real square: nine equal cells side by side, high vulnerability to the right, high nuisance on top
    xs = sorted({round(c.positionWithUnits().x(), 2) for c in cells})
    ys = sorted({round(c.positionWithUnits().y(), 2) for c in cells})
    assert len(xs) == len(ys) == 3 and xs[1] - xs[0] == ys[1] - ys[0] == cells[0].sizeWithUnits().width()
    top_right = layout.itemById("bivariate_legend_33")
    assert round(top_right.positionWithUnits().x(), 2) == xs[2] and round(top_right.positionWithUnits().y(), 2) == ys[0]
    png = tmp_path / "veerkracht.png"
    layouts.export(layout, png, dpi=80)
    assert png.stat().st_size > 20000
    del layout, cells, top_right  # the layout's items before the layer they draw
    project.removeMapLayer(layer.id())
    project.clear()  # its map themes and layer styles too: nothing left for the next test
