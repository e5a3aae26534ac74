#!/usr/bin/env python3
"""Screenshots of where BuurtKijker's help and settings are, from a real QGIS window under Xvfb (`make screenshot`).

Installs the packaged plugin into a throw-away profile, starts QGIS and saves into ``<out>``:
``help_menu.png`` (Help > Plugins > BuurtKijker, the whole screen with the menus open), ``help_dock.png`` (the dock
with its ? beside Open file / Demo), ``help_dialog.png`` (the map export dialog with its Help button) and
``options_page.png`` (Settings > Options > BuurtKijker).

    python3 scripts/screenshot_help.py docs/img
"""

import sys
from pathlib import Path

from screenshot import run_qgis  # the same throw-away profile and Xvfb

ROOT = Path(__file__).resolve().parent.parent

STARTUP = r'''
import os
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QListView, QTreeView
from qgis.utils import iface, plugins
from qgis.core import QgsApplication

OUT = {out!r}


def screen(name):
    QgsApplication.primaryScreen().grabWindow(0).save(os.path.join(OUT, name))


def step_menu():
    window = iface.mainWindow()
    window.resize(1280, 800)
    window.move(0, 0)
    help_menu = iface.helpMenu()
    bar = window.menuBar()
    action = help_menu.menuAction()
    help_menu.popup(window.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
    plugin_menu = iface.pluginHelpMenu()
    QTimer.singleShot(800, lambda: plugin_menu.popup(
        help_menu.mapToGlobal(help_menu.actionGeometry(plugin_menu.menuAction()).topRight())))
    QTimer.singleShot(2000, lambda: (screen("help_menu.png"), plugin_menu.hide(), help_menu.hide(),
                                     QTimer.singleShot(500, step_dock)))


def step_dock():
    plugin = plugins["buurtkijker"]
    plugin.action.setChecked(True)
    QTimer.singleShot(2500, shoot_dock)


def shoot_dock():
    dock = plugins["buurtkijker"].dock
    dock.grab().save(os.path.join(OUT, "help_dock.png"))
    from buurtkijker.gui.export_dialog import ExportDialog
    dialog = ExportDialog(["bk_total", "bk_leefbaarheid"], parent=iface.mainWindow(), language="nl")
    dialog.show()
    QTimer.singleShot(1500, lambda: (dialog.grab().save(os.path.join(OUT, "help_dialog.png")), dialog.close(),
                                     QTimer.singleShot(200, step_options)))


def step_options():
    QTimer.singleShot(4000, shoot_options)
    try:
        iface.showOptionsDialog(iface.mainWindow(), "bkOptionsPage")
    except Exception as exc:  # noqa: BLE001
        log("showOptionsDialog: {{}}".format(exc))


def log(text):
    with open(os.path.join(OUT, "screenshot_help.log"), "a") as handle:
        handle.write(text + "\n")


def shoot_options():
    found = [w for w in QApplication.topLevelWidgets() if w.isVisible() and
             w.metaObject().className() == "QgsOptions"]
    dialog = found[0] if found else QApplication.activeModalWidget()
    log("options dialog: {{}} of {{}}".format(dialog, [w.metaObject().className() for w in
                                                QApplication.topLevelWidgets() if w.isVisible()]))
    if dialog is not None:
        views = dialog.findChildren(QTreeView) + dialog.findChildren(QListView)
        for view in views:  # select the BuurtKijker page if the dialog did not open on it
            model = view.model()
            try:
                matches = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "BuurtKijker", 1,
                                      Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive) if model else []
            except Exception as exc:  # noqa: BLE001
                log("match: {{}}".format(exc))
                matches = []
            if matches:
                view.setCurrentIndex(matches[0])
        QTimer.singleShot(1500, lambda: (dialog.grab().save(os.path.join(OUT, "options_page.png")),
                                         dialog.reject(), QTimer.singleShot(500, lambda: QgsApplication.exit(0))))
    else:
        QTimer.singleShot(3000, shoot_options)  # a slow machine: the dialog is still being made


QTimer.singleShot(4000, step_menu)
'''


def main(out_dir):
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    run_qgis(STARTUP.format(out=str(out_dir)), "en_US", "1280x800x24", 150)
    names = ("help_menu.png", "help_dock.png", "help_dialog.png", "options_page.png")
    missing = [n for n in names if not (out_dir / n).exists()]
    print("written: {}; missing: {}".format(", ".join(n for n in names if n not in missing), missing or "none"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/img"))
