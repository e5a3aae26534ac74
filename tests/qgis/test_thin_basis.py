"""Issue 21: a theme score on less than 80 % of its theme's weight is marked on the map (legend entry "op minder
indicatoren") and the map tip names the missing indicators; real data (Zaanstad 2024 with the RIVM 2020 file,
whose codes only partly match)."""

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsProject, QgsVectorLayer

from buurtkijker_plugin.core import themes, vocabulary
from tests.conftest import RIVM, THEMES
from tests.qgis.test_boundaries import three_gemeenten_layer


@pytest.fixture()
def styled(provider, tmp_path):
    import processing
    from buurtkijker_plugin.qgis_io import presentation
    layer = three_gemeenten_layer(tmp_path / "drie_gemeenten_2024.gpkg")
    result = processing.run("buurtkijker:computeindices", {
        "INPUT": str(layer), "GEMEENTE": "Zaanstad", "THEMES": ["leefbaarheid"], "SOURCES": [str(RIVM)],
        "OUTPUT": str(tmp_path / "out.gpkg")})
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    chosen = [t for t in themes.load_themes(THEMES) if t.id == "leefbaarheid"]
    presentation.add_theme_styles(out, chosen, "zscore")
    QgsProject.instance().addMapLayer(out)  # owned by the project, as in QGIS, and removed with it
    yield out
    QgsProject.instance().removeMapLayer(out.id())


def tip(layer, feature):
    context = QgsExpressionContext()
    context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def test_thin_basis_is_in_the_legend_and_the_tip(styled):
    labels = [r.label() for r in styled.renderer().ranges()]
    assert vocabulary.THIN_BASIS["nl"] in labels
    thin = [f for f in styled.getFeatures() if f["bk_leefbaarheid_basis"] is not None
            and not hasattr(f["bk_leefbaarheid_basis"], "isNull") and f["bk_leefbaarheid_basis"] < 80]
    unscored = [f for f in styled.getFeatures() if f["bk_leefbaarheid_basis"] is None
                or hasattr(f["bk_leefbaarheid_basis"], "isNull")]
    assert thin and unscored
    text = tip(styled, thin[0])
    assert "op minder indicatoren" in text and "ontbreekt: " in text
    missing = text.split("ontbreekt: ")[1].split("<")[0]
    assert missing.strip() and all(name.strip() for name in missing.split(","))
    assert "op minder indicatoren" not in tip(styled, unscored[0])
    # every class symbol carries the mark, drawn only where the basis is thin (its colour is data-defined)
    renderer = styled.renderer()
    ranges = renderer.ranges()  # kept: the symbols belong to these copies
    symbol = ranges[0].symbol()
    assert symbol.symbolLayerCount() >= 2
    assert symbol.symbolLayer(symbol.symbolLayerCount() - 1).hasDataDefinedProperties()


def test_comparison_and_profile_name_the_missing_indicators(styled):
    from buurtkijker_plugin.core import compare
    from buurtkijker_plugin.qgis_io import layers
    frame = layers.indexed_frame(styled)
    thin = frame.loc[frame["bk_leefbaarheid_basis"] < 80, "code"].tolist()[:2]
    chosen = [t for t in themes.load_themes(THEMES) if t.id == "leefbaarheid"]
    comparison = compare.compare(frame, thin, chosen, None, "nl")
    line = dict(comparison.explanation_lines(thin[0]))["Leefbaarheid"]
    assert "op minder indicatoren" in line and "ontbreekt: " in line
    english = compare.compare(frame, thin, chosen, None, "en")
    assert "missing: " in dict(english.explanation_lines(thin[0]))["Liveability"]
