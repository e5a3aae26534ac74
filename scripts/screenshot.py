#!/usr/bin/env python3
"""Screenshot of QGIS with the BuurtKijker dock and a styled Eindhoven map, in a real QGIS window under Xvfb.

Installs the packaged plugin into a throw-away QGIS profile, starts QGIS with a startup script that opens the
real Eindhoven file in the dock, computes, and saves the main window as ``<out>/dock.png``.
Run: ``make screenshot`` (or ``python3 scripts/screenshot.py docs/img``).

``--walk=nl`` / ``--walk=en``: at 1366x768 in that language, Eindhoven with the RIVM file under Extra bronnen:
compute, a scenario, vulnerability x nuisance, the compare window, then Hengelo 2019's change since 2017; after each a
screenshot (``walk_<language>_*.png``) and in ``walk_<language>_report.txt`` every control of the dock that is
not reachable on screen, and whether the compare window fits.

``--laptop``: a 1366x768 screen and a maximised QGIS, as on a small laptop: saves the dock at first use, with the
Eindhoven file loaded, after a run and scrolled to its end (``laptop_*.png``), and in ``laptop_report.txt`` the
height the dock's body needs and, for every control, whether scrolling brings it fully into view on the screen.
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
RIVM = DATA / "rivm_gezondheid_2020_buurt_nl" / "rivm_gezondheid_2020_18plus_nl.csv"
HENGELO_2019 = DATA / "cbs_buurten_2019_hengelo" / "cbs_buurten_2019_hengelo.gpkg"
INCOME_2017 = DATA / "cbs_kwb_2017_buurt_income_nl_subset" / "cbs_kwb_2017_83765NED_buurten_income_subset.csv"

STARTUP = r'''
import os
import tempfile
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
    dock.ask_results_folder = lambda start='': tempfile.mkdtemp(prefix='buurtkijker_shot_')  # no modal question
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


UNREACHABLE = r"""
def unreachable(dock):
    # scroll to every control of the dock: (controls, those not then fully inside its viewport and the screen)
    scroll = dock.widget()
    screen = QApplication.primaryScreen().geometry()
    bad = []
    controls = [w for w in dock.body.findChildren((QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit,
                                                   QAbstractItemView)) if w.isVisibleTo(dock.body)]
    for w in controls:
        scroll.ensureWidgetVisible(w, 0, 0)
        QApplication.processEvents()
        top = w.mapTo(scroll.viewport(), QPoint(0, 0))
        inside = top.y() >= 0 and top.y() + min(w.height(), scroll.viewport().height()) <= scroll.viewport().height()
        inside = inside and top.x() >= 0 and top.x() + w.width() <= scroll.viewport().width() + 1
        g = w.mapToGlobal(QPoint(0, 0))
        on_screen = (0 <= g.y() and g.y() + min(w.height(), 40) <= screen.height()
                     and 0 <= g.x() and g.x() + min(w.width(), 40) <= screen.width())
        if not (inside and on_screen):
            bad.append("{{}} {{!r}} x={{}} y={{}}".format(type(w).__name__, getattr(w, "text", lambda: "")(), g.x(),
                                                       g.y()))
    return controls, bad
"""

LAPTOP = r'''
import os
import tempfile
from qgis.PyQt.QtCore import QTimer, QPoint
from qgis.PyQt.QtWidgets import (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView,
                                 QApplication)
from qgis.utils import iface, plugins
from qgis.core import QgsApplication

OUT, DATA = {out!r}, {data!r}
report = []
''' + UNREACHABLE + r'''

def shoot(name):
    iface.mainWindow().grab().save(os.path.join(OUT, name))

def reachable(dock, label):
    """Scroll to every control; is it then fully inside the dock's viewport and the screen?"""
    controls, bad = unreachable(dock)
    scroll = dock.widget()
    screen = QApplication.primaryScreen().geometry()
    scroll.verticalScrollBar().setValue(0)
    scroll.horizontalScrollBar().setValue(0)
    port = scroll.viewport()
    report.append("{{}}: body needs {{}} x {{}} px, dock viewport {{}} x {{}} px, screen {{}}x{{}}; "
                  "{{}} controls, unreachable: {{}}".format(
                      label, dock.body.minimumSizeHint().width(), dock.body.sizeHint().height(), port.width(),
                      port.height(), screen.width(), screen.height(), len(controls), bad or "none"))

def step_first():
    iface.mainWindow().showMaximized()
    plugin = plugins["buurtkijker"]
    plugin.action.setChecked(True)
    QTimer.singleShot(2500, step_first_shot)

def step_first_shot():
    dock = plugins["buurtkijker"].dock
    reachable(dock, "first use")
    shoot("laptop_first_use.png")
    dock.open_file(DATA)
    QTimer.singleShot(2500, step_loaded)

def step_loaded():
    dock = plugins["buurtkijker"].dock
    reachable(dock, "layer loaded")
    shoot("laptop_loaded.png")
    dock.theme_tree.set_checked({{"leefbaarheid", "veiligheid", "wonen", "voorzieningen"}})
    dock.run_finished.connect(lambda layer: QTimer.singleShot(2500, step_done))
    dock.ask_results_folder = lambda start='': tempfile.mkdtemp(prefix='buurtkijker_shot_')  # no modal question
    dock.run()

def step_done():
    dock = plugins["buurtkijker"].dock
    reachable(dock, "after a run")
    shoot("laptop_done.png")
    bar = dock.widget().verticalScrollBar()
    bar.setValue(bar.maximum())
    QTimer.singleShot(1000, step_bottom)

def step_bottom():
    shoot("laptop_bottom.png")
    with open(os.path.join(OUT, "laptop_report.txt"), "w") as f:
        f.write("\n".join(report) + "\n")
    QgsApplication.exit(0)

QTimer.singleShot(3000, step_first)
'''


WALK = r'''
import os
import tempfile
from qgis.PyQt.QtCore import QTimer, QPoint
from qgis.PyQt.QtWidgets import (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView,
                                 QApplication, QLabel)
from qgis.utils import iface, plugins
from qgis.core import QgsApplication

OUT, DATA, RIVM, EARLIER, LANG = {out!r}, {data!r}, {rivm!r}, {earlier!r}, {language!r}
LATER = {later!r}  # Hengelo 2019: its codes are in the 2017 table (Eindhoven's were renumbered since)
report = []
''' + UNREACHABLE + r'''


def safe(step):
    """A step of the walk; an error is written to the report and ends QGIS (no dialog waits for nobody)."""
    def run(*args):
        try:
            step(*args)
        except Exception:
            import traceback
            report.append("ERROR in {{}}: {{}}".format(step.__name__, traceback.format_exc()))
            with open(os.path.join(OUT, "walk_{{}}_report.txt".format(LANG)), "w") as f:
                f.write("\n".join(report) + "\n")
            QgsApplication.exit(1)
    return run

def shoot(name):
    iface.mainWindow().grab().save(os.path.join(OUT, "walk_{{}}_{{}}.png".format(LANG, name)))

def reachable(dock, label):
    """After an action: every control of the dock reachable by scrolling and on the screen; the dock's body no
    wider than its viewport (a long status line must wrap, not push buttons off screen)."""
    scroll = dock.widget()
    _, bad = unreachable(dock)
    legend = getattr(dock, "bivariate_legend", None)
    if legend is not None and legend.pixmap() is not None and legend.pixmap().width() > scroll.viewport().width():
        bad.append("3x3 legend {{}} px wider than the dock's {{}} px".format(legend.pixmap().width(),
                                                                          scroll.viewport().width()))
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    scroll.horizontalScrollBar().setValue(0)
    report.append("{{}}: body {{}} px wide in a {{}} px viewport; status: {{!r}}; unreachable: {{}}".format(
        label, dock.body.width(), scroll.viewport().width(), dock.status.text()[:90], bad or "none"))

def wait(job, then):
    def poll():
        if job is not None and job.running:
            QTimer.singleShot(500, poll)
        else:
            QTimer.singleShot(2500, safe(then))
    QTimer.singleShot(1000, poll)

def first():
    iface.mainWindow().showMaximized()
    iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())  # Xvfb has no window manager
    plugin = plugins["buurtkijker"]
    plugin.action.setChecked(True)
    QTimer.singleShot(2500, safe(load))

def load():
    dock = plugins["buurtkijker"].dock
    dock.ask_results_folder = lambda start='': tempfile.mkdtemp(prefix='buurtkijker_shot_')  # no modal question
    dock.open_file(DATA)
    dock.add_source_file(RIVM)
    dock.theme_tree.set_checked({{"leefbaarheid", "sociale_veerkracht", "veiligheid", "wonen", "voorzieningen",
                                 "demografie"}})  # demografie: the one theme the 2017 income table can compare
    dock.run_finished.connect(lambda layer: QTimer.singleShot(2500, safe(computed)))
    dock.run()

def computed():
    dock = plugins["buurtkijker"].dock
    reachable(dock, "computed")
    shoot("computed")
    from buurtkijker.core import scenario
    from buurtkijker.gui import scenario_action
    label = "Moeite met rondkomen (18+)" if LANG == "nl" else "Difficulty making ends meet (18+)"
    job = scenario_action.start(dock, "Woensel-West", [scenario.Change("BU07724210", label, None, -10.0)])
    wait(job, scenario_done)

def scenario_done():
    dock = plugins["buurtkijker"].dock
    reachable(dock, "scenario")
    shoot("scenario")
    from buurtkijker.gui import bivariate_action
    wait(bivariate_action.start(dock), bivariate_done)

def change_start():
    dock = plugins["buurtkijker"].dock
    dock.open_file(LATER)
    dock.theme_tree.set_checked({{"demografie", "wonen"}})
    from buurtkijker.gui import change_action
    wait(change_action.start(dock, EARLIER), change_done)

def change_done():
    dock = plugins["buurtkijker"].dock
    dock.zoom_to(dock.change_layer)
    QTimer.singleShot(4000, safe(change_shot))

def change_shot():
    dock = plugins["buurtkijker"].dock
    reachable(dock, "change (Hengelo 2019 against 2017)")
    shoot("change")
    with open(os.path.join(OUT, "walk_{{}}_report.txt".format(LANG)), "w") as f:
        f.write("\n".join(report) + "\n")
    QgsApplication.exit(0)

def bivariate_done():
    dock = plugins["buurtkijker"].dock
    reachable(dock, "vulnerability x nuisance")
    shoot("bivariate")
    from qgis.core import QgsProject
    layer = dock.result_layer
    layer.selectByExpression("\"code\" in ('BU07724210', 'BU07720410')")
    dialog = dock.open_compare()
    QTimer.singleShot(3000, lambda: safe(compare_shot)(dialog))

def compare_shot(dialog):
    screen = QApplication.primaryScreen().availableGeometry()
    frame = dialog.frameGeometry()
    report.append("compare window {{}}x{{}} at {{}},{{}} on a free screen of {{}}x{{}}: {{}}".format(
        frame.width(), frame.height(), frame.x(), frame.y(), screen.width(), screen.height(),
        "fits" if screen.contains(frame) else "DOES NOT FIT"))
    dialog.grab().save(os.path.join(OUT, "walk_{{}}_compare.png".format(LANG)))
    dialog.close()
    QTimer.singleShot(500, safe(change_start))

QTimer.singleShot(3000, safe(first))
'''


def run_qgis(script, locale, screen, timeout):
    """Run QGIS with ``script`` as its startup code in a throw-away profile holding the packaged plugin, in
    ``locale``, under a new Xvfb ``screen`` ("1366x768x24") unless a display is set; the profile is removed after."""
    work = Path(tempfile.mkdtemp(prefix="buurtkijker_shot_"))
    profile = work / "profiles" / "default"
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(profile)], cwd=ROOT, check=True)
    with open(profile / "QGIS" / "QGIS3.ini", "a") as ini:
        ini.write("\n[locale]\noverrideFlag=true\nuserLocale={}\n"
                  "\n[qgis]\nshowTips=false\ncheckVersion=false\n".format(locale))
    startup = work / "startup.py"
    startup.write_text(script)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    xvfb = None
    if not env.get("DISPLAY"):
        display = ":{}".format(100 + os.getpid() % 800)  # not a fixed number: runs beside other X servers
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", screen, "-nolisten", "tcp"])
        env["DISPLAY"] = display
        time.sleep(2)
    try:
        subprocess.run(["qgis", "--profiles-path", str(work), "--profile", "default", "--nologo",
                        "--noversioncheck", "--code", str(startup)], env=env, timeout=timeout)
    finally:
        if xvfb:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)


def main(out_dir, laptop=False, walk=None):
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    if walk:
        laptop = True
        script = WALK.format(out=str(out_dir), data=str(EINDHOVEN), rivm=str(RIVM), earlier=str(INCOME_2017),
                             later=str(HENGELO_2019), language=walk)
    else:
        script = (LAPTOP if laptop else STARTUP).format(out=str(out_dir), data=str(EINDHOVEN))
    run_qgis(script, "en_GB" if walk == "en" else "nl_NL", "1366x768x24" if laptop else "1600x1000x24",
             600 if walk else 240)
    shot = out_dir / ("walk_{}_report.txt".format(walk) if walk else "laptop_report.txt" if laptop else "dock.png")
    print("{} {}".format(shot, "written" if shot.exists() else "NOT written"))
    return 0 if shot.exists() else 1


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    walk = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--walk=")), None)
    sys.exit(main(args[0] if args else "docs/img", laptop="--laptop" in sys.argv[1:], walk=walk))
