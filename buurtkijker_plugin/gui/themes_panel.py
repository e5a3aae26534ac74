"""The dock's 'Themes' panel: the theme tree with its weights, and a line saying which themes lack data."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout

from qgis.gui import QgsCollapsibleGroupBox

from ..qgis_io.i18n import tr
from .theme_tree import ThemeTree
from .widgets import remember_collapsed, tight


class ThemesPanel(QgsCollapsibleGroupBox):
    """The section itself (``group`` is the panel): ``note`` above ``tree``."""

    def __init__(self, parent=None):
        super().__init__(tr("Themes"), parent)
        remember_collapsed(self, "bkThemeGroup")
        self.group = self
        box = QVBoxLayout(self)
        tight(box)
        self.note = QLabel()  # why themes are unticked: visible, not only in a tooltip
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # theme names from a theme file: text, never HTML
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00")
        box.addWidget(self.note)
        self.tree = ThemeTree()
        self.tree.setMinimumHeight(112)
        box.addWidget(self.tree, 1)

    def show_lacking(self, labels):
        """Say in words, above the theme list, which themes this layer cannot compute."""
        self.note.setText(tr("Too few indicators in this layer: {}").format(", ".join(labels)) if labels else "")
        self.note.setToolTip(tr("Less than half of these themes' weight has data in this layer. Extra "
                                "sources can add the missing indicators."))
        self.note.setVisible(bool(labels))

    def chosen_themes(self):
        """The ticked themes with their weights as edited."""
        checked = set(self.tree.checked_ids())
        return [t for t in self.tree.edited_themes() if t.id in checked]
