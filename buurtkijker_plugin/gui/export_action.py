"""The dock's Kaart exporteren...: the export dialog and what it asks for, maps of the result's themes, the change,
scenario and vulnerability maps, the buurtkaart for bewoners (HTML), maps in the other language and buurtprofielen
(in the background).

:class:`Exporter` belongs to one dock and works on its current result (``dock.result_layer``, its themes and
language); the dock keeps its export methods as thin calls into it, for its callers and tests.
"""

import os
import tempfile

from qgis.core import Qgis, QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from qgis.PyQt.QtWidgets import QDialog

from ..core import themes as theme_io
from ..core.errors import BuurtKijkerError
from ..qgis_io import layouts, notes_store, presentation, result_layouts
from ..qgis_io.i18n import error_text, language_scope, tr
from .export_dialog import HTML
from .progress import DialogFeedback


class Exporter:
    def __init__(self, dock):
        self.dock = dock
        self.profile_job = None  # buurtprofielen being made in the background

    def message(self, text, level=Qgis.MessageLevel.Info):
        self.dock.message(text, level)

    def open_dialog(self):
        """Ask what to export (ExportDialog) and export it; returns the files written (or the profiles' file)."""
        from .export_dialog import ExportDialog
        dock = self.dock
        styles = [dock.map_theme_combo.itemText(i) for i in range(dock.map_theme_combo.count())]
        results = dock.result_maps()
        current = getattr(dock, "last_map", None) or dock.map_theme_combo.currentText()
        dialog = ExportDialog(styles, current, len(dock.selected_codes()) if dock.result_layer else 0,
                              dock.iface.mainWindow(), language=dock.language, results=results)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.path():
            return []
        template = dialog.template.currentData()
        if template == HTML:
            return self.export_html(dialog.chosen_styles(), dialog.path(), dialog.language())
        chosen = dialog.chosen_results()
        if chosen and template != layouts.PROFILE:
            many = len(chosen) + len(dialog.chosen_styles()) > 1
            written = self.export_results(chosen, dialog.path(), template, dialog.language(),
                                          dialog.add_layout.isChecked(), many)
            if not dialog.chosen_styles():
                return written
        else:
            written = []
        if dock.result_layer is None:
            return written
        if dialog.language() != dock.language:  # a map in the other language: made apart from this project
            return written + self.export_in_language(template, dialog.chosen_styles(), dialog.path(),
                                                     dialog.language(), dialog.labels())
        if template == layouts.PROFILE:
            job = self.export_profiles(dialog.path(), dock.selected_codes())
            return [job.path] if job is not None else []
        return written + self.export_maps(template, dialog.chosen_styles(), dialog.path(),
                                          dialog.add_layout.isChecked(), labels=dialog.labels())

    def export_results(self, chosen, path, template="a4_landscape", language=None, add_to_manager=True, many=True):
        """Print the change, scenario and vulnerability maps ``chosen`` [(layer id, key)]; returns the files."""
        dock = self.dock
        language = language or dock.language
        written = []
        try:
            with language_scope(language):
                for layer_id, key in chosen:
                    layer = QgsProject.instance().mapLayer(layer_id)
                    kind = result_layouts.result_kind(layer)
                    target = layouts.theme_path(path, "{}_{}".format(kind, key), many) if many else path
                    written += result_layouts.export_results(
                        layer, [key], target, template, QgsProject.instance(), language,
                        add_to_manager and language == dock.language, themes=dock.result_themes or None)
        except BuurtKijkerError as exc:
            self.message(error_text(exc), Qgis.MessageLevel.Critical)
            return [str(p) for p in written]
        self.message(tr("Wrote {}").format(", ".join(str(p) for p in written)), Qgis.MessageLevel.Success)
        return [str(p) for p in written]

    def _run_algorithm(self, algorithm_id, params, feedback=None):
        """(results, ok) of a BuurtKijker algorithm on the result, in this project."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return algorithm.run(params, context, feedback or QgsProcessingFeedback())

    def _theme_file(self):
        """The result's themes (with the weights as edited) in a file, for an algorithm to read."""
        path = os.path.join(tempfile.mkdtemp(prefix="buurtkijker_"), "themes.json")
        theme_io.save_themes(self.dock.result_themes, path)
        return path

    def export_html(self, style_names, path, language):
        """The buurtkaart for bewoners (exporthtml) of the result with its own notes; returns the file(s)."""
        themes = [t.id if t is not None else "total" for t in self.themes_for(style_names)]
        params = {"INPUT": self.dock.result_layer, "THEMES": ",".join(themes), "THEME_FILE": self._theme_file(),
                  "LANGUAGE": language, "OUTPUT": path}
        try:
            results, ok = self._run_algorithm("buurtkijker:exporthtml", params)
        except Exception as exc:  # noqa: BLE001 - QgsProcessingException carries the translated message
            self.message(str(exc), Qgis.MessageLevel.Critical)
            return []
        if not ok or not results:
            self.message(tr("The export failed; see the Processing log."), Qgis.MessageLevel.Critical)
            return []
        self.message(tr("Wrote {}").format(results["OUTPUT"]), Qgis.MessageLevel.Success)
        return [results["OUTPUT"]]

    def export_in_language(self, template, style_names, path, language, labels="none"):
        """Maps or buurtprofielen in ``language`` (not the dock's): the exportlayout algorithm styles a private
        copy of the result in that language, so the project's own maps stay as they are. Returns the files."""
        dock = self.dock
        themes = [t.id if t is not None else "total" for t in self.themes_for(style_names)]
        params = {"INPUT": dock.result_layer, "THEME": ",".join(themes), "TEMPLATE": template,
                  "BUURTEN": ",".join(dock.selected_codes()), "THEME_FILE": self._theme_file(), "LANGUAGE": language,
                  "LABELS": labels, "OUTPUT": path}
        feedback = QgsProcessingFeedback()
        progress = DialogFeedback(dock, tr("Exporting maps..."))
        feedback.progressChanged.connect(progress.setProgress)
        progress.canceled.connect(feedback.cancel)
        try:
            results, ok = self._run_algorithm("buurtkijker:exportlayout", params, feedback)
        finally:
            progress.close()
        if not ok or not results:
            self.message(tr("The export failed; see the Processing log."), Qgis.MessageLevel.Critical)
            return []
        written = [f for f in str(results.get("FILES", "")).split(";") if f]
        self.message(tr("Wrote {}").format(", ".join(written)), Qgis.MessageLevel.Success)
        return written

    def themes_for(self, style_names):
        """The result's themes behind the map styles ``style_names``; None for the overall score."""
        by_name = {presentation.style_name(t, self.dock.language): t for t in self.dock.result_themes}
        return [by_name.get(name) for name in style_names]

    def export_maps(self, template, style_names, path, add_to_manager=True, labels="none"):
        """One layout and file per chosen style of the result layer; returns the files written."""
        dock = self.dock
        if not style_names:
            self.message(tr("Tick at least one theme."), Qgis.MessageLevel.Warning)
            return []
        progress = DialogFeedback(dock, tr("Exporting maps..."))
        try:
            written = layouts.export_themes(dock.result_layer, self.themes_for(style_names), path, template,
                                            QgsProject.instance(), dock.language, add_to_manager, feedback=progress,
                                            labels=labels)
        except BuurtKijkerError as exc:
            self.message(error_text(exc), Qgis.MessageLevel.Critical)
            return []
        finally:
            progress.close()
        if progress.isCanceled():
            self.message(tr("Export cancelled; {} file(s) written.").format(len(written)), Qgis.MessageLevel.Warning)
        else:
            self.message(tr("Wrote {}").format(", ".join(str(p) for p in written)), Qgis.MessageLevel.Success)
        return written

    def profile_notes(self):
        """The notes for the profiles' box "Wat we horen in de buurt"; None (no box) when the result has none."""
        store = notes_store.store_for(self.dock.result_layer)
        return store.read() if store is not None and store.exists() else None

    def export_profiles(self, path, codes=None):
        """Buurtprofielen of ``codes`` (all scored buurten when empty) as one PDF, made in the background (QGIS'
        task manager shows the progress and can cancel it); returns the running job, None when it cannot start.
        Nothing is added to the project."""
        from ..qgis_io.profile_task import ProfileJob
        dock = self.dock
        if self.profile_job is not None and self.profile_job.running:
            self.message(tr("Buurtprofielen are being made; wait until they are done or cancel them."),
                         Qgis.MessageLevel.Info)
            return None
        try:
            frame = dock.frame()
            codes = layouts.profile_codes(frame, codes or None)
            job = ProfileJob(dock.result_layer, frame, codes, dock.result_themes, path, dock.national_reference(),
                             dock.language, self.profile_notes(), dock)
        except BuurtKijkerError as exc:
            self.message(error_text(exc), Qgis.MessageLevel.Critical)
            return None
        job.done.connect(lambda written: self.message(tr("Wrote {}").format(written), Qgis.MessageLevel.Success))
        job.failed.connect(lambda text: self.message(text, Qgis.MessageLevel.Critical))
        job.cancelled.connect(lambda: self.message(tr("Buurtprofielen cancelled; no file was written."),
                                                   Qgis.MessageLevel.Info))
        self.profile_job = job.start()
        self.message(tr("Making {} buurtprofielen in the background...").format(len(codes)), Qgis.MessageLevel.Info)
        return job

    def close_down(self):
        if self.profile_job is not None and self.profile_job.running:
            self.profile_job.cancel()
