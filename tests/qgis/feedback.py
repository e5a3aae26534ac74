"""A Processing feedback that keeps what an algorithm reports, for the tests to read."""

from qgis.core import QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    """``lines``: every info and warning in order; ``warnings``: the warnings alone."""

    def __init__(self):
        super().__init__()
        self.lines, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        self.warnings.append(warning)
        super().pushWarning(warning)
