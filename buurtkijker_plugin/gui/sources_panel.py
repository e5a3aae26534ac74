"""The dock's 'Extra bronnen' panel: files or project layers joined by buurt code (SOURCES) and their YEARS."""

import os

from qgis.core import QgsMapLayerProxyModel, QgsSettings
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                                 QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ..qgis_io import sources as source_io
from ..qgis_io.i18n import tr
from .widgets import section, tight

SETTINGS = "BuurtKijker/"
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 11  # an extra source: a file path, or a project layer's id
SOURCE_FILES = "*.csv *.txt *.tsv *.xlsx *.ods *.gpkg *.shp *.geojson *.json *.zip"


class SourcesPanel(QWidget):
    """The list of extra sources and the YEARS box; ``changed`` when either changes."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cache = {}  # files read while unchanged (see qgis_io/sources.py)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        group = self.group = section(tr("Extra sources"), "bkSourcesGroup", collapsed=True)
        group.setToolTip(tr("Tables joined to the buurt layer by buurt code: CBS Kerncijfers of other years, the "
                            "RIVM Gezondheidsmonitor, the Leefbaarometer, your own CSV or Excel. Each indicator "
                            "comes from the most recent year that has it."))
        box = QVBoxLayout(group)
        tight(box)
        self.list = QListWidget()
        self.list.setMaximumHeight(80)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        box.addWidget(self.list)
        row = QHBoxLayout()
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        self.layer_combo.setToolTip(tr("A table or layer of this project to add as a source"))
        add_layer = QPushButton(tr("Add layer"))
        add_layer.clicked.connect(lambda: self.add_layer(self.layer_combo.currentLayer()))
        row.addWidget(self.layer_combo, 1)
        row.addWidget(add_layer)
        box.addLayout(row)
        row = QHBoxLayout()
        add_file = QPushButton(tr("Add file..."))
        add_file.clicked.connect(self.choose_files)
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        row.addWidget(add_file)
        row.addWidget(remove)
        box.addLayout(row)
        self.years_edit = QLineEdit()
        self.years_edit.setPlaceholderText(tr("Years, when not in the file: e.g. 2020, 2017 or rivm=2020"))
        self.years_edit.editingFinished.connect(self.changed.emit)
        box.addWidget(self.years_edit)
        self.boundaries_combo = QgsMapLayerComboBox()  # BOUNDARIES: another year's buurt polygons
        self.boundaries_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.boundaries_combo.setAllowEmptyLayer(True)
        self.boundaries_combo.setLayer(None)
        self.boundaries_combo.setToolTip(tr(
            "Buurt boundaries of other years: the buurt polygons of the year a source's codes belong to (e.g. the "
            "2019 buurtkaart for the RIVM Gezondheidsmonitor 2020). Its figures are carried onto today's buurten "
            "by polygon overlap."))
        box.addWidget(QLabel(tr("Buurt boundaries of other years")))
        box.addWidget(self.boundaries_combo)
        outer.addWidget(group)

    def choose_files(self):
        last = QgsSettings().value(SETTINGS + "last_source", "")
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Add extra sources"), os.path.dirname(last) if last else "",
            tr("Tables and layers ({});;All files (*)").format(SOURCE_FILES))
        for path in paths:
            self.add_file(path, notify=False)
        if paths:
            self.changed.emit()

    def add_file(self, path, notify=True):
        """Add a file (CSV, Excel, GeoPackage, ...) to the extra sources; it is read, never changed."""
        path = str(path)
        QgsSettings().setValue(SETTINGS + "last_source", path)
        if path not in self.values():
            item = QListWidgetItem(os.path.basename(path))
            item.setData(SOURCE_ROLE, path)
            item.setToolTip(path)
            self.list.addItem(item)
        if notify:
            self.changed.emit()

    def add_layer(self, layer):
        """Add a project layer (table or vector) to the extra sources; False without a layer."""
        if layer is None:
            return False
        if layer.id() not in self.values():
            item = QListWidgetItem(layer.name())
            item.setData(SOURCE_ROLE, layer.id())
            item.setToolTip(layer.source())
            self.list.addItem(item)
        self.changed.emit()
        return True

    def remove_selected(self):
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def values(self):
        """The SOURCES parameter: file paths and project layer ids, in the list's order."""
        return [self.list.item(i).data(SOURCE_ROLE) for i in range(self.list.count())]

    def years(self):
        return self.years_edit.text().strip()

    def boundaries(self):
        """The BOUNDARIES layer chosen (another year's buurt polygons), or "" for none."""
        return self.boundaries_combo.currentLayer() or ""

    def read(self, extra=()):
        """The sources as core sources, read the one way the algorithms read them too."""
        return source_io.read_sources(self.values(), extra, cache=self._cache)
