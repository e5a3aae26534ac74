"""The attention list of vulnerabilitynuisance (high vulnerability and rising or high nuisance) in the comparison
window, on real data (Eindhoven 2024 + RIVM 2020): 'Choose attention buurten' ticks exactly those buurten, from
the map in the project or from the LIST CSV, and the CSV export says per buurt whether it is on the list."""

import pandas as pd
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from buurtkijker_plugin.core import bivariate, compare, themes
from buurtkijker_plugin.paths import THEMES_FILE
from tests.conftest import EINDHOVEN, RIVM


@pytest.fixture()
def attention_run(provider, tmp_path):
    import processing
    listing = tmp_path / "aandacht.csv"
    result = processing.run("buurtkijker:vulnerabilitynuisance", {
        "INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)], "OUTPUT": str(tmp_path / "veerkracht.gpkg"),
        "LIST": str(listing)})
    return result, listing


def dialog_for(eindhoven_indices, **kwargs):
    from buurtkijker_plugin.gui.compare_dialog import CompareDialog
    from buurtkijker_plugin.qgis_io import layers
    frame = layers.indexed_frame(QgsVectorLayer(str(eindhoven_indices), "idx"))
    return CompareDialog(frame, themes.load_themes(THEMES_FILE), (), None, "nl", **kwargs), frame


def test_attention_from_the_map_in_the_project(qgis_iface, eindhoven_indices, attention_run, tmp_path):
    result, listing = attention_run
    attention = result["ATTENTION"].split(",")
    layer = QgsVectorLayer(result["OUTPUT"], "veerkracht")
    project = QgsProject.instance()
    project.addMapLayer(layer)
    try:
        dialog, frame = dialog_for(eindhoven_indices)
    finally:
        project.removeMapLayer(layer.id())
    assert sorted(dialog.attention) == sorted(attention)
    assert not dialog.checked_codes() and dialog.comparison is None
    dialog.attention_button.click()  # known list: no file dialog
    assert sorted(dialog.checked_codes()) == sorted(attention)
    assert sorted(dialog.comparison.codes) == sorted(attention)
    assert "{} buurten".format(len(attention)) in dialog.status.text()
    bold = [dialog.buurt_list.item(r) for r in range(dialog.buurt_list.count())
            if dialog.buurt_list.item(r).font().bold()]
    assert sorted(i.data(Qt.ItemDataRole.UserRole) for i in bold) == sorted(attention)

    # one other buurt ticked too: the CSV's last row says who is on the list
    other = next(c for c in frame["code"] if c not in attention)
    for r in range(dialog.buurt_list.count()):
        item = dialog.buurt_list.item(r)
        if item.data(Qt.ItemDataRole.UserRole) == other:
            item.setCheckState(Qt.CheckState.Checked)
    path = dialog.save_csv(str(tmp_path / "vergelijking.csv"))
    read = pd.read_csv(path, sep=";", decimal=",", dtype={"soort": str})
    last = read.iloc[-1]
    assert last["soort"] == "attention" and last["id"] == "bk_aandacht"
    titles = dialog.comparison.column_titles()
    assert last[titles[other]] == "nee"
    assert all(last[titles[c]] == "ja" for c in attention)
    assert pd.isna(last["Gemiddelde Eindhoven"])
    # the numbers above are written with a decimal comma, rounded as before (Excel reads each cell; pandas reads
    # the buurt columns as text because of the ja / nee row)
    scores = read[read["soort"] == "score"]
    total = float(scores.loc[scores["id"] == "total", titles[other]].iloc[0].replace(",", "."))
    assert total == pytest.approx(frame.set_index("code").at[other, "bk_total"], abs=0.005)
    dialog.close()


def test_attention_from_the_list_csv(qgis_iface, eindhoven_indices, attention_run, tmp_path):
    result, listing = attention_run
    attention = result["ATTENTION"].split(",")
    dialog, _ = dialog_for(eindhoven_indices)
    assert dialog.attention is None  # no bk_aandacht in the layer, no map in the project
    assert dialog.comparison is None
    assert dialog.load_attention_list(str(listing))
    assert sorted(dialog.tick_attention()) == sorted(attention)
    table = compare.export_table(dialog.comparison, ",", dialog.attention)
    assert table.iloc[-1]["omschrijving"].startswith("Op de aandachtslijst")
    # an unreadable list says so in the window, the choice stays
    bad = tmp_path / "leeg.csv"
    bad.write_text("naam;score\nStrijp;3\n", encoding="utf-8")
    assert not dialog.load_attention_list(str(bad))
    assert "code" in dialog.status.text()
    dialog.close()


def test_read_attention_list_forms(tmp_path):
    semicolon = tmp_path / "a.csv"
    semicolon.write_text("code;naam;gemeentenaam\nBU07721110;Binnenstad;Eindhoven\n", encoding="utf-8")
    comma = tmp_path / "b.csv"
    comma.write_text("buurtcode,naam\nBU07721110,Binnenstad\nBU07724210,Woensel-West\n", encoding="utf-8-sig")
    plain = tmp_path / "c.txt"
    plain.write_text("BU07721110\nBU07724210\n", encoding="utf-8")
    assert bivariate.read_attention_list(semicolon) == ["BU07721110"]
    assert bivariate.read_attention_list(comma) == ["BU07721110", "BU07724210"]
    assert bivariate.read_attention_list(plain) == ["BU07721110", "BU07724210"]
    assert bivariate.attention_codes(pd.DataFrame({"code": ["A", "B"], "bk_aandacht": [1, 0]})) == ["A"]
    assert bivariate.attention_codes(pd.DataFrame({"code": ["A"]})) is None
