"""Explanations are composed in the language of the view, not frozen in the language of the run that stored them:
map tip, an atlas text, comparebuurten and buurtprofielen on real Eindhoven results computed in English and in
Dutch; and what a project shows where the plugin is not loaded."""

import re

import pytest
from qgis.core import (NULL, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsLayoutItemLabel,
                       QgsPrintLayout, QgsProject, QgsVectorLayer)

from buurtkijker_plugin.core import verdict
from buurtkijker_plugin.qgis_io import expressions
from tests.conftest import EINDHOVEN, THEMES
from tests.qgis.conftest import locale

DUTCH = ("vooral door", "lager dan gemiddeld", "hoger dan gemiddeld")
ENGLISH = ("mainly because of", "below average", "above average")


@pytest.fixture(scope="module")
def english_indices(tmp_path_factory, qgis_processing):
    """Eindhoven computed with LANGUAGE=en in a Dutch QGIS: the stored explanations are English."""
    from qgis.core import QgsApplication
    import processing
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    registry = QgsApplication.processingRegistry()
    added = BuurtKijkerProvider()
    registry.addProvider(added)
    out = tmp_path_factory.mktemp("english") / "eindhoven_en.gpkg"
    try:
        with locale("nl_NL"):
            processing.run("buurtkijker:computeindices",
                           {"INPUT": str(EINDHOVEN), "OUTPUT": str(out), "LANGUAGE": "en"})
    finally:
        registry.removeProvider(added)
    return out


@pytest.fixture()
def registered():
    expressions.register()
    yield
    expressions.unregister()


def available():
    from buurtkijker_plugin.core import themes
    return themes.load_themes(THEMES)


def explained(layer, field="bk_total_why"):
    """Features whose stored explanation names indicators (not only 'around the average')."""
    from buurtkijker_plugin.core import explain
    return [f for f in layer.getFeatures()
            if isinstance(f[field], str) and ": " in explain.split_shrink_note(f[field])[0]]


def tips(layer, features):
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    out = []
    for feature in features:
        context.setFeature(feature)
        out.append(QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context))
    return out


def styled(path, language):
    from buurtkijker_plugin.qgis_io import presentation
    layer = QgsVectorLayer(str(path), "result")
    assert layer.isValid()
    names = presentation.add_theme_styles(layer, available(), "zscore", language=language)
    # the overall score's style last, so its map tip is the one set on the layer
    presentation.show_style(layer, names[-1])
    return layer


def test_stored_sentences_are_in_the_run_language(english_indices, eindhoven_indices):
    english = QgsVectorLayer(str(english_indices), "en")
    dutch = QgsVectorLayer(str(eindhoven_indices), "nl")
    assert all(f["bk_total_why"].startswith(ENGLISH) for f in explained(english))
    assert all(f["bk_total_why"].startswith(DUTCH[1:]) for f in explained(dutch))


@pytest.mark.parametrize("run, language, shown, not_shown", [
    ("english", "nl", DUTCH, ENGLISH), ("dutch", "en", ENGLISH, DUTCH)])
def test_map_tip_in_the_language_of_the_map(english_indices, eindhoven_indices, registered, run, language, shown,
                                            not_shown):
    layer = styled(english_indices if run == "english" else eindhoven_indices, language)
    features = explained(layer)
    assert len(features) > 20
    for tip, feature in zip(tips(layer, features), features):
        assert "<i>" in tip and "[%" not in tip, tip
        assert tip.startswith('<div style="min-width:320px') and tip.endswith("</div>"), tip  # a readable card
        why = tip.split("<i>")[1].split("</i>")[0]
        # led by the map's own class word, the one the tip shows beside the score (issue 25)
        word = verdict.word(feature["bk_total_class"], "z", language)
        assert "&middot; {}<br>".format(word) in tip, tip
        assert why.startswith("{}, {}: ".format(word, shown[0])) and not any(w in why for w in not_shown), why
        # the number format of the map's language: '(-0,9)' in Dutch, '(-0.9)' in English
        assert re.search(r"\([+-]\d+{}\d\)".format("," if language == "nl" else r"\."), why), why


def test_without_the_plugin_the_map_tip_shows_the_stored_sentence(english_indices):
    """A colleague without BuurtKijker: the function is unknown, eval() yields NULL and the tip falls back to the
    stored text (in the run's language), never to expression code."""
    assert not QgsExpression.isFunctionName(expressions.NAME)
    layer = styled(english_indices, "nl")
    features = explained(layer)
    for tip, feature in zip(tips(layer, features), features):
        assert "[%" not in tip and expressions.NAME not in tip, tip
        assert "<i>{}</i>".format(feature["bk_total_why"]) in tip
    # a direct call in a template would not parse: QGIS prints the block as it is (why the tips use eval())
    context = QgsExpressionContext()
    context.setFeature(features[0])
    raw = "[% {}(\"bk_total_why\", 'nl') %]".format(expressions.NAME)
    assert QgsExpression.replaceExpressionText(raw, context) == raw


def test_an_atlas_text_composes_the_explanation(english_indices, registered):
    """A user's own layout: a label over an atlas of the English result, in Dutch."""
    project = QgsProject()
    layer = QgsVectorLayer(str(english_indices), "result")
    project.addMapLayer(layer)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.atlas().setCoverageLayer(layer)
    layout.atlas().setEnabled(True)
    label = QgsLayoutItemLabel(layout)
    label.setText("[% buurtkijker_explain(\"bk_total_why\", 'nl') %]")
    layout.addLayoutItem(label)
    feature = explained(layer)[0]
    assert layout.atlas().beginRender()
    layout.atlas().seekTo(feature)
    text = label.currentText()
    assert text.startswith(DUTCH[1:]) and DUTCH[0] in text and "mainly" not in text, text
    layout.atlas().endRender()


@pytest.mark.parametrize("run, language, shown, not_shown", [
    ("english", "nl", ("ruim onder gemiddeld, vooral door: ", "onder gemiddeld, vooral door: "), "mainly"),
    ("dutch", "en", ("well below average, mainly because of: ", "below average, mainly because of: "), "vooral")])
def test_comparison_in_its_own_language(provider, english_indices, eindhoven_indices, run, language, shown,
                                        not_shown):
    import processing
    path = english_indices if run == "english" else eindhoven_indices
    table = processing.run("buurtkijker:comparebuurten", {
        "INPUT": str(path), "BUURTEN": "Vredeoord, Tempel", "LANGUAGE": language, "OUTPUT": "memory:"})["OUTPUT"]
    code = next(f["code"] for f in QgsVectorLayer(str(path), "r").getFeatures() if f["naam"] == "Vredeoord")
    by_id = {f["id"]: f for f in table.getFeatures()}
    why = by_id["voorzieningen"][code + "_toelichting"]
    assert why.startswith(shown) and not_shown not in why, why
    texts = [f[code + "_toelichting"] for f in table.getFeatures() if isinstance(f[code + "_toelichting"], str)]
    assert texts and not any(not_shown in t for t in texts)


@pytest.mark.parametrize("run, language, word, not_shown", [("english", "nl", "vooral door", "mainly"),
                                                            ("dutch", "en", "mainly because of", "vooral")])
def test_buurtprofiel_in_its_own_language(english_indices, eindhoven_indices, tmp_path, run, language, word,
                                          not_shown):
    from buurtkijker_plugin.qgis_io import layers, layouts
    layer = QgsVectorLayer(str(english_indices if run == "english" else eindhoven_indices), "result")
    frame = layers.indexed_frame(layer)
    codes = [f["code"] for f in explained(layer)][:3]
    coverage, _ = layouts.profile_layers(layer, frame, codes, available(), language=language, folder=tmp_path)
    whys = [f["bk_why"] for f in coverage.getFeatures()]
    assert len(whys) == 3 and all(word in w and not_shown not in w for w in whys), whys


def test_the_plugin_registers_the_function_and_removes_it_on_unload(qgis_iface, recording):
    import buurtkijker_plugin
    assert not QgsExpression.isFunctionName(expressions.NAME)
    plugin = buurtkijker_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert QgsExpression.isFunctionName(expressions.NAME)
        value = QgsExpression("{}('below average mainly because of: Crimes per 1000 inhabitants high (-0.4)', "
                              "'nl')".format(expressions.NAME)).evaluate()
        assert value == "lager dan gemiddeld vooral door: Misdrijven per 1000 inwoners hoog (-0,4)"
        # language may be left out (Dutch); NULL stays NULL; an unreadable text comes back as it is
        assert QgsExpression("{}('around the average')".format(expressions.NAME)).evaluate() == "rond het gemiddelde"
        null = QgsExpression("{}(NULL, 'en')".format(expressions.NAME)).evaluate()
        assert null is None or null == NULL
        assert QgsExpression("{}('een notitie', 'en')".format(expressions.NAME)).evaluate() == "een notitie"
        plugin.initProcessing()  # a second initProcessing (qgis_process, then the GUI) registers it once
        assert QgsExpression.isFunctionName(expressions.NAME)
    finally:
        plugin.unload()
    assert not QgsExpression.isFunctionName(expressions.NAME) and not expressions.registered()


def test_both_functions_share_one_registration(qgis_iface, recording):
    """buurtkijker_explain and buurtkijker_notes rest on one base (expressions.PluginFunction): each registered
    once by the plugin, gone after unload, and an error inside one is the expression's error, not a traceback."""
    import buurtkijker_plugin
    from buurtkijker_plugin.qgis_io import notes_expression
    plugin = buurtkijker_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        names = [n for n in QgsExpression.Functions() if n.name() in (expressions.NAME, notes_expression.NAME)]
        assert sorted(f.name() for f in names) == sorted([expressions.NAME, notes_expression.NAME])
        registered = (expressions.ExplainFunction._registered, notes_expression.NotesFunction._registered)
        assert all(isinstance(f, expressions.PluginFunction) for f in registered)
        assert QgsExpression("{}('BU07724210')".format(notes_expression.NAME)).evaluate() is None  # no layer
    finally:
        plugin.unload()
    assert not QgsExpression.isFunctionName(notes_expression.NAME)

    class Broken(expressions.PluginFunction):
        NAME = "buurtkijker_test_broken"

        def __init__(self):
            super().__init__(self.NAME, 0, "BuurtKijker", "")

        def compute(self, values, context):
            raise ValueError("kapot")

    Broken.register()
    try:
        expression = QgsExpression("{}()".format(Broken.NAME))
        assert expression.evaluate() is None and "kapot" in expression.evalErrorString()
    finally:
        Broken.unregister()
    assert not QgsExpression.isFunctionName(Broken.NAME)
