"""The dock's "Kwetsbaarheid x overlast" action: buurtkijker:vulnerabilitynuisance for the dock's layer, gemeenten
and extra sources, in the background; the 3 x 3 map added, its legend square shown in the dock and the buurten with
high vulnerability and rising (or high) nuisance listed under it."""

import os
import tempfile

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from qgis.PyQt.QtWidgets import QLabel

from ..core import bivariate
from ..qgis_io import bivariate as qbivariate
from ..qgis_io.i18n import tr
from ..qgis_io.tasks import IndexJob

ALGORITHM = "buurtkijker:vulnerabilitynuisance"
CELL = 24  # pixels per legend cell in the dock (wide enough for "laag" and "hoog" under its ends)


class BivariateJob(IndexJob):
    """IndexJob's background run, cancel and result handling, for buurtkijker:vulnerabilitynuisance."""

    algorithm_id = ALGORITHM


def legend_pixmap(language="nl", rising=False):
    """The 3 x 3 colour square with its axis words, as the layout draws it, for the dock: sized to its words (the
    tercile words under the square's ends, the axis name below them), so nothing is cut off."""
    words = bivariate.AXIS_WORDS[language]
    low, _, high = bivariate.TERCILE_WORDS[language]
    left, top = 26, 4
    axis_x, axis_y = "{} \u2192".format(words["v"]), "{} \u2192".format(words["rise"] if rising else words["n"])
    metrics = QFontMetrics(QFont())
    width = max(left + 3 * CELL + 4, left + metrics.horizontalAdvance(axis_x) + 4,
                left + 3 * CELL + metrics.horizontalAdvance(high) // 2 + 4)
    height = max(top + 3 * CELL + 2 * metrics.height() + 6, metrics.horizontalAdvance(axis_y) + 8)
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    for v in range(1, 4):
        for n in range(1, 4):
            painter.fillRect(left + (v - 1) * CELL, top + (3 - n) * CELL, CELL - 1, CELL - 1,
                             QColor(*bivariate.COLOURS[v - 1][n - 1]))
    painter.setPen(QColor("black"))
    base = top + 3 * CELL + metrics.ascent() + 1
    painter.drawText(left, base, low)
    painter.drawText(left + 3 * CELL - metrics.horizontalAdvance(high), base, high)
    painter.drawText(left, base + metrics.height(), axis_x)
    painter.save()
    painter.translate(left - 6, top + 3 * CELL)
    painter.rotate(-90)
    painter.drawText(0, 0, axis_y)
    painter.restore()
    painter.end()
    return pixmap


def start(dock):
    layer = dock.layer_combo.currentLayer()
    if layer is None:
        dock.message(tr("Choose a buurt layer first."), Qgis.MessageLevel.Warning)
        return None
    codes, names = dock.chosen_gemeenten()
    listing = os.path.join(tempfile.mkdtemp(prefix="buurtkijker_"), "aandacht.csv")
    parameters = dock.action_parameters(ALGORITHM, LIST=listing,
                                        OUTPUT=dock.default_output("buurtkijker_kwetsbaarheid_overlast", names))
    job = BivariateJob(parameters, tr("BuurtKijker: vulnerability x nuisance for {}").format(
        ", ".join(names) or tr("all gemeenten")))
    dock.bivariate_job = job

    def done(result):
        style = qbivariate.style_layer(result, dock.language)
        qbivariate.set_tip(result, dock.language)
        dock.store_maps(result, [style])  # a GeoPackage keeps its 3 x 3 map
        result.setName(tr("Vulnerability x nuisance"))
        dock.add_on_top(result)
        dock.bivariate_layer = result
        rising = bool(job.results.get("RISING"))
        label = getattr(dock, "bivariate_legend", None)
        if label is None:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            container = getattr(dock, "body", None) or dock.widget()  # the dock's body inside its scroll area
            container.layout().addWidget(label)
            dock.bivariate_legend = label
        label.setPixmap(legend_pixmap(dock.language, rising))
        codes_listed = [c for c in (job.results.get("ATTENTION") or "").split(",") if c]
        index = result.fields().indexOf("naam")
        names_listed = [f.attributes()[index] for f in result.getFeatures() if f["code"] in codes_listed]
        dock.bivariate_list = listing
        dock.set_status(tr("{}: {}").format(
            tr("high vulnerability and rising nuisance") if rising else tr("high vulnerability and high nuisance"),
            ", ".join(names_listed) or "-"))

    return dock.start_action(job, done)
