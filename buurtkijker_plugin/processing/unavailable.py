"""Stand-ins for the algorithms when numpy or pandas is missing or broken: same ids, and they refuse to run with
the install line for the user's platform.

Without them ``qgis_process run buurtkijker:computeindices`` said only "Algorithm not found", and the dialog had
nothing to show. Each refuses in every place QGIS asks: ``canExecute`` (the toolbox shows the message instead of
the dialog), ``checkParameterValues`` and ``processAlgorithm`` (qgis_process prints it and exits non-zero).
"""

import html

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..qgis_io.i18n import tr


class UnavailableAlgorithm(QgsProcessingAlgorithm):
    """Not a BuurtKijkerAlgorithm: its module imports pandas (through the vocabulary)."""

    def __init__(self, name="", label="", group_id="indices", message=""):
        super().__init__()
        self._name, self._label, self._group, self._message = name, label, group_id, message

    def createInstance(self):  # noqa: N802
        return UnavailableAlgorithm(self._name, self._label, self._group, self._message)

    def group(self):
        return tr("Layouts") if self._group == "layouts" else tr("Indices")

    def groupId(self):  # noqa: N802
        return self._group

    def shortHelpString(self):  # noqa: N802
        return html.escape(self._message, quote=False)

    def name(self):
        return self._name

    def displayName(self):  # noqa: N802
        return self._label

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def helpUrl(self):  # noqa: N802
        from ..qgis_io.help_pages import page_url
        return page_url("help", "requirements").toString()

    def initAlgorithm(self, config=None):  # noqa: N802
        pass

    def canExecute(self):  # noqa: N802
        return False, self._message

    def checkParameterValues(self, parameters, context):  # noqa: N802
        return False, self._message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        raise QgsProcessingException(self._message)


def stand_ins(message):
    """One refusing stand-in per BuurtKijker algorithm (the list is checked against the real ones by a test)."""
    return [UnavailableAlgorithm(name, label, group, message) for name, label, group in (
        ("computeindices", tr("Compute theme indices"), "indices"),
        ("comparebuurten", tr("Compare buurten"), "indices"),
        ("exportlayout", tr("Export map layout"), "layouts"),
        ("exporthtml", tr("Buurt map for residents (HTML)"), "layouts"),
        ("computechange", tr("Change between two years"), "indices"),
        ("scenario", tr("Scenario: what if indicator values change"), "indices"),
        ("vulnerabilitynuisance", tr("Vulnerability x nuisance (3 x 3 map)"), "indices"))]
