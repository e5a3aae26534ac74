"""buurtkijker:comparebuurten on real data: averages, national reference, explanations, chart files."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from tests.conftest import EINDHOVEN, NL_TABLE


def compare(**params):
    import processing
    params.setdefault("OUTPUT", "memory:")
    return processing.run("buurtkijker:comparebuurten", params)


def rows(layer):
    return {f["id"]: f for f in layer.getFeatures()}


def test_two_buurten_against_gemeente_and_nation(provider, eindhoven_indices, tmp_path):
    indexed = QgsVectorLayer(str(eindhoven_indices), "idx")
    by_name = {f["naam"]: f for f in indexed.getFeatures()}
    a, b = by_name["Vredeoord"], by_name["Achtse Barrier-Spaaihoef"]
    chart = tmp_path / "chart.png"
    result = compare(INPUT=str(eindhoven_indices), BUURTEN="Vredeoord, {}".format(b["code"]),
                     REFERENCE=str(NL_TABLE), CHART=str(chart))
    table = result["OUTPUT"]
    names = [f.name() for f in table.fields()]
    assert names[:4] == ["kind", "id", "label", "unit"]
    assert {a["code"], b["code"], "GM0772", "nederland", a["code"] + "_toelichting"} <= set(names)
    by_id = rows(table)
    # buurt columns carry the layer's values; the gemeente column is the mean over Eindhoven's buurten
    assert by_id["total"][b["code"]] == pytest.approx(b["bk_total"])
    scores = [f["bk_total"] for f in indexed.getFeatures() if isinstance(f["bk_total"], float)]
    assert by_id["total"]["GM0772"] == pytest.approx(sum(scores) / len(scores))
    woz = [f["woz"] for f in indexed.getFeatures() if isinstance(f["woz"], float)]
    assert by_id["woz"]["GM0772"] == pytest.approx(sum(woz) / len(woz))
    # the national column: the mean WOZ of all Dutch buurten in the 2024 table (between 300 and 600 thousand)
    assert 300 < by_id["woz"]["nederland"] < 600 and by_id["woz"]["nederland"] != pytest.approx(by_id["woz"]["GM0772"])
    # Vredeoord scores below average on voorzieningen, and the explanation says why in Dutch
    assert by_id["voorzieningen"][a["code"]] < by_id["voorzieningen"]["GM0772"]
    why = by_id["voorzieningen"][a["code"] + "_toelichting"]
    assert why.startswith("lager dan gemiddeld vooral door: ") and "Afstand tot" in why
    assert result["BUURTEN"] == "{},{}".format(a["code"], b["code"])
    image = QImage(str(chart))
    assert not image.isNull() and image.width() > 600 and image.height() > 250


def test_without_reference_the_national_column_is_empty(provider, eindhoven_indices):
    table = compare(INPUT=str(eindhoven_indices), BUURTEN="Vredeoord,Tempel")["OUTPUT"]
    assert all(f["nederland"] is None or f["nederland"] != f["nederland"] or
               (hasattr(f["nederland"], "isNull") and f["nederland"].isNull()) for f in table.getFeatures())


def test_unknown_buurt_and_plain_layer_are_refused(provider, eindhoven_indices):
    with pytest.raises(QgsProcessingException, match="Vredoord.*Vredeoord"):
        compare(INPUT=str(eindhoven_indices), BUURTEN="Vredoord")
    with pytest.raises(QgsProcessingException, match="Compute theme indices"):
        compare(INPUT=str(EINDHOVEN), BUURTEN="Vredeoord")
