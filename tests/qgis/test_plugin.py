"""The plugin loads, shows its button, menu and dock, and unloads without leftovers (twice)."""

from qgis.core import QgsApplication

import buurtkijker_plugin


def test_load_unload_load_again(qgis_iface, recording):
    for _ in range(2):
        plugin = buurtkijker_plugin.classFactory(qgis_iface)
        plugin.initGui()
        assert [name for name, _ in recording.menu] == ["&BuurtKijker"]
        assert recording.toolbar == [plugin.action]
        assert QgsApplication.processingRegistry().providerById("buurtkijker") is not None
        assert [a.objectName() for a in recording.help_menu.actions()] == ["bkHelpAction"]  # Help > Plugins
        assert [f.title() for f in recording.options] == ["BuurtKijker"]  # Settings > Options > BuurtKijker
        plugin.action.trigger()  # the button toggles the dock
        assert recording.docks == [plugin.dock] and plugin.action.isChecked()
        plugin.action.trigger()
        assert not plugin.dock.isVisible()
        plugin.unload()
        assert recording.menu == [] and recording.toolbar == [] and recording.docks == []
        assert recording.help_menu.actions() == [] and recording.options == []
        assert QgsApplication.processingRegistry().providerById("buurtkijker") is None


def test_processing_only_load_without_iface(qgis_app):
    plugin = buurtkijker_plugin.classFactory(None)  # how qgis_process loads plugins
    plugin.initProcessing()
    provider = QgsApplication.processingRegistry().providerById("buurtkijker")
    assert provider.algorithm("computeindices") is not None and provider.versionInfo()
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById("buurtkijker") is None
