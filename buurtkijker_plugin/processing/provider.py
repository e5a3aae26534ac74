from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core import dependencies
from ..paths import ICON

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
        if not dependencies.available("pandas"):
            return  # the plugin tells the user what to install (all three compute with pandas)
        from .bivariate import VulnerabilityNuisanceAlgorithm
        from .compare_buurten import CompareBuurtenAlgorithm  # imported here: they import pandas
        from .compute_change import ComputeChangeAlgorithm
        from .compute_indices import ComputeIndicesAlgorithm
        from .export_html import ExportHtmlAlgorithm
        from .export_layout import ExportLayoutAlgorithm
        from .scenario import ScenarioAlgorithm
        self.addAlgorithm(ComputeIndicesAlgorithm())
        self.addAlgorithm(CompareBuurtenAlgorithm())
        self.addAlgorithm(ExportLayoutAlgorithm())
        self.addAlgorithm(ExportHtmlAlgorithm())
        self.addAlgorithm(ComputeChangeAlgorithm())
        self.addAlgorithm(ScenarioAlgorithm())
        self.addAlgorithm(VulnerabilityNuisanceAlgorithm())
