"""The BuurtKijker dock: data source, gemeenten, themes and weights, advanced options, run in the background."""

import os
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (Qgis, QgsApplication, QgsCoordinateTransform, QgsMapLayerProxyModel, QgsMessageLog, QgsProject,
                       QgsSettings, QgsTask, QgsVectorLayerFeatureSource)
from qgis.gui import QgsDockWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QDoubleSpinBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout,
                                 QPushButton, QScrollArea, QSpinBox, QToolButton, QVBoxLayout, QWidget)

from ..core import dependencies, indices, join_sources, run_request, themes as theme_io, vocabulary
from ..core.cbs_table import normalise
from ..core.errors import BuurtKijkerError
from ..paths import DEMO_GPKG, THEMES_FILE
from ..processing import request as run_parameters
from ..qgis_io import (layers, notes_store, presentation, result_layouts, settings, sources as source_io,
                       style_store)
from ..qgis_io.i18n import error_text, missing_packages_text, tr, user_language
from ..qgis_io.tasks import IndexJob
from .actions_panel import ActionsPanel
from .export_action import Exporter
from .gemeente_panel import GemeentePanel
from .help_button import help_button
from .options import remember
from .sources_panel import SourcesPanel
from .themes_panel import ThemesPanel
from .widgets import combo, section, set_combo, tight

SETTINGS = "BuurtKijker/"
RESULTS_FOLDER = "results_folder"  # QgsSettings key (under SETTINGS): the folder results go to in unsaved projects
NATIONAL_MIN_GEMEENTEN = 300  # a source layer with this many gemeenten serves as the national reference


@dataclass
class RunRecord:
    """One computation of the dock, made when it starts: what was asked, and (once finished) what came out."""
    codes: list
    names: list
    themes: list  # the chosen themes with the weights as edited
    method: str
    classification: str
    classes: int
    job: object = None
    layer: object = None  # the result layer
    styles: list = field(default_factory=list)  # its named styles (theme maps)
    frame: object = None  # its table, read once for comparisons and profiles
    prepared: object = None
    request: object = None  # the RunRequest it was made from

    @property
    def theme_ids(self):
        return sorted(t.id for t in self.themes)


class BuurtKijkerDock(QgsDockWidget):
    run_finished = pyqtSignal(object)  # the result layer, or None when the run failed or was cancelled

    def __init__(self, iface, parent=None):
        super().__init__(tr("BuurtKijker"), parent)
        self.iface = iface
        self.setObjectName("BuurtKijkerDock")
        self.language = user_language()
        self.job = None
        self.exporter = Exporter(self)  # Kaart exporteren...: maps, bewoners page, buurtprofielen
        self.record = None  # the current run (RunRecord); its layer is what Compare and Export use
        self.table = None
        self.joined = None  # the layer's table with the extra sources joined (None without sources)
        self.folder_declined = False  # the user cancelled the results-folder question: not asked again
        self._build()
        self.theme_tree.set_themes(theme_io.load_themes(THEMES_FILE), self.language)
        self.layer_combo.layerChanged.connect(self.on_layer_changed)
        self.on_layer_changed(self.layer_combo.currentLayer())

    # -- layout -----------------------------------------------------------------------------------------------

    def _build(self):
        """The dock's body sits in a scroll area: on a 1366x768 laptop every control stays reachable. Sections
        remember whether they were collapsed (QgsSettings, by object name)."""
        body = QWidget()
        body.setObjectName("BuurtKijkerDockBody")
        box = QVBoxLayout(body)
        box.setContentsMargins(4, 4, 4, 4)

        row = QHBoxLayout()  # the buurt layer: always in view, no section of its own
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setToolTip(tr("A buurt layer of the CBS Wijk- en buurtkaart in this project"))
        self.open_button = QToolButton()
        self.open_button.setText(tr("Open file..."))
        self.open_button.setToolTip(tr("Open a CBS Wijk- en buurtkaart file (GeoPackage, shapefile, GeoJSON)"))
        self.open_button.clicked.connect(self.choose_file)
        self.demo_button = QToolButton()
        self.demo_button.setText(tr("Demo"))
        self.demo_button.setToolTip(tr("Voorbeeldstad: a fictitious gemeente of 40 buurten, to try BuurtKijker"))
        self.demo_button.clicked.connect(self.load_demo)
        row.addWidget(self.layer_combo, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.demo_button)
        row.addWidget(help_button("help", "getting-started"))
        box.addLayout(row)

        self.sources_panel = SourcesPanel(body)
        self.sources_panel.changed.connect(self.refresh_sources)
        box.addWidget(self.sources_panel)
        self.sources_list, self.years_edit = self.sources_panel.list, self.sources_panel.years_edit
        self.source_layer_combo = self.sources_panel.layer_combo

        self.gemeente_panel = GemeentePanel(body)
        self.gemeente_filter, self.gemeente_list = self.gemeente_panel.filter, self.gemeente_panel.list
        box.addWidget(self.gemeente_panel.group)

        self.themes_panel = ThemesPanel(body)
        self.theme_note, self.theme_tree = self.themes_panel.note, self.themes_panel.tree
        box.addWidget(self.themes_panel.group, 1)

        advanced = section(tr("Advanced"), "bkAdvancedGroup", collapsed=True)
        form = QFormLayout(advanced)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        tight(form)
        self.method_combo = combo([(key, vocabulary.method_name(key, self.language)) for key in indices.METHODS])
        self.reference_combo = combo([("selection", tr("the chosen gemeenten")),
                                      ("national", tr("all buurten in the layer (national)"))])
        self.min_population = QSpinBox()
        self.min_population.setRange(0, 100000)
        self.min_population.setValue(indices.MIN_POPULATION)
        self.winsorize = QDoubleSpinBox()
        self.winsorize.setRange(0, 10)
        self.winsorize.setSingleStep(0.5)
        self.winsorize.setSuffix(" %")
        self.winsorize.setToolTip(tr("Share of the reference buurten clipped at each tail before standardising "
                                     "(0 = off). Skewed rates are already shrunk and transformed."))
        self.classification_combo = combo([("verdict", tr("Verdict classes (one word per buurt)")),
                                           ("jenks", tr("Natural breaks (Jenks)")), ("quantile", tr("Quantile")),
                                           ("equal", tr("Equal interval")), ("pretty", tr("Pretty breaks"))])
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(3, 9)
        self.classes_spin.setValue(5)
        self.output_file = QgsFileWidget()
        self.output_file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output_file.lineEdit().setPlaceholderText(tr("[a GeoPackage in the project's folder]"))
        self.output_file.setToolTip(tr("Empty: a new GeoPackage beside the project file, with its maps stored in it; "
                                       "while the project is not saved, in a folder BuurtKijker asks for once."))
        for chooser, name in ((self.method_combo, settings.METHOD), (self.reference_combo, settings.REFERENCE),
                              (self.classification_combo, settings.CLASSIFICATION)):
            remember(chooser, name)  # the last choice is the default next time (and on the Options page)
        form.addRow(tr("Method"), self.method_combo)
        form.addRow(tr("Reference"), self.reference_combo)
        form.addRow(tr("Minimum inhabitants"), self.min_population)
        form.addRow(tr("Winsorising"), self.winsorize)
        form.addRow(tr("Classification"), self.classification_combo)
        form.addRow(tr("Classes"), self.classes_spin)
        form.addRow(tr("Save result to"), self.output_file)
        row = QHBoxLayout()
        load, save = QPushButton(tr("Load themes...")), QPushButton(tr("Save themes as..."))
        load.clicked.connect(self.choose_theme_file)
        save.clicked.connect(self.choose_theme_save)
        row.addWidget(load)
        row.addWidget(save)
        form.addRow(tr("Theme file"), row)
        box.addWidget(advanced)

        actions = self.actions_panel = ActionsPanel(body)
        for name in ("run_button", "cancel_button", "progress", "map_theme_combo", "compare_button", "export_button",
                     "more_button", "change_button", "scenario_button", "bivariate_button", "notes_button", "status",
                     "details_button", "details"):
            setattr(self, name, getattr(actions, name))
        actions.run_button.clicked.connect(self.run)
        actions.cancel_button.clicked.connect(self.cancel)
        actions.map_theme_combo.currentTextChanged.connect(self.show_theme)
        actions.compare_button.clicked.connect(self.open_compare)
        actions.export_button.clicked.connect(self.open_export)
        actions.change_button.triggered.connect(self.open_change)
        actions.scenario_button.triggered.connect(self.open_scenario)
        actions.bivariate_button.triggered.connect(self.open_bivariate)
        actions.notes_button.triggered.connect(self.open_notes)
        box.addWidget(actions)
        box.addStretch(0)
        scroll = QScrollArea()
        scroll.setObjectName("BuurtKijkerScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(body)
        self.body = body
        self.setWidget(scroll)

    _combo = staticmethod(combo)
    _set_combo = staticmethod(set_combo)

    # -- data source ------------------------------------------------------------------------------------------

    def choose_file(self):
        last = QgsSettings().value(SETTINGS + "last_file", "")
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open CBS Wijk- en buurtkaart"), os.path.dirname(last) if last else "",
            tr("Vector data (*.gpkg *.shp *.geojson *.json *.gml *.zip);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path):
        """Add a CBS file to the project (read-only use) and select it; remember it for next time."""
        try:
            layer = layers.open_layer(path)
        except BuurtKijkerError as exc:
            self.message(error_text(exc), Qgis.MessageLevel.Critical)
            return None
        QgsProject.instance().addMapLayer(layer)
        self.layer_combo.setLayer(layer)
        QgsSettings().setValue(SETTINGS + "last_file", path)
        return layer

    def load_demo(self):
        layer = self.open_file(str(DEMO_GPKG))
        if layer is not None:
            layer.setName(tr("Voorbeeldstad (demo)"))
        return layer

    def on_layer_changed(self, layer):
        self.demo_button.setVisible(not self.layer_combo.count() or layer is None)
        self.gemeente_list.blockSignals(True)
        self.gemeente_list.clear()
        self.gemeente_list.blockSignals(False)
        self.table = None
        self.run_button.setEnabled(False)
        if layer is None:
            self.theme_tree.set_checked(set())
            self.theme_tree.setEnabled(False)
            self.theme_note.setText(tr("Load a buurt layer first: the themes it can compute are ticked then."))
            self.theme_note.setVisible(True)
            self.set_status(tr("Choose a buurt layer, open a CBS file, or load the demo gemeente."))
            return
        self.theme_tree.setEnabled(True)
        try:
            extra = [i.indicator for t in self.theme_tree.themes for i in t.indicators if not i.known]
            raw = layers.read_layer_columns(layer, layers.needed_columns(layer.fields(), extra))
            self.table = normalise(raw, layer.name())
        except BuurtKijkerError as exc:
            self.set_status(error_text(exc))
            self.show_lacking(self.theme_tree.set_availability(set()))
            return
        self.run_button.setEnabled(self.job is None or not self.job.running)
        if self.table.year is None:
            self.table.year = join_sources.year_in_name(layer.name() + " " + layer.source())
        self.fill_gemeenten(self.table.gemeenten())
        self.refresh_sources()

    # -- extra sources ----------------------------------------------------------------------------------------

    def choose_source_files(self):
        self.sources_panel.choose_files()

    def add_source_file(self, path):
        """Add a file (CSV, Excel, GeoPackage, ...) to the extra sources; True when all sources join."""
        self.sources_panel.add_file(path, notify=False)
        return self.refresh_sources()

    def add_source_layer(self, layer):
        """Add a project layer (table or vector) to the extra sources."""
        if layer is None:
            return False
        self.sources_panel.changed.disconnect(self.refresh_sources)
        try:
            self.sources_panel.add_layer(layer)
        finally:
            self.sources_panel.changed.connect(self.refresh_sources)
        return self.refresh_sources()

    def remove_selected_sources(self):
        self.sources_panel.remove_selected()

    def source_values(self):
        """The SOURCES parameter: file paths and project layer ids, in the list's order."""
        return self.sources_panel.values()

    def read_sources(self, extra=()):
        """The extra sources as core sources (qgis_io/sources.py, as the algorithms read them)."""
        return self.sources_panel.read(extra)

    def refresh_sources(self):
        """Join the extra sources to the layer's table as the run will, to show which themes become computable
        and each indicator's source and year; a source that cannot be joined says why. True when all joined."""
        self.joined = None
        if self.table is None:
            return False
        table = self.table
        ok = True
        if self.sources_list.count():
            extra = [i.indicator for t in self.theme_tree.themes for i in t.indicators if not i.known]
            try:
                table = source_io.join(table, self.read_sources(extra), self.sources_panel.years(), extra)
                self.joined = table
            except BuurtKijkerError as exc:
                self.set_status(error_text(exc))
                self.message(error_text(exc), Qgis.MessageLevel.Warning)
                ok = False
        available = set(table.indicators) | set(table.raw.columns)
        empty = set(table.data.columns) - available
        self.show_lacking(self.theme_tree.set_availability(available, empty, self.origins(table)))
        if ok:
            self.set_status(tr("{} in {}; {} indicators.").format(
                vocabulary.count(len(table.data), "buurt", self.language),
                vocabulary.count(len(table.gemeenten()), "gemeente", self.language), len(table.indicators)))
        return ok

    def show_lacking(self, labels):
        """Say in words, above the theme list, which themes this layer cannot compute."""
        self.themes_panel.show_lacking(labels)

    @staticmethod
    def origins(table):
        """indicator -> [(source label, [years])] over the table's rows, for the theme tree."""
        prov = join_sources.provenance(table)
        return {name: join_sources.used_sources(table, [name]) for name in prov.origin}

    # -- gemeenten --------------------------------------------------------------------------------------------

    def fill_gemeenten(self, gemeenten):
        self.gemeente_panel.fill(gemeenten)

    def filter_gemeenten(self, text):
        self.gemeente_panel.filter_gemeenten(text)

    def set_gemeenten(self, codes):
        self.gemeente_panel.set_checked(codes)

    def chosen_gemeenten(self):
        """(codes, names) ticked; empty codes means all gemeenten."""
        return self.gemeente_panel.chosen()

    # -- themes -----------------------------------------------------------------------------------------------

    def choose_theme_file(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Load themes"), "", tr("Theme files (*.json)"))
        if path:
            self.load_theme_file(path)

    def load_theme_file(self, path):
        try:
            loaded = theme_io.load_themes(path)
        except BuurtKijkerError as exc:
            self.message(error_text(exc), Qgis.MessageLevel.Critical)
            return False
        loaded_ids = {t.id for t in loaded}  # a loaded theme replaces a built-in one of the same id
        merged = [t for t in theme_io.load_themes(THEMES_FILE) if t.id not in loaded_ids] + loaded
        self.theme_tree.set_themes(merged, self.language)
        self.on_layer_changed(self.layer_combo.currentLayer())
        return True

    def choose_theme_save(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save themes as"), "", tr("Theme files (*.json)"))
        if path:
            self.save_theme_file(path if path.lower().endswith(".json") else path + ".json")

    def save_theme_file(self, path):
        theme_io.save_themes(self.theme_tree.edited_themes(), path)
        self.message(tr("Themes saved to {}").format(path), Qgis.MessageLevel.Success)

    # -- run --------------------------------------------------------------------------------------------------

    def request(self):
        """The run the user sees in the dock: layer, gemeenten, sources and years, ticked themes with their weights
        as edited, method and reference. Every action (compute, change, scenario, vulnerability) starts from it."""
        codes, names = self.chosen_gemeenten()
        return run_request.RunRequest(
            layer=self.layer_combo.currentLayer(), gemeenten=codes, names=names, sources=self.source_values(),
            years=self.sources_panel.years(), boundaries=self.sources_panel.boundaries(),
            themes=self.themes_panel.chosen_themes(), method=self.method_combo.currentData(),
            reference=self.reference_combo.currentData(), min_population=self.min_population.value(),
            winsorize=self.winsorize.value() / 100, language=self.language)

    def action_parameters(self, algorithm_id, **extra):
        """The parameters of a BuurtKijker algorithm for the dock's run (processing/request.py)."""
        return run_parameters.to_parameters(self.request(), algorithm_id, **extra)

    def parameters(self, request=None):
        """computeindices' parameters for the dock's run (``request``, made now when not given)."""
        output = self.output_file.filePath().strip() or self.default_output()
        # STORE_STYLES: the dock stores the maps it makes (the user's classification) in on_scores
        return run_parameters.to_parameters(request or self.request(), "buurtkijker:computeindices",
                                            OUTPUT=output, STORE_STYLES=False)

    def default_output(self, prefix="buurtkijker", words=None):
        """Where a result goes when no file is chosen: a new GeoPackage ``<prefix>_<words>.gpkg`` (``words``: the
        chosen gemeenten by default) in :meth:`results_folder`, so the result and the maps stored in it travel with
        the project. Without a folder (the user cancelled the question) a temporary layer, with a warning that it
        is lost when QGIS closes. The change, scenario and vulnerability actions save their layers here too."""
        folder = self.results_folder()
        if folder is None:
            self.message(tr("The result is a temporary layer: it is lost when QGIS closes. Save the project (results "
                            "then go to its folder) or choose a file under Advanced > Save result to."),
                         Qgis.MessageLevel.Warning)
            return "TEMPORARY_OUTPUT"
        if words is None:
            words = self.chosen_gemeenten()[1]
        slug = re.sub(r"[^a-z0-9]+", "_", "_".join(words).lower()).strip("_")[:40] or "nederland"
        path = Path(folder) / "{}_{}.gpkg".format(prefix, slug)
        number = 2
        while path.exists():
            path = path.with_name("{}_{}_{}.gpkg".format(prefix, slug, number))
            number += 1
        return str(path)

    def results_folder(self):
        """The folder results are saved in: the saved project's folder; while the project is not saved, the folder
        the user chose (asked once, remembered in QgsSettings, also in later sessions, until the project is saved
        and its folder wins). None when the user cancelled the question: then not asked again in this session."""
        project = QgsProject.instance()
        if project.fileName() and project.homePath():
            return project.homePath()
        settings = QgsSettings()
        remembered = settings.value(SETTINGS + RESULTS_FOLDER, "") or ""
        if remembered and os.path.isdir(remembered):
            return remembered
        if self.folder_declined:
            return None
        chosen = self.ask_results_folder(remembered)
        if not chosen:
            self.folder_declined = True
            return None
        settings.setValue(SETTINGS + RESULTS_FOLDER, chosen)
        return chosen

    def ask_results_folder(self, start=""):
        """The question itself (a modal folder dialog; tests replace this method): the chosen folder, '' if
        cancelled."""
        return QFileDialog.getExistingDirectory(
            self, tr("BuurtKijker: folder for results (asked once; the project is not saved yet)"),
            start or str(Path.home()))

    def start_action(self, job, done):
        """Start a background job of one of the dock's actions (change, scenario, vulnerability x nuisance):
        ``done(result)`` on success, the job's message on failure. An exception in ``done`` is reported in the
        message bar, never raised into the Qt slot (that would abort QGIS)."""
        def safe_done(result):
            try:
                done(result)
                self.export_button.setEnabled(True)  # its map can be printed now
                maps = result_layouts.printable(result, self.result_themes or None, self.language)
                self.last_map = maps[0][1] if maps else None
            except Exception as exc:  # noqa: BLE001 - shown to the user, never raised into Qt
                self.message(str(exc), Qgis.MessageLevel.Critical)

        def failed(text):
            self.message(text, Qgis.MessageLevel.Critical)
            first = text.strip().split("\n", 1)
            self.set_status(first[0], first[1:])  # the dock says it too, not only the message bar

        job.done.connect(safe_done)
        job.failed.connect(failed)
        job.start()
        return job

    def add_on_top(self, layer):
        """Add a new result layer at the top of the layer tree, visible and current, so the map shows it (QGIS'
        own insertion point could put it below the result group, where the score map hides it)."""
        project = QgsProject.instance()
        project.addMapLayer(layer, False)
        node = project.layerTreeRoot().insertLayer(0, layer)
        node.setItemVisibilityChecked(True)
        if self.iface is not None and hasattr(self.iface, "setActiveLayer"):
            self.iface.setActiveLayer(layer)
        return layer

    def run(self):
        if self.job is not None and self.job.running:
            self.message(tr("A computation is already running; wait for it or cancel it."), Qgis.MessageLevel.Warning)
            return False
        layer = self.layer_combo.currentLayer()
        if layer is None:
            self.message(tr("Choose a buurt layer first."), Qgis.MessageLevel.Warning)
            return False
        if not self.theme_tree.checked_ids():
            self.message(tr("Tick at least one theme."), Qgis.MessageLevel.Warning)
            return False
        request = self.request()
        record = RunRecord(request.gemeenten, request.names, request.themes, request.method,
                           self.classification_combo.currentData(), self.classes_spin.value(), request=request)
        names = request.names
        record.job = self.job = IndexJob(self.parameters(request), tr("BuurtKijker: theme indices for {}").format(
            ", ".join(names) or tr("all gemeenten")))
        self.pending = record
        self.job.feedback.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.job.done.connect(self.on_done)
        self.job.failed.connect(self.on_failed)
        self.job.cancelled.connect(self.on_cancelled)
        self.set_busy(True)
        self.job.start()
        return True

    def cancel(self):
        if self.job is not None:
            self.job.cancel()

    def set_busy(self, busy):
        self.actions_panel.set_busy(busy, self.table is not None)
        if busy:
            self.set_status(tr("Computing in the background..."))

    def set_status(self, text, details=()):
        """One short line; longer reports (the run's warnings) behind the 'Details' button."""
        self.actions_panel.set_status(text, details)

    def show_details(self, shown):
        self.actions_panel.show_details(shown)

    def on_done(self, layer):
        """Read the scores for the legends in the background too, then style on the main thread."""
        record = self.pending
        record.layer = layer
        fields = [f for _, f in presentation.style_fields(layer, record.themes)]
        snapshot = QgsVectorLayerFeatureSource(layer)
        layer_fields = layer.fields()
        scales = presentation.style_scales(layer, record.themes, record.method)
        self.score_task = QgsTask.fromFunction(
            tr("BuurtKijker: legend classes"),
            lambda task: presentation.prepare_styles(snapshot, layer_fields, fields, record.method,
                                                     record.classification, record.classes, scales),
            on_finished=self.on_scores)
        QgsApplication.taskManager().addTask(self.score_task)

    def on_scores(self, exception, prepared=None):
        """Style and add the result; an error here is reported, never a dock left waiting for its run."""
        try:
            self._show_result(exception, prepared)
        except Exception as exc:  # noqa: BLE001 - a slot's exception would vanish and leave the dock busy
            QgsMessageLog.logMessage(traceback.format_exc(), "BuurtKijker", Qgis.MessageLevel.Critical)
            self.on_failed(tr("The result could not be shown: {}").format(exc))

    def _show_result(self, exception, prepared):
        record = self.pending
        layer = record.layer
        self.set_busy(False)
        if exception is not None or prepared is None:
            self.on_failed(str(exception) if exception else tr("The computation failed."))
            return
        results = record.job.results
        year = results.get("YEAR") or (self.table.year if self.table is not None else None)
        styles = presentation.add_theme_styles(layer, record.themes, record.method, record.classification,
                                               record.classes, self.language, prepared)
        # a GeoPackage result carries its maps: whoever opens the file sees the overall score
        self.store_maps(layer, styles, presentation.style_name(None, self.language))
        # a re-run of the same gemeenten and themes hides the earlier group and carries a run number
        presentation.add_to_project(layer, presentation.group_title(record.names, year), run_key=self.run_key(
            record))
        record.styles = styles
        self.record = record
        self.compare_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.map_theme_combo.blockSignals(True)
        self.map_theme_combo.clear()
        self.map_theme_combo.addItems(styles)
        self.map_theme_combo.blockSignals(False)
        self.map_theme_combo.setEnabled(True)
        overall = presentation.style_name(None, self.language)
        if overall in styles:  # the first map shown is the overall score
            self.map_theme_combo.setCurrentText(overall)
            self.show_theme(overall)
        self.zoom_to(layer)
        warnings = list(record.job.feedback.warnings)
        scored = results.get("SCORED", 0)
        unit = "wijk" if results.get("LEVEL") == "wijk" else "buurt"
        self.set_status(tr("{} with an overall score.").format(vocabulary.count(scored, unit, self.language)),
                        warnings)
        self.run_finished.emit(layer)

    def store_maps(self, layer, names, default=None):
        """Store the named styles ``names`` of ``layer`` in its GeoPackage (or database), ``default`` as the one
        QGIS opens it with; nothing for temporary layers. A failure is a warning: the maps stay in the project."""
        try:
            return style_store.store_styles(layer, names, default)
        except OSError as exc:
            self.message(tr("The maps could not be stored in {}: {}").format(style_store.geopackage_of(layer), exc),
                         Qgis.MessageLevel.Warning)
            return []

    @staticmethod
    def run_key(record):
        """What makes two runs 'the same' for the layer tree: gemeenten and themes (not weights or method)."""
        return "{}|{}".format(",".join(sorted(record.codes)), ",".join(record.theme_ids))

    def on_failed(self, message):
        self.set_busy(False)
        first = message.strip().split("\n", 1)
        self.set_status(first[0], first[1:])
        self.message(message, Qgis.MessageLevel.Critical)
        self.run_finished.emit(None)

    def on_cancelled(self, text=""):
        self.set_busy(False)
        self.set_status(text or tr("Cancelled; nothing was written or added."))
        self.run_finished.emit(None)

    def show_theme(self, name):
        if self.result_layer is not None and name:
            presentation.show_style(self.result_layer, name)

    @property
    def result_layer(self):
        return self.record.layer if self.record is not None else None

    @property
    def result_themes(self):
        return self.record.themes if self.record is not None else []

    # -- compare and export -------------------------------------------------------------------------------------

    def frame(self):
        """The result layer's table, read once per run (for the compare window and the buurtprofielen)."""
        if self.record.frame is None:
            self.record.frame = layers.indexed_frame(self.record.layer)
        return self.record.frame

    def national_reference(self):
        """National averages need national data: the source layer when it holds (nearly) the whole country."""
        if self.table is not None and self.table.data["gemeentecode"].nunique() >= NATIONAL_MIN_GEMEENTEN:
            return self.table.data
        return None

    def selected_codes(self):
        layer = self.result_layer
        index = layer.fields().indexOf("code")
        return [f.attributes()[index] for f in layer.selectedFeatures()] if index >= 0 else []

    def open_compare(self):
        if dependencies.missing(["matplotlib"]):
            self.message(missing_packages_text(["matplotlib"]), Qgis.MessageLevel.Warning)
            return None
        from .compare_dialog import CompareDialog
        try:
            dialog = CompareDialog(self.frame(), self.result_themes, self.selected_codes(),
                                   self.national_reference(), self.language, self.iface.mainWindow(),
                                   notes=notes_store.read_layer_notes(self.result_layer))
        except BuurtKijkerError as exc:
            self.message(error_text(exc), Qgis.MessageLevel.Warning)
            return None
        dialog.show()
        self.compare_dialog = dialog  # keep it alive while open
        return dialog

    def open_change(self):
        from . import change_action  # computechange (issue 16), loaded when asked for
        return change_action.choose_and_start(self)

    def open_scenario(self):
        from . import scenario_action  # buurtkijker:scenario (issue 16), loaded when asked for
        return scenario_action.open_dialog(self)

    def open_bivariate(self):
        from . import bivariate_action  # buurtkijker:vulnerabilitynuisance (issue 16), loaded when asked for
        return bivariate_action.start(self)

    def open_notes(self):
        from . import notes_dialog  # issue 23: notes per buurt beside the scores
        return notes_dialog.open_notes(self)

    def result_maps(self):
        """[(title, layer id, key)] of the change, scenario and vulnerability maps this dock made that are still in
        the project, newest kind last."""
        out = []
        for name in ("change_layer", "scenario_layer", "bivariate_layer"):
            layer = getattr(self, name, None)
            try:
                alive = layer is not None and QgsProject.instance().mapLayer(layer.id()) is not None
            except RuntimeError:  # deleted with the project
                alive = False
            if alive:
                out += [(title, layer.id(), key) for key, title in
                        result_layouts.printable(layer, self.result_themes or None, self.language)]
        return out

    # -- export: gui/export_action.py ---------------------------------------------------------------------------

    @property
    def profile_job(self):
        """The buurtprofielen being made in the background (or made last), None before any."""
        return self.exporter.profile_job

    def open_export(self):
        return self.exporter.open_dialog()

    def export_results(self, chosen, path, template="a4_landscape", language=None, add_to_manager=True, many=True):
        return self.exporter.export_results(chosen, path, template, language, add_to_manager, many)

    def export_html(self, style_names, path, language):
        return self.exporter.export_html(style_names, path, language)

    def export_in_language(self, template, style_names, path, language, labels="none"):
        return self.exporter.export_in_language(template, style_names, path, language, labels)

    def export_maps(self, template, style_names, path, add_to_manager=True, labels="none"):
        return self.exporter.export_maps(template, style_names, path, add_to_manager, labels)

    def export_profiles(self, path, codes=None, add_to_manager=False):
        """``add_to_manager`` is kept for callers and ignored: nothing is added to the project."""
        return self.exporter.export_profiles(path, codes)

    def zoom_to(self, layer):
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = transform.transformBoundingBox(layer.extent())
        extent.scale(1.05)
        canvas.setExtent(extent)
        canvas.refresh()

    def message(self, text, level=Qgis.MessageLevel.Info):
        self.iface.messageBar().pushMessage(tr("BuurtKijker"), text, level, 8)

    def close_down(self):
        """Stop what runs and let go of signals before the plugin unloads."""
        if self.job is not None and self.job.running:
            self.job.cancel()
        self.exporter.close_down()
