#!/usr/bin/env python3
"""Example pages for the README from the real Eindhoven data (in Dutch): an A4 map, a buurtprofiel page and a
comparison chart, rendered with pdftoppm into docs/img/. Run with `make examples`."""

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
REAL = Path(os.environ.get("BUURTKIJKER_REAL_DATA", ROOT.parent / "shared" / "data" / "real"))
EINDHOVEN = REAL / "cbs_buurten_2024_eindhoven" / "cbs_buurten_2024_eindhoven.gpkg"
NATIONAL = REAL / "cbs_kwb_2024_buurten_nl_table" / "cbs_kwb_2024_buurten_nl.csv"

from qgis.core import QgsApplication, QgsSettings  # noqa: E402


def main(out_dir=ROOT / "out" / "examples", img=ROOT / "docs" / "img"):
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    QgsSettings().setValue("locale/overrideFlag", True)
    QgsSettings().setValue("locale/userLocale", "nl_NL")
    import processing
    from processing.core.Processing import Processing
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    from buurtkijker_plugin.qgis_io.i18n import install_translator
    install_translator("nl")
    Processing.initialize()
    provider = BuurtKijkerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    indexed = str(out_dir / "eindhoven_indices.gpkg")
    processing.run("buurtkijker:computeindices", {"INPUT": str(EINDHOVEN), "OUTPUT": indexed})
    processing.run("buurtkijker:exportlayout", {"INPUT": indexed, "THEME": "leefbaarheid",
                                                "TEMPLATE": "a4_landscape", "OUTPUT": str(out_dir / "kaart.pdf")})
    processing.run("buurtkijker:exportlayout", {"INPUT": indexed, "TEMPLATE": "buurtprofiel",
                                                "BUURTEN": "Vredeoord", "REFERENCE_LAYER": str(NATIONAL),
                                                "OUTPUT": str(out_dir / "profiel.pdf")})
    processing.run("buurtkijker:comparebuurten", {"INPUT": indexed, "BUURTEN": "Vredeoord, Tempel, Bokt",
                                                  "REFERENCE_LAYER": str(NATIONAL), "OUTPUT": "memory:",
                                                  "CHART": str(img / "vergelijking.png")})
    # the profile's first page is its contents: the buurt's page is the second
    for pdf, name, page in (("kaart.pdf", "layout_a4_leefbaarheid", "1"), ("profiel.pdf", "buurtprofiel", "2")):
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", page, "-l", page, "-singlefile", str(out_dir / pdf),
                        str(img / name)], check=True)
        print("wrote", img / (name + ".png"))
    app.exitQgis()


if __name__ == "__main__":
    main()
