"""Every CBS year's column names 2017-2024 (issue 21): a kwb-YYYY-style table of each year, as SOURCE and as BEFORE,
gives WOZ, leegstand, bouwjaar, uitkeringen and income where that year has them."""

import copy

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import cbs_schema, cbs_years, change, indices, join_sources as js, sources, themes
from buurtkijker_plugin.core.cbs_table import normalise
from tests.conftest import EINDHOVEN, HENGELO, BAARN, KWB_2017, THEMES

#: what each year's kwb table must give (2024 has no build-year classes and no sociaal minimum any more)
WANTED = ("woz", "p_leegstand", "bijstand", "ao", "ww", "inkomen_per_inwoner", "p_laag_inkomen")
UP_TO_2023 = ("p_bouwjaar_vanaf_2000", "p_hh_sociaal_minimum")


@pytest.fixture(scope="module")
def eindhoven():
    return sources.load_table(EINDHOVEN)


def kwb_frame(year, table, n=None):
    """A kwb-YYYY.xlsx-style table of ``table``'s first ``n`` buurten: Nederland, gemeente, wijk and buurt rows
    (``recs``), the year's short names, the buurten's own inhabitants."""
    codes = table.data["code"].tolist()[:n]
    inhabitants = ["1000", "1000", "1000"] + ["." if v != v else str(int(v)) for v in table.data["inwoners"][:n]]
    names = cbs_years.table(year, "kwb")
    n = len(codes)
    ids = ["NL00", "GM0772", "WK077211"] + list(codes)
    frame = pd.DataFrame({"gwb_code_10": ids, "gwb_code_8": [c[2:] for c in ids],
                          "regio": ["x"] * len(ids), "gm_naam": ["Eindhoven"] * len(ids),
                          "recs": ["Land", "Gemeente", "Wijk"] + ["Buurt"] * n})
    for k, name in enumerate(names):
        values = [str(round(10 + k + 0.1 * i, 1)) for i in range(len(ids))]
        values[3] = "."  # CBS' dot: a suppressed value
        frame[name] = values
    frame["a_inw"] = inhabitants
    if "p_bjj2k" in frame:
        frame = frame.drop(columns="p_bjo2k")  # only 'before 2000': 'from 2000' is its complement
        frame["p_bjj2k"] = ["70"] * 3 + ["."] + ["70"] * (n - 1)
    return frame


@pytest.mark.parametrize("year", cbs_years.YEARS)
def test_each_years_kwb_names_map_to_indicators(year):
    table = cbs_years.table(year, "kwb")
    for name, cid in table.items():
        assert cbs_schema.canonical_name(name) == cid, (year, name)
    for form in ("kaart", "odata"):
        for name, cid in cbs_years.table(year, form).items():
            if cid is not None:
                assert cbs_schema.canonical_name(name + ("_12" if form == "odata" else "")) == cid, (year, name)


@pytest.mark.parametrize("year", cbs_years.YEARS)
def test_kwb_table_of_each_year_as_source(year, eindhoven):
    codes = eindhoven.data["code"].tolist()[:40]
    source = js.Source("kwb-{}.csv".format(year), kwb_frame(year, eindhoven, 40), "kwb-{}.csv".format(year))
    (part,) = js.prepare(source)
    wanted = WANTED + (UP_TO_2023 if year <= 2023 else ())
    assert part.year == year and list(part.values.index) == codes  # buurt rows only
    for cid in wanted:
        assert cid in part.values.columns, (year, cid)
        assert part.values[cid].iloc[1:].notna().all() and np.isnan(part.values[cid].iloc[0])
    if year <= 2023:
        assert (part.values["p_bouwjaar_vanaf_2000"].iloc[1:] == 30).all()  # 100 - p_bjj2k
    else:
        assert "p_bouwjaar_vanaf_2000" not in part.values.columns
    layer = copy.copy(eindhoven)
    layer.year = 2025  # a newer layer: every 2024 figure of the table is joined (same-year figures must agree)
    joined = js.join(layer, [source])
    assert (joined.provenance.years("bijstand_per_1000")[1:40] == year).all()


@pytest.mark.parametrize("year", cbs_years.YEARS)
def test_kwb_table_of_each_year_as_before(year, eindhoven):
    codes = eindhoven.data["code"].tolist()
    before = normalise(kwb_frame(year, eindhoven), "kwb-{}.csv".format(year))
    assert len(before.data) == len(codes) and before.year == year
    wanted = WANTED + (UP_TO_2023 if year <= 2023 else ())
    assert set(wanted) <= set(before.indicators)
    chosen = [t for t in themes.load_themes(THEMES) if t.id in ("wonen", "achterstand")]
    result = change.compute_change(before, eindhoven, chosen, indices.Options())
    assert result.matched == len(codes) and "woz" in result.common
    assert any(t.id == "wonen" for t in result.themes)


def test_real_files_of_other_years_are_read():
    """2017 OData (83765NED), the 2019 PDOK GeoPackage and the 2024 PDOK GeoPackage, as CBS published them."""
    odata = js.prepare(js.read_file(KWB_2017))[0]
    assert {"inkomen_per_inwoner", "p_hh_sociaal_minimum", "inwoners"} <= set(odata.values.columns)
    hengelo = sources.load_table(HENGELO)
    assert {"woz", "p_bouwjaar_vanaf_2000", "p_leegstand", "elektriciteitsverbruik"} <= set(hengelo.indicators)
    baarn = sources.load_table(BAARN)
    assert {"woz", "inwoners", "bijstand"} <= set(baarn.data.columns)


def test_computechange_refuses_when_no_theme_can_be_computed(eindhoven):
    """No theme computable in both years is an error naming the missing indicators, never an empty layer."""
    frame = pd.DataFrame({"gwb_code_10": eindhoven.data["code"], "a_inw": eindhoven.data["inwoners"].astype(str),
                          "p_gesch": "5"})
    before = normalise(frame, "kwb-2019.csv")
    chosen = [t for t in themes.load_themes(THEMES) if t.id == "wonen"]
    with pytest.raises(Exception, match="no theme can be computed"):
        change.compute_change(before, eindhoven, chosen, indices.Options())
