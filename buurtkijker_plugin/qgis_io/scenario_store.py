"""Named scenarios saved in the QGIS project (the list of changes only: the data are never changed, so deleting a
scenario undoes it), and the map of a scenario's difference."""

from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsRendererRange
from qgis.PyQt.QtGui import QColor

from ..core import scenario
from .symbology import _fill, diverging_ramp

SCOPE = "BuurtKijker"
KEY = "scenario"  # scenario/<slug>: the changes as CSV text
NAMES = "scenario_names"  # the names, in order
NO_DATA = -9999.0
# difference in score points: classes on the verdict steps (5 points = half an sd), darker with the size
DIFF_BREAKS = ((-1000, -10), (-10, -5), (-5, -0.5), (-0.5, 0.5), (0.5, 5), (5, 10), (10, 1000))
DIFF_POSITIONS = (0.02, 0.2, 0.38, 0.5, 0.62, 0.8, 0.98)


def _entries(project):
    names, _ = project.readListEntry(SCOPE, NAMES)
    return list(names or [])


def save(name, changes, project=None):
    """Store (or replace) the scenario ``name``: its changes as text in the project."""
    project = project or QgsProject.instance()
    rows = ["{};{};{};{}".format(c.code, c.indicator, "" if c.value is None else c.value,
                                 "" if c.delta is None else c.delta) for c in changes]
    project.writeEntry(SCOPE, "{}/{}".format(KEY, _slug(name)), "code;indicator;value;delta\n" + "\n".join(rows))
    names = _entries(project)
    if name not in names:
        project.writeEntry(SCOPE, NAMES, names + [name])


def load(name, project=None):
    project = project or QgsProject.instance()
    text, ok = project.readEntry(SCOPE, "{}/{}".format(KEY, _slug(name)), "")
    return scenario.parse_changes(text) if ok and text.strip() else []


def names(project=None):
    return _entries(project or QgsProject.instance())


def delete(name, project=None):
    """Remove the scenario and the layers made from it: what remains is exactly the situation without it."""
    project = project or QgsProject.instance()
    project.removeEntry(SCOPE, "{}/{}".format(KEY, _slug(name)))
    project.writeEntry(SCOPE, NAMES, [n for n in _entries(project) if n != name])
    for layer in list(project.mapLayers().values()):
        if layer.customProperty("buurtkijker/scenario") == name:
            project.removeMapLayer(layer.id())


def _slug(name):
    return "".join(ch if ch.isalnum() else "_" for ch in name.strip().lower()) or "scenario"


def difference_renderer(theme_id="total", language="nl"):
    """Diverging classes of ``bk_<theme>_diff`` (scenario minus now, points) in the score maps' RdYlBu ramp."""
    ramp = diverging_ramp()
    renderer = QgsGraduatedSymbolRenderer('coalesce("bk_{}_diff", {})'.format(theme_id, NO_DATA))
    for (lower, upper), position in zip(DIFF_BREAKS, DIFF_POSITIONS):
        if (lower, upper) == (-0.5, 0.5):
            label = "geen verschil" if language == "nl" else "no difference"
        elif lower == -1000:
            label = "< {}".format(upper)
        elif upper == 1000:
            label = "> +{}".format(lower)
        else:
            label = "{:+g} .. {:+g}".format(lower, upper)
        renderer.addClassRange(QgsRendererRange(lower, upper, _fill(ramp.color(position)), label))
    renderer.addClassRange(QgsRendererRange(NO_DATA - 1, NO_DATA + 1, _fill(QColor(235, 235, 235), hatch=True),
                                            "geen gegevens" if language == "nl" else "no data"))
    return renderer
