"""Notes per buurt in the dock: add, edit and delete the notes of the selected buurten, import and export them as
CSV (Dutch Excel: semicolon, UTF-8 with BOM) for a workshop's sticky notes. Notes live in the ``bk_notes`` table
beside the result (see :mod:`qgis_io.notes_store`) and are never counted in the scores."""

import html

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                                 QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..core import notes as core_notes
from ..core.errors import BuurtKijkerError
from ..qgis_io import notes_expression
from ..qgis_io.i18n import error_text, tr


def notes_html(notes, language="nl", limit=5):
    """The notes of one buurt for the comparison window (escaped: notes are text)."""
    if not notes:
        return ""
    items = "".join("<li><small>{}, {}{}</small>: {}</li>".format(
        html.escape(n.date), html.escape(core_notes.role_word(n.role, language)),
        " ({})".format(html.escape(n.theme)) if n.theme else "", html.escape(core_notes.trimmed(n.text, 300)))
        for n in core_notes.newest_first(notes)[:limit])
    more = len(notes) - limit
    tail = "<li>{}</li>".format(html.escape(tr("... and {} more").format(more))) if more > 0 else ""
    return "<p><i>{}</i> <small>({})</small></p><ul>{}{}</ul>".format(
        html.escape(core_notes.TITLE.get(language, core_notes.TITLE["nl"])),
        html.escape(tr("not counted in the scores")), items, tail)


class NoteEditor(QDialog):
    """One note: buurt, date, role, theme (optional) and text."""

    def __init__(self, buurten, themes, note=None, parent=None, language="nl"):
        super().__init__(parent)
        self.setWindowTitle(tr("BuurtKijker - note"))
        self.buurt = QComboBox()
        for code, name in buurten:
            self.buurt.addItem("{} ({})".format(name or code, code), code)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.role = QComboBox()
        for role in core_notes.ROLES:
            self.role.addItem(core_notes.role_word(role, language), role)
        self.theme = QComboBox()
        self.theme.addItem(tr("(no theme)"), "")
        for theme in themes:
            self.theme.addItem(theme.label(language), theme.id)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("What residents or professionals tell about the buurt"))
        if note is not None:
            self.buurt.setCurrentIndex(max(self.buurt.findData(note.code), 0))
            self.date.setDate(QDate.fromString(note.date, "yyyy-MM-dd"))
            self.role.setCurrentIndex(max(self.role.findData(note.role), 0))
            index = self.theme.findData(note.theme)
            if index < 0 and note.theme:
                self.theme.addItem(note.theme, note.theme)
                index = self.theme.count() - 1
            self.theme.setCurrentIndex(max(index, 0))
            self.text.setPlainText(note.text)
        self.note_id = note.id if note is not None else None
        form = QFormLayout()
        form.addRow(tr("Buurt"), self.buurt)
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Theme"), self.theme)
        form.addRow(tr("Text"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)

    def note(self):
        """The note as entered (raises :class:`BuurtKijkerError` with what is wrong)."""
        note = core_notes.make(self.buurt.currentData(), self.date.date().toString("yyyy-MM-dd"),
                               self.role.currentData(), self.text.toPlainText(), self.theme.currentData())
        return core_notes.with_id(note, self.note_id)


class NotesDialog(QDialog):
    """The notes of the buurten ``buurten`` [(code, name)] kept in ``store``."""

    COLUMNS = ("buurt", "date", "role", "theme", "text")

    def __init__(self, store, buurten, themes, parent=None, language="nl"):
        super().__init__(parent)
        self.setWindowTitle(tr("BuurtKijker - notes per buurt"))
        self.store, self.buurten, self.themes, self.language = store, list(buurten), list(themes), language
        self.names = dict(self.buurten)
        self.resize(900, 460)
        self.table = QTableWidget()
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([tr("Buurt"), tr("Date"), tr("Role"), tr("Theme"), tr("Text")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.add_button, self.edit_button = QPushButton(tr("Add...")), QPushButton(tr("Edit..."))
        self.delete_button = QPushButton(tr("Delete"))
        self.import_button, self.export_button = QPushButton(tr("Import CSV...")), QPushButton(tr("Export CSV..."))
        for button, slot in ((self.add_button, self.add), (self.edit_button, self.edit),
                             (self.delete_button, self.delete), (self.import_button, self.choose_import),
                             (self.export_button, self.choose_export)):
            button.clicked.connect(slot)
        self.status = QLabel(tr("Notes are shown beside the scores (map tip, comparison, buurtprofiel, HTML map) "
                                "and never counted in them. They are kept in {}.").format(store))
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(tr("Notes of: {}").format(", ".join(n or c for c, n in self.buurten))))
        box.addWidget(self.table)
        box.addLayout(buttons)
        box.addWidget(self.status)
        box.addWidget(close)
        self.notes = []
        self.reload()

    def reload(self):
        codes = {c for c, _ in self.buurten}
        try:
            self.notes = core_notes.newest_first([n for n in self.store.read() if n.code in codes])
        except BuurtKijkerError as exc:
            self.status.setText(error_text(exc))
            self.notes = []
        notes_expression.forget()
        self.table.setRowCount(len(self.notes))
        labels = {t.id: t.label(self.language) for t in self.themes}
        for row, note in enumerate(self.notes):
            values = (self.names.get(note.code) or note.code, note.date, core_notes.role_word(note.role, self.language),
                      labels.get(note.theme, note.theme), note.text)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        for column in range(4):  # the text takes what is left (in full in its tooltip and the editor)
            self.table.resizeColumnToContents(column)
        has = bool(self.notes)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.notes[r] for r in rows if r < len(self.notes)]

    def _ask(self, note=None):
        editor = NoteEditor(self.buurten, self.themes, note, self, self.language)
        while editor.exec() == QDialog.DialogCode.Accepted:
            try:
                return editor.note()
            except BuurtKijkerError as exc:
                QMessageBox.warning(self, tr("BuurtKijker"), error_text(exc))
        return None

    def _do(self, action):
        try:
            result = action()
        except BuurtKijkerError as exc:
            self.status.setText(error_text(exc))
            return None
        self.reload()
        return result

    def add(self):
        note = self._ask()
        return self._do(lambda: self.store.add([note])) if note is not None else None

    def edit(self):
        chosen = self.selected()
        if not chosen:
            return None
        note = self._ask(chosen[0])
        return self._do(lambda: self.store.update(note)) if note is not None else None

    def delete(self):
        chosen = self.selected()
        if not chosen:
            return None
        answer = QMessageBox.question(self, tr("BuurtKijker"), tr("Delete {} note(s)?").format(len(chosen)))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self._do(lambda: [self.store.delete(n.id) for n in chosen])

    def choose_import(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Import notes"), "", tr("CSV (*.csv)"))
        return self.import_csv(path) if path else None

    def import_csv(self, path):
        """Add every note of a CSV (all buurten in it, not only the selected ones); returns how many."""
        def run():
            items = core_notes.read_csv(path)
            self.store.add(items)
            return len(items)
        count = self._do(run)
        if count is not None:
            self.status.setText(tr("Imported {} notes from {}.").format(count, path))
        return count

    def choose_export(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export notes"), "", tr("CSV (*.csv)"))
        if path:
            return self.export_csv(path if path.lower().endswith(".csv") else path + ".csv")
        return None

    def export_csv(self, path):
        """Every note of the store (all buurten) as a CSV for Dutch Excel."""
        def run():
            items = self.store.read()
            core_notes.write_csv(items, path)
            return len(items)
        count = self._do(run)
        if count is not None:
            self.status.setText(tr("Exported {} notes to {}.").format(count, path))
        return count


def open_notes(dock):
    """The dock's "Notitie..." action: the notes of the buurten selected on the map (or a message why not)."""
    from qgis.core import Qgis
    from ..qgis_io import notes_store
    layer = dock.result_layer
    if layer is None:
        dock.message(tr("Compute or open a result first."), Qgis.MessageLevel.Warning)
        return None
    store = notes_store.store_for(layer)
    if store is None:
        dock.message(error_text(notes_store.no_store_error(layer.name())), Qgis.MessageLevel.Warning)
        return None
    codes = dock.selected_codes()
    if not codes:
        dock.message(tr("Select one or more buurten on the map first."), Qgis.MessageLevel.Info)
        return None
    names = {}
    index = layer.fields().indexOf("naam")
    for feature in layer.getSelectedFeatures():
        names[feature["code"]] = feature.attribute(index) if index >= 0 else None
    buurten = [(c, names.get(c) if isinstance(names.get(c), str) else None) for c in codes]
    dialog = NotesDialog(store, buurten, dock.result_themes, dock.iface.mainWindow(), dock.language)
    dialog.exec()
    layer.triggerRepaint()
    return dialog
