#!/usr/bin/env python3
"""Run BuurtKijker end to end on the embedded demo gemeente, headless: writes out/voorbeeldstad_indices.gpkg, an A4
map of the overall score (out/voorbeeldstad_totaal.pdf) and the buurtprofielen (out/voorbeeldstad_buurtprofielen.pdf).

When the real data is beside the checkout (../shared/data/real, or BUURTKIJKER_REAL_DATA), it also runs Eindhoven
(CBS Kerncijfers 2024) with the RIVM Gezondheidsmonitor 2020 joined (SOURCES): out/eindhoven_2024_rivm_2020.gpkg,
the buurten scored per theme, and an A4 map of sociale veerkracht whose source line names both years."""

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
    real_run(out_dir)
    return 0


def py(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def real_run(out_dir):
    """Eindhoven 2024 + RIVM 2020: every built-in theme the data allows."""
    import processing
    from buurtkijker_plugin.core import themes
    from buurtkijker_plugin.paths import THEMES_FILE
    real = Path(os.environ.get("BUURTKIJKER_REAL_DATA", ROOT.parent / "shared" / "data" / "real"))
    eindhoven = real / "cbs_buurten_2024_eindhoven" / "cbs_buurten_2024_eindhoven.gpkg"
    rivm = real / "rivm_gezondheid_2020_buurt_nl" / "rivm_gezondheid_2020_18plus_nl.csv"
    if not (eindhoven.exists() and rivm.exists()):
        print("(real data not found at {}: Eindhoven + RIVM run skipped)".format(real))
        return
    target = out_dir / "eindhoven_2024_rivm_2020.gpkg"
    if target.exists():
        target.unlink()
    result = processing.run("buurtkijker:computeindices", {"INPUT": str(eindhoven), "SOURCES": [str(rivm)],
                                                           "OUTPUT": str(target)})
    layer = QgsVectorLayer(result["OUTPUT"], "indices")
    rows = [dict(zip(layer.fields().names(), map(py, f.attributes()))) for f in layer.getFeatures()]
    eligible = [r for r in rows if (r["inwoners"] or 0) >= 50]
    print("{}: {} buurten ({} with >= 50 inhabitants); sources: {}".format(
        target, len(rows), len(eligible), result["SOURCE_YEARS"]))
    for theme in themes.load_themes(THEMES_FILE):
        field = "bk_" + theme.id
        if field in layer.fields().names():
            scored = sum(r[field] is not None for r in eligible)
            share = 100.0 * scored / max(len(eligible), 1)
            print("  {:<20} {:>4} of {} scored ({:.0f} %)".format(theme.id, scored, len(eligible), share))
    done = processing.run("buurtkijker:exportlayout", {
        "INPUT": str(target), "THEME": "sociale_veerkracht", "TEMPLATE": "a4_landscape",
        "OUTPUT": str(out_dir / "eindhoven_sociale_veerkracht.pdf")})
    print(done["OUTPUT"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "out"))
