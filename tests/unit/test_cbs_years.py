"""Every CBS year's column names 2017-2024 (issue 21): a kwb-YYYY-style table of each year, as SOURCE and as BEFORE,
gives WOZ, leegstand, bouwjaar, uitkeringen and income where that year has them."""

import copy
import sqlite3

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import cbs_schema, cbs_years, change, indices, join_sources as js, sources, themes
from buurtkijker_plugin.core.cbs_table import normalise
from tests.conftest import EINDHOVEN, GRONINGEN, HENGELO, BAARN, KWB_2017, THEMES

#: Each year's kwb-YYYY.xlsx header as CBS published it, the columns this test needs (docs/sources.md says where
#: each list was seen). Written out here, not taken from cbs_years, so that a wrong year table fails.
_KWB_COMMON = "gwb_code_10 gwb_code_8 regio gm_naam recs a_inw a_hh a_gesch a_1p_hh a_woning p_leegsw " \
              "g_ink_pi p_ink_li p_ink_hi a_soz_wb a_soz_ao a_soz_ww"
KWB_HEADERS = {
    2017: _KWB_COMMON + " g_woz p_bjj2k p_bjo2k p_hh_osm",
    2018: _KWB_COMMON + " g_woz p_bjj2k p_bjo2k p_hh_osm p_arb_pp",
    2019: _KWB_COMMON + " g_woz p_bjj2k p_bjo2k p_hh_osm p_arb_pp a_opl_lg a_opl_md a_opl_hg",
    2020: _KWB_COMMON + " g_wozbag p_bjj2k p_bjo2k p_hh_osm p_arb_pp a_opl_lg a_opl_md a_opl_hg",
    2021: _KWB_COMMON + " g_wozbag p_bjj2k p_bjo2k p_hh_osm p_arb_pp a_opl_lg a_opl_md a_opl_hg",
    2022: _KWB_COMMON + " g_wozbag p_bjj2k p_bjo2k p_hh_osm p_arb_pp a_opl_lg a_opl_md a_opl_hg",
    2023: _KWB_COMMON + " g_wozbag p_bjj2k p_bjo2k p_hh_osm p_arb_pp a_opl_bvm a_opl_hvm a_opl_hw a_neu_al",
    2024: _KWB_COMMON + " g_wozbag p_bj_me10 p_bj_mi10 p_ink_ar p_arb_pp a_opl_bvm a_opl_hvm a_opl_hw a_neu_al",
}
#: What each year's table must give: WOZ, leegstand, uitkeringen and income in every year; bouwjaar and the
#: sociaal minimum up to 2023 (2024 has other definitions: p_bj_me10/mi10, p_ink_ar); education from 2019.
WANTED = ("woz", "p_leegstand", "bijstand", "ao", "ww", "inkomen_per_inwoner", "p_laag_inkomen",
          "p_eenpersoons_hh", "p_gescheiden")
UP_TO_2023 = ("p_bouwjaar_vanaf_2000", "p_hh_sociaal_minimum")
#: OData keys with their positions, as the CBS tables of 2017 (83765NED), 2018 (84286NED) and 2024 (85984NED) have
#: them (full key lists: docs/sources.md).
ODATA_KEYS = {
    2017: "WijkenEnBuurten Gemeentenaam_1 SoortRegio_2 Codering_3 AantalInwoners_5 HuishoudensTotaal_28 "
          "Eenpersoonshuishoudens_29 Woningvoorraad_34 GemiddeldeWoningwaarde_35 PercentageOnbewoond_39 "
          "BouwjaarVoor2000_45 BouwjaarVanaf2000_46 GemiddeldInkomenPerInwoner_66 k_40PersonenMetLaagsteInkomen_67 "
          "HuishOnderOfRondSociaalMinimum_73 PersonenPerSoortUitkeringBijstand_74 PersonenPerSoortUitkeringAO_75 "
          "PersonenPerSoortUitkeringWW_76",
    2018: "WijkenEnBuurten Gemeentenaam_1 SoortRegio_2 Codering_3 AantalInwoners_5 HuishoudensTotaal_28 "
          "Woningvoorraad_34 GemiddeldeWoningwaarde_35 PercentageOnbewoond_39 BouwjaarVoor2000_45 "
          "BouwjaarVanaf2000_46 Nettoarbeidsparticipatie_64 GemiddeldInkomenPerInwoner_69 "
          "k_40PersonenMetLaagsteInkomen_70 HuishOnderOfRondSociaalMinimum_76 PersonenPerSoortUitkeringBijstand_80 "
          "PersonenPerSoortUitkeringAO_81 PersonenPerSoortUitkeringWW_82",
    2024: "WijkenEnBuurten Gemeentenaam_1 SoortRegio_2 Codering_3 AantalInwoners_5 HuishoudensTotaal_29 "
          "Woningvoorraad_35 GemiddeldeWOZWaardeVanWoningen_39 OnbewoondeWoningen_46 "
          "BouwjaarMeerDanTienJaarGeleden_51 BasisonderwijsVmboMbo1_67 HavoVwoMbo24_68 HboWo_69 "
          "Nettoarbeidsparticipatie_71 GemiddeldInkomenPerInwoner_78 k_40PersonenMetLaagsteInkomen_79 "
          "PersonenInArmoede_81 PersonenPerSoortUitkeringBijstand_87 PersonenPerSoortUitkeringAO_88 "
          "PersonenPerSoortUitkeringWW_89",
}
ODATA_WANTED = ("woz", "p_leegstand", "bijstand", "ao", "ww", "inkomen_per_inwoner", "p_laag_inkomen")


@pytest.fixture(scope="module")
def eindhoven():
    return sources.load_table(EINDHOVEN)


def kwb_frame(year, table, n=None):
    """A kwb-YYYY.xlsx-style table of ``table``'s first ``n`` buurten with that year's real header: Nederland,
    gemeente, wijk and buurt rows (``recs``), the buurten's own inhabitants, CBS' dot for a suppressed value."""
    codes = table.data["code"].tolist()[:n]
    inhabitants = ["1000", "1000", "1000"] + ["." if v != v else str(int(v)) for v in table.data["inwoners"][:n]]
    n = len(codes)
    ids = ["NL00", "GM0772", "WK077211"] + list(codes)
    frame = pd.DataFrame({"gwb_code_10": ids, "gwb_code_8": [c[2:] for c in ids], "regio": ["x"] * len(ids),
                          "gm_naam": ["Eindhoven"] * len(ids), "recs": ["Land", "Gemeente", "Wijk"] + ["Buurt"] * n})
    for k, name in enumerate(KWB_HEADERS[year].split()[5:]):
        values = [str(round(10 + k + 0.1 * i, 1)) for i in range(len(ids))]
        values[3] = "."  # CBS' dot: a suppressed value
        frame[name] = values
    frame["a_inw"] = inhabitants
    frame["a_hh"] = [str(round(float(v) / 2)) if v != "." else "." for v in inhabitants]
    if "p_bjj2k" in frame:
        frame = frame.drop(columns="p_bjo2k")  # only 'before 2000': 'from 2000' is its complement
        frame["p_bjj2k"] = ["70"] * 3 + ["."] + ["70"] * (n - 1)
    return frame


def odata_frame(year, table, n=40):
    """A StatLine / OData table (TypedDataSet as CSV) of ``table``'s first ``n`` buurten with that year's keys."""
    codes = table.data["code"].tolist()[:n]
    keys = ODATA_KEYS[year].split()
    frame = pd.DataFrame({keys[0]: codes, keys[1]: "Eindhoven", keys[2]: "Buurt", keys[3]: codes})
    for k, key in enumerate(keys[4:]):
        frame[key] = [20.0 + k + 0.1 * i for i in range(len(codes))]
    frame[keys[4]] = [1000.0 + i for i in range(len(codes))]
    return frame


def test_every_years_header_is_in_its_table():
    """The literal headers above are what the year tables list (so the data and its sources agree)."""
    for year, header in KWB_HEADERS.items():
        names = set(header.split()[5:]) - {"p_bj_me10", "p_bj_mi10", "p_ink_ar"}
        table = cbs_years.table(year, "kwb")
        assert names <= set(table), (year, names - set(table))
        assert all(table[n] is not None for n in names), year
    for year, keys in ODATA_KEYS.items():
        stems = {k.rsplit("_", 1)[0] for k in keys.split()[4:]}
        assert stems <= set(cbs_years.table(year, "odata")), (year, stems - set(cbs_years.table(year, "odata")))
    assert cbs_years.table(2024, "kwb")["p_bj_me10"] is None  # another definition: known, not mapped
    for name in ("P_N_W_AL", "a_nw_all", "p_bj_mi10", "p_ink_ar", "PersonenInArmoede_81"):  # other definitions
        assert cbs_schema.canonical_name(name) is None, name
    assert all(cbs_years.confirmed(2024, form, name) for form in cbs_years.FORMS
               for name in cbs_years.table(2024, form))  # 2024: every name seen in a 2024 list


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
    wanted = WANTED + (UP_TO_2023 if year <= 2023 else ()) + (("p_opleiding_laag",) if year >= 2019 else ())
    assert part.year == year and list(part.values.index) == codes  # buurt rows only
    for cid in wanted:
        assert cid in part.values.columns, (year, cid)
        assert part.values[cid].iloc[1:].notna().all() and np.isnan(part.values[cid].iloc[0]), (year, cid)
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
                          "a_gesch": "5"})
    before = normalise(frame, "kwb-2019.csv")
    chosen = [t for t in themes.load_themes(THEMES) if t.id == "wonen"]
    with pytest.raises(Exception, match="no theme can be computed"):
        change.compute_change(before, eindhoven, chosen, indices.Options())


@pytest.mark.parametrize("year", sorted(ODATA_KEYS))
def test_odata_table_of_a_year_as_source_and_before(year, eindhoven):
    """StatLine keys: 2017/2018 leegstand is PercentageOnbewoond, 2024 OnbewoondeWoningen; 2024 has no build-year
    classes before/after 2000 and no sociaal minimum."""
    frame = odata_frame(year, eindhoven)
    source = js.Source("{}NED.csv".format(year), frame, "kwb_{}_odata.csv".format(year))
    (part,) = js.prepare(source)
    assert part.year == year
    for cid in ODATA_WANTED + (UP_TO_2023 if year <= 2023 else ("arbeidsparticipatie", "p_opleiding_laag")):
        assert part.values[cid].notna().all(), (year, cid)
    assert year <= 2023 or not {"p_bouwjaar_vanaf_2000", "p_hh_sociaal_minimum"} & set(part.values.columns)
    before = normalise(frame, "kwb_{}_odata.csv".format(year))
    chosen = [t for t in themes.load_themes(THEMES) if t.id == "wonen"]
    assert set(ODATA_WANTED) <= set(before.indicators) and before.year == year
    result = change.compute_change(before, eindhoven, chosen, indices.Options())
    assert result.matched == len(frame) and "woz" in result.common and result.themes


@pytest.mark.parametrize("tag, path", [("S17", GRONINGEN), ("G19", HENGELO), ("G24", BAARN)])
def test_map_names_are_the_real_files_columns(tag, path):
    """Every map name a real file is given as source for is a column of that file (2017 shapefile, 2019 and 2024
    PDOK layers), and the file's year table lists it."""
    with sqlite3.connect(str(path)) as db:
        layer = db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        columns = {row[1] for row in db.execute('PRAGMA table_info("{}")'.format(layer))}
    year = cbs_years.SOURCES[tag][0][0]
    names = {name for form, name, _, years, tags in cbs_years.ROWS if form == "kaart" and tag in tags}
    assert len(names) >= 15 and names <= columns, names - columns
    assert names <= set(cbs_years.table(year, "kaart"))
    assert all(cbs_years.confirmed(year, "kaart", name) for name in names)
