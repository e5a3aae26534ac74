"""Buurtprofielen as a background task in QGIS' task manager (progress, Cancel), so QGIS stays usable meanwhile.

On the main thread the job takes a snapshot of what the pages need: the result layer's features around the chosen
buurten (values, no layer), its fields, CRS and overall-score style, and the table of scores. The task's worker
builds everything else from that snapshot, in objects of its own: a memory layer, a private project, the charts,
the atlas layout and the PDF. It never touches the user's project, its layers or a widget, and leaves nothing in
the project (the layout and its helper layers live only while the PDF is written).
"""

import traceback

from qgis.core import (QgsApplication, QgsFeatureRequest, QgsFields, QgsMapLayerStyle, QgsProcessingFeedback,
                       QgsProcessingMultiStepFeedback, QgsProject, QgsTask, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal

from ..core.errors import BuurtKijkerError
from . import layouts, presentation
from .i18n import error_text, tr


class Snapshot:
    """The result layer as plain values: fields, CRS, geometry type, features, one named style."""

    def __init__(self, layer, codes, style):
        self.fields = QgsFields(layer.fields())
        self.crs = layer.crs()
        self.wkb = QgsWkbTypes.displayString(layer.wkbType())
        self.name = layer.name()
        self.style_name = style
        manager = layer.styleManager()
        source = manager.style(style) if style in manager.styles() else None
        if source is None or not source.isValid():
            source = QgsMapLayerStyle()
            source.readFromLayer(layer)
        self.style_xml = source.xmlData()
        index = layer.fields().indexOf("code")
        wanted = set(codes)
        extent = None
        for feature in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([index])):
            if feature.attributes()[index] in wanted and feature.hasGeometry():
                box = feature.geometry().boundingBox()
                extent = box if extent is None else extent.combineExtentWith(box) or extent
        request = QgsFeatureRequest()
        if extent is not None:  # the neighbours an atlas page can show, not the whole country
            grown = extent.buffered(max(extent.width(), extent.height()) * 0.5 + 2000)
            request.setFilterRect(grown)
        self.features = list(layer.getFeatures(request))

    def layer(self):
        """A memory layer with the snapshot's features and style (made in the thread that uses it)."""
        layer = QgsVectorLayer("{}?crs={}".format(self.wkb, self.crs.authid() or "EPSG:28992"), self.name, "memory")
        layer.dataProvider().addAttributes(self.fields.toList())
        layer.updateFields()
        layer.dataProvider().addFeatures(self.features)
        layer.updateExtents()
        layer.styleManager().addStyle(self.style_name, QgsMapLayerStyle(self.style_xml))
        layer.styleManager().setCurrentStyle(self.style_name)
        return layer


class _Task(QgsTask):

    def __init__(self, job, description):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.job = job
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(self.setProgress, Qt.ConnectionType.DirectConnection)
        self.written, self.error = None, None

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        job = self.job
        try:
            project = QgsProject()
            layer = job.snapshot.layer()
            project.addMapLayer(layer)
            steps = QgsProcessingMultiStepFeedback(2, self.feedback)  # charts, then the pages
            if self.feedback.isCanceled():  # cancelled before it ran: the steps only hear of later cancels
                return False
            made = layouts.export_profiles(layer, job.frame, job.codes, job.themes, job.path, project, job.national,
                                           job.language, feedback=steps, next_step=lambda: steps.setCurrentStep(1),
                                           notes=job.notes)
            self.written = made.written
            del made
            project.clear()
            return self.written is not None
        except BuurtKijkerError as exc:
            self.error = error_text(exc)
        except Exception:  # noqa: BLE001 - reported on the main thread, never raised into the task manager
            self.error = tr("Making the buurtprofielen failed: {}").format(traceback.format_exc(limit=3))
        return False

    def finished(self, ok):
        self.job.finish(ok, self.written, self.error, self.isCanceled() or self.feedback.isCanceled())


class ProfileJob(QObject):
    """Buurtprofielen of ``codes`` of an indexed ``layer`` into the PDF ``path``, in the background. Emits
    ``done(path)``, ``failed(message)`` or ``cancelled()`` on the main thread. ``notes``: the buurten's notes for
    the box "Wat we horen in de buurt" (read on the main thread), None for no box."""

    done = pyqtSignal(str)
    failed = pyqtSignal(str)
    cancelled = pyqtSignal()

    def __init__(self, layer, frame, codes, themes, path, national=None, language="nl", notes=None, parent=None):
        super().__init__(parent)
        self.frame, self.codes, self.themes, self.path = frame, list(codes), themes, str(path)
        self.national, self.language, self.notes = national, language, notes
        self.snapshot = Snapshot(layer, self.codes, presentation.style_name(None, language))
        self.task = _Task(self, tr("BuurtKijker: {} buurtprofielen").format(len(self.codes)))
        self.running = False

    def start(self):
        self.running = True
        QgsApplication.taskManager().addTask(self.task)
        return self

    def cancel(self):
        if self.running:
            self.task.cancel()

    def finish(self, ok, written, error, cancelled):
        self.running = False
        if ok and written:
            self.done.emit(str(written))
        elif cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(error or tr("Making the buurtprofielen failed."))
