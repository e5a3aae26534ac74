from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON
from ..qgis_io.i18n import broken_packages_text, computing_problem_text

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
        """The algorithms; without a working numpy and pandas, stand-ins that refuse with the install line."""
        problem = computing_problem_text()
        if not problem:
            try:
                self._load()
                return
            except Exception as exc:  # noqa: BLE001 - a broken package must not take QGIS (or qgis_process) down
                problem = broken_packages_text("{}: {}".format(type(exc).__name__, exc))
        from .unavailable import stand_ins
        for algorithm in stand_ins(problem):
            self.addAlgorithm(algorithm)

    def _load(self):
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
