"""buurtkijker:computechange through processing.run on real files: Hengelo 2016-2019 (PDOK map) against the
national CBS 2024 table (no geometry: the map's polygons are used)."""

import hashlib
import shutil

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from buurtkijker_plugin.core import change
from tests.conftest import NL_TABLE, REAL

HENGELO_2019 = REAL / "cbs_buurten_2019_hengelo" / "cbs_buurten_2019_hengelo.gpkg"


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture()
def hengelo_change(provider, tmp_path):
    import processing
    before = digest(NL_TABLE)
    result = processing.run("buurtkijker:computechange", {
        "BEFORE": str(HENGELO_2019), "AFTER": str(NL_TABLE), "GEMEENTE": "GM0164",
        "OUTPUT": str(tmp_path / "change.gpkg")})
    assert digest(NL_TABLE) == before
    return result


def test_change_layer_fields_and_map(hengelo_change):
    from buurtkijker_plugin.qgis_io import change_style
    layer = QgsVectorLayer(hengelo_change["OUTPUT"], "change")
    assert layer.isValid() and layer.featureCount() == 62
    assert layer.geometryType() == 2  # polygons from the 2019 map: the 2024 table has none
    names = layer.fields().names()
    for required in ("code", "bk_wonen_change", "bk_wonen_change_class", "bk_wonen_before", "bk_wonen_after",
                     "bk_wonen_change_sd", "bk_change_run"):
        assert required in names
    assert hengelo_change["MATCHED"] == 62 and hengelo_change["ONLY_BEFORE"] == 0
    assert "p_leegstand" in hengelo_change["LEFT_OUT"].split(",")
    classes = {}
    for feature in layer.getFeatures():
        value = feature["bk_wonen_change_class"]
        if value is not None and not (hasattr(value, "isNull") and value.isNull()):
            classes[int(value)] = classes.get(int(value), 0) + 1
            delta = feature["bk_wonen_change"]
            assert (delta > 0) == (int(value) == 1) or int(value) == 0
    assert classes.get(1, 0) > 35
    style = change_style.add_change_styles(layer, [], "nl")
    assert style is None  # no themes given: only the total could be styled, and Hengelo has no total here
    from buurtkijker_plugin.core import themes
    from tests.conftest import THEMES
    style = change_style.add_change_styles(layer, themes.load_themes(THEMES), "nl")
    assert style.startswith("Wonen")
    labels = [c.label() for c in layer.renderer().ranges()]
    assert labels[0].startswith(change.word(-1)) and labels[1].startswith(change.word(0))
    assert labels[2] == "{} ({})".format(change.word(1), classes[1]) and labels[3] == "geen vergelijking"


def test_change_layout(hengelo_change, tmp_path):
    """An A4 layout of the wonen change: the legend in the change words, exported."""
    from qgis.core import QgsProject
    from buurtkijker_plugin.core import themes
    from buurtkijker_plugin.qgis_io import change_style, layouts
    from tests.conftest import THEMES
    layer = QgsVectorLayer(hengelo_change["OUTPUT"], "change")
    project = QgsProject.instance()
    project.addMapLayer(layer)
    wonen = next(t for t in themes.load_themes(THEMES) if t.id == "wonen")
    layout = change_style.change_layout(layer, wonen, project, "nl")
    legend = layout.itemById("legend")
    labels = [legend.model().data(legend.model().index(i, 0, legend.model().index(0, 0)), 0)
              for i in range(legend.model().rowCount(legend.model().index(0, 0)))]
    assert any(str(label).startswith("verbeterd") for label in labels)
    pdf = tmp_path / "wonen_verandering.pdf"
    layouts.export(layout, pdf)
    assert pdf.stat().st_size > 10000
    del layout, legend
    project.removeMapLayer(layer.id())
    project.clear()  # its map themes and layer styles too: nothing left for the next test


def test_scenario_algorithm_on_eindhoven(provider, tmp_path):
    """buurtkijker:scenario: Woensel-West at the reference average on every indicator scores 100 on each theme;
    the others keep computeindices' scores; the GeoPackage is unchanged."""
    import processing
    from buurtkijker_plugin.core import indices, sources, themes
    from tests.conftest import EINDHOVEN, THEMES
    table = sources.load_table(EINDHOVEN)
    now = indices.compute(table, themes.load_themes(THEMES))
    used = sorted({i for r in now.reports.values() for i in r.used})
    changes = tmp_path / "wat_als.csv"
    changes.write_text("code;indicator;waarde\n" + "".join("BU07724210;{};gemiddelde\n".format(u) for u in used),
                       encoding="utf-8")
    before = digest(EINDHOVEN)
    result = processing.run("buurtkijker:scenario", {"INPUT": str(EINDHOVEN), "CHANGES": str(changes),
                                                     "OUTPUT": str(tmp_path / "scenario.gpkg")})
    assert digest(EINDHOVEN) == before
    assert result["CHANGED"] == 1 and result["APPLIED"] == len(used) and result["SKIPPED"] == 0
    layer = QgsVectorLayer(result["OUTPUT"], "scenario")
    assert layer.featureCount() == 116
    expected = dict(zip(table.data.loc[now.scores.index, "code"], now.scores["bk_leefbaarheid"]))
    for feature in layer.getFeatures():
        value = feature["bk_leefbaarheid_scenario"]
        if feature["code"] == "BU07724210":
            assert abs(value - 100) <= 1
            assert feature["bk_leefbaarheid_diff"] == pytest.approx(value - expected[feature["code"]])
        elif value is not None and not (hasattr(value, "isNull") and value.isNull()):
            assert abs(value - expected[feature["code"]]) < 1e-9


def test_change_into_a_geopackage_from_the_2017_table(provider, tmp_path):
    """AFTER a plain GeoPackage and OUTPUT a .gpkg: computeindices' SQL/GDAL route; BEFORE the CBS 2017 income table
    (no geometry). Hengelo (2016-19 map) keeps its codes: 42 buurten of the 2017 subset are compared. Eindhoven
    redrew its buurten after 2017: no code is shared, so nothing is compared: an error that counts the codes of
    each year (none matched by its name), not an empty result."""
    import processing
    before = REAL / "cbs_kwb_2017_buurt_income_nl_subset" / "cbs_kwb_2017_83765NED_buurten_income_subset.csv"
    result = processing.run("buurtkijker:computechange", {
        "BEFORE": str(before), "AFTER": str(HENGELO_2019), "GEMEENTE": "GM0164", "THEMES": "demografie",
        "OUTPUT": str(tmp_path / "hengelo_change.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "change")
    assert layer.featureCount() == 62 and layer.geometryType() == 2
    assert result["MATCHED"] == 42 and result["ONLY_AFTER"] == 62 - 42 and result["ONLY_BEFORE"] == 0
    assert result["THEMES_COMPUTED"] == "demografie"
    words = {}
    for feature in layer.getFeatures():
        cls = feature["bk_demografie_change_class"]
        if cls is not None and not (hasattr(cls, "isNull") and cls.isNull()):
            words[int(cls)] = words.get(int(cls), 0) + 1
            assert int(cls) == 0 or (feature["bk_demografie_change"] > 0) == (int(cls) > 0)
    assert sum(words.values()) >= 35


def test_no_code_in_common_is_an_error(provider, tmp_path):
    """Own test (a refusal's traceback kept the Hengelo run's layers alive until QGIS exited: a crash at exit):
    Eindhoven redrew its buurten after 2017, no code is shared: an error, not an empty result (issue 24), that
    says to give the first year's polygons (issue 21)."""
    import processing
    from tests.conftest import EINDHOVEN
    before = REAL / "cbs_kwb_2017_buurt_income_nl_subset" / "cbs_kwb_2017_83765NED_buurten_income_subset.csv"
    counted = r"No buurt code occurs in both years \(91 only in the first, 116 only in the second\).*BOUNDARIES"
    with pytest.raises(QgsProcessingException, match=counted):
        processing.run("buurtkijker:computechange", {
            "BEFORE": str(before), "AFTER": str(EINDHOVEN), "GEMEENTE": "GM0772", "THEMES": "demografie",
            "OUTPUT": str(tmp_path / "eindhoven_change.gpkg")})
    assert not (tmp_path / "eindhoven_change.gpkg").exists()


def test_change_never_writes_over_its_input(provider, tmp_path):
    """Own test: a refusal's traceback must not keep another run's layers alive until QGIS exits."""
    import processing
    from tests.conftest import EINDHOVEN
    before = REAL / "cbs_kwb_2017_buurt_income_nl_subset" / "cbs_kwb_2017_83765NED_buurten_income_subset.csv"
    copy = tmp_path / EINDHOVEN.name  # never the real data, even for a refusal
    shutil.copy(EINDHOVEN, copy)
    with pytest.raises(QgsProcessingException, match="never overwrites"):
        processing.run("buurtkijker:computechange", {"BEFORE": str(before), "AFTER": str(copy), "OUTPUT": str(copy)})


def test_change_with_levels_beside_the_change_on_profile_and_layout(provider, tmp_path):
    """LEVELS=true: the output is also the second year's computeindices result, so the buurtprofiel shows per theme
    '97,7 (\u25b2 +13,6 verbeterd)' (level, change, the change map's word) and the theme layout counts the words."""
    import processing
    from qgis.core import QgsProject
    from buurtkijker_plugin.core import compare, themes, vocabulary
    from buurtkijker_plugin.qgis_io import layers, layouts, presentation
    from tests.conftest import THEMES
    result = processing.run("buurtkijker:computechange", {
        "BEFORE": str(HENGELO_2019), "AFTER": str(NL_TABLE), "GEMEENTE": "GM0164", "LEVELS": True,
        "OUTPUT": str(tmp_path / "change_levels.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "change")
    names = layer.fields().names()
    for required in ("bk_wonen", "bk_wonen_class", "bk_wonen_why", "bk_total", "bk_run", "woz", "bk_wonen_change",
                     "bk_wonen_change_class", "bk_change_run"):
        assert required in names
    available = themes.load_themes(THEMES)
    frame = layers.indexed_frame(layer)
    # the level is computeindices' own score of the second year
    from buurtkijker_plugin.core import indices, sources
    nl = sources.load_table(NL_TABLE)
    own = indices.compute(nl, available, nl.data["gemeentecode"] == "GM0164")
    expected = dict(zip(nl.data.loc[own.scores.index, "code"], own.scores["bk_wonen"]))
    for code, value in zip(frame["code"], frame["bk_wonen"]):
        assert value == pytest.approx(expected[code], nan_ok=True)
    codes = frame["code"].tolist()[:12]
    comparison = compare.compare(frame, codes, available, None, "nl")
    assert comparison.change_years == ("2019", "2024")
    for code in codes:
        row = frame.set_index("code").loc[code]
        line = dict(comparison.explanation_lines(code)).get("Wonen")
        if line is None:
            continue  # no wonen class this year (too few inhabitants)
        cls = None if pd.isna(row["bk_wonen_change_class"]) else int(row["bk_wonen_change_class"])
        assert line.startswith(vocabulary.level_with_change(row["bk_wonen"], row["bk_wonen_change"], cls))
        assert change.word(cls) in line
        if cls:
            assert ("\u25b2" in line) == (row["bk_wonen_change"] > 0) and ("\u25bc" in line) == (cls < 0)
    english = compare.compare(frame, codes, available, None, "en")
    assert any("improved" in t for c in codes for _, t in english.explanation_lines(c))
    presentation.add_theme_styles(layer, available, "zscore", language="nl")
    project = QgsProject.instance()
    project.addMapLayer(layer)
    improved = frame.loc[(frame["bk_wonen_change_class"] == 1) & frame["bk_wonen_class"].notna(), "code"].tolist()
    coverage, _ = layouts.profile_layers(layer, frame, improved[:3], available, None, "nl", folder=tmp_path)
    assert coverage.featureCount() == 3
    from buurtkijker_plugin.gui.compare_dialog import CompareDialog  # the comparison window says it too
    dialog = CompareDialog(frame, available, improved[:2], None, "nl")
    assert "\u25b2" in dialog.why.toPlainText() and "verbeterd" in dialog.why.toPlainText()
    dialog.close()
    for feature in coverage.getFeatures():
        assert "Wonen: " in feature["bk_why"] and "verbeterd" in feature["bk_why"]
    assert layouts.why_title(layer) in ("Score and change since 2019", "Score en verandering sinds 2019")
    wonen = next(t for t in available if t.id == "wonen")
    summary = layouts.change_summary(layer, wonen, "nl")
    assert summary.startswith(("Change since 2019", "Verandering sinds 2019")) and "verbeterd 43" in summary
    assert layouts.change_summary(layer, next(t for t in available if t.id == "veiligheid"), "nl") == ""
    project.removeMapLayer(layer.id())


def kwb_csv(path, table, names):
    """A kwb-YYYY.csv as CBS publishes it (semicolon, decimal comma, recs rows of every level) of ``table``'s
    buurten, with the given short-name columns."""
    lines = [";".join(["gwb_code_10", "regio", "recs"] + list(names))]
    lines.append(";".join(["GM0164", "Hengelo", "Gemeente"] + ["1"] * len(names)))
    for k, (code, inwoners) in enumerate(zip(table["BU_CODE"], table["AANT_INW"])):
        values = {"a_inw": str(int(inwoners)) if inwoners == inwoners else ".", "g_wozbag": "{},5".format(150 + k),
                  "p_leegsw": "{},1".format(k % 9), "p_bjj2k": str(60 + k % 30), "a_soz_wb": str(k % 40),
                  "g_ink_pi": "{},3".format(20 + k % 15), "a_hh": str(int(inwoners / 2)) if inwoners == inwoners
                  else ".", "p_hh_osm": str(k % 11)}
        lines.append(";".join([code, "b", "Buurt"] + [values.get(n, "1") for n in names]))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_kwb_2023_table_gives_woz_leegstand_bouwjaar(provider, tmp_path):
    """Issue 21: g_wozbag, p_leegsw, p_bjj2k (short names of kwb-2023) were unknown: WOZ, leegstand and bouwjaar
    were lost and no change field was written."""
    import processing
    nl = pd.read_csv(NL_TABLE, dtype={"BU_CODE": str})
    hengelo = nl[nl["GM_CODE"] == "GM0164"]
    before = kwb_csv(tmp_path / "kwb-2023.csv", hengelo, ["a_inw", "a_hh", "g_wozbag", "p_leegsw", "p_bjj2k",
                                                          "a_soz_wb", "g_ink_pi", "p_hh_osm"])
    result = processing.run("buurtkijker:computechange", {
        "BEFORE": str(HENGELO_2019), "AFTER": str(before), "THEMES": "wonen",
        "OUTPUT": str(tmp_path / "change.gpkg")})
    assert result["MATCHED"] > 50 and "wonen" in result["THEMES_COMPUTED"]
    assert not {"woz", "p_leegstand", "p_bouwjaar_vanaf_2000"} & set(result["LEFT_OUT"].split(","))
    layer = QgsVectorLayer(result["OUTPUT"], "change")
    assert "bk_wonen_change" in layer.fields().names()


def test_no_computable_theme_is_an_error_not_an_empty_layer(provider, tmp_path):
    import processing
    nl = pd.read_csv(NL_TABLE, dtype={"BU_CODE": str})
    before = kwb_csv(tmp_path / "kwb-2023.csv", nl[nl["GM_CODE"] == "GM0164"], ["a_inw", "a_gesch"])
    out = tmp_path / "change.gpkg"
    with pytest.raises(QgsProcessingException, match="no theme can be computed"):
        processing.run("buurtkijker:computechange", {
            "BEFORE": str(before), "AFTER": str(HENGELO_2019), "THEMES": "wonen", "OUTPUT": str(out)})
    assert not out.exists()
