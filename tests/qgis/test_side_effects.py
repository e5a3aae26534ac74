"""Loading and running the plugin leaves the process as other plugins expect it: GDAL's exception mode, the warnings
filters, the C locale and Qt's message handler are what they were before.

Each case runs in a fresh QGIS in a subprocess (the test process itself has pytest's warnings filters and more): the
provider is loaded as qgis_process loads it (``classFactory(None)``, ``initProcessing()``), then computeindices
writes a GeoPackage (GDAL), a file is read and a broken one refused through GDAL (core.sources)."""

import json
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import EINDHOVEN, ROOT

SCRIPT = textwrap.dedent('''
    import json, locale, sys, warnings
    sys.path.insert(0, sys.argv[1])
    from osgeo import gdal
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import qInstallMessageHandler
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()

    (gdal.UseExceptions if sys.argv[4] == "on" else gdal.DontUseExceptions)()

    def handler(kind, context, message):  # the handler another plugin (or QGIS) installed
        pass

    qInstallMessageHandler(handler)

    def state():
        return {"gdal": gdal.GetUseExceptions(), "warnings": [repr(f) for f in warnings.filters],
                "locale": locale.setlocale(locale.LC_ALL), "numeric": locale.setlocale(locale.LC_NUMERIC)}

    # What is not the plugin's doing: numpy adds warnings filters when first imported, and QGIS' first Processing
    # run sets LC_NUMERIC to C (native:buffer does the same).
    import numpy, pandas  # noqa: F401
    import processing
    processing.run("native:buffer", {"INPUT": sys.argv[2], "DISTANCE": 1, "OUTPUT": "memory:"})
    before = state()
    import buurtkijker_plugin
    plugin = buurtkijker_plugin.classFactory(None)
    plugin.initProcessing()
    loaded = state()
    result = processing.run("buurtkijker:computeindices", {"INPUT": sys.argv[2], "OUTPUT": sys.argv[3]})
    from buurtkijker_plugin.core import sources
    from buurtkijker_plugin.core.errors import BuurtKijkerError
    table = sources.load_table(sys.argv[2])
    refused = False
    try:
        sources.load_table(sys.argv[1] + "/README.md.gpkg")
    except BuurtKijkerError:
        refused = True
    ran = state()
    previous = qInstallMessageHandler(None)
    report = {"before": before, "loaded": loaded, "ran": ran, "handler_kept": previous is handler,
              "rows": len(table.data), "refused": refused, "output": bool(result["OUTPUT"])}
    plugin.unload()
    print("REPORT" + json.dumps(report))
''')


@pytest.mark.parametrize("mode", ["off", "on"])
def test_loading_and_running_leave_gdal_warnings_locale_and_qt_handler_alone(tmp_path, mode):
    bad = ROOT / "README.md.gpkg"
    assert not bad.exists()
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), str(EINDHOVEN), str(tmp_path / "out.gpkg"), mode],
                          capture_output=True, text=True, timeout=600,
                          env=dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8"))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("REPORT")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    report = json.loads(lines[-1][len("REPORT"):])
    assert report["output"] and report["rows"] == 116 and report["refused"]  # it really ran, through GDAL
    assert report["before"]["gdal"] == (1 if mode == "on" else 0)
    assert report["loaded"] == report["before"]
    assert report["ran"] == report["before"]
    assert report["handler_kept"]
