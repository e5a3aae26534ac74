"""The buurtprofiel page on real data (Eindhoven 2024 + RIVM 2020): the method line in the page's language, an
average from part of the gemeente as a footnote under the table, and each indicator with its own source's year."""

import re
import subprocess

import pytest

from buurtkijker_plugin.qgis_io import i18n
from tests.conftest import EINDHOVEN, RIVM
from tests.qgis.conftest import locale

WOENSEL_WEST = "BU07724210"  # its gemeente's income average rests on 48 of 116 buurten


def export(**params):
    import processing
    return processing.run("buurtkijker:exportlayout", params)


def page_text(path, page=2):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def words(path, page=2):
    """[(word, x, y)] of a page in points, from poppler's pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [(w, float(x), float(y)) for x, y, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html)]


def test_method_line_in_the_pages_language_without_a_translator(provider, eindhoven_indices, tmp_path):
    """A Dutch page from a QGIS whose plugin translator is not installed (a script, a first start): Dutch."""
    i18n.remove_translator()
    out = tmp_path / "profiel.pdf"
    with locale("nl_NL"):
        export(INPUT=str(eindhoven_indices), TEMPLATE="buurtprofiel", BUURTEN=WOENSEL_WEST, LANGUAGE="nl",
               OUTPUT=str(out))
    text = " ".join(page_text(out).split())
    assert "Zo lees je de scores: 100 is het gemiddelde van de buurten van Eindhoven" in text
    assert "How to read" not in text


def test_partial_average_is_a_footnote_under_the_table(provider, eindhoven_indices, tmp_path):
    out = tmp_path / "profiel.pdf"
    export(INPUT=str(eindhoven_indices), TEMPLATE="buurtprofiel", BUURTEN=WOENSEL_WEST, LANGUAGE="en",
           OUTPUT=str(out))
    lines = page_text(out).splitlines()
    income = next(line for line in lines if "Average income per inhabitant" in line)
    assert re.search(r"28\.5\s+34\.9 \u00b9\s+-\s*$", income), income  # the figure and its mark, one line
    assert not any("from 48 of 116" in line and "income" in line for line in lines)
    note = "\u00b9 Average from 48 of 116 buurten, 74 % of the inhabitants; the other buurten have no"  # fi: a ligature
    assert any(note in " ".join(line.split()) for line in lines), lines
    # right under the table's last row, above the source line, in the table's column
    placed = words(out)
    last_row = max(y for w, x, y in placed if w == "0-14")
    footnote = next((x, y) for w, x, y in placed if w == "\u00b9" and y > last_row)
    source = next(y for w, x, y in placed if w == "Source:")
    table_left = min(x for w, x, y in placed if w == "Indicator")
    assert last_row < footnote[1] < source and footnote[1] - last_row < 20, (last_row, footnote, source)
    assert abs(footnote[0] - table_left) < 8


@pytest.fixture(scope="module")
def rivm_joined(tmp_path_factory, qgis_processing):
    """Eindhoven 2024 scored with RIVM 2020 joined as SOURCES (each value keeps its year; more themes computed,
    so longer explanations)."""
    import processing
    from qgis.core import QgsApplication
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    registry = QgsApplication.processingRegistry()
    added = BuurtKijkerProvider()
    registry.addProvider(added)
    indexed = tmp_path_factory.mktemp("rivm") / "eindhoven_rivm.gpkg"
    processing.run("buurtkijker:computeindices", {"INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)],
                                                  "OUTPUT": str(indexed)})
    registry.removeProvider(added)
    return indexed


def test_rivm_rows_carry_the_rivm_year(provider, rivm_joined, tmp_path):
    """RIVM 2020 joined as SOURCES: its rows say 2020, the CBS rows 2024, on the page and in the comparison."""
    from qgis.core import QgsVectorLayer
    from buurtkijker_plugin.core import compare, themes
    from buurtkijker_plugin.qgis_io import layers
    from tests.conftest import THEMES
    indexed = rivm_joined
    out = tmp_path / "profiel.pdf"
    export(INPUT=str(indexed), TEMPLATE="buurtprofiel", BUURTEN=WOENSEL_WEST, LANGUAGE="en", OUTPUT=str(out))
    text = " ".join(page_text(out).split())
    for label in ("Lonely (18+) (%, 2020)", "Severe noise nuisance from neighbours (18+) (%, 2020)",
                  "Limited by health (18+) (%, 2020)", "Average property value (WOZ) (x 1000 euro, 2024)"):
        assert label in text, label
    assert "RIVM Gezondheidsmonitor 2020" in text
    frame = layers.indexed_frame(QgsVectorLayer(str(indexed), "idx"))
    rows = compare.compare(frame, [WOENSEL_WEST], themes.load_themes(THEMES), language="en").rows
    units = dict(zip(rows["id"], rows["unit"]))
    assert units["eenzaam"] == "%, 2020" and units["geluidhinder_buren"] == "%, 2020"
    assert units["woz"] == "x 1000 euro, 2024"


@pytest.mark.parametrize("with_notes", [True, False])
def test_long_explanations_are_not_cut_off(provider, rivm_joined, tmp_path, with_notes):
    """Woensel-West with RIVM: nine themes, several on fewer indicators, explain more than the column holds at
    7.5 pt. The whole text is on the page, above the notes box (which keeps its heading and some notes)."""
    from tests.conftest import ROOT
    out = tmp_path / "profiel.pdf"
    extra = {"NOTES": str(ROOT / "docs" / "voorbeeld_notities.csv")} if with_notes else {}
    export(INPUT=str(rivm_joined), TEMPLATE="buurtprofiel", BUURTEN=WOENSEL_WEST, LANGUAGE="en", OUTPUT=str(out),
           **extra)
    placed = words(out)
    heading = next(y for w, x, y in placed if w == "Why")
    source = next(y for w, x, y in placed if w == "Source:")
    column = [(w, y) for w, x, y in placed if x < 200 and heading < y < source]  # the left column, pt
    text = " ".join(w for w, _ in column)
    last = "Overall score: below average, mainly because of:"
    assert last in text, text
    end = max(y for w, y in column if w == "Overall") + 30  # the overall score's sentence: its last line or two
    if with_notes:
        notes = next(y for w, y in column if w == "What")  # "What we hear in the buurt"
        assert end < notes, (end, notes)
        assert "2025-03-14, resident" in text and "more note" in text
        assert max(y for w, y in column if w == "more") < source - 8
    else:
        assert end < source


def test_rivm_columns_of_the_layer_itself_get_no_cbs_year(provider, eindhoven_indices, tmp_path):
    """RIVM columns a user joined to the CBS 2024 layer are not CBS 2024 figures: no year, not the layer's."""
    import processing
    out = tmp_path / "profiel.pdf"
    export(INPUT=str(eindhoven_indices), TEMPLATE="buurtprofiel", BUURTEN=WOENSEL_WEST, LANGUAGE="en",
           OUTPUT=str(out))
    text = " ".join(page_text(out).split())
    assert "Lonely (18+) (%)" in text and "Lonely (18+) (%, 2024)" not in text
    assert "Severe noise nuisance from neighbours (18+) (%)" in text
    assert "Average property value (WOZ) (x 1000 euro, 2024)" in text
    assert "Source: CBS Kerncijfers wijken en buurten 2024; RIVM Gezondheidsmonitor; processing BuurtKijker" in text
    table = processing.run("buurtkijker:comparebuurten", {"INPUT": str(eindhoven_indices), "BUURTEN": WOENSEL_WEST,
                                                          "OUTPUT": "memory:"})["OUTPUT"]
    units = {f["id"]: f["unit"] for f in table.getFeatures()}
    assert units["eenzaam"] == "%" and units["woz"].endswith(", 2024")
