"""The dock's 'Extra bronnen': adding the RIVM file makes sociale veerkracht computable, shows each indicator's
source and year, and the run joins it (SOURCES/YEARS reach computeindices)."""

from qgis.core import QgsProject, QgsVectorLayer

from buurtkijker_plugin.gui.theme_tree import INDICATOR_ROLE, THEME_ROLE
from tests.conftest import EINDHOVEN, LBM_AMSTELVEEN, RIVM
from tests.qgis.test_dock import dock, run_and_wait  # noqa: F401,F811  (the dock fixture)


def tree_row(dock, theme_id, indicator):  # noqa: F811 - the fixture's name
    for top in dock.theme_tree.theme_items():
        if top.data(0, THEME_ROLE) == theme_id:
            for k in range(top.childCount()):
                if top.child(k).data(0, INDICATOR_ROLE) == indicator:
                    return top.child(k)
    raise KeyError(indicator)


def py(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def test_extra_source_file_makes_sociale_veerkracht_computable(dock):  # noqa: F811
    dock.open_file(str(EINDHOVEN))
    assert "sociale_veerkracht" not in dock.theme_tree.checked_ids()
    assert "\u00b7 CBS 2024" in tree_row(dock, "wonen", "woz").text(0)
    assert dock.add_source_file(str(RIVM))
    assert "sociale_veerkracht" in dock.theme_tree.checked_ids()
    row = tree_row(dock, "sociale_veerkracht", "eenzaam")
    assert row.text(0).endswith("\u00b7 RIVM 2020") and "RIVM Gezondheidsmonitor 2020" in row.toolTip(0)
    assert dock.parameters()["SOURCES"] == [str(RIVM)]
    # a year from the Jaren box is shown, and forgotten when the box is emptied
    dock.years_edit.setText("rivm=2021")
    dock.refresh_sources()
    assert tree_row(dock, "sociale_veerkracht", "eenzaam").text(0).endswith("RIVM 2021")
    assert dock.parameters()["YEARS"] == "rivm=2021"
    dock.years_edit.setText("")
    dock.refresh_sources()
    assert tree_row(dock, "sociale_veerkracht", "eenzaam").text(0).endswith("RIVM 2020")
    dock.theme_tree.set_checked({"sociale_veerkracht"})
    layer = run_and_wait(dock)
    values = [py(f["bk_sociale_veerkracht"]) for f in layer.getFeatures()]
    assert sum(v is not None for v in values) >= 100
    assert all("eenzaam:2020" in f["bk_years"] for f in layer.getFeatures() if py(f["eenzaam"]) is not None)
    # removing it makes the theme unavailable again
    dock.sources_list.item(0).setSelected(True)
    dock.remove_selected_sources()
    assert dock.source_values() == [] and "sociale_veerkracht" not in dock.theme_tree.checked_ids()


def test_extra_source_layer_and_a_bad_source(dock):  # noqa: F811
    dock.open_file(str(EINDHOVEN))
    rivm = QgsVectorLayer(str(RIVM), "gezondheid_2020", "ogr")
    QgsProject.instance().addMapLayer(rivm)
    assert dock.add_source_layer(rivm)
    assert dock.parameters()["SOURCES"] == [rivm.id()]
    assert "sociale_veerkracht" in dock.theme_tree.checked_ids()
    assert not dock.add_source_file(str(LBM_AMSTELVEEN))  # a wijk-level file: refused, and said why
    assert "wijk-level" in dock.status.text() or "wijk" in dock.status.text()


def test_the_rivm_65_plus_table_is_a_source_of_its_own(dock, tmp_path):  # noqa: F811
    """Added next to the 18+ file it no longer blocks every source (issue 25): both join, the 18+ indicators keep
    their figures, and a theme that names a 65+ indicator shows it as 'RIVM 65+' with its own label."""
    from tests.conftest import RIVM_65, THEMES
    import json
    dock.open_file(str(EINDHOVEN))
    assert dock.add_source_file(str(RIVM))
    assert dock.add_source_file(str(RIVM_65))
    assert "sociale_veerkracht" in dock.theme_tree.checked_ids()
    assert tree_row(dock, "sociale_veerkracht", "eenzaam").text(0).endswith("\u00b7 RIVM 2020")
    data = json.loads(THEMES.read_text(encoding="utf-8"))
    data["themes"] = [{"id": "ouderen", "name": {"nl": "Ouderen", "en": "Older people"},
                       "indicators": [{"indicator": "eenzaam_65", "direction": "higher_is_worse", "weight": 1},
                                      {"indicator": "moeite_rondkomen_65", "direction": "higher_is_worse",
                                       "weight": 1}]}]
    own = tmp_path / "ouderen.json"
    own.write_text(json.dumps(data), encoding="utf-8")
    dock.load_theme_file(str(own))
    row = tree_row(dock, "ouderen", "eenzaam_65")
    assert row.text(0) == "Eenzaam (65+) \u00b7 RIVM 65+ 2020", row.text(0)
    assert "RIVM Gezondheidsmonitor 65+ 2020" in row.toolTip(0)


def test_buurtgrenzen_van_andere_jaren_carry_rivm_onto_amsterdam(dock, tmp_path):  # noqa: F811
    """Issue 21: the dock's 'Buurtgrenzen van andere jaren' reaches computeindices as BOUNDARIES; Amsterdam's
    renumbered 2024 buurten get the RIVM 2020 figures through the 2019 polygons."""
    from tests.qgis.test_boundaries import POLYGONS_2019, three_gemeenten_layer
    dock.open_file(str(three_gemeenten_layer(tmp_path / "drie_gemeenten_2024.gpkg")))
    dock.add_source_file(str(RIVM))
    old = QgsVectorLayer(str(POLYGONS_2019), "buurten_2019", "ogr")
    QgsProject.instance().addMapLayer(old)
    try:
        dock.sources_panel.boundaries_combo.setLayer(old)
        assert dock.parameters()["BOUNDARIES"] in (old.id(), [old.id()])
        dock.theme_tree.set_checked({"sociale_veerkracht"})
        layer = run_and_wait(dock)
        amsterdam = [f for f in layer.getFeatures()
                     if f["gemeentecode"] == "GM0363" and (py(f["inwoners"]) or 0) >= 50]
        carried = [f for f in amsterdam if "eenzaam:2020 (buurtgrenzen 2019" in (py(f["bk_years"]) or "")]
        assert len(carried) >= 0.95 * len(amsterdam)
    finally:
        dock.sources_panel.boundaries_combo.setLayer(None)
        QgsProject.instance().removeMapLayer(old.id())
