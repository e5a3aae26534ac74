"""Graduated maps of theme scores: QGIS classification methods, a colour-blind-safe diverging ramp centred on the
reference average, legend labels in words and numbers, and hatched grey for buurten without a score."""

import math

from qgis.core import (QgsClassificationEqualInterval, QgsClassificationJenks, QgsClassificationPrettyBreaks,
                       QgsClassificationQuantile, QgsColorBrewerColorRamp, QgsFeatureRequest, QgsFillSymbol,
                       QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSimpleFillSymbolLayer)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.indices import CLASS_LABELS, NO_DATA_LABEL, classify_z

CLASSIFICATIONS = {
    "jenks": QgsClassificationJenks,
    "quantile": QgsClassificationQuantile,
    "equal": QgsClassificationEqualInterval,
    "pretty": QgsClassificationPrettyBreaks,
}
RAMP = "RdYlBu"  # ColorBrewer, colour-blind safe: red = below the reference average, blue = above
NO_DATA = -9999.0  # NULL scores are drawn through coalesce() as this value, in their own class


def score_values(layer, field):
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([field],
                                                                                                layer.fields())
    values = []
    for feature in layer.getFeatures(request):
        value = feature[field]
        if value is not None and not (hasattr(value, "isNull") and value.isNull()) and math.isfinite(value):
            values.append(float(value))
    return values


def _fill(color, hatch=False):
    fill = QgsSimpleFillSymbolLayer(color, Qt.SolidPattern, QColor(255, 255, 255), Qt.SolidLine, 0.15)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, fill)
    if hatch:
        lines = QgsSimpleFillSymbolLayer(QColor(150, 150, 150), Qt.BDiagPattern, QColor(150, 150, 150),
                                         Qt.NoPen, 0)
        symbol.appendSymbolLayer(lines)
    return symbol


def _number(value):
    return "{:.0f}".format(value) if abs(value) >= 10 else "{:.1f}".format(value)


def class_word(midpoint, center, spread, language="nl"):
    """The class label ('onder gemiddeld', ...) for a range's midpoint, from its z against the reference."""
    z = (midpoint - center) / spread if spread > 0 else 0.0
    return CLASS_LABELS[language][int(classify_z([z])[0]) - 1]


def graduated_renderer(layer, field, method="jenks", classes=5, center=100.0, spread=10.0, language="nl"):
    """A graduated renderer for a score field; ``center`` is the reference average, ``spread`` one sd of it."""
    values = score_values(layer, field)
    classifier = CLASSIFICATIONS[method]()
    ranges = classifier.classes(values, classes) if len(values) > 1 else []
    ramp = QgsColorBrewerColorRamp(RAMP, 9)
    lo, hi = (min(values), max(values)) if values else (center - 1, center + 1)
    half = max(abs(lo - center), abs(hi - center), 1e-9)
    renderer = QgsGraduatedSymbolRenderer('coalesce("{}", {})'.format(field, NO_DATA))
    renderer.setClassificationMethod(classifier)
    renderer.setSourceColorRamp(ramp.clone())
    for item in ranges:
        lower, upper = item.lowerBound(), item.upperBound()
        mid = (lower + upper) / 2
        position = min(max(0.5 + (mid - center) / (2 * half), 0.0), 1.0)
        label = "{} ({} – {})".format(class_word(mid, center, spread, language), _number(lower), _number(upper))
        renderer.addClassRange(QgsRendererRange(lower, upper, _fill(ramp.color(position)), label))
    renderer.addClassRange(QgsRendererRange(NO_DATA - 1, NO_DATA + 1, _fill(QColor(235, 235, 235), hatch=True),
                                            NO_DATA_LABEL[language]))
    return renderer


def legend_labels(renderer):
    return [r.label() for r in renderer.ranges()]
