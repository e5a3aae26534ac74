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
                     REFERENCE=str(NL_TABLE), CHART=str(chart), LANGUAGE="nl")
    table = result["OUTPUT"]
    names = [f.name() for f in table.fields()]
    assert names[:4] == ["kind", "id", "label", "unit"]
    assert {a["code"], b["code"], "GM0772", "nederland", a["code"] + "_toelichting"} <= set(names)
    by_id = rows(table)
    # buurt columns carry the layer's values; the gemeente column is Eindhoven's figure as CBS computes it
    assert by_id["total"][b["code"]] == pytest.approx(b["bk_total"], abs=0.005)  # rounded to two decimals
    scored = [f for f in indexed.getFeatures() if isinstance(f["bk_total"], float)]
    weighted = sum(f["bk_total"] * f["inwoners"] for f in scored) / sum(f["inwoners"] for f in scored)
    assert by_id["total"]["GM0772"] == pytest.approx(weighted, abs=0.005)
    # crimes per 1000: sum of crimes / sum of inhabitants over the scored buurten; CBS publishes 75.9 for the whole
    # gemeente (18,702 / 246,385), the buurten under 50 inhabitants (an airport, business estates) left out
    assert by_id["misdrijven_per_1000"]["GM0772"] == pytest.approx(75.9, abs=1.5)
    # the national column: the Dutch average WOZ per dwelling of the 2024 table (between 300 and 600 thousand)
    assert 300 < by_id["woz"]["nederland"] < 600 and by_id["woz"]["nederland"] != pytest.approx(by_id["woz"]["GM0772"])
    # Vredeoord scores below average on voorzieningen: the map's word, and why, in Dutch (LANGUAGE=nl)
    assert by_id["voorzieningen"][a["code"]] < by_id["voorzieningen"]["GM0772"]
    why = by_id["voorzieningen"][a["code"] + "_toelichting"]
    assert why.startswith(("ruim onder gemiddeld, vooral door: ", "onder gemiddeld, vooral door: ")), why
    assert "Afstand tot" in why
    assert result["BUURTEN"] == "{},{}".format(a["code"], b["code"])
    image = QImage(str(chart))
    assert not image.isNull() and image.width() > 600 and image.height() > 250


def test_without_reference_the_national_column_is_left_out(provider, eindhoven_indices):
    table = compare(INPUT=str(eindhoven_indices), BUURTEN="Vredeoord,Tempel")["OUTPUT"]
    names = [f.name() for f in table.fields()]
    assert "nederland" not in names and "GM0772" in names


def test_unknown_buurt_and_plain_layer_are_refused(provider, eindhoven_indices):
    with pytest.raises(QgsProcessingException, match="Vredoord.*Vredeoord"):
        compare(INPUT=str(eindhoven_indices), BUURTEN="Vredoord")
    with pytest.raises(QgsProcessingException, match="Compute theme indices"):
        compare(INPUT=str(EINDHOVEN), BUURTEN="Vredeoord")
