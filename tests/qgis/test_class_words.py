"""Every class word on every page agrees with the class: for every theme and the total, under zscore and imd (its
deciles), the legend, the map tip, the comparison (sentence and colour) and the buurtprofiel say the word of the
buurt's stored class (issue 22)."""

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer

from buurtkijker_plugin.core import compare, explain, themes, verdict
from buurtkijker_plugin.paths import THEMES_FILE
from buurtkijker_plugin.qgis_io import layers, layouts, presentation
from tests.qgis.conftest import locale


@pytest.fixture(scope="module")
def imd_indices(tmp_path_factory, qgis_processing):
    from qgis.core import QgsApplication
    import processing
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    from tests.conftest import eindhoven_with_rivm
    registry = QgsApplication.processingRegistry()
    added = BuurtKijkerProvider()
    registry.addProvider(added)
    folder = tmp_path_factory.mktemp("imd")
    out = folder / "eindhoven_imd.gpkg"
    with locale("nl_NL"):
        processing.run("buurtkijker:computeindices", {"INPUT": str(eindhoven_with_rivm(folder)), "METHOD": "imd",
                                                      "OUTPUT": str(out)})
    registry.removeProvider(added)
    return out


def check_every_word(path, method):
    layer = QgsVectorLayer(str(path), "indices")
    available = themes.load_themes(THEMES_FILE)
    presentation.add_theme_styles(layer, available, method, language="nl")
    frame = layers.indexed_frame(layer)
    fields = presentation.style_fields(layer, available)
    features, seen = [], set()  # one buurt per theme and class (a profile page per buurt is slow)
    for feature in layer.getFeatures():
        keys = {(field, feature[field + "_class"]) for _, field in fields} - seen
        if any(isinstance(cls, int) for _, cls in keys):
            features.append(feature)
            seen |= keys
    codes = [f["code"] for f in features]
    comparison = compare.compare(frame, codes, available, None, "nl")
    coverage, _ = layouts.profile_layers(layer, frame, codes, available, None, "nl")
    profiles = {f["code"]: f["bk_why"].split("\n") for f in coverage.getFeatures()}
    checked = set()
    for theme, field in fields:
        if not (comparison.rows["field"] == field).any():  # a theme without any score in this layer
            continue
        scale = presentation.scale_of(theme, method)
        label = theme.label("nl") if theme is not None else compare.HEADINGS["nl"]["total"]
        presentation.show_style(layer, presentation.style_name(theme, "nl"))
        renderer = layer.renderer()
        row = comparison.rows.index[comparison.rows["field"] == field][0]
        for feature in features:
            cls = feature[field + "_class"]
            if not isinstance(cls, int):
                continue
            word = verdict.word(cls, scale, "nl")
            legend = renderer.rangeForValue(cls).label()
            assert legend == word or legend.startswith((word + " (", word + ",")), (field, word, legend)
            context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            context.setFeature(feature)
            tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
            assert "&middot; {}<br>".format(word) in tip, (field, tip)
            code = feature["code"]
            sentence = dict(comparison.explanations[code])[label]
            assert sentence == word or sentence.startswith((word + ", vooral door: ", word + "; ")), sentence
            assert comparison.flags.at[row, code] == verdict.direction(cls, scale), (field, code)
            assert "{}: {}".format(label, sentence) in profiles[code], (field, code)
            why = explain.split_shrink_note(feature[field + "_why"])[0] if field + "_why" in feature.fields().names() \
                else None
            if isinstance(why, str) and scale != "context":  # the stored sentence leads with the class direction
                lead = {-1: ("lager dan gemiddeld",), 0: ("rond het gemiddelde",), 1: ("hoger dan gemiddeld",)}
                assert why.startswith(lead[verdict.direction(cls, scale)]), (field, cls, why)
            checked.add((field, cls))
    return checked


def test_every_class_word_agrees_under_zscore(eindhoven_indices):
    checked = check_every_word(eindhoven_indices, "zscore")
    assert {cls for _, cls in checked} == {1, 2, 3, 4, 5} and len({f for f, _ in checked}) >= 6


def test_every_class_word_agrees_under_imd(imd_indices):
    checked = check_every_word(imd_indices, "imd")
    assert len({f for f, _ in checked}) >= 6
