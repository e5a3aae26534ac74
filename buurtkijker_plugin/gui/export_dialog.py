"""Ask what to export: template (A4/A3, landscape/portrait, buurtprofielen), themes, file, layout manager."""

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget,
                                 QListWidgetItem, QVBoxLayout)

from ..qgis_io.i18n import tr
from ..qgis_io.layouts import PROFILE
from .help_button import add_help

HTML = "html"  # the buurtkaart for bewoners (buurtkijker:exporthtml)


def template_choices():
    return [("a4_landscape", tr("A4 landscape")), ("a4_portrait", tr("A4 portrait")),
            ("a3_landscape", tr("A3 landscape")), ("a3_portrait", tr("A3 portrait")),
            (PROFILE, tr("Buurtprofielen: one page per buurt (PDF)")),
            (HTML, tr("Buurt map for residents (HTML)"))]


RESULT_ROLE = Qt.ItemDataRole.UserRole + 1  # (layer id, map key) of a change, scenario or vulnerability map


class ExportDialog(QDialog):
    """``styles``: the theme maps of the result layer; ``results``: [(title, layer id, key)] of the change, scenario
    and vulnerability maps the dock made (each printed with its own legend and texts)."""

    def __init__(self, styles, current=None, selected_count=0, parent=None, language="nl", results=()):
        super().__init__(parent)
        self.setWindowTitle(tr("BuurtKijker - export map"))
        self.template = QComboBox()
        for key, text in template_choices():
            self.template.addItem(text, key)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.styles = QListWidget()
        for name in styles:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name == current else Qt.CheckState.Unchecked)
            self.styles.addItem(item)
        for title, layer_id, key in results:
            item = QListWidgetItem(title)
            item.setData(RESULT_ROLE, (layer_id, key))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if title == current else Qt.CheckState.Unchecked)
            self.styles.addItem(item)
        self.file = QgsFileWidget()
        self.file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file.setFilter(tr("PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)"))
        self.map_language = QComboBox()  # a Dutch map from an English QGIS, or the other way round
        self.map_language.addItem(tr("Dutch"), "nl")
        self.map_language.addItem(tr("English"), "en")
        self.map_language.setCurrentIndex(max(self.map_language.findData(language), 0))
        self.map_language.currentIndexChanged.connect(self._template_changed)
        self.own_language = language
        self.buurt_labels = QComboBox()
        for key, text in (("none", tr("None")), ("names", tr("Buurt names")), ("codes", tr("Buurt codes"))):
            self.buurt_labels.addItem(text, key)
        self.add_layout = QCheckBox(tr("Also add to the project's layouts, to polish in the layout designer"))
        self.add_layout.setChecked(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.selected_count = selected_count
        form = QFormLayout()
        form.addRow(tr("Layout"), self.template)
        form.addRow(tr("Maps (one file each)"), self.styles)
        form.addRow(tr("Language of the map"), self.map_language)
        form.addRow(tr("Labels"), self.buurt_labels)
        form.addRow(tr("File"), self.file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_help(buttons, "help", "getting-started")
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.add_layout)
        box.addWidget(self.note)
        box.addWidget(buttons)
        self._template_changed()

    def _template_changed(self):
        html = self.template.currentData() == HTML
        self.file.setFilter(tr("HTML page (*.html)") if html else
                            tr("PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)"))
        profiles = self.template.currentData() == PROFILE
        self.styles.setEnabled(not profiles)
        self.buurt_labels.setEnabled(not profiles and not html)
        # another language is made apart from the project's layouts; an HTML page has no layout; buurtprofielen
        # are made in the background and only exported
        own = self.language() == self.own_language and not html
        self.add_layout.setEnabled(own and not profiles)
        self.add_layout.setToolTip(tr("Buurtprofielen are made in the background and only exported.") if profiles
                                   else "" if own else tr("Layouts in another language than QGIS' are only exported."))
        self.note.setText(tr("Buurtprofielen for the {} buurten selected on the map.").format(self.selected_count)
                          if profiles and self.selected_count else
                          tr("Buurtprofielen for every buurt with a score (select buurten on the map for fewer).")
                          if profiles else
                          tr("One HTML page for residents: works offline, with the notes of the buurten; the ticked "
                             "themes are its maps.") if html else "")

    def language(self):
        return self.map_language.currentData()

    def labels(self):
        return "none" if self.template.currentData() == PROFILE else self.buurt_labels.currentData()

    def _checked(self):
        return [self.styles.item(r) for r in range(self.styles.count())
                if self.styles.item(r).checkState() == Qt.CheckState.Checked]

    def chosen_styles(self):
        """The theme maps ticked (style names of the result layer)."""
        return [item.text() for item in self._checked() if item.data(RESULT_ROLE) is None]

    def chosen_results(self):
        """The change, scenario and vulnerability maps ticked: [(layer id, key)]."""
        return [tuple(item.data(RESULT_ROLE)) for item in self._checked() if item.data(RESULT_ROLE) is not None]

    def path(self):
        path = self.file.filePath().strip()
        if path and "." not in path.rsplit("/", 1)[-1]:
            path += ".html" if self.template.currentData() == HTML else ".pdf"
        return path
