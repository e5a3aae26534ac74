"""buurtkijker:exporthtml on Eindhoven 2024 + RIVM 2020, checked in a real headless Chromium with the network blocked:
the page renders, #BU07724210 opens Woensel-West with its class word, explanation and note, and the page asks for
nothing outside the file."""

import html
import re

import pytest
from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from tests import chromium
from tests.conftest import EINDHOVEN, RIVM  # noqa: F401  (real data: skipped without it)
from tests.qgis.test_crafted_names import CODES as CRAFTED_CODES, IMAGE, NAMES, SCRIPT, crafted  # noqa: F401

WOENSEL_WEST = "BU07724210"
NOTE = "Speeltuin aan de Celebesstraat is weer open; bewoners willen meer groen en minder geluidsoverlast."

pytestmark = pytest.mark.skipif(not chromium.available(), reason="chromium is not installed (make setup)")


@pytest.fixture(scope="module")
def registered(qgis_processing):
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    added = BuurtKijkerProvider()
    QgsApplication.processingRegistry().addProvider(added)
    yield added
    QgsApplication.processingRegistry().removeProvider(added)


@pytest.fixture(scope="module")
def notes_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("notes") / "notities.csv"
    path.write_bytes(("buurtcode;datum;rol;thema;tekst\r\n"
                      "{};14-3-2025;bewoner;leefbaarheid;{}\r\n"
                      "BU07720000;2025-02-01;professional;;Ergens anders\r\n").format(WOENSEL_WEST, NOTE)
                     .encode("utf-8-sig"))
    return path


@pytest.fixture(scope="module")
def page(registered, eindhoven_indices, notes_csv, tmp_path_factory):
    import processing
    out = tmp_path_factory.mktemp("html") / "buurtkaart.html"
    result = processing.run("buurtkijker:exporthtml", {"INPUT": str(eindhoven_indices), "NOTES": str(notes_csv),
                                                       "LANGUAGE": "nl", "OUTPUT": str(out)})
    assert result["OUTPUT"] == str(out)
    return out


def woensel_west(path):
    from buurtkijker_plugin.core import explain, verdict
    layer = QgsVectorLayer(str(path), "result", "ogr")
    feature = next(f for f in layer.getFeatures() if f["code"] == WOENSEL_WEST)
    total = verdict.word(int(feature["bk_total_class"]), "z", "nl")
    sentence = explain.verdict_sentence(verdict.word(int(feature["bk_leefbaarheid_class"]), "z", "nl"),
                                        feature["bk_leefbaarheid_why"], (), "nl")
    return feature["naam"], total, sentence


def test_one_small_file_with_nothing_from_elsewhere(page):
    text = page.read_text(encoding="utf-8")
    assert page.stat().st_size <= 2 * 1024 * 1024
    assert not re.search(r"https?://", text), re.search(r".{40}https?://.{40}", text).group(0)
    assert "default-src 'none'" in text  # the CSP: even a value that tried could fetch nothing
    assert "<svg" in text and text.count('<path data-i="') == 116


def test_fragment_opens_woensel_west_with_class_word_explanation_and_note(page, eindhoven_indices):
    name, total, sentence = woensel_west(eindhoven_indices)
    assert name == "Woensel-West"
    assert sentence.startswith("onder gemiddeld, vooral door:") or "vooral door" in sentence
    dom, events = chromium.dump_dom(page.as_uri() + "#" + WOENSEL_WEST)
    assert 'data-bk-ready="1"' in dom  # the script ran to its end
    # keyboard: every buurt is a tab stop (Enter opens it), named for screen readers by its name and class word
    tags = re.findall(r'<path data-i="\d+"[^>]*>', dom)
    assert len(tags) == 116 and all('tabindex="0"' in t and 'role="button"' in t and "aria-label=" in t for t in tags)
    assert 'aria-label="Woensel-West, {}"'.format(total) in dom
    panel = html.unescape(re.search(r'<section id="bk-panel".*?</section>', dom, re.S).group(0))
    text = re.sub(r"<[^>]+>", " ", panel)
    text = " ".join(text.split())
    assert "Woensel-West" in text and WOENSEL_WEST in text
    assert "Totaalscore: {}".format(total) in text
    assert " ".join(sentence.split()) in text
    assert NOTE in text and "2025-03-14" in text and "bewoner" in text
    assert "Ergens anders" not in text  # another buurt's note
    assert "tellen niet mee in de scores" in text
    assert chromium.page_requests(events) == []


def test_screenshot_is_not_blank_and_the_network_stays_quiet(page, tmp_path):
    for width, height in ((1366, 768), (390, 844)):
        shot, events = chromium.screenshot(page.as_uri() + "#" + WOENSEL_WEST, tmp_path / "s{}.png".format(width),
                                           width, height)
        image = QImage(str(shot))
        assert image.width() == width
        colours = {image.pixel(x, y) for x in range(0, width, 7) for y in range(0, height, 7)}
        assert len(colours) > 20  # a map in several classes, text, a legend
        assert chromium.page_requests(events) == []


def test_english_page_and_one_theme(registered, eindhoven_indices, tmp_path):
    import processing
    out = tmp_path / "map.html"
    processing.run("buurtkijker:exporthtml", {"INPUT": str(eindhoven_indices), "THEMES": "leefbaarheid",
                                              "LANGUAGE": "en", "TITLE": "Eindhoven <3", "OUTPUT": str(out)})
    text = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in text and "Eindhoven &lt;3" in text and "Eindhoven <3" not in text
    assert "well below average" in text and "How do I read this?" in text
    assert text.count('<option value="') == 1


def test_crafted_names_and_notes_stay_text_in_the_browser(registered, crafted, tmp_path):  # noqa: F811
    """A buurt named '<script>...', '<img onerror>' or '[% env() %]', a hostile explanation and a hostile note: the
    page shows them as characters; nothing runs (document.title stays) and no element is injected."""
    import processing
    notes = tmp_path / "n.csv"
    notes.write_text("buurtcode;datum;rol;tekst\n{};2025-01-01;bewoner;\"{}\"\n".format(
        CRAFTED_CODES[1], IMAGE.replace('"', '""')), encoding="utf-8")
    out = tmp_path / "crafted.html"
    processing.run("buurtkijker:exporthtml", {"INPUT": str(crafted), "NOTES": str(notes), "LANGUAGE": "nl",
                                              "TITLE": SCRIPT, "OUTPUT": str(out)})
    for code in CRAFTED_CODES[:2]:
        dom, events = chromium.dump_dom(out.as_uri() + "#" + code)
        assert 'data-bk-ready="1"' in dom
        assert "<title>&lt;script&gt;document.title='pwned'&lt;/script&gt;Strijp</title>" in dom
        assert not re.search(r"<img[^>]*onerror", dom) and "<script>document" not in dom
        panel = html.unescape(re.search(r'<section id="bk-panel".*?</section>', dom, re.S).group(0))
        assert NAMES[code] in panel  # shown as the characters it is
        assert chromium.page_requests(events) == []


def test_prints_on_a4_with_the_open_buurt(page, tmp_path):
    import subprocess
    pdf = tmp_path / "print.pdf"
    _, events = chromium.run(page.as_uri() + "#" + WOENSEL_WEST, "--no-pdf-header-footer",
                             "--print-to-pdf=" + str(pdf))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info and int(re.search(r"Pages:\s+(\d+)", info).group(1)) <= 4
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Woensel-West" in text and "Speeltuin aan de Celebesstraat" in text and "Hoe lees ik dit?" in text
    assert chromium.page_requests(events) == []


def test_change_beside_the_level_when_the_layer_has_it(registered, tmp_path):
    """A computechange layer with the second year's levels (Hengelo 2019 -> CBS 2024): each buurt's panel shows the
    score with its change in the change map's words."""
    import json
    import processing
    from tests.conftest import NL_TABLE, REAL
    hengelo = REAL / "cbs_buurten_2019_hengelo" / "cbs_buurten_2019_hengelo.gpkg"
    change = processing.run("buurtkijker:computechange", {"BEFORE": str(hengelo), "AFTER": str(NL_TABLE),
                                                          "GEMEENTE": "GM0164", "LEVELS": True,
                                                          "OUTPUT": str(tmp_path / "change.gpkg")})
    out = tmp_path / "hengelo.html"
    processing.run("buurtkijker:exporthtml", {"INPUT": change["OUTPUT"], "LANGUAGE": "nl", "OUTPUT": str(out)})
    data = json.loads(re.search(r'id="bk-data">(.*?)</script>', out.read_text(encoding="utf-8"), re.S).group(1))
    shown = [c for b in data["buurten"] for c in (b["d"] or []) if c]
    assert shown and all(re.match(r"\d+,\d \(([\u25b2\u25bc\u2248] [+-]?\d+,\d |geen vergelijking)", c)
                         for c in shown), [c for c in shown if not re.match(r"\d+,\d \(", c)][:5]
    assert any("verbeterd" in c or "verslechterd" in c or "geen duidelijke verandering" in c for c in shown)


def test_a_result_without_polygons_is_refused_clearly(registered, eindhoven_indices, tmp_path):
    import shutil
    import sqlite3
    from contextlib import closing
    import processing
    from qgis.core import QgsProcessingException
    path = tmp_path / "zonder_vlakken.gpkg"
    shutil.copy(eindhoven_indices, path)
    with closing(sqlite3.connect(str(path))) as db:
        for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):  # GDAL's R-tree triggers
            db.create_function(name, 1, lambda geometry: 0)
        table = db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        db.execute('UPDATE "{}" SET geom = NULL'.format(table))
        db.commit()
    out = tmp_path / "kaart.html"
    with pytest.raises(QgsProcessingException, match="no geometries, so there is no map to draw"):
        processing.run("buurtkijker:exporthtml", {"INPUT": str(path), "OUTPUT": str(out)})
    assert not out.exists()
