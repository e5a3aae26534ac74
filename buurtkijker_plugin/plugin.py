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
from .qgis_io.i18n import install_translator, missing_packages_text, remove_translator, tr

MENU = "&BuurtKijker"


class BuurtKijkerPlugin:
    def __init__(self, iface):
        self.iface = iface  # None when loaded by qgis_process
        self.provider = None
        self.action = None
        self.dock = None

    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            install_translator()
            self.provider = BuurtKijkerProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
            expressions.register()  # buurtkijker_explain: explanations in the language of a map tip or layout
            notes_expression.register()  # buurtkijker_notes: a buurt's notes in its map tip
            missing = dependencies.missing(["pandas"])
            if missing and self.iface is None:  # qgis_process: no message bar, say it in the log
                QgsMessageLog.logMessage(missing_packages_text(missing), "BuurtKijker", Qgis.MessageLevel.Warning)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.action = QAction(QIcon(str(ICON)), tr("BuurtKijker"), self.iface.mainWindow())
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Compare buurten on liveability, resilience and more"))
        self.action.toggled.connect(self.toggle_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(MENU, self.action)
        self.report_missing()

    def report_missing(self):
        """Say in the message bar which Python packages are missing and how to install them; True if any is."""
        missing = dependencies.missing()
        if missing:
            self.iface.messageBar().pushMessage(tr("BuurtKijker"), missing_packages_text(missing),
                                                Qgis.MessageLevel.Warning, 0)
        return bool(missing)

    def toggle_dock(self, visible):
        if self.dock is None:
            if not visible:
                return
            if not dependencies.available("pandas"):  # the dock computes with pandas: say again what is missing
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
