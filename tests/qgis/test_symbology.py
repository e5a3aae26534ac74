"""Maps of the real Eindhoven scores: one verdict per buurt, distinct legend entries, colours fixed per word."""

import math

from qgis.core import QgsVectorLayer

from buurtkijker_plugin.core import verdict
from buurtkijker_plugin.qgis_io import symbology


def features(layer, field):
    return [(f[field], f[field + "_class"]) for f in layer.getFeatures()]


def test_map_draws_each_buurt_in_the_class_the_engine_gave_it(eindhoven_indices):
    """One number, one word: the renderer's range for a buurt is its stored verdict class, whatever the method."""
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    for field in ("bk_leefbaarheid", "bk_veiligheid", "bk_total"):
        renderer = symbology.graduated_renderer(layer, field)
        labels = symbology.legend_labels(renderer)
        assert len(set(labels)) == len(labels) == 6 and labels[-1] == "geen gegevens"
        for score, cls in features(layer, field):
            value = int(cls) if isinstance(cls, (int, float)) else 0
            label = renderer.rangeForValue(value).label()
            if isinstance(score, float) and math.isfinite(score):
                assert label.startswith(verdict.word(value, "z", "nl")), (field, score, label)
                low, high = label[label.index("(") + 1:-1].split(" – ") if "–" in label else (label[
                    label.index("(") + 1:-1],) * 2
                assert float(low) - 0.5 <= score <= float(high) + 0.5
            else:
                assert label == "geen gegevens"


def test_context_themes_are_never_red_or_blue(eindhoven_indices):
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    renderer = symbology.graduated_renderer(layer, "bk_demografie", scale="context")
    labels = symbology.legend_labels(renderer)
    assert labels[0].startswith("veel lager dan gemiddeld") and labels[4].startswith("veel hoger dan gemiddeld")
    for r in renderer.ranges()[:5]:
        colour = r.symbol().color()
        assert colour.blue() >= colour.green() and colour.red() >= colour.green() - 10  # purples, not RdYlBu


def test_colours_are_fixed_per_verdict_word(eindhoven_indices):
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    colours = {}
    for field in ("bk_leefbaarheid", "bk_veiligheid", "bk_total"):
        for r in symbology.graduated_renderer(layer, field).ranges():
            colours.setdefault(r.label().split(" (")[0], set()).add(r.symbol().color().name())
    assert all(len(c) == 1 for c in colours.values())
    below, average = (symbology.diverging_ramp().color(p) for p in symbology.verdict_positions("z")[1:3])
    assert next(iter(colours["onder gemiddeld"])) == below.name()
    assert below.red() > 240 and below.blue() < 160 and min(average.red(), average.green()) > 240


def test_natural_breaks_still_merge_classes_that_read_alike(eindhoven_indices):
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    values = symbology.score_values(layer, "bk_veiligheid")
    breaks = symbology.class_breaks(values, "jenks", 5)
    assert breaks[0][0] == min(values) and breaks[-1][1] == max(values)
    assert all(a[1] == b[0] for a, b in zip(breaks, breaks[1:]))
    labels = symbology.legend_labels(symbology.graduated_renderer(layer, "bk_veiligheid", "jenks", breaks=breaks))
    assert len(set(labels)) == len(labels)
    assert symbology.merge_narrow([(10, 10.2), (10.2, 10.5), (10.5, 60)]) == [(10, 10.5), (10.5, 60)]
    assert symbology.range_text(96.2, 101.4) == "96 – 101" and symbology.range_text(16.6, 17.4) == "17"
