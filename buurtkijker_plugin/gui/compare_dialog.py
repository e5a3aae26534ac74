"""Compare buurten: a table of scores and indicator values beside the gemeente and national averages, the
explanations in words, bar and radar charts (matplotlib), and export as CSV, image or to the clipboard."""

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
import pandas as pd

from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import QMimeData, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QImage
from qgis.PyQt.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog,
                                 QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                                 QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from ..core import bivariate, charts, compare, notes as core_notes, vocabulary
from ..core.errors import BuurtKijkerError
from ..qgis_io import bivariate as qbivariate
from ..qgis_io import safe_html
from ..qgis_io.i18n import error_text, tr
from .help_button import add_help
from .notes_dialog import notes_html

BETTER, WORSE = QColor("#d1e5f0"), QColor("#fddbc7")  # the map's blue and red, light


class CompareDialog(QDialog):
    def __init__(self, frame, themes, selected=(), reference=None, language="nl", parent=None, attention=None,
                 notes=None):
        """``frame``: the result layer's table (:func:`layers.indexed_frame`); ``selected``: codes to start with;
        ``attention``: the codes of the vulnerability x nuisance attention list, else taken from the layer's
        ``bk_aandacht`` or from a vulnerabilitynuisance layer in the project (None: no list known yet)."""
        super().__init__(parent)
        self.setWindowTitle(tr("BuurtKijker - compare buurten"))
        self.frame, self.themes, self.reference, self.language = frame, themes, reference, language
        self.comparison = None
        self.notes = core_notes.by_buurt(notes or [])  # shown beside the explanations, never in the numbers
        if attention is None:
            attention = bivariate.attention_codes(frame)
        if attention is None:
            attention = qbivariate.project_attention(frame["code"].dropna().tolist())
        self.attention = None if attention is None else list(attention)
        self._build()
        self.fit_screen(1200, 780)
        self._fill_list(selected)
        self.refresh()

    def fit_screen(self, width, height):
        """``width`` x ``height``, but never larger than the screen's free area (a 1366x768 laptop with its task
        bar and QGIS' title bar leaves about 1366 x 700): the window and its buttons stay on screen."""
        screen = (self.parent().screen() if self.parent() is not None and hasattr(self.parent(), "screen")
                  else QApplication.primaryScreen())
        free = screen.availableGeometry() if screen is not None else None
        if free is not None:
            width, height = min(width, free.width() - 20), min(height, free.height() - 60)
        self.setMinimumSize(min(self.minimumSizeHint().width(), width), min(self.minimumSizeHint().height(), height))
        self.resize(width, height)
        if free is not None:
            self.move(free.x() + (free.width() - width) // 2, free.y() + max((free.height() - height - 30) // 2, 0))

    def _build(self):
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.search = QgsFilterLineEdit()
        self.search.setPlaceholderText(tr("Search buurt"))
        self.search.textChanged.connect(self._filter)
        self.buurt_list = QListWidget()
        self.buurt_list.setTextElideMode(Qt.TextElideMode.ElideNone)  # full names; a scroll bar when needed
        self.buurt_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.buurt_list.itemChanged.connect(lambda _: self.refresh())
        left_box.addWidget(QLabel(tr("Buurten to compare")))
        left_box.addWidget(self.search)
        left_box.addWidget(self.buurt_list)
        self.attention_button = QPushButton(tr("Choose attention buurten"))
        self.attention_button.setToolTip(tr(
            "Tick the buurten with high vulnerability and rising (or high) nuisance, from the 'Vulnerability x "
            "nuisance' map in the project or its list (CSV), instead of the current choice. The CSV export then "
            "says per buurt whether it is on that list."))
        self.attention_button.clicked.connect(self.choose_attention)
        left_box.addWidget(self.attention_button)
        splitter.addWidget(left)

        right = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)  # more rows in view
        right.addWidget(self.table)
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(9, 3.6), dpi=90))
        right.addWidget(self.canvas)
        self.why = QTextBrowser()
        right.addWidget(self.why)
        right.setSizes([430, 260, 90])
        splitter.addWidget(right)
        splitter.setSizes([300, 900])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        add_help(buttons, "methodology", "10-comparison")
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the table (paste into a spreadsheet) and the chart"))
        self.csv_button = QPushButton(tr("Save CSV..."))
        self.image_button = QPushButton(tr("Save chart..."))
        for button, slot in ((self.copy_button, self.copy), (self.csv_button, self.choose_csv),
                             (self.image_button, self.choose_image)):
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages name buurten: text, never HTML
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(buttons)
        box.addLayout(row)

    def _fill_list(self, selected):
        self.buurt_list.blockSignals(True)
        rows = self.frame[["code", "naam", "gemeentenaam"]].dropna(subset=["code"])
        rows = rows.sort_values("naam", key=lambda s: s.fillna("").str.lower())
        chosen = rows["code"].isin(list(selected))  # the buurten selected on the map first, then the others
        rows = pd.concat([rows[chosen], rows[~chosen]])
        many = rows["gemeentenaam"].nunique() > 1
        for code, name, gemeente in rows.itertuples(index=False):
            text = "{} ({})".format(name or code, gemeente if many else code)
            item = QListWidgetItem(text)
            item.setToolTip(safe_html.tooltip(text))
            self._mark(item, code)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in selected else Qt.CheckState.Unchecked)
            self.buurt_list.addItem(item)
        self.buurt_list.blockSignals(False)

    def _mark(self, item, code):
        """Buurten on the attention list in bold, with the reason in the tooltip."""
        listed = self.attention is not None and code in self.attention
        font = item.font()
        font.setBold(listed)
        item.setFont(font)
        text = item.text()
        item.setToolTip(safe_html.tooltip(
            text + (" - " + tr("on the attention list (vulnerability x nuisance)") if listed else "")))

    def choose_attention(self):
        """The button: tick the attention list's buurten; without a known list, ask for its CSV first."""
        if self.attention is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Attention list of 'Vulnerability x nuisance'"), "",
                                                  tr("CSV (*.csv);;*"))
            if not path or not self.load_attention_list(path):
                return None
        return self.tick_attention()

    def load_attention_list(self, path):
        """Read the LIST CSV of vulnerabilitynuisance; True when read (its buurten are then marked)."""
        try:
            self.attention = bivariate.read_attention_list(path)
        except BuurtKijkerError as exc:
            self.status.setText(error_text(exc))
            return False
        for row in range(self.buurt_list.count()):
            item = self.buurt_list.item(row)
            self._mark(item, item.data(Qt.ItemDataRole.UserRole))
        return True

    def tick_attention(self):
        """Tick exactly the buurten of the attention list (the others unticked); returns the codes ticked."""
        listed = set(self.attention or ())
        ticked = []
        self.buurt_list.blockSignals(True)
        for row in range(self.buurt_list.count()):
            item = self.buurt_list.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if code in listed else Qt.CheckState.Unchecked)
            if code in listed:
                ticked.append(code)
        self.buurt_list.blockSignals(False)
        self.refresh()
        missing = len(listed) - len(ticked)
        if not listed:
            self.status.setText(tr("The attention list is empty: no buurt has high vulnerability and rising (or "
                                   "high) nuisance."))
        else:
            self.status.setText(tr("{} buurten of the attention list ticked.").format(len(ticked)) + (
                " " + tr("{} of its codes are not in this layer.").format(missing) if missing else ""))
        return ticked

    def _filter(self, text):
        for row in range(self.buurt_list.count()):
            item = self.buurt_list.item(row)
            item.setHidden(bool(text) and text.lower() not in item.text().lower())

    def checked_codes(self):
        return [self.buurt_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.buurt_list.count())
                if self.buurt_list.item(r).checkState() == Qt.CheckState.Checked]

    # -- contents -----------------------------------------------------------------------------------------------

    def refresh(self):
        codes = self.checked_codes()
        for button in (self.copy_button, self.csv_button, self.image_button):
            button.setEnabled(bool(codes))
        if not codes:
            self.comparison = None
            self.table.clear()
            self.table.setRowCount(0)
            self.canvas.figure.clear()
            self.canvas.draw_idle()
            self.why.clear()
            self.status.setText(tr("Tick buurten in the list, or select them on the map before opening this "
                                   "window."))
            return
        try:
            self.comparison = compare.compare(self.frame, codes, self.themes, self.reference, self.language)
        except BuurtKijkerError as exc:
            self.status.setText(error_text(exc))
            return
        self._fill_table()
        self._draw()
        self._fill_why()
        national = self.reference is not None
        self.status.setText(tr("Blue: clearly better than the gemeente average; red: clearly worse (more than "
                               "half a standard deviation).") +
                            ("" if national else " " + tr("No national layer loaded: the national column is "
                                                          "empty.")))

    def _fill_table(self):
        c = self.comparison
        titles = c.column_titles()
        columns = list(c.values.columns)
        self.table.clear()
        self.table.setColumnCount(len(columns) + 1)
        self.table.setRowCount(len(c.rows))
        self.table.setHorizontalHeaderLabels([""] + [titles[col] for col in columns])
        explanations = {code: dict(items) for code, items in c.explanations.items()}
        for r, row in enumerate(c.rows.itertuples()):
            label = QTableWidgetItem("{} ({})".format(row.label, row.unit) if row.kind == "indicator" and row.unit
                                     else row.label)
            if row.kind == "score":
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            self.table.setItem(r, 0, label)
            for k, column in enumerate(columns, start=1):
                value = c.values.iat[r, k - 1]
                item = QTableWidgetItem("" if value != value else c.value_text(r, column, self._number(value)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column in c.flags.columns:
                    flag = c.flags.at[r, column]
                    if flag:
                        item.setBackground(QBrush(BETTER if flag > 0 else WORSE))
                    why = explanations.get(column, {}).get(row.label)
                    if why:
                        item.setToolTip(safe_html.tooltip(why))
                self.table.setItem(r, k, item)
        self.table.resizeColumnsToContents()

    def _number(self, value):
        return vocabulary.number(value, self.language)

    def _draw(self):
        charts.draw_comparison(self.canvas.figure, self.comparison)  # the same drawing as in layouts, Qt canvas
        self.canvas.draw_idle()

    def _fill_why(self):
        c = self.comparison
        names = dict(zip(c.buurten["code"], c.buurten["naam"]))
        html = []
        for code in c.codes:
            average = {vocabulary.word(3, scale, self.language) for scale in ("z", "context")}
            lines = ["<li><b>{}</b>: {}</li>".format(safe_html.text(label), safe_html.text(text))
                     for label, text in c.explanation_lines(code)
                     if text not in average]  # with the change since the first year when the layer has it
            html.append("<p><b>{}</b></p><ul>{}</ul>".format(safe_html.text(names.get(code) or code), "".join(lines) or
                                                             "<li>{}</li>".format(tr("every theme around the "
                                                                                     "average"))))
            html.append(notes_html(self.notes.get(code), self.language))  # what we hear in the buurt
        self.why.setHtml("".join(html))

    # -- export -------------------------------------------------------------------------------------------------

    def copy(self):
        data = QMimeData()
        data.setText(self.export_table().to_csv(sep="\t", index=False))
        data.setImageData(QImage(self.canvas.grab().toImage()))
        QApplication.clipboard().setMimeData(data)
        self.status.setText(tr("Table and chart copied."))

    def choose_csv(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save comparison"), "", tr("CSV (*.csv)"))
        if path:
            self.save_csv(path if path.lower().endswith(".csv") else path + ".csv")

    def save_csv(self, path):
        """Semicolon and decimal comma for Dutch Excel; comma and point in English. One explanation column per
        buurt, in the window's language."""
        self.export_table().to_csv(path, sep=";" if self.language == "nl" else ",", index=False,
                                   encoding="utf-8-sig")
        self.status.setText(tr("Saved {}").format(path))
        return path

    def export_table(self):
        """The table as exported: decimal comma in Dutch; with an attention list, a row saying per buurt whether it
        is on it."""
        return compare.export_table(self.comparison, "," if self.language == "nl" else ".", self.attention,
                                    explanations=True)

    def choose_image(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save chart"), "",
                                              tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)"))
        if path:
            self.save_image(path)

    def save_image(self, path):
        charts.save(charts.comparison_figure(self.comparison), path, dpi=150)
        self.status.setText(tr("Saved {}").format(path))
        return path
