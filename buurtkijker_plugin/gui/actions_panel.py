"""The dock's actions: Compute / Cancel with progress, the map shown, Compare, Export, the 'more' menu (change,
what if, vulnerability x nuisance) and the status line with its details.

Plain widgets and their layout; what each button does is the dock's (it connects them)."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QSizePolicy,
                                 QToolButton, QVBoxLayout, QWidget)

from ..qgis_io.i18n import tr


BREAK = "\u200b"  # zero-width space: a place a label may wrap


def breakable(text, longest=25):
    """``text`` with wrap points after commas, semicolons, slashes and underscores inside words longer than
    ``longest`` characters (a list of ids such as 'a,b,c' then wraps like words); other text stays as it is."""
    def split(word):
        return "".join(c + BREAK if c in ",;/_|" else c for c in word) if len(word) > longest else word
    return "\n".join(" ".join(split(w) for w in line.split(" ")) for line in text.split("\n"))


class ActionsPanel(QWidget):

    def __init__(self, parent=None):
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Compute"))
        self.run_button.setDefault(True)
        self.run_button.setEnabled(False)  # until a buurt layer is read
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        row.addWidget(self.run_button, 1)
        row.addWidget(self.cancel_button)
        box.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        box.addWidget(self.progress)

        row = QHBoxLayout()
        self.map_theme_combo = QComboBox()
        self.map_theme_combo.setEnabled(False)
        self.map_theme_combo.setToolTip(tr("The theme the map shows"))
        self.map_theme_combo.setMinimumContentsLength(8)
        self.map_theme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row.addWidget(QLabel(tr("Map shows")))
        row.addWidget(self.map_theme_combo, 1)
        box.addLayout(row)

        row = QHBoxLayout()
        self.compare_button = QPushButton(tr("Compare..."))
        self.compare_button.setToolTip(tr("Compare the buurten selected on the map with each other, the gemeente "
                                          "and the country"))
        self.export_button = QPushButton(tr("Export map..."))
        self.export_button.setToolTip(tr("Print layout as PDF, PNG or SVG; buurtprofielen as one PDF"))
        for button in (self.compare_button, self.export_button):
            button.setEnabled(False)
            row.addWidget(button)
        # issue 16's views, under one button so that the dock stays narrow (it must fit a 1366x768 laptop)
        self.more_button = QToolButton()
        self.more_button.setText("\u2026")
        self.more_button.setToolTip(tr("More: change over the years, what-if scenarios, vulnerability x nuisance, "
                                       "notes per buurt"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.change_button = more.addAction(tr("Change..."))  # Verandering: this layer against an earlier year
        self.change_button.setToolTip(tr("Compare this layer with an earlier year of the same buurten, by code, on "
                                         "one scale: improved / no clear change / worsened"))
        self.scenario_button = more.addAction(tr("What if..."))  # Wat als: a named scenario of indicator changes
        self.scenario_button.setToolTip(tr("Change indicator values of chosen buurten and see their scores against "
                                           "the unchanged reference; saved in the project"))
        self.bivariate_button = more.addAction(tr("Vulnerability x nuisance"))  # Aedes' veerkracht view, 3 x 3
        self.bivariate_button.setToolTip(tr("Where vulnerable residents and nuisance coincide: a 3 x 3 map of "
                                            "terciles (join the RIVM Gezondheidsmonitor under Extra sources)"))
        self.notes_button = more.addAction(tr("Note..."))  # Notitie: tellen en vertellen, beside the scores
        self.notes_button.setToolTip(tr("Add, edit or delete notes of the buurten selected on the map (what "
                                        "residents and professionals tell); never counted in the scores"))
        more.setToolTipsVisible(True)
        self.more_button.setMenu(more)
        row.addWidget(self.more_button)
        box.addLayout(row)

        row = QHBoxLayout()
        self.status = QLabel()  # one short line; the run's warnings behind 'Details'
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names buurten, files and themes: text, never HTML
        self.status.setWordWrap(True)
        # a long word (a list of ids) wraps or is cut, it never widens the dock past a laptop's screen
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details_button = QToolButton()
        self.details_button.setText(tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setVisible(False)
        self.details_button.toggled.connect(self.show_details)
        row.addWidget(self.status, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        box.addWidget(self.details)

    def set_status(self, text, details=()):
        """One short line; longer reports (the run's warnings) behind the 'Details' button."""
        self.status.setText(breakable(text))
        self.details.setText(breakable("\n".join(details)))
        self.details_button.setVisible(bool(details))
        self.details_button.setText(tr("Details ({})").format(len(details)) if details else tr("Details"))
        self.details_button.setChecked(False)
        self.details.setVisible(False)

    def show_details(self, shown):
        self.details.setVisible(shown and bool(self.details.text()))

    def set_busy(self, busy, can_run):
        self.run_button.setEnabled(not busy and can_run)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
