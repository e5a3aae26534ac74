import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import contextlib  # noqa: E402

import pytest  # noqa: E402


class RecordingIface:
    """Adds to pytest-qgis' stub iface what it lacks, recording menus, toolbar icons and docks."""

    def __init__(self, iface):
        self.menu, self.toolbar, self.docks = [], [], []
        iface.addPluginToMenu = lambda name, action: self.menu.append((name, action))
        iface.removePluginMenu = lambda name, action: self.menu.remove((name, action))
        iface.addToolBarIcon = lambda action: self.toolbar.append(action)
        iface.removeToolBarIcon = lambda action: self.toolbar.remove(action)
        iface.addDockWidget = lambda area, dock: self.docks.append(dock)
        iface.removeDockWidget = lambda dock: self.docks.remove(dock)
        from qgis.PyQt.QtWidgets import QMenu
        self.help_menu, self.options = QMenu("Plugins"), []  # Help > Plugins; Settings > Options pages
        iface.pluginHelpMenu = lambda: self.help_menu
        iface.registerOptionsWidgetFactory = lambda factory: self.options.append(factory)
        iface.unregisterOptionsWidgetFactory = lambda factory: self.options.remove(factory)


@pytest.fixture(autouse=True)
def fresh_choices(qgis_app):
    """Each test starts from the default method, reference, classification and language: the dock remembers the
    last choices (and the Options page sets them), which must not leak from one test into the next."""
    from qgis.core import QgsSettings
    settings = QgsSettings()
    for name in ("method", "reference", "classification", "language"):
        settings.remove("BuurtKijker/" + name)
    yield


@pytest.fixture(scope="session")
def recording(qgis_iface):
    return RecordingIface(qgis_iface)


@pytest.fixture()
def provider(qgis_processing):
    """The BuurtKijker Processing provider, registered for one test."""
    from qgis.core import QgsApplication
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    registry = QgsApplication.processingRegistry()
    added = BuurtKijkerProvider()
    registry.addProvider(added)
    yield added
    registry.removeProvider(added)


@contextlib.contextmanager
def locale(name):
    """QGIS' locale override (what a user sets under Settings > Options > General), restored afterwards."""
    from qgis.core import QgsSettings
    settings = QgsSettings()
    before = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", name)
    try:
        yield
    finally:
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), before):
            settings.remove(key) if value is None else settings.setValue(key, value)


@pytest.fixture(scope="session")
def eindhoven_indices(tmp_path_factory, qgis_processing):
    """Eindhoven's theme indices with the RIVM 2020 figures joined (method zscore, reference the gemeente),
    computed once, explanations in Dutch."""
    from qgis.core import QgsApplication
    import processing
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    from tests.conftest import eindhoven_with_rivm
    registry = QgsApplication.processingRegistry()
    added = BuurtKijkerProvider()
    registry.addProvider(added)
    folder = tmp_path_factory.mktemp("indices")
    out = folder / "eindhoven_indices.gpkg"
    with locale("nl_NL"):
        processing.run("buurtkijker:computeindices", {"INPUT": str(eindhoven_with_rivm(folder)), "OUTPUT": str(out)})
    registry.removeProvider(added)
    return out
