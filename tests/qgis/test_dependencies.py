"""Without pandas or matplotlib (macOS QGIS 3.44 has no pandas) the plugin still loads, says in the message bar
what to install on the user's platform, and offers what works without the package.

Each case runs in a fresh QGIS in a subprocess whose imports of the package are blocked (a sys.meta_path
finder), as if the package were not installed."""

import json
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import EINDHOVEN, ROOT

SCRIPT = textwrap.dedent('''
    import json, sys
    BLOCKED = set(sys.argv[1].split(","))

    class Blocker:  # the package is not installed
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ModuleNotFoundError("No module named {!r}".format(name), name=name)
            return None

    sys.meta_path.insert(0, Blocker())
    sys.path.insert(0, sys.argv[2])
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QMainWindow
    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()

    class Bar:
        def __init__(self):
            self.messages = []

        def pushMessage(self, title, text, level=0, duration=0):
            self.messages.append(text)

    class Iface:
        def __init__(self):
            self.bar, self.window, self.docks = Bar(), QMainWindow(), []

        def messageBar(self):
            return self.bar

        def mainWindow(self):
            return self.window

        def addDockWidget(self, area, dock):
            self.docks.append(dock)

        def removeDockWidget(self, dock):
            self.docks.remove(dock)

        def addToolBarIcon(self, action): pass
        def addPluginToMenu(self, menu, action): pass
        def removeToolBarIcon(self, action): pass
        def removePluginMenu(self, menu, action): pass

    import buurtkijker_plugin
    iface = Iface()
    plugin = buurtkijker_plugin.classFactory(iface)
    plugin.initGui()
    report = {"messages": list(iface.bar.messages),
              "algorithms": sorted(a.name() for a in plugin.provider.algorithms())}
    plugin.action.trigger()  # open the dock
    report["dock"] = plugin.dock is not None
    report["messages_after_button"] = list(iface.bar.messages)
    if "computeindices" in report["algorithms"]:
        import processing
        out = processing.run("buurtkijker:computeindices", {"INPUT": sys.argv[3], "OUTPUT": "memory:"})["OUTPUT"]
        report["computed"] = out.featureCount()
        try:
            processing.run("buurtkijker:comparebuurten", {"INPUT": out, "BUURTEN": "Vredeoord,Tempel",
                                                         "OUTPUT": "memory:", "CHART": sys.argv[4]})
        except Exception as exc:
            report["chart_error"] = str(exc)
        report["compared"] = processing.run("buurtkijker:comparebuurten", {
            "INPUT": out, "BUURTEN": "Vredeoord,Tempel", "OUTPUT": "memory:"})["OUTPUT"].featureCount()
        report["dock_compare"] = plugin.dock.open_compare() is None
        report["messages_after_compare"] = list(iface.bar.messages)
    report["imported"] = sorted(m for m in BLOCKED if m in sys.modules)
    plugin.unload()
    print("REPORT" + json.dumps(report))
    app.exitQgis()
''')


def load_without(package, tmp_path):
    proc = subprocess.run([sys.executable, "-c", SCRIPT, package, str(ROOT), str(EINDHOVEN),
                           str(tmp_path / "chart.png")], capture_output=True, text=True, timeout=300,
                          env=dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8"))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("REPORT")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    return json.loads(lines[-1][len("REPORT"):])


def test_without_pandas_the_plugin_loads_and_says_what_to_install(tmp_path):
    report = load_without("pandas", tmp_path)
    assert report["imported"] == []
    (message,) = report["messages"]
    assert "pandas" in message and "computing" in message and "restart QGIS" in message
    if sys.platform.startswith("linux"):
        assert "sudo apt install python3-pandas" in message
    assert report["algorithms"] == [] and not report["dock"]  # nothing computes without pandas ...
    assert len(report["messages_after_button"]) == 2  # ... and the button says so again instead of a traceback


def test_without_matplotlib_everything_but_the_charts_works(tmp_path):
    report = load_without("matplotlib", tmp_path)
    assert report["imported"] == []
    (message,) = report["messages"]
    assert "matplotlib" in message and "pandas" not in message and "Everything else works" in message
    assert report["algorithms"] == ["comparebuurten", "computechange", "computeindices", "exporthtml", "exportlayout",
                                    "scenario", "vulnerabilitynuisance"] and report["dock"]
    assert report["computed"] == 116 and report["compared"] > 0  # indices and the comparison table
    assert "Charts need the Python package matplotlib" in report["chart_error"]
    assert not (tmp_path / "chart.png").exists()
    assert report["dock_compare"] and "matplotlib" in report["messages_after_compare"][-1]


@pytest.mark.parametrize("platform, where, command", [
    ("win32", "OSGeo4W Shell", "python -m pip install pandas matplotlib"),
    ("darwin", "Terminal", "/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user pandas matplotlib"),
    ("linux", "terminal", "sudo apt install python3-pandas python3-matplotlib")])
def test_install_advice_per_platform(qgis_app, platform, where, command):
    from buurtkijker_plugin.qgis_io.i18n import missing_packages_text
    text = missing_packages_text(["pandas", "matplotlib"], platform)
    assert where in text and command in text and "charts" in text
