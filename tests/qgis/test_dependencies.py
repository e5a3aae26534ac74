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
    BLOCKED = set(sys.argv[1].replace("broken-", "").split(","))
    sys.path.insert(0, sys.argv[2])
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QMainWindow
    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()  # QGIS' own Processing imports numpy (3.44): it is there before the block
    sys.path.insert(0, sys.argv[5])
    import blocker  # noqa: F401 - blocks (or breaks) the packages named in BUURTKIJKER_TEST_BLOCK
    for name in [m for m in sys.modules if m.split(".")[0] in BLOCKED]:
        del sys.modules[name]  # imported again by the plugin: through the block

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

        def pluginHelpMenu(self):
            return self.window.menuBar()

        def registerOptionsWidgetFactory(self, factory): pass
        def unregisterOptionsWidgetFactory(self, factory): pass
        def addToolBarIcon(self, action): pass
        def addPluginToMenu(self, menu, action): pass
        def removeToolBarIcon(self, action): pass
        def removePluginMenu(self, menu, action): pass

    import buurtkijker_plugin
    iface = Iface()
    plugin = buurtkijker_plugin.classFactory(iface)
    plugin.initGui()
    report = {"messages": list(iface.bar.messages),
              "algorithms": sorted(a.name() for a in plugin.provider.algorithms()),
              "refusals": sorted({a.canExecute()[1] for a in plugin.provider.algorithms() if not a.canExecute()[0]})}
    plugin.action.trigger()  # open the dock
    report["dock"] = plugin.dock is not None
    report["messages_after_button"] = list(iface.bar.messages)
    if not report["refusals"]:
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


# Imported first (as sitecustomize in qgis_process, whose Python cannot be told otherwise): every package named in
# BUURTKIJKER_TEST_BLOCK is not installed, and one named "broken-<name>" is installed but raises ImportError when
# imported, as a pandas built for another numpy does.
BLOCKER = textwrap.dedent('''
    import importlib.util, os, sys
    _NAMES = [n for n in os.environ.get("BUURTKIJKER_TEST_BLOCK", "").split(",") if n]
    _ABSENT = {n for n in _NAMES if not n.startswith("broken-")}
    _BROKEN = {n[len("broken-"):] for n in _NAMES if n.startswith("broken-")}

    class _Broken:
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            raise ImportError("C extension: None not built (a broken installation)")

    class _Blocker:
        def find_spec(self, name, path=None, target=None):
            top = name.split(".")[0]
            if top in _ABSENT:
                raise ModuleNotFoundError("No module named {!r}".format(name), name=name)
            if top in _BROKEN:
                return importlib.util.spec_from_loader(name, _Broken())
            return None

    sys.meta_path.insert(0, _Blocker())
''')


def blocker_folder(tmp_path):
    folder = tmp_path / "blocker"
    folder.mkdir(exist_ok=True)
    (folder / "blocker.py").write_text(BLOCKER)
    (folder / "sitecustomize.py").write_text(BLOCKER)
    return folder


def load_without(package, tmp_path):
    proc = subprocess.run([sys.executable, "-c", SCRIPT, package, str(ROOT), str(EINDHOVEN),
                           str(tmp_path / "chart.png"), str(blocker_folder(tmp_path))],
                          capture_output=True, text=True, timeout=300,
                          env=dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
                                   BUURTKIJKER_TEST_BLOCK=package))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("REPORT")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    return json.loads(lines[-1][len("REPORT"):])


ALGORITHMS = ["comparebuurten", "computechange", "computeindices", "exporthtml", "exportlayout", "scenario",
              "vulnerabilitynuisance"]


@pytest.mark.parametrize("package, says", [
    ("pandas", "sudo apt install python3-pandas"),
    ("numpy", "sudo apt install python3-numpy"),
    ("broken-pandas", "installed but do not work (pandas: ImportError: C extension: None not built"),
])
def test_without_pandas_or_numpy_the_plugin_loads_and_says_what_to_install(tmp_path, package, says):
    report = load_without(package, tmp_path)
    assert report["imported"] == [] or package.startswith("broken-")
    (message,) = report["messages"]
    assert "restart QGIS" in message and "not available" in message
    if sys.platform.startswith("linux"):
        assert says in message
    # every algorithm is there (qgis_process and models find it) and refuses with the same message ...
    assert report["algorithms"] == ALGORITHMS and report["refusals"] == [message]
    assert not report["dock"]
    assert len(report["messages_after_button"]) == 2  # ... and the button says so again instead of a traceback


def test_without_matplotlib_everything_but_the_charts_works(tmp_path):
    report = load_without("matplotlib", tmp_path)
    assert report["imported"] == []
    (message,) = report["messages"]
    assert "matplotlib" in message and "pandas" not in message and "Everything else works" in message
    assert report["algorithms"] == ALGORITHMS and report["refusals"] == [] and report["dock"]
    assert report["computed"] == 116 and report["compared"] > 0  # indices and the comparison table
    assert "Charts need the Python package matplotlib" in report["chart_error"]
    assert not (tmp_path / "chart.png").exists()
    assert report["dock_compare"] and "matplotlib" in report["messages_after_compare"][-1]


@pytest.mark.parametrize("platform, where, command", [
    ("win32", "OSGeo4W Shell", "python -m pip install pandas matplotlib"),
    ("darwin", "Terminal", "/Applications/QGIS.app/Contents/MacOS/python -m pip install --user pandas matplotlib"),
    ("linux", "terminal", "sudo apt install python3-pandas python3-matplotlib")])
def test_install_advice_per_platform(qgis_app, platform, where, command):
    from buurtkijker_plugin.qgis_io.i18n import missing_packages_text
    text = missing_packages_text(["pandas", "matplotlib"], platform)
    assert where in text and command in text and "charts" in text


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """The packaged plugin installed in a throw-away QGIS profile (as qgis_process finds it)."""
    folder = tmp_path_factory.mktemp("profile")
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(folder / "profiles" / "default")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return folder


@pytest.mark.parametrize("package, says", [
    ("pandas", "sudo apt install python3-pandas"),
    ("numpy", "sudo apt install python3-numpy"),
    ("broken-pandas", "sudo apt install python3-numpy python3-pandas"),
])
def test_qgis_process_refuses_with_the_install_line(tmp_path, profile, package, says):
    """qgis_process.bin (its own embedded Python: the block comes in as sitecustomize) prints the install line and
    exits non-zero, never "Algorithm not found" and never an abort."""
    import os
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
               PYTHONPATH=str(blocker_folder(tmp_path)), BUURTKIJKER_TEST_BLOCK=package)
    out = tmp_path / "out.gpkg"
    proc = subprocess.run(["qgis_process.bin", "run", "buurtkijker:computeindices", "--", "INPUT={}".format(EINDHOVEN),
                           "OUTPUT={}".format(out)], env=env, capture_output=True, text=True, timeout=300)
    text = proc.stdout + proc.stderr
    assert proc.returncode > 0, (proc.returncode, text[-2000:])  # an error exit, not a signal (abort: -6 / 134)
    assert says in text and "restart QGIS" in text, text[-2000:]
    assert "Algorithm buurtkijker:computeindices not found" not in text
    # QGIS' own Processing plugin cannot start without numpy (its traceback); none from BuurtKijker
    assert not [line for line in text.splitlines() if line.strip().startswith("File ") and "buurtkijker" in line]
    assert not out.exists()


def test_the_stand_ins_are_the_real_algorithms(provider):
    """Same id, name and group as the algorithms they stand in for, so a model or script finds them."""
    from buurtkijker_plugin.processing.unavailable import stand_ins
    real = sorted((a.name(), a.displayName(), a.groupId()) for a in provider.algorithms())
    assert sorted((a.name(), a.displayName(), a.groupId()) for a in stand_ins("x")) == real
    assert all(a.canExecute() == (False, "x") for a in stand_ins("x"))
