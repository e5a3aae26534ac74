"""Print layouts from the real Eindhoven data: every template kind, checked in the files (pages, sizes, text)."""

import re
import subprocess

import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QColor, QImage

from buurtkijker_plugin.qgis_io import i18n
from tests.qgis.conftest import locale

A4 = (595, 842)  # points
A3 = (842, 1191)


@pytest.fixture()
def dutch(qgis_app):
    """QGIS in Dutch: the plugin's translator and locale, as a Dutch user has them."""
    i18n.install_translator("nl")
    with locale("nl_NL"):
        yield
    i18n.remove_translator()


def export(**params):
    import processing
    return processing.run("buurtkijker:exportlayout", params)


def pdf_info(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    width, _, height = fields["Page size"].split()[:3]
    return int(fields["Pages"]), (round(float(width)), round(float(height)))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


# the fixture has RIVM columns joined to the CBS 2024 layer by hand: RIVM named, without a year (not CBS 2024)
SOURCE = "Bron: CBS Kerncijfers wijken en buurten 2024; RIVM Gezondheidsmonitor; bewerking BuurtKijker"


def test_a4_landscape_pdf_has_title_legend_and_source(provider, eindhoven_indices, tmp_path, dutch):
    out = tmp_path / "leefbaarheid.pdf"
    result = export(INPUT=str(eindhoven_indices), THEME="leefbaarheid", TEMPLATE="a4_landscape", OUTPUT=str(out))
    assert result["OUTPUT"] == str(out)
    assert pdf_info(out) == (1, A4[::-1])
    text = pdf_text(out)
    for expected in ("Leefbaarheid - Eindhoven", "methode z-score", SOURCE, "geen gegevens", "onder gemiddeld",
                     "Score 100 is het gemiddelde"):
        assert expected in text, expected
    assert out.stat().st_size > 20000


def test_a3_portrait_png_has_the_page_size_in_pixels(provider, eindhoven_indices, tmp_path):
    out = tmp_path / "kaart.png"
    export(INPUT=str(eindhoven_indices), THEME="total", TEMPLATE="a3_portrait", OUTPUT=str(out))
    image = QImage(str(out))
    assert abs(image.width() - 2339) <= 1 and abs(image.height() - 3307) <= 1  # 297 x 420 mm at 200 dpi
    # the map is drawn: many colours in the map frame, not an empty page
    colours = {image.pixel(x, y) for x in range(300, 2000, 40) for y in range(600, 2400, 40)}
    assert len(colours) > 5


def test_svg_keeps_text(provider, eindhoven_indices, tmp_path, dutch):
    out = tmp_path / "kaart.svg"
    export(INPUT=str(eindhoven_indices), THEME="veiligheid", TEMPLATE="a4_portrait", OUTPUT=str(out))
    svg = out.read_text(encoding="utf-8")
    assert "Veiligheid en overlast - Eindhoven" in svg and "Bron: CBS Kerncijfers wijken en buurten 2024" in svg
    assert "geen gegevens" in svg


def test_a3_landscape_batch_one_file_per_theme(provider, eindhoven_indices, tmp_path, dutch):
    out = tmp_path / "eindhoven.pdf"
    result = export(INPUT=str(eindhoven_indices), THEME="leefbaarheid,wonen,total", TEMPLATE="a3_landscape",
                    OUTPUT=str(out))
    files = result["FILES"].split(";")
    assert [f.rsplit("/", 1)[1] for f in files] == ["eindhoven_leefbaarheid.pdf", "eindhoven_wonen.pdf",
                                                    "eindhoven_totaal.pdf"]
    for path in files:
        assert pdf_info(path) == (1, A3[::-1])
    assert "Wonen - Eindhoven" in pdf_text(files[1])


def test_buurtprofielen_one_page_per_buurt(provider, eindhoven_indices, tmp_path, dutch):
    out = tmp_path / "profielen.pdf"
    export(INPUT=str(eindhoven_indices), TEMPLATE="buurtprofiel", BUURTEN="Vredeoord, Tempel, Bokt",
           OUTPUT=str(out))
    assert pdf_info(out) == (4, A4)  # the contents, then a page per buurt
    pages = pdf_text(out).split("\f")
    assert "Vredeoord" in pages[1] and "Tempel" in pages[2] and "Bokt" in pages[3]
    assert "Waarom deze score?" in pages[1] and "onder gemiddeld, vooral door" in pages[1]
    assert "Gemiddelde WOZ-waarde" in pages[2] and SOURCE in pages[3]


def outline(path):
    """The PDF's bookmarks as [(level, title, page)], read with poppler's pdftohtml."""
    import re
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(path)], capture_output=True, text=True,
                         check=True).stdout
    out, level = [], 0
    for token in re.finditer(r'<outline>|</outline>|<item page="(\d+)">([^<]*)</item>', xml):
        if token.group(0) == "<outline>":
            level += 1
        elif token.group(0) == "</outline>":
            level -= 1
        else:
            out.append((level, token.group(2), int(token.group(1))))
    return out


def ink_margins(path, page, dpi=50):
    """(left, top, right, bottom) distance in mm from the paper's edge to the first non-white pixel of a page."""
    png = path.with_name("page")
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-png", "-singlefile", str(path),
                    str(png)], check=True)
    image = QImage(str(png) + ".png")
    width, height = image.width(), image.height()
    inked = [(x, y) for y in range(height) for x in range(width) if QColor(image.pixel(x, y)).lightness() < 245]
    xs, ys = [x for x, _ in inked], [y for _, y in inked]
    mm = 25.4 / dpi
    return min(xs) * mm, min(ys) * mm, (width - 1 - max(xs)) * mm, (height - 1 - max(ys)) * mm


def test_buurtprofielen_sorted_with_contents_bookmarks_scale_line_and_margins(provider, eindhoven_indices, tmp_path):
    """Issue 25: pages by wijk, then buurt name (whatever order they were asked in), a contents page with the page
    numbers, PDF bookmarks per wijk and buurt, one line on what 100 and 10 points mean, 10 mm margins."""
    out = tmp_path / "profielen.pdf"
    export(INPUT=str(eindhoven_indices), TEMPLATE="buurtprofiel", LANGUAGE="en",
           BUURTEN="Bokt, Witte Dame, Vredeoord, Bergen, Tempel", OUTPUT=str(out))
    assert pdf_info(out) == (6, A4)
    pages = pdf_text(out).split("\f")
    order = ["Bergen", "Witte Dame", "Vredeoord", "Tempel", "Bokt"]  # WK077211 (B, W), WK077242, 253, 254
    assert [next(n for n in order if pages[k].lstrip().startswith(n)) for k in range(1, 6)] == order
    contents = pages[0]
    assert contents.lstrip().startswith("Contents")
    for number, name in enumerate(order, start=2):
        assert re.search(r"{}\s+{}\b".format(number, re.escape(name)), contents) or \
            re.search(r"{}\s+{}\b".format(re.escape(name), number), contents), (name, contents)
    assert contents.index("Wijk WK077211") < contents.index("Wijk WK077242") < contents.index("Wijk WK077254")
    assert outline(out) == [(1, "Contents", 1), (1, "Wijk WK077211", 2), (2, "Bergen", 2), (2, "Witte Dame", 3),
                            (1, "Wijk WK077242", 4), (2, "Vredeoord", 4), (1, "Wijk WK077253", 5),
                            (2, "Tempel", 5), (1, "Wijk WK077254", 6), (2, "Bokt", 6)]
    line = ("How to read the scores: 100 is the average of the buurten of Eindhoven; 10 points is one standard "
            "deviation; higher is better.")
    for page in pages[1:6]:
        assert line in " ".join(page.split()), page
    for page in (1, 2, 6):  # the contents and buurten with long indicator labels: nothing within 10 mm of an edge
        assert min(ink_margins(out, page)) >= 9.5, ink_margins(out, page)


def test_bad_template_and_format_are_explained(provider, eindhoven_indices, tmp_path):
    own = tmp_path / "mijn_sjabloon.qpt"
    own.write_text("<Layout><not-a-map/></Layout>")
    with pytest.raises(QgsProcessingException, match="not a QGIS layout template"):
        export(INPUT=str(eindhoven_indices), TEMPLATE_FILE=str(own), OUTPUT=str(tmp_path / "x.pdf"))
    with pytest.raises(QgsProcessingException, match="PDF, PNG or SVG"):
        export(INPUT=str(eindhoven_indices), OUTPUT=str(tmp_path / "x.docx"))
    with pytest.raises(QgsProcessingException, match="Unknown gemeente"):
        export(INPUT=str(eindhoven_indices), GEMEENTE="Eindhovn", OUTPUT=str(tmp_path / "x.pdf"))


def test_unwritable_folder_is_explained(provider, eindhoven_indices, tmp_path):
    blocked = tmp_path / "bestand"
    blocked.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="Could not write"):
        export(INPUT=str(eindhoven_indices), OUTPUT=str(blocked / "kaart.pdf"))


def test_legend_shows_the_theme_of_the_map_and_wraps_long_labels(eindhoven_indices):
    """The layout's legend lists the classes of the style its map shows, whatever style the layer shows now; a
    label too wide for the legend frame gets its range on a second line there (the layer's own labels stay)."""
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import Qt
    from buurtkijker_plugin.core import themes
    from buurtkijker_plugin.paths import THEMES_FILE
    from buurtkijker_plugin.qgis_io import layouts, presentation
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    QgsProject.instance().addMapLayer(layer)
    try:
        available = {t.id: t for t in themes.load_themes(THEMES_FILE)}
        presentation.add_theme_styles(layer, list(available.values()), "zscore", language="en")
        manager = layer.styleManager()
        manager.setCurrentStyle(presentation.style_name(available["veiligheid"], "en"))
        shown = [r.label() for r in layer.renderer().ranges()]
        for theme, template in ((None, layouts.PROFILE), (available["leefbaarheid"], "a4_landscape")):
            style = presentation.style_name(theme, "en")
            manager.setCurrentStyle(style)
            expected = [r.label() for r in layer.renderer().ranges()]
            manager.setCurrentStyle(presentation.style_name(available["veiligheid"], "en"))
            layout = layouts.map_layout(layer, theme, template, language="en")
            legend = layout.itemById("legend")
            model = legend.model()
            node = model.rootGroup().findLayer(layer)
            labels = [n.data(Qt.ItemDataRole.DisplayRole) for n in model.layerLegendNodes(node)]
            assert [label.replace("\n", " ") for label in labels] == expected != shown
            wrapped = [label for label in labels if "\n" in label]
            # a label too wide for the profile's narrow legend frame wraps; the A4 landscape's all fit
            assert not wrapped or template == layouts.PROFILE, labels
        assert [r.label() for r in layer.renderer().ranges()] == shown  # the layer's own legend is unchanged
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_templates_hold_no_machine_paths():
    from buurtkijker_plugin.paths import LAYOUTS
    for template in LAYOUTS.glob("*.qpt"):
        text = template.read_text(encoding="utf-8")
        assert "/work/" not in text and "/home/" not in text and ":\\\\" not in text, template.name
