#!/usr/bin/env python3
"""The worked example of docs/bewoners.md, remade from the real data: Eindhoven 2024 + RIVM 2020 (joined as
SOURCES, so each value keeps its own year) scored, example notes for Woensel-West (docs/voorbeeld_notities.csv,
made up for the example), the buurtkaart for bewoners as HTML and a buurtprofiel with the notes; screenshots of the
page in headless Chromium (network blocked) at 1366x768 and on a 390 px phone, and of the profile page, into
docs/img. Output files in out/bewoners/.

    .venv/bin/python scripts/bewoners_examples.py
"""

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication  # noqa: E402

NOTES = ROOT / "docs" / "voorbeeld_notities.csv"
IMG = ROOT / "docs" / "img"
WOENSEL_WEST = "BU07724210"


def main(out_dir="out/bewoners"):
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    from buurtkijker_plugin.qgis_io import i18n
    from tests import chromium
    from tests.conftest import EINDHOVEN, RIVM
    Processing.initialize()
    provider = BuurtKijkerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    i18n.install_translator("nl")
    result = out / "eindhoven_2024_rivm_2020.gpkg"
    if result.exists():
        result.unlink()
    processing.run("buurtkijker:computeindices", {"INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)], "LANGUAGE": "nl",
                                                  "OUTPUT": str(result)})
    page = out / "buurtkaart_eindhoven.html"
    processing.run("buurtkijker:exporthtml", {"INPUT": str(result), "NOTES": str(NOTES), "LANGUAGE": "nl",
                                              "TITLE": "Buurtkaart Eindhoven voor bewonersraden",
                                              "OUTPUT": str(page)})
    print("{}: {} kB".format(page, page.stat().st_size // 1024))
    url = page.as_uri() + "#" + WOENSEL_WEST
    for name, width, height in (("buurtkaart_html.png", 1366, 768), ("buurtkaart_html_telefoon.png", 390, 844)):
        shot, events = chromium.screenshot(url if width > 400 else page.as_uri(), IMG / name, width, height)
        assert chromium.page_requests(events) == [], chromium.page_requests(events)
        print(shot)
    tall, _ = chromium.screenshot(url, out / "telefoon_lang.png", 390, 3200)
    crop_panel(tall, IMG / "buurtkaart_html_telefoon_paneel.png")
    profile = out / "buurtprofiel_woensel_west.pdf"
    processing.run("buurtkijker:exportlayout", {"INPUT": str(result), "TEMPLATE": "buurtprofiel",
                                                "BUURTEN": WOENSEL_WEST, "NOTES": str(NOTES), "LANGUAGE": "nl",
                                                "OUTPUT": str(profile)})
    text = subprocess.run(["pdftotext", "-layout", str(profile), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")
    page_number = next(n for n, page in enumerate(text, start=1) if "Wat we horen in de buurt" in page)
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page_number), "-l", str(page_number),
                    str(profile), str(IMG / "buurtprofiel_notities")], check=True)
    print(IMG / "buurtprofiel_notities.png")
    QgsApplication.processingRegistry().removeProvider(provider)
    return 0


def crop_panel(path, target):
    """The buurt's panel of a tall phone screenshot (from its heading on, 1400 px)."""
    from qgis.PyQt.QtGui import QImage
    image = QImage(str(path))
    top = 0
    for y in range(image.height()):  # the panel's top rule: a dark line across the page
        if all(image.pixelColor(x, y).lightness() < 90 for x in range(40, 350, 20)):
            top = y
            break
    image.copy(0, max(top - 4, 0), image.width(), min(1400, image.height() - top)).save(str(target))
    print(target)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
