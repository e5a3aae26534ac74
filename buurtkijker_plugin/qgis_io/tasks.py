"""Run buurtkijker:computeindices as a QgsTask: in QGIS' task manager, with progress, cancellable.

The task never touches widgets or project layers; the result layer is taken on the main thread in ``_executed``.
"""

from qgis.core import (QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback,
                       QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from .i18n import tr

ALGORITHM = "buurtkijker:computeindices"


class CollectingFeedback(QgsProcessingFeedback):
    """Keeps the errors and warnings the algorithm reports, to show them to the user afterwards."""

    def __init__(self):
        super().__init__()
        self.errors, self.warnings = [], []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)


class IndexJob(QObject):
    """One background run; emits ``done(layer)`` with the result layer, or ``failed(message)`` /
    ``cancelled(message)``: what Cancel left behind, in words (nothing, or a file the run had finished before)."""

    done = pyqtSignal(object)
    failed = pyqtSignal(str)
    cancelled = pyqtSignal(str)
    algorithm_id = ALGORITHM  # subclasses run another BuurtKijker algorithm the same way

    def __init__(self, parameters, description, project=None, parent=None):
        super().__init__(parent)
        self.context = QgsProcessingContext()
        self.context.setProject(project or QgsProject.instance())
        self.feedback = CollectingFeedback()
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(self.algorithm_id)
        if algorithm is None:
            raise RuntimeError(tr("The BuurtKijker Processing provider is not loaded."))
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.setDescription(description)
        self.task.executed.connect(self._executed)
        self.running = False

    def start(self):
        self.running = True
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        if self.running:
            self.feedback.cancel()
            self.task.cancel()

    def _executed(self, ok, results):
        self.running = False
        # the context holds the layers the run opened (e.g. computechange's BEFORE file): let go of them on the main
        # thread once the task is done with it, not whenever Python's garbage collector finds the job (which can be
        # after QGIS has shut down GDAL: a crash)
        QTimer.singleShot(0, self._release_context)
        if self.feedback.isCanceled():
            output = results.get("OUTPUT") if ok and results else None
            if output and isinstance(output, str) and not output.startswith("memory"):
                # the algorithm had written its file before it saw Cancel: say so, and leave it
                path = output.split("|")[0]
                self.cancelled.emit(tr("Cancelled after the result was saved to {}; it was not added to the "
                                       "map.").format(path))
            else:
                self.cancelled.emit(tr("Cancelled; nothing was written or added."))
            return
        if not ok or not results.get("OUTPUT"):
            errors = [e for e in self.feedback.errors if e.strip()]
            self.failed.emit(errors[-1] if errors else tr("The computation failed."))
            return
        output = results["OUTPUT"]
        layer = self.context.takeResultLayer(output) if isinstance(output, str) else None
        if layer is None:
            layer = QgsVectorLayer(output, "BuurtKijker", "ogr")
        self.results = results
        self.done.emit(layer)

    def _release_context(self):
        if self.context is not None:
            self.context.temporaryLayerStore().removeAllMapLayers()
