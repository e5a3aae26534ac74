"""Progress with a Cancel button for work that has to run on the main thread (layouts render there)."""

from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QProgressDialog

from ..qgis_io.i18n import tr


class DialogFeedback(QgsFeedback):
    """A QgsFeedback shown as a window-modal progress dialog; Cancel cancels it.

    Work in ``steps`` parts: ``step(n)`` maps the next 0-100 progress onto part n of the bar. Each progress update
    lets Qt handle pending events, so the dialog repaints and the Cancel button works.
    """

    def __init__(self, parent, label, steps=1):
        super().__init__()
        self.offset = 0
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 100 * steps, parent)
        self.dialog.setWindowTitle("BuurtKijker")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.canceled.connect(self.cancel)
        self.progressChanged.connect(self._show)

    def pushInfo(self, text):  # noqa: N802 (as QgsProcessingFeedback, so shared code can report to either)
        self.dialog.setLabelText(text)

    def step(self, number):
        self.offset = 100 * number
        self._show(0)

    def _show(self, value):
        if not self.isCanceled():
            self.dialog.setValue(int(self.offset + value))
        QApplication.processEvents()

    def close(self):
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.deleteLater()
