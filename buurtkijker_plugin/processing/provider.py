from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON
from .compare_buurten import CompareBuurtenAlgorithm
from .compute_indices import ComputeIndicesAlgorithm
from .export_layout import ExportLayoutAlgorithm

VERSION = "0.1.0"


class BuurtKijkerProvider(QgsProcessingProvider):
    def id(self):
        return "buurtkijker"

    def name(self):
        return "BuurtKijker"

    def longName(self):  # noqa: N802
        return "BuurtKijker {}".format(VERSION)

    def versionInfo(self):  # noqa: N802
        return VERSION

    def icon(self):
        return QIcon(str(ICON))

    def loadAlgorithms(self):  # noqa: N802
        self.addAlgorithm(ComputeIndicesAlgorithm())
        self.addAlgorithm(CompareBuurtenAlgorithm())
        self.addAlgorithm(ExportLayoutAlgorithm())
