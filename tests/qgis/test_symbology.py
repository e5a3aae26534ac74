"""Graduated maps of the real Eindhoven scores: every legend entry reads differently."""

from qgis.core import QgsVectorLayer

from buurtkijker_plugin.qgis_io import symbology


def test_outliers_do_not_give_classes_that_read_alike(eindhoven_indices):
    """Eindhoven's veiligheid has a few buurten far below the rest: natural breaks give them two classes of their
    own, both '(17 – 17)'; they become one class, '(17)'."""
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    values = symbology.score_values(layer, "bk_veiligheid")
    raw = symbology.CLASSIFICATIONS["jenks"]().classes(values, 5)
    assert len({symbology.range_text(r.lowerBound(), r.upperBound()) for r in raw}) < len(raw)  # the problem
    breaks = symbology.class_breaks(values, "jenks", 5)
    assert 2 <= len(breaks) < 5 and breaks[0][0] == min(values) and breaks[-1][1] == max(values)
    assert all(a[1] == b[0] for a, b in zip(breaks, breaks[1:]))  # still contiguous
    renderer = symbology.graduated_renderer(layer, "bk_veiligheid", breaks=breaks)
    labels = symbology.legend_labels(renderer)
    assert len(set(labels)) == len(labels)
    ranges = [label[label.index("(") + 1:-1] for label in labels[:-1]]
    assert len(set(ranges)) == len(ranges) and "–" not in ranges[0]  # the outliers' class shows one number


def test_merge_narrow_keeps_a_lone_outlier_class():
    assert symbology.merge_narrow([(10, 10.2), (10.2, 60), (60, 90)]) == [(10, 10.2), (10.2, 60), (60, 90)]
    assert symbology.merge_narrow([(10, 10.2), (10.2, 10.5), (10.5, 60)]) == [(10, 10.5), (10.5, 60)]
    assert symbology.range_text(96.2, 101.4) == "96 – 101" and symbology.range_text(16.6, 17.4) == "17"


def test_colours_follow_the_class_words_not_the_outliers(eindhoven_indices):
    """The outliers at 17 do not wash out the rest: 'onder gemiddeld' is orange and 'gemiddeld' the pale centre of
    the ramp on this map as on any other; every class has its own colour."""
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    renderer = symbology.graduated_renderer(layer, "bk_veiligheid")
    colours = {r.label().split(" (")[0]: r.symbol().color() for r in renderer.ranges()}
    assert len(set(c.name() for c in colours.values())) == len(colours)
    ramp = symbology.diverging_ramp()
    below, average = colours["onder gemiddeld"], colours["gemiddeld"]
    assert below.name() == ramp.color(symbology.ramp_positions([92.5], 100, 10)[0]).name()
    assert below.red() > 240 and 150 < below.green() < 215 and below.blue() < 140  # orange
    assert min(average.red(), average.green()) > 240  # pale yellow


def test_ramp_positions_use_one_scale_and_keep_classes_apart():
    assert symbology.ramp_positions([80, 90, 100, 110, 120], 100, 10) == [0.0, 0.25, 0.5, 0.75, 1.0]
    low = symbology.ramp_positions([17, 52, 92.5], 100, 10)  # two classes beyond the scale
    assert low[0] == 0.0 and low[1] == symbology.MIN_COLOUR_STEP and low[2] == 0.3125
