"""Issue 21: a kwb-YYYY.csv of every year 2017-2024, as CBS writes it (semicolon, decimal comma, recs rows of every
level, that year's real short names), through processing.run: as SOURCES of computeindices and as BEFORE of
computechange it gives WOZ, leegstand, bouwjaar, uitkeringen and income where that year has them."""

import pytest
from qgis.core import QgsVectorLayer

from buurtkijker_plugin.core import cbs_years
from tests.conftest import EINDHOVEN
from tests.unit.test_cbs_years import KWB_HEADERS


def kwb_csv(path, year):
    """Eindhoven's 116 buurten (codes of the real 2024 layer) with ``year``'s header; synthetic values."""
    layer = QgsVectorLayer(str(EINDHOVEN), "e")
    codes = [f["BU_CODE"] for f in layer.getFeatures()]
    names = KWB_HEADERS[year].split()[5:]
    lines = [";".join(["gwb_code_10", "regio", "recs"] + names)]
    lines.append(";".join(["GM0772", "Eindhoven", "Gemeente"] + ["1"] * len(names)))
    for k, code in enumerate(codes):
        values = {"a_inw": str(1000 + k), "a_hh": str(500 + k), "p_bjj2k": str(60 + k % 30),
                  "g_woz": "{},5".format(200 + k), "g_wozbag": "{},5".format(200 + k)}
        row = [values.get(n, "{},{}".format(5 + k % 20, k % 10)) for n in names]
        lines.append(";".join([code, "b", "Buurt"] + row))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def has(year):
    """The indicators that year's kwb table gives (2024: no build-year classes or sociaal minimum)."""
    wanted = {"woz", "p_leegstand", "bijstand", "ao", "ww", "inkomen_per_inwoner", "p_laag_inkomen"}
    return wanted | ({"p_bouwjaar_vanaf_2000", "p_hh_sociaal_minimum"} if year <= 2023 else set())


@pytest.mark.parametrize("year", cbs_years.YEARS)
def test_kwb_of_each_year_as_sources(provider, tmp_path, year):
    import processing
    source = kwb_csv(tmp_path / "kwb-{}.csv".format(year), year)
    # the layer taken as 2016 (YEARS): the table is newer, so each of its figures is the one joined
    result = processing.run("buurtkijker:computeindices", {
        "INPUT": str(EINDHOVEN), "SOURCES": [str(source)], "YEARS": "input=2016",
        "THEMES": "wonen,achterstand,sociale_veerkracht", "OUTPUT": "memory:"})
    feature = next(result["OUTPUT"].getFeatures())
    years = dict(pair.split(":") for pair in feature["bk_years"].split(";"))
    missing = has(year) - {k for k, v in years.items() if v == str(year)}
    assert not missing, (year, missing, feature["bk_years"])
    assert year <= 2023 or "p_bouwjaar_vanaf_2000" not in years
    assert "=".join(["CBS Kerncijfers wijken en buurten", str(year)]) in result["SOURCE_YEARS"]


@pytest.mark.parametrize("year", cbs_years.YEARS[:-1])
def test_kwb_of_each_year_as_before(provider, tmp_path, year):
    import processing
    before = kwb_csv(tmp_path / "kwb-{}.csv".format(year), year)
    result = processing.run("buurtkijker:computechange", {
        "BEFORE": str(before), "AFTER": str(EINDHOVEN), "THEMES": "wonen", "OUTPUT": str(tmp_path / "c.gpkg")})
    assert result["MATCHED"] == 116 and "wonen" in result["THEMES_COMPUTED"]
    # what the first year has and Eindhoven's 2024 layer lacks is named as one year's only; WOZ is compared
    left_out = set(result["LEFT_OUT"].split(","))
    assert "woz" not in left_out and {"p_leegstand", "p_bouwjaar_vanaf_2000"} <= left_out
    assert "bk_wonen_change" in QgsVectorLayer(result["OUTPUT"], "c").fields().names()
