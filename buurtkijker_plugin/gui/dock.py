"""The BuurtKijker dock panel."""

from qgis.PyQt.QtWidgets import QDockWidget, QLabel

from ..qgis_io.i18n import tr


class BuurtKijkerDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("BuurtKijker"), parent)
        self.iface = iface
        self.setObjectName("BuurtKijkerDock")
        self.setWidget(QLabel(tr("BuurtKijker")))

    def close_down(self):
        """Stop what runs and let go of signals before the plugin unloads."""
