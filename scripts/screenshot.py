#!/usr/bin/env python3
"""Screenshot of QGIS with the BuurtKijker dock and a styled Eindhoven map, in a real QGIS window under Xvfb.

Installs the packaged plugin into a throw-away QGIS profile, starts QGIS with a startup script that opens the
real Eindhoven file in the dock, computes, and saves the main window as ``<out>/dock.png``.
Run: ``make screenshot`` (or ``python3 scripts/screenshot.py docs/img``).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("BUURTKIJKER_REAL_DATA", ROOT.parent / "shared" / "data" / "real"))
EINDHOVEN = DATA / "cbs_buurten_2024_eindhoven" / "cbs_buurten_2024_eindhoven.gpkg"

STARTUP = r'''
import os
from qgis.PyQt.QtCore import QTimer, QSettings
from qgis.utils import iface, plugins
from qgis.core import QgsApplication

OUT, DATA = {out!r}, {data!r}

def step_open():
    iface.mainWindow().resize(1600, 1000)
    plugin = plugins["buurtkijker"]
    plugin.action.setChecked(True)
    dock = plugin.dock
    dock.language = "nl"
    dock.open_file(DATA)
    dock.theme_tree.set_checked({{"leefbaarheid", "veiligheid", "wonen", "voorzieningen", "demografie", "gezondheid"}})
    dock.run_finished.connect(lambda layer: QTimer.singleShot(2500, step_shoot))
    dock.run()

def step_shoot():
    dock = plugins["buurtkijker"].dock
    dock.theme_tree.expandItem(dock.theme_tree.topLevelItem(0))
    layer = dock.result_layer
    for other in list(iface.mapCanvas().layers()):
        if other is not layer:
            from qgis.core import QgsProject
            node = QgsProject.instance().layerTreeRoot().findLayer(other.id())
            if node: node.setItemVisibilityChecked(False)
    iface.layerTreeView().expandAll()
    QTimer.singleShot(2500, save)

def save():
    iface.mainWindow().grab().save(os.path.join(OUT, "dock.png"))
    QgsApplication.exit(0)

QTimer.singleShot(3000, step_open)
'''


def main(out_dir):
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="buurtkijker_shot_"))
    profile = work / "profiles" / "default"
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(profile)], cwd=ROOT, check=True)
    with open(profile / "QGIS" / "QGIS3.ini", "a") as ini:
        ini.write("\n[locale]\noverrideFlag=true\nuserLocale=nl_NL\n"
                  "\n[qgis]\nshowTips=false\ncheckVersion=false\n")
    startup = work / "startup.py"
    startup.write_text(STARTUP.format(out=str(out_dir), data=str(EINDHOVEN)))
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    xvfb = None
    if not env.get("DISPLAY"):
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
        env["DISPLAY"] = ":97"
        time.sleep(2)
    try:
        subprocess.run(["qgis", "--profiles-path", str(work), "--profile", "default", "--nologo",
                        "--noversioncheck", "--code", str(startup)], env=env, timeout=240)
    finally:
        if xvfb:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)
    shot = out_dir / "dock.png"
    print("{} {}".format(shot, "written" if shot.exists() else "NOT written"))
    return 0 if shot.exists() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/img"))
