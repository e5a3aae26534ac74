"""Maps of the real Eindhoven scores: one verdict per buurt, distinct legend entries, colours fixed per word."""

import math

from qgis.core import QgsVectorLayer

from buurtkijker_plugin.core import verdict, vocabulary
from buurtkijker_plugin.qgis_io import symbology


def features(layer, field):
    return [(f[field], f[field + "_class"]) for f in layer.getFeatures()]


def test_map_draws_each_buurt_in_the_class_the_engine_gave_it(eindhoven_indices):
    """One number, one word: the renderer's range for a buurt is its stored verdict class, whatever the method."""
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    for field in ("bk_leefbaarheid", "bk_veiligheid", "bk_total"):
        renderer = symbology.graduated_renderer(layer, field)
        labels = symbology.legend_labels(renderer)
        if layer.fields().indexOf(field + "_basis") >= 0:  # issue 21: the thin-basis mark explained last
            assert labels.pop() == vocabulary.THIN_BASIS["nl"]
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


def test_one_word_in_legend_map_tip_comparison_and_profile(eindhoven_indices):
    """A buurt's leefbaarheid gets the same verdict word on the map's legend, in its map tip, in the comparison
    (word and colour) and on its profile page; a comparison in English re-composes the Dutch explanations."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
    from buurtkijker_plugin.core import compare, themes
    from buurtkijker_plugin.paths import THEMES_FILE
    from buurtkijker_plugin.qgis_io import layers, layouts, presentation
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    available = themes.load_themes(THEMES_FILE)
    presentation.add_theme_styles(layer, available, "zscore", language="nl")
    presentation.show_style(layer, "Leefbaarheid")
    renderer = layer.renderer()
    frame = layers.indexed_frame(layer)
    by_class = {}
    for feature in layer.getFeatures():
        cls = feature["bk_leefbaarheid_class"]
        if isinstance(cls, int) and cls not in by_class:
            by_class[cls] = feature
    assert set(by_class) == {1, 2, 3, 4, 5}
    codes = [f["code"] for f in by_class.values()]
    comparison = compare.compare(frame, codes, available, None, "nl")
    coverage, _ = layouts.profile_layers(layer, frame, codes, available, None, "nl")
    profiles = {f["code"]: f["bk_why"] for f in coverage.getFeatures()}
    row = comparison.rows.index[comparison.rows["id"] == "leefbaarheid"][0]
    for cls, feature in by_class.items():
        word = verdict.word(cls, "z", "nl")
        code = feature["code"]
        legend = renderer.rangeForValue(cls).label()
        assert legend.split(" (")[0].split(",")[0] == word, legend
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
        assert "&middot; {}<br>".format(word) in tip, tip
        assert "rang {} van ".format(feature["bk_leefbaarheid_rank"]) in tip and "(1 = hoogste score)" in tip
        sentence = dict(comparison.explanations[code])["Leefbaarheid"]
        assert sentence == word or sentence.startswith(word + ", vooral door: "), sentence
        assert comparison.flags.at[row, code] == verdict.direction(cls, "z")
        line = next(t for t in profiles[code].split("\n") if t.startswith("Leefbaarheid: "))
        assert line == "Leefbaarheid: " + sentence
    english = compare.compare(frame, codes, available, None, "en")
    for code in codes:
        for label, sentence in english.explanations[code]:
            assert "vooral" not in sentence and "gemiddeld" not in sentence and " hoog (" not in sentence, sentence
    assert any("mainly because of" in s for c in codes for _, s in english.explanations[c])


def test_theme_styles_on_a_layer_whose_current_style_has_a_theme_name(eindhoven_indices):
    """From QGIS 3.28 a GeoPackage with stored maps opens in the style named after its default ('Overall score').
    Adding the theme styles must not write another theme's map into it: each style keeps its own map tip."""
    from buurtkijker_plugin.core import themes
    from buurtkijker_plugin.qgis_io import presentation, safe_html
    from tests.conftest import THEMES
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    manager = layer.styleManager()
    manager.renameStyle(manager.currentStyle(), "Overall score")  # as QGIS 3.40 opens it
    names = presentation.add_theme_styles(layer, themes.load_themes(THEMES), "zscore", language="en")
    assert names[-1] == "Overall score" and sorted(manager.styles()) == sorted(names)
    for name in (names[-1], names[1], names[-1]):
        presentation.show_style(layer, name)
        assert "<br>{}: <b>".format(safe_html.literal(name)) in layer.mapTipTemplate()
        assert layer.renderer().classAttribute().startswith('coalesce("bk_{}'.format(
            "total" if name == "Overall score" else "")), name


def test_one_number_in_map_tip_comparison_and_profile(eindhoven_indices):
    """Binnenstad's crimes per 1000 (CBS' published 793,2) is the same in the veiligheid map tip, the comparison
    and the buurtprofiel's indicator table; the gemeente column is CBS' Eindhoven figure (75,9), the same in the
    comparison and the profile, and an average from few buurten says so on the profile."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
    from buurtkijker_plugin.core import compare, themes
    from buurtkijker_plugin.paths import THEMES_FILE
    from buurtkijker_plugin.qgis_io import layers, layouts, presentation
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    available = themes.load_themes(THEMES_FILE)
    presentation.add_theme_styles(layer, available, "zscore", language="nl")
    veiligheid = next(t for t in available if t.id == "veiligheid")
    presentation.show_style(layer, presentation.style_name(veiligheid, "nl"))
    feature = next(f for f in layer.getFeatures() if f["naam"] == "Binnenstad")
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    decimal = QgsExpression("format_number(1.5, 1)").evaluate()[1]  # QGIS' own number format
    assert "Misdrijven per 1000 inwoners: 793{}2".format(decimal) in tip, tip
    frame = layers.indexed_frame(layer)
    comparison = compare.compare(frame, [feature["code"]], available, None, "nl")
    row = comparison.rows.index[comparison.rows["id"] == "misdrijven_per_1000"][0]
    assert round(comparison.values.at[row, feature["code"]], 1) == 793.2
    assert round(comparison.values.at[row, "GM0772"], 1) == 75.9
    pages, table = layouts.profile_layers(layer, frame, [feature["code"]], available, None, "nl")
    lines = {f["indicator"]: f for f in table.getFeatures()}
    crimes = next(f for label, f in lines.items() if label.startswith("Misdrijven per 1000 inwoners"))
    assert crimes["buurt"] == "793,2" and crimes["gemeente"] == "75,9"
    income = next(f for label, f in lines.items() if label.startswith("Gemiddeld inkomen per inwoner"))
    assert income["gemeente"] == "34,9 \u00b9"  # the coverage as a footnote under the table
    assert "uit 48 van 116 buurten, " in next(pages.getFeatures())["bk_table_notes"]


def test_shrinkage_note_in_map_tip_comparison_and_profile(eindhoven_indices):
    """A buurt whose score empirical-Bayes shrinkage moved by more than half a class says so in one line in its map
    tip, in the comparison and on its profile page."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
    from buurtkijker_plugin.core import compare, explain, themes
    from buurtkijker_plugin.paths import THEMES_FILE
    from buurtkijker_plugin.qgis_io import layers, layouts, presentation
    note = explain.SHRUNK["nl"]
    layer = QgsVectorLayer(str(eindhoven_indices), "indices")
    available = themes.load_themes(THEMES_FILE)
    presentation.add_theme_styles(layer, available, "zscore", language="nl")
    found = [(t, f) for t in available for f in layer.getFeatures()
             if isinstance(f["bk_{}_why".format(t.id)] if "bk_{}_why".format(t.id) in f.fields().names() else None,
                           str) and f["bk_{}_why".format(t.id)].endswith(note)]
    assert found, "no buurt of Eindhoven was moved half a class by shrinkage"
    theme, feature = found[0]
    presentation.show_style(layer, presentation.style_name(theme, "nl"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    assert note in QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    frame = layers.indexed_frame(layer)
    comparison = compare.compare(frame, [feature["code"]], available, None, "nl")
    line = dict(comparison.explanations[feature["code"]])[theme.label("nl")]
    assert line.endswith("; " + note), line
    coverage, _ = layouts.profile_layers(layer, frame, [feature["code"]], available, None, "nl")
    page = next(coverage.getFeatures())["bk_why"]
    assert "{}: {}".format(theme.label("nl"), line) in page.split("\n")
    english = compare.compare(frame, [feature["code"]], available, None, "en")
    assert dict(english.explanations[feature["code"]])[theme.label("en")].endswith(explain.SHRUNK["en"])
