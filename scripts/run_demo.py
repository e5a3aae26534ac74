#!/usr/bin/env python3
"""Run BuurtKijker end to end on the embedded demo gemeente, headless: writes out/voorbeeldstad_indices.gpkg, an A4
map of the overall score (out/voorbeeldstad_totaal.pdf) and the buurtprofielen
(out/voorbeeldstad_buurtprofielen.pdf)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402


def main(out_dir):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing
    from buurtkijker_plugin.paths import DEMO_GPKG
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    Processing.initialize()
    provider = BuurtKijkerProvider()  # keep a reference: Python would collect it otherwise
    QgsApplication.processingRegistry().addProvider(provider)
    target = out_dir / "voorbeeldstad_indices.gpkg"
    if target.exists():
        target.unlink()
    result = processing.run("buurtkijker:computeindices", {"INPUT": str(DEMO_GPKG), "OUTPUT": str(target)})
    layer = QgsVectorLayer(result["OUTPUT"], "indices")
    scored = sum(1 for f in layer.getFeatures() if f["bk_total"] is not None and not
                 (hasattr(f["bk_total"], "isNull") and f["bk_total"].isNull()))
    print("{}: {} buurten, {} with an overall score".format(target, layer.featureCount(), scored))
    for template, name in (("a4_landscape", "voorbeeldstad_totaal.pdf"),
                           ("buurtprofiel", "voorbeeldstad_buurtprofielen.pdf")):
        done = processing.run("buurtkijker:exportlayout", {"INPUT": str(target), "THEME": "total",
                                                           "TEMPLATE": template, "OUTPUT": str(out_dir / name)})
        print(done["OUTPUT"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "out"))
