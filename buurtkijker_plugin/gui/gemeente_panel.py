"""The dock's 'Gemeente' panel: a searchable list of the layer's gemeenten to tick, or 'all gemeenten'."""

from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout

from qgis.gui import QgsCollapsibleGroupBox

from ..qgis_io.i18n import tr
from .widgets import remember_collapsed, tight

ALL_ROLE = Qt.ItemDataRole.UserRole + 10


class GemeentePanel(QgsCollapsibleGroupBox):
    """The section itself (``group`` is the panel); answers which gemeenten are ticked."""

    def __init__(self, parent=None):
        super().__init__(tr("Gemeente"), parent)
        remember_collapsed(self, "bkGemeenteGroup")
        self.group = self
        box = QVBoxLayout(self)
        tight(box)
        self.filter = QgsFilterLineEdit()
        self.filter.setPlaceholderText(tr("Search gemeente, e.g. eindh"))
        self.filter.textChanged.connect(self.filter_gemeenten)
        self.list = QListWidget()
        self.list.setMaximumHeight(58)
        self.list.itemChanged.connect(self.on_checked)
        box.addWidget(self.filter)
        box.addWidget(self.list)

    def clear(self):
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)

    def fill(self, gemeenten):
        self.list.blockSignals(True)
        self.list.clear()
        everything = QListWidgetItem(tr("All gemeenten"))
        everything.setData(ALL_ROLE, True)
        everything.setFlags(everything.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.list.addItem(everything)
        for code, name in zip(gemeenten["gemeentecode"], gemeenten["gemeentenaam"]):
            item = QListWidgetItem("{} ({})".format(name, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if len(gemeenten) == 1 else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        everything.setCheckState(Qt.CheckState.Unchecked if len(gemeenten) == 1 else Qt.CheckState.Checked)
        self.list.blockSignals(False)

    def filter_gemeenten(self, text):
        text = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(text) and not item.data(ALL_ROLE) and text not in item.text().lower())

    def on_checked(self, item):
        """Ticking a gemeente unticks 'all gemeenten' and the other way round."""
        self.list.blockSignals(True)
        if item.data(ALL_ROLE) and item.checkState() == Qt.CheckState.Checked:
            for row in range(1, self.list.count()):
                self.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        elif not item.data(ALL_ROLE) and item.checkState() == Qt.CheckState.Checked:
            self.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def set_checked(self, codes):
        for row in range(1, self.list.count()):
            item = self.list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self):
        """(codes, names) ticked; empty codes means all gemeenten."""
        codes, names = [], []
        for row in range(1, self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(item.data(Qt.ItemDataRole.UserRole))
                names.append(item.text().rsplit(" (", 1)[0])
        return codes, names
