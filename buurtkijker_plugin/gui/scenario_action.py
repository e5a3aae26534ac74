"""The dock's "Wat als..." action: a named scenario of indicator changes for chosen buurten, recomputed against the
unchanged reference (buurtkijker:scenario in the background), saved in the project and shown as a map of the
difference next to the current scores."""

import os
import tempfile

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..core import scenario
from ..qgis_io import presentation, safe_html, scenario_store
from ..qgis_io.i18n import tr
from ..qgis_io.tasks import IndexJob
from .help_button import add_help

ALGORITHM = "buurtkijker:scenario"


class ScenarioJob(IndexJob):
    """IndexJob's background run, cancel and result handling, for buurtkijker:scenario."""

    algorithm_id = ALGORITHM


class ScenarioDialog(QDialog):
    """Name and changes (buurt code, indicator, new value or delta) of one scenario."""

    def __init__(self, codes=(), changes=(), name="", parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("What if ..."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Scenario name")))
        self.name = QLineEdit(name)
        row.addWidget(self.name, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Buurt code"), tr("Indicator"), tr("New value"), tr("Change")])
        layout.addWidget(self.table)
        add = QPushButton(tr("Add row"))
        add.clicked.connect(lambda: self.add_row())
        layout.addWidget(add)
        layout.addWidget(QLabel(tr("New value: a number or 'gemiddelde' (the reference average); change: added to "
                                   "today's value, e.g. 5 or -10.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_help(buttons, "scenarios", "in-the-dock-wat-als")
        layout.addWidget(buttons)
        for change in changes:
            self.add_row(change.code, change.indicator, change.value, change.delta)
        for code in codes:
            self.add_row(code)

    def add_row(self, code="", indicator="", value=None, delta=None):
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((code, indicator, value, delta)):
            self.table.setItem(row, column, QTableWidgetItem("" if text is None else str(text)))

    def changes(self):
        lines = ["code;indicator;value;delta"]
        for row in range(self.table.rowCount()):
            cells = [(self.table.item(row, c).text() if self.table.item(row, c) else "").strip() for c in range(4)]
            if cells[0] and cells[1] and (cells[2] or cells[3]):
                lines.append(";".join(cells))
        return scenario.parse_changes("\n".join(lines) + "\n") if len(lines) > 1 else []


def open_dialog(dock):
    codes = dock.selected_codes() if dock.result_layer is not None else []
    dialog = ScenarioDialog(codes, parent=dock)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return start(dock, dialog.name.text().strip() or tr("Scenario"), dialog.changes())


def start(dock, name, changes):
    """Save the scenario ``name`` in the project and compute it for the dock's layer, gemeenten and themes."""
    layer = dock.layer_combo.currentLayer()
    if layer is None or not changes:
        dock.message(tr("Choose a buurt layer and give at least one change."), Qgis.MessageLevel.Warning)
        return None
    scenario_store.save(name, changes)
    path = os.path.join(tempfile.mkdtemp(prefix="buurtkijker_"), "scenario.csv")
    scenario.save_changes(changes, path)
    # the run the user sees: layer, gemeenten, extra sources, themes with their weights, method and reference
    parameters = dock.action_parameters(ALGORITHM, CHANGES=path, NAME=name,
                                        OUTPUT=dock.default_output("buurtkijker_scenario", [name]))
    job = ScenarioJob(parameters, tr("BuurtKijker: scenario {}").format(name))
    dock.scenario_job = job

    def done(result):
        result.setRenderer(scenario_store.difference_renderer("total", dock.language))
        title = tr("Scenario: {} (difference with today)").format(name)
        result.setName(title)
        result.setCustomProperty("buurtkijker/scenario", name)
        result.setMapTipTemplate(presentation.tip_html(
            "<b>" + safe_html.field("naam") + '</b><br>[% format_number("bk_total", 1) %] '
            '&rarr; [% format_number("bk_total_scenario", 1) %]'))
        result.styleManager().addStyleFromLayer(title)  # a GeoPackage keeps the difference map as its default
        result.styleManager().setCurrentStyle(title)
        dock.store_maps(result, [title])
        dock.add_on_top(result)
        dock.scenario_layer = result
        outputs = job.results
        dock.set_status(tr("Scenario {}: {} changes for {} buurten; {} skipped.").format(
            name, outputs.get("APPLIED", 0), outputs.get("CHANGED", 0), outputs.get("SKIPPED", 0)))

    return dock.start_action(job, done)
