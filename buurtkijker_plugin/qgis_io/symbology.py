"""Graduated maps of theme scores: by default the verdict classes the engine stored (so the map, the legend and
every other place use one word per buurt), or a QGIS classification method; a colour-blind-safe diverging ramp
centred on the reference average (a neutral sequential one for context themes), legend labels in words and
numbers, and hatched grey for buurten without a score."""

import math

import numpy as np
from qgis.core import (QgsClassificationEqualInterval, QgsClassificationJenks, QgsClassificationPrettyBreaks,
                       QgsClassificationQuantile, QgsColorBrewerColorRamp, QgsFeatureRequest, QgsFillSymbol,
                       QgsGradientColorRamp, QgsGradientStop,
                       QgsGraduatedSymbolRenderer, QgsProperty, QgsRendererRange, QgsSimpleFillSymbolLayer,
                       QgsSymbolLayer)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core import verdict, vocabulary
from ..core.indices import FULL_BASIS, NO_DATA_LABEL

VERDICT = "verdict"  # classes are the engine's verdict classes (bk_<theme>_class)
CLASSIFICATIONS = {
    "jenks": QgsClassificationJenks,
    "quantile": QgsClassificationQuantile,
    "equal": QgsClassificationEqualInterval,
    "pretty": QgsClassificationPrettyBreaks,
}
RAMP = "RdYlBu"  # ColorBrewer, colour-blind safe: red = below the reference average, blue = above
CONTEXT_RAMP = "Purples"  # context themes (demografie) are never red or blue: higher is not better
NO_DATA = -9999.0  # NULL scores are drawn through coalesce() as this value, in their own class
JENKS_SAMPLE = 1000  # order statistics kept for natural breaks (QGIS samples 3000 at random)


def score_columns(source, fields, names):
    """Finite values of several numeric fields in one pass; ``source`` may be a layer or a feature source
    snapshot (QgsVectorLayerFeatureSource), so this can run in a background task."""
    index = [fields.indexOf(n) for n in names]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(names, fields)
    columns = {n: [] for n in names}
    for feature in source.getFeatures(request):
        attrs = feature.attributes()
        for name, i in zip(names, index):
            value = attrs[i]
            if type(value) is float and math.isfinite(value):
                columns[name].append(value)
    return columns


def score_values(layer, field):
    return score_columns(layer, layer.fields(), [field])[field]


def _sample(values, size=None):
    """Jenks is quadratic in the number of values: beyond ``size`` use evenly spaced order statistics."""
    size = size or JENKS_SAMPLE
    if len(values) <= size:
        return values
    import numpy as np
    ordered = np.sort(np.asarray(values, dtype=float))
    return ordered[np.linspace(0, len(ordered) - 1, size).round().astype(int)].tolist()


def class_breaks(values, method="jenks", classes=5):
    """[(lower, upper), ...] by a QGIS classification method; pure computation, safe in a background task."""
    if len(values) < 2:
        return []
    classifier = CLASSIFICATIONS[method]()
    ranges = classifier.classes(_sample(values) if method == "jenks" else values, classes)
    bounds = [[r.lowerBound(), r.upperBound()] for r in ranges]
    if bounds:
        bounds[0][0], bounds[-1][1] = min(values), max(values)
    return merge_narrow(bounds)


MIN_CLASS_WIDTH = 1.0  # score points (a tenth of a standard deviation)


def merge_narrow(bounds, width=MIN_CLASS_WIDTH):
    """Natural breaks give a few outliers classes of their own; neighbouring classes each narrower than ``width``
    would read alike in the legend ('(17 – 17)' twice), so each such run becomes one class."""
    merged = []
    for lower, upper in bounds:
        if merged and upper - lower < width and merged[-1][1] - merged[-1][0] < width:
            merged[-1] = (merged[-1][0], upper)
        else:
            merged.append((lower, upper))
    return merged


def _fill(color, hatch=False):
    fill = QgsSimpleFillSymbolLayer(color, Qt.BrushStyle.SolidPattern, QColor(255, 255, 255), Qt.PenStyle.SolidLine,
                                    0.15)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, fill)
    if hatch:
        lines = QgsSimpleFillSymbolLayer(QColor(150, 150, 150), Qt.BrushStyle.BDiagPattern, QColor(150, 150, 150),
                                         Qt.PenStyle.NoPen, 0)
        symbol.appendSymbolLayer(lines)
    return symbol


def _number(value):
    return "{:.0f}".format(value) if abs(value) >= 10 else "{:.1f}".format(value)


def range_text(lower, upper):
    """'56 – 79', or '17' when both ends round to the same number."""
    low, high = _number(lower), _number(upper)
    return low if low == high else "{} – {}".format(low, high)


SATURATED_Z = 2.0  # classes this many sd from the reference average get the ramp's darkest colours
MIN_COLOUR_STEP = 0.05  # of the ramp: neighbouring classes never share a colour


def diverging_ramp():
    """ColorBrewer's RdYlBu (9 colours) as a continuous ramp, so classes between its colours get their own shade."""
    brewer = QgsColorBrewerColorRamp(RAMP, 9)
    colours = [brewer.color(i / 8) for i in range(9)]
    return QgsGradientColorRamp(colours[0], colours[-1], False,
                                [QgsGradientStop(i / 8, colours[i]) for i in range(1, 8)])


def ramp_positions(midpoints, center, spread):
    """Where each class (by its midpoint) sits on the diverging ramp: on one fixed scale of z, so a colour means
    the same on every map and agrees with the class word ('onder gemiddeld' is orange, 'gemiddeld' pale yellow)
    however far an outlier lies; classes beyond the scale are spread out so each keeps its own colour."""
    z = [(m - center) / spread if spread > 0 else 0.0 for m in midpoints]
    positions = [min(max(0.5 + value / (2 * SATURATED_Z), 0.0), 1.0) for value in z]
    for i in range(1, len(positions)):  # outwards from the low end, then back from the high end
        positions[i] = max(positions[i], positions[i - 1] + MIN_COLOUR_STEP)
    for i in range(len(positions) - 1, -1, -1):
        upper = 1.0 if i == len(positions) - 1 else positions[i + 1] - MIN_COLOUR_STEP
        positions[i] = max(min(positions[i], upper), 0.0)
    return positions


def verdict_breaks(scores, classes, scale="z"):
    """[(class, lowest score, highest score)] for every class of the scale (None, None for an empty class):
    the legend's ranges are those of the buurten the engine put in each class."""
    scores, out = list(scores), []
    values = np.asarray(scores, dtype=float)
    codes = np.asarray(list(classes)[:len(scores)] + [None] * (len(scores) - len(classes)), dtype=object)
    for number in range(1, verdict.class_count(scale) + 1):
        rows = np.flatnonzero(codes == number)  # one comparison per class in numpy, not a Python pass
        if len(rows):
            out.append((number, scores[rows[np.argmin(values[rows])]], scores[rows[np.argmax(values[rows])]]))
        else:
            out.append((number, None, None))
    return out


def verdict_positions(scale):
    """Where each verdict class sits on its ramp: fixed, so a colour means the same word on every map."""
    count = verdict.class_count(scale)
    if scale == "context":
        return [0.2 + 0.75 * i / (count - 1) for i in range(count)]
    return [0.05 + 0.9 * i / (count - 1) for i in range(count)]


def context_ramp():
    return QgsColorBrewerColorRamp(CONTEXT_RAMP, 9)


def verdict_renderer(field, breaks, scale="z", language="nl"):
    """A graduated renderer on ``<field>_class``: one range per verdict class, labelled with the class word and the
    scores of its buurten; empty classes stay in the legend (greyed label text is left to the legend)."""
    ramp = context_ramp() if scale == "context" else diverging_ramp()
    renderer = QgsGraduatedSymbolRenderer('coalesce("{}_class", 0)'.format(field))
    renderer.setSourceColorRamp(ramp.clone())
    for (number, lower, upper), position in zip(breaks, verdict_positions(scale)):
        word = verdict.word(number, scale, language)
        label = word if lower is None else "{} ({})".format(word, range_text(lower, upper))
        renderer.addClassRange(QgsRendererRange(number - 0.5, number + 0.5, _fill(ramp.color(position)), label))
    renderer.addClassRange(QgsRendererRange(-0.5, 0.5, _fill(QColor(235, 235, 235), hatch=True),
                                            verdict.NO_DATA[language]))
    return renderer


THIN_LEGEND = -99.0  # the legend entry "op minder indicatoren" is a class no buurt falls into: it explains the mark


def _property(name):
    """A symbol layer's data-defined property (QgsSymbolLayer.Property.FillColor on newer QGIS, PropertyFillColor
    on 3.22)."""
    scoped = getattr(getattr(QgsSymbolLayer, "Property", None), name, None)
    return scoped if scoped is not None else getattr(QgsSymbolLayer, "Property" + name)


def _thin_mark(field=None):
    """Dark hatching and a dashed outline where ``<field>_basis`` is below 80 %, transparent elsewhere (always
    drawn without ``field``: the legend's sample). Colours, not the layer's 'enabled' switch, are data-defined:
    the legend draws a class's sample without a feature, and so shows it unmarked."""
    dark = QColor(40, 40, 40)
    mark = QgsSimpleFillSymbolLayer(dark if field is None else QColor(0, 0, 0, 0), Qt.BrushStyle.FDiagPattern,
                                    dark if field is None else QColor(0, 0, 0, 0), Qt.PenStyle.DashLine, 0.5)
    if field is not None:
        colour = QgsProperty.fromExpression("CASE WHEN coalesce(\"{}_basis\", 100) < {} THEN '40,40,40,255' "
                                            "ELSE '0,0,0,0' END".format(field, 100 * FULL_BASIS))
        mark.setDataDefinedProperty(_property("FillColor"), colour)
        mark.setDataDefinedProperty(_property("StrokeColor"), colour)
    return mark


def mark_thin_basis(renderer, field, language="nl", legend_value=THIN_LEGEND):
    """Every class of ``renderer`` marks the buurten whose ``field`` score rests on less than 80 % of its theme's
    weight (``<field>_basis``), and the legend says so: "op minder indicatoren"."""
    for k, item in enumerate(renderer.ranges()):
        symbol = item.symbol().clone()
        symbol.appendSymbolLayer(_thin_mark(field))
        renderer.updateRangeSymbol(k, symbol)
    sample = _fill(QColor(255, 255, 255))
    sample.appendSymbolLayer(_thin_mark())
    renderer.addClassRange(QgsRendererRange(legend_value - 0.5, legend_value + 0.5, sample,
                                            vocabulary.THIN_BASIS[language]))
    return renderer


def _has_basis(layer, field):
    return layer is not None and hasattr(layer, "fields") and layer.fields().indexOf(field + "_basis") >= 0


def graduated_renderer(layer, field, method=VERDICT, classes=5, center=100.0, spread=10.0, language="nl",
                       breaks=None, scale="z"):
    """A graduated renderer for a score field; ``center`` is the reference average, ``spread`` one sd of it.

    ``method`` 'verdict' draws the engine's classes (see :func:`verdict_renderer`); a QGIS classification method
    ('jenks', 'quantile', ...) draws its own ranges, labelled with numbers only, since a range chosen by natural
    breaks can hold buurten of two verdicts. ``breaks`` can be computed beforehand in a background task.
    """
    if method == VERDICT:
        if breaks is None:
            breaks = verdict_breaks(*score_pairs(layer, layer.fields(), field), scale)
        renderer = verdict_renderer(field, breaks, scale, language)
        return mark_thin_basis(renderer, field, language) if _has_basis(layer, field) else renderer
    if breaks is None:
        breaks = class_breaks(score_values(layer, field), method, classes)
    ramp = context_ramp() if scale == "context" else diverging_ramp()
    renderer = QgsGraduatedSymbolRenderer('coalesce("{}", {})'.format(field, NO_DATA))
    renderer.setClassificationMethod(CLASSIFICATIONS[method]())
    renderer.setSourceColorRamp(ramp.clone())
    positions = ramp_positions([(lo + up) / 2 for lo, up in breaks], center, spread)
    for (lower, upper), position in zip(breaks, positions):
        renderer.addClassRange(QgsRendererRange(lower, upper, _fill(ramp.color(position)), range_text(lower, upper)))
    renderer.addClassRange(QgsRendererRange(NO_DATA - 1, NO_DATA + 1, _fill(QColor(235, 235, 235), hatch=True),
                                            NO_DATA_LABEL[language]))
    return mark_thin_basis(renderer, field, language, 2 * NO_DATA) if _has_basis(layer, field) else renderer


def score_pairs(source, fields, field):
    """(scores, classes) of the features with a finite score, from a layer or a feature source snapshot."""
    return score_pairs_of(source, fields, [field])[field]


def score_pairs_of(source, fields, names):
    """score field -> (scores, classes) as :func:`score_pairs`, for several fields in one pass over the features
    (a national result has 14,574 of them: one pass per theme cost two seconds)."""
    wanted = [n for name in names for n in (name, name + "_class") if fields.indexOf(n) >= 0]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(wanted, fields)
    index = [fields.indexOf(n) for n in wanted]
    # feature.attribute(i) for the wanted fields only: attributes() converts every field of the row (a result has
    # ~150, explanations among them), which made one pass over a national memory layer take 1.7 s
    rows = [[feature.attribute(i) for i in index] for feature in source.getFeatures(request)]
    column = {n: k for k, n in enumerate(wanted)}
    out = {}
    for name in names:
        i, j = column.get(name), column.get(name + "_class")
        scores, classes = [], []
        if i is None:
            out[name] = (scores, classes)
            continue
        for attrs in rows:
            value = attrs[i]
            if type(value) is float and math.isfinite(value):
                scores.append(value)
                cls = attrs[j] if j is not None else None
                classes.append(int(cls) if isinstance(cls, (int, float)) and not isinstance(cls, bool)
                               and math.isfinite(cls) else None)
        out[name] = (scores, classes)
    return out


def legend_labels(renderer):
    return [r.label() for r in renderer.ranges()]
