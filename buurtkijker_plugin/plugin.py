"""Plugin entry: Processing provider, toolbar button, menu entry and the dock; all removed again on unload.

Nothing on this load path imports pandas or matplotlib: without them the plugin still loads and says in the
message bar what to install (see :mod:`core.dependencies`).
"""

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core import dependencies
from .paths import ICON
from .processing.provider import BuurtKijkerProvider
from .qgis_io import expressions, notes_expression
from .qgis_io.help_pages import open_help
from .qgis_io.i18n import (broken_packages_text, computing_problem_text, install_translator, missing_packages_text,
                           remove_translator, tr)

MENU = "&BuurtKijker"


class BuurtKijkerPlugin:
    def __init__(self, iface):
        self.iface = iface  # None when loaded by qgis_process
        self.provider = None
        self.action = None
        self.help_action = None
        self.options_factory = None
        self.dock = None

    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            install_translator()
            self.provider = BuurtKijkerProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
            expressions.register()  # buurtkijker_explain: explanations in the language of a map tip or layout
            notes_expression.register()  # buurtkijker_notes: a buurt's notes in its map tip
            problem = computing_problem_text()
            if problem and self.iface is None:  # qgis_process: no message bar; the algorithms say it when run
                QgsMessageLog.logMessage(problem, "BuurtKijker", Qgis.MessageLevel.Warning)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.action = QAction(QIcon(str(ICON)), tr("BuurtKijker"), self.iface.mainWindow())
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Compare buurten on liveability, resilience and more"))
        self.action.toggled.connect(self.toggle_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(MENU, self.action)
        # Help > Plugins > BuurtKijker: the shipped help as HTML in the browser (works without pandas too)
        self.help_action = QAction(QIcon(str(ICON)), tr("BuurtKijker"), self.iface.mainWindow())
        self.help_action.setObjectName("bkHelpAction")
        self.help_action.setToolTip(tr("BuurtKijker help (opens in your browser)"))
        self.help_action.triggered.connect(lambda: open_help("help"))
        self.iface.pluginHelpMenu().addAction(self.help_action)
        from .gui.options import BuurtKijkerOptionsFactory  # Settings > Options > BuurtKijker
        self.options_factory = BuurtKijkerOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.report_missing()

    def report_missing(self):
        """Say in the message bar which Python packages are missing or broken and how to install them; True if the
        dock cannot compute (numpy or pandas)."""
        absent, error = dependencies.import_problem()
        charts = [n for n in dependencies.missing() if n not in dependencies.COMPUTING]  # matplotlib
        text = broken_packages_text(error) if error else (
            missing_packages_text(absent + charts) if absent or charts else "")
        if text:
            self.iface.messageBar().pushMessage(tr("BuurtKijker"), text, Qgis.MessageLevel.Warning, 0)
        return bool(absent or error)

    def toggle_dock(self, visible):
        if self.dock is None:
            if not visible:
                return
            if computing_problem_text():  # the dock computes with numpy and pandas: say again what is missing
                self.report_missing()
                self.action.setChecked(False)
                return
            from .gui.dock import BuurtKijkerDock
            self.dock = BuurtKijkerDock(self.iface, self.iface.mainWindow())
            self.dock.visibilityChanged.connect(self.action.setChecked)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.setVisible(visible)

    def unload(self):
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self.action.setChecked)
            self.dock.close_down()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.help_action is not None:
            self.iface.pluginHelpMenu().removeAction(self.help_action)
            self.help_action.deleteLater()
            self.help_action = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        expressions.unregister()
        notes_expression.unregister()
        remove_translator()
