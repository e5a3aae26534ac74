"""Issue 25: the change, scenario and vulnerability x nuisance maps print. exportlayout takes each kind of result
layer, and each PDF names its map and shows its legend words (read back with pdftotext)."""

import subprocess

import pytest

from tests.conftest import EINDHOVEN, NL_TABLE, RIVM, REAL

HENGELO_2019 = REAL / "cbs_buurten_2019_hengelo" / "cbs_buurten_2019_hengelo.gpkg"
INCOME_2017 = REAL / "cbs_kwb_2017_buurt_income_nl_subset" / "cbs_kwb_2017_83765NED_buurten_income_subset.csv"
WOENSEL_WEST = "BU07724210"


def pdf_text(path):
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def export(layer, tmp_path, language="nl", theme=""):
    import processing
    out = tmp_path / "kaart_{}.pdf".format(language)
    result = processing.run("buurtkijker:exportlayout", {"INPUT": str(layer), "THEME": theme, "LANGUAGE": language,
                                                         "OUTPUT": str(out)})
    return pdf_text(result["FILES"].split(";")[0])


def test_change_map_prints_with_both_years_and_its_classes(provider, tmp_path):
    import processing
    layer = tmp_path / "verandering.gpkg"  # Hengelo 2019 (its map) against CBS' 2024 table, by code
    processing.run("buurtkijker:computechange", {"BEFORE": str(HENGELO_2019), "AFTER": str(NL_TABLE),
                                                 "GEMEENTE": "GM0164", "LEVELS": True, "OUTPUT": str(layer)})
    text = export(layer, tmp_path, "nl")
    assert ": verandering - Hengelo" in text and "2019 -> 2024" in text
    for word in ("verbeterd", "geen duidelijke verandering", "verslechterd"):
        assert word in text, word
    english = export(layer, tmp_path, "en")
    for word in ("improved", "no clear change", "worsened", ": change - Hengelo"):
        assert word in english, word


def test_scenario_map_prints_with_its_name_and_changes(provider, tmp_path):
    import processing
    changes = tmp_path / "scenario.csv"
    changes.write_text("code;indicator;value;delta\n{};Moeite met rondkomen (18+);;-10\n".format(WOENSEL_WEST),
                       encoding="utf-8")
    layer = tmp_path / "scenario.gpkg"
    processing.run("buurtkijker:scenario", {"INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)], "CHANGES": str(changes),
                                            "NAME": "Minder armoede", "LANGUAGE": "nl", "OUTPUT": str(layer)})
    text = export(layer, tmp_path, "nl", "leefbaarheid")
    assert "Scenario Minder armoede" in text and "Leefbaarheid" in text
    assert "Woensel-West: Moeite met rondkomen (18+)" in text and "\u2192" in text
    assert "geen verschil" in text


def test_vulnerability_map_prints_its_square_guide_and_list(provider, tmp_path):
    import processing
    layer = tmp_path / "kwetsbaarheid.gpkg"
    result = processing.run("buurtkijker:vulnerabilitynuisance", {"INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)],
                                                                  "OUTPUT": str(layer)})
    attention = [c for c in result["ATTENTION"].split(",") if c]
    assert attention
    text = export(layer, tmp_path, "nl")
    for word in ("Kwetsbaarheid", "Overlast", "laag", "hoog"):
        assert word in text, word
    assert "wijkteam" in text  # the reading guide's second sentence
    assert "Buurt" in text and "Vulnerability" in text or "Kwetsbaarheid" in text  # the table's header


def test_export_refuses_a_map_the_layer_lacks(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    layer = tmp_path / "verandering.gpkg"
    processing.run("buurtkijker:computechange", {"BEFORE": str(INCOME_2017), "AFTER": str(HENGELO_2019),
                                                 "OUTPUT": str(layer)})
    with pytest.raises(QgsProcessingException, match="no map of 'geen_thema'"):
        export(layer, tmp_path, "nl", "geen_thema")


def test_buurtprofiel_of_a_change_layer_shows_the_change_beside_the_level(provider, tmp_path):
    import processing
    layer = tmp_path / "verandering.gpkg"
    processing.run("buurtkijker:computechange", {"BEFORE": str(HENGELO_2019), "AFTER": str(NL_TABLE),
                                                 "GEMEENTE": "GM0164", "LEVELS": True, "OUTPUT": str(layer)})
    out = tmp_path / "profiel.pdf"
    processing.run("buurtkijker:exportlayout", {"INPUT": str(layer), "TEMPLATE": "buurtprofiel", "LANGUAGE": "nl",
                                                "BUURTEN": "BU01640000", "OUTPUT": str(out)})
    text = pdf_text(out)
    assert "2019" in text and any(w in text for w in ("verbeterd", "verslechterd", "geen duidelijke verandering"))
