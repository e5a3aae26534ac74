"""Extra sources joined by buurt code, latest year per indicator, on the real files (plain Python)."""

import csv
import hashlib
import os

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import cbs_schema, indices, join_sources as js, sources, themes
from buurtkijker_plugin.core.errors import BuurtKijkerError
from tests.conftest import (EINDHOVEN, HENGELO, KWB_2017, LBM_AMSTELVEEN, LBM_UTRECHT, NL_TABLE, RIVM, RIVM_65,
                            THEMES, WIJKEN_NL)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def eindhoven():
    return sources.load_table(EINDHOVEN)


@pytest.fixture(scope="module")
def rivm():
    return js.read_file(RIVM)


def veerkracht():
    return [t for t in themes.load_themes(THEMES) if t.id == "sociale_veerkracht"]


def scored_share(table, theme_list):
    """Share of the buurten with >= 50 inhabitants (not water) that get a score for the first theme."""
    result = indices.compute(table, theme_list)
    eligible = table.statistics_mask(50)
    score = result.scores["bk_" + theme_list[0].id].to_numpy()
    return np.isfinite(score[eligible]).sum() / eligible.sum(), result


# -- schema ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("column, canonical", [
    ("Eenzaam_28", "eenzaam"), ("ErnstigZeerErnstigEenzaam_29", "ernstig_eenzaam"),
    ("MatigHoogRisicoOpAngstOfDepressie_24", "risico_angst_depressie"), ("Mantelzorger_32", "mantelzorg"),
    ("Vrijwilligerswerk_33", "vrijwilligerswerk"), ("MoeiteMetRondkomen_38", "moeite_rondkomen"),
    ("BeperktVanwegeGezondheid_17", "beperkt_gezondheid"), ("Codering_3", "buurtcode"),
    ("AantalInwoners_5", "inwoners"), ("GemiddeldInkomenPerInwoner_66", "inkomen_per_inwoner"),
    ("HuishOnderOfRondSociaalMinimum_73", "p_hh_sociaal_minimum"), ("a_inw", "inwoners"),
    ("a_soz_wb", "bijstand"), ("a_soz_ao", "ao"), ("a_soz_ww", "ww"), ("gwb_code_10", "buurtcode"),
    ("g_ink_pi", "inkomen_per_inwoner"), ("recs", "niveau"), ("SoortRegio_2", "niveau"), ("lbm", "lbm"),
    ("fys", "lbm_fys"), ("onv", "lbm_onv"), ("soc", "lbm_soc"), ("vrz", "lbm_vrz"), ("won", "lbm_won"),
    ("afw", "lbm_afw"), ("A_00_14", "a_00_14"), ("Perioden", "jaar"), ("a_00", None), ("Eenzaam_x", None)])
def test_new_aliases(column, canonical):
    assert cbs_schema.canonical_name(column) == canonical


def test_every_new_indicator_has_a_measure():
    for cid in list(cbs_schema.RIVM_INDICATORS) + list(cbs_schema.LEEFBAAROMETER_INDICATORS) + [
            "ao", "ww", "ao_per_1000", "ww_per_1000", "bijstand_per_1000"]:
        assert cid in cbs_schema.INDICATORS and cid in cbs_schema.MEASURES
    assert cbs_schema.MEASURES["lbm"][0] == "score" and cbs_schema.MEASURES["ww_per_1000"][0] == "rate"


# -- CSV forms ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, encoding, expected", [
    ("code,naam,x\nBU01,Aé,1.5\n", "utf-8", ("utf-8", ",", ".")),
    ("code,naam,x\nBU01,Aé,1.5\n", "utf-8-sig", ("utf-8-sig", ",", ".")),
    ("code;naam;x\nBU01;Aé;1,5\n", "cp1252", ("cp1252", ";", ",")),
    ("code;naam;x\nBU01;Aé;1.234,5\n", "cp1252", ("cp1252", ";", ",")),
    ("code\tnaam\tx\nBU01\tA\t2\n", "utf-8", ("utf-8", "\t", ".")),
    ('code,naam,x\nBU01,A,"1,5"\n', "utf-8", ("utf-8", ",", ",")),
    ("code;x\nBU01;7\n", "utf-16", ("utf-16", ";", "."))])
def test_sniff_csv(text, encoding, expected):
    fmt = js.sniff_csv(text.encode(encoding))
    assert (fmt.encoding, fmt.delimiter, fmt.decimal) == expected


@pytest.mark.parametrize("data, words", [
    (b"code;x\nBU01;1,5\nBU02;2.5\n", "decimal separator"),
    (b"code x\nBU01 1\n", "column separator"),
    (b"a,b;c\n1,2;3\n", "both comma and semicolon"),
    (b"code;naam\nBU01;\x81\x8d\n", "encoding"),
    (b"", "empty")])
def test_sniff_csv_refuses_what_it_cannot_decide(data, words):
    with pytest.raises(BuurtKijkerError, match=words):
        js.sniff_csv(data, "x.csv")


def write_eindhoven_rivm(path, dutch_excel):
    """The Eindhoven rows of the real RIVM file, plain (UTF-8, ',', '.') or as Dutch Excel saves it."""
    frame = pd.read_csv(RIVM, dtype=str, keep_default_na=False)
    frame = frame[frame["Codering_3"].str.startswith(("BU0772", "WK0772", "GM0772"))].copy()
    frame["Gemeentenaam_1"] = "Eindhoven – Strijp"  # an en dash: cp1252 has it, latin-1 does not
    if dutch_excel:
        frame = frame.apply(lambda s: s.str.replace(".", ",", regex=False) if s.name not in ("Codering_3",) and
                            s.str.match(r"^-?\d+\.\d+$").any() else s)
        frame.to_csv(path, sep=";", index=False, encoding="cp1252")
    else:
        frame.to_csv(path, index=False, encoding="utf-8")
    return path


def test_dutch_excel_csv_gives_exactly_the_plain_csv_scores(tmp_path, eindhoven):
    plain = write_eindhoven_rivm(tmp_path / "rivm_2020_plain.csv", dutch_excel=False)
    excel = write_eindhoven_rivm(tmp_path / "rivm_2020_excel.csv", dutch_excel=True)
    assert b";" in excel.read_bytes()[:200] and b"\x96" in excel.read_bytes()  # cp1252 en dash
    a, b = js.read_file(plain), js.read_file(excel)
    assert a.raw.attrs["csv_format"].decimal == "." and b.raw.attrs["csv_format"] == js.CsvFormat("cp1252", ";", ",")
    ja, jb = js.join(eindhoven, [a]), js.join(eindhoven, [b])
    pd.testing.assert_frame_equal(ja.data, jb.data)
    ra, rb = indices.compute(ja, veerkracht()), indices.compute(jb, veerkracht())
    pd.testing.assert_frame_equal(ra.scores, rb.scores)
    assert ra.scores["bk_sociale_veerkracht"].notna().sum() > 100


def without(monkeypatch, *modules):
    """Make ``import`` of these modules fail, as on a QGIS without them."""
    import builtins
    real_import = builtins.__import__

    def guarded(name, *args, **kwargs):
        if name.split(".")[0] in modules:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", guarded)


def write_xlsx_with_gdal(path, header, rows):
    from osgeo import ogr
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("kwb", geom_type=ogr.wkbNone)
    for name, value in zip(header, rows[0]):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal if isinstance(value, float) else ogr.OFTString))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(header, row):
            feature.SetField(name, value)
        layer.CreateFeature(feature)
    ds = None
    return path


def test_xlsx_without_openpyxl_is_read_by_gdal(tmp_path, monkeypatch, eindhoven):
    path = write_xlsx_with_gdal(tmp_path / "kwb-2021.xlsx", ["gwb_code_10", "regio", "recs", "a_inw", "a_soz_wb"],
                                [["GM0772", "Eindhoven", "Gemeente", 240000.0, 9000.0],
                                 ["BU07721110", "Binnenstad", "Buurt", 1000.0, 30.0]])
    without(monkeypatch, "openpyxl")
    joined = js.join(eindhoven, [js.read_file(path)])
    row = joined.data[joined.data["code"] == "BU07721110"]
    assert row["bijstand_per_1000"].iloc[0] == 30.0 and joined.provenance.sources[1].year == 2021
    broken = tmp_path / "kapot_2021.xlsx"
    broken.write_bytes(b"PK")
    with pytest.raises(BuurtKijkerError, match="cannot be read as an Excel workbook"):
        js.read_file(broken)
    with pytest.raises(BuurtKijkerError, match=r"\.xlsx or as CSV"):
        js.read_xlsx(tmp_path / "kwb-2019.xls")


def test_xlsx_without_openpyxl_or_gdal_says_so(tmp_path, monkeypatch):
    path = tmp_path / "kwb-2019.xlsx"
    path.write_bytes(b"PK")
    without(monkeypatch, "openpyxl", "osgeo")
    with pytest.raises(BuurtKijkerError, match="openpyxl"):
        js.read_file(path)


def test_xlsx_is_read_when_openpyxl_is_there(tmp_path, eindhoven):
    if "openpyxl" in os.environ.get("BUURTKIJKER_REQUIRE", ""):  # make test-matrix: openpyxl is installed there
        import openpyxl
    else:
        openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["gwb_code_10", "regio", "recs", "a_inw", "a_soz_wb"])
    sheet.append(["GM0772", "Eindhoven", "Gemeente", 240000, 9000])
    sheet.append(["BU07721110", "Binnenstad", "Buurt", 1000, 30])
    book.save(tmp_path / "kwb-2021.xlsx")
    joined = js.join(eindhoven, [js.read_file(tmp_path / "kwb-2021.xlsx")])
    row = joined.data[joined.data["code"] == "BU07721110"]
    assert row["bijstand_per_1000"].iloc[0] == 30.0


# -- the real join ---------------------------------------------------------------------------------------------

def test_eindhoven_with_rivm_computes_sociale_veerkracht(eindhoven, rivm):
    before = eindhoven.data.copy()
    theme = veerkracht()
    share_without, _ = scored_share(eindhoven, theme)
    joined = js.join(eindhoven, [rivm])
    share, result = scored_share(joined, theme)
    assert share_without == 0 and share >= 0.9
    pd.testing.assert_frame_equal(eindhoven.data, before)  # the input table is not changed
    # the joined values are the file's own numbers for that code
    raw = pd.read_csv(RIVM, dtype=str).set_index("Codering_3")
    code = joined.data["code"].iloc[0]
    assert joined.data["eenzaam"].iloc[0] == float(raw.loc[code, "Eenzaam_28"])
    info = joined.provenance.sources[1]
    assert (info.year, info.label, info.found, info.not_in_year) == (2020, js.RIVM_LABEL, 116, 0)


def test_bk_years_names_every_year_used(eindhoven, rivm):
    joined = js.join(eindhoven, [rivm])
    texts = js.years_text(joined, ["woz", "eenzaam", "p_goede_gezondheid", "afstand_huisarts"])
    first = dict(pair.split(":") for pair in texts[0].split(";"))
    assert first["eenzaam"] == "2020" and first["afstand_huisarts"] == "2024"
    # goed ervaren gezondheid: 2024 (CBS) where the 2024 file has it, else RIVM 2020
    years = joined.provenance.years("p_goede_gezondheid")
    has_2024 = eindhoven.data["p_goede_gezondheid"].notna().to_numpy()
    assert (years[has_2024] == 2024).all() and set(years[~has_2024]) <= {2020, 0}
    assert (years[~has_2024] == 2020).any()
    # without sources the layer's own year, and a 2024-only indicator still says 2024
    alone = js.years_text(eindhoven, ["woz"])
    assert set(alone) <= {"woz:2024", ""} and "woz:2024" in alone
    assert js.used_sources(joined, ["woz", "eenzaam"]) == [(js.CBS_LABEL, [2024]), (js.RIVM_LABEL, [2020])]


def test_codes_that_do_not_exist_in_a_year_are_counted(eindhoven):
    # Eindhoven renumbered its buurten after 2017: none of its 2024 codes is in the 2017 file
    joined = js.join(eindhoven, [js.read_file(KWB_2017)])
    info = joined.provenance.sources[1]
    assert (info.year, info.found, info.not_in_year, info.not_covered) == (2017, 0, 116, 0)
    assert (joined.provenance.years("inkomen_per_inwoner") != 2017).all()


def kwb_xlsx_style(path, gemeente):
    """The 2017 OData subset of one gemeente written as CBS' kwb-2017.xlsx would be (short names, with the
    gemeente and wijk rows and a recs column), as CSV."""
    frame = pd.read_csv(KWB_2017, dtype=str)
    frame = frame[frame["Codering_3"].str.startswith("BU" + gemeente[2:])]
    rows = [{"gwb_code_10": gemeente, "gwb_code_8": gemeente[2:], "regio": "Tilburg", "gm_naam": "Tilburg",
             "recs": "Gemeente", "a_inw": "217259", "g_ink_pi": "24.1", "p_hh_osm": "11"},
            {"gwb_code_10": "WK" + gemeente[2:] + "01", "gwb_code_8": gemeente[2:] + "01", "regio": "Wijk 01",
             "gm_naam": "Tilburg", "recs": "Wijk", "a_inw": "9000", "g_ink_pi": "22.0", "p_hh_osm": "14"}]
    for _, r in frame.iterrows():
        rows.append({"gwb_code_10": r["Codering_3"], "gwb_code_8": r["Codering_3"][2:], "regio": r["WijkenEnBuurten"],
                     "gm_naam": r["Gemeentenaam_1"], "recs": "Buurt", "a_inw": r["AantalInwoners_5"],
                     "g_ink_pi": r["GemiddeldInkomenPerInwoner_66"],
                     "p_hh_osm": r["HuishOnderOfRondSociaalMinimum_73"]})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path, len(frame)


def test_a_gemeente_without_cbs_files_from_the_national_table_rivm_and_an_older_year(tmp_path, rivm):
    table = sources.load_table(NL_TABLE, gemeenten="Tilburg")
    table.year = 2024  # the national table's file name has it; load_table reads it from a 'jaar' column only
    old, n_old = kwb_xlsx_style(tmp_path / "kwb-2017-tilburg.csv", "GM0855")
    joined = js.join(table, [rivm, js.read_file(old)])
    share, result = scored_share(joined, veerkracht())
    assert len(table.data) == 254 and share >= 0.9
    info = joined.provenance.sources[2]
    assert info.year == 2017 and info.found == n_old == 165  # gemeente and wijk rows of the xlsx are not buurten
    years = js.years_text(joined, ["woz", "inkomen_per_inwoner", "eenzaam"])
    assert any("inkomen_per_inwoner:2017" in t and "eenzaam:2020" in t and "woz:2024" in t for t in years)
    # income is 2017 only where the 2024 table has none (3 of 254 for Tilburg: CBS publishes it later)
    has_2024 = table.data["inkomen_per_inwoner"].notna().to_numpy()
    years = joined.provenance.years("inkomen_per_inwoner")
    assert has_2024.sum() == 3 and (years[has_2024] == 2024).all()
    assert (years[~has_2024 & joined.data["inkomen_per_inwoner"].notna().to_numpy()] == 2017).sum() > 150


def test_duurzaamheid_from_an_older_cbs_year_with_its_year_given():
    """The 2024 table has no energy figures; Hengelo's 2016-2019 PDOK map has gas use and no year column: the year
    comes from the file name, or from YEARS."""
    table = sources.load_table(NL_TABLE, gemeenten="GM0164")
    table.year = 2024
    theme = [t for t in themes.load_themes(THEMES) if t.id == "duurzaamheid"]
    source = js.read_file(HENGELO)
    assert "2018" not in js.years_text(js.join(table, [source]), ["gasverbruik"])[0]
    source.year = js.parse_years("hengelo=2018", [source.name])[1]
    assert "gasverbruik:2018" in js.years_text(js.join(table, [source]), ["gasverbruik"])[0]
    source.year = None
    joined = js.join(table, [source])
    before, _ = scored_share(table, theme)
    after, _ = scored_share(joined, theme)
    assert before == 0 and after >= 0.9
    years = js.years_text(joined, ["gasverbruik", "woz", "inwoners"])
    assert "gasverbruik:2019;woz:2024;inwoners:2024" in years


def test_leefbaarometer_joins_as_score_indicators():
    table = sources.load_table(NL_TABLE, gemeenten="Amersfoort")
    table.year = 2024
    joined = js.join(table, [js.read_file(LBM_UTRECHT)])
    info = joined.provenance.sources[1]
    assert info.label == js.LBM_LABEL and info.year == 2020 and info.found == 117
    assert joined.data["lbm"].between(3.5, 4.6).sum() == 117
    assert set(info.indicators) == {"lbm", "lbm_fys", "lbm_onv", "lbm_soc", "lbm_vrz"}


def test_a_long_file_gives_each_buurt_its_latest_year(eindhoven):
    codes = eindhoven.data["code"].iloc[:3].tolist()
    frame = pd.DataFrame({"bu_code": codes * 2, "jaar": [2018] * 3 + [2022] * 3,
                          "lbm": [3.9, 4.0, np.nan, 4.1, np.nan, np.nan]})
    joined = js.join(eindhoven, [js.Source("lbm_long.csv", frame.astype(str).replace("nan", ""))])
    assert joined.data["lbm"].iloc[:3].tolist() == [4.1, 4.0, pytest.approx(np.nan, nan_ok=True)]
    assert joined.provenance.years("lbm")[:3].tolist() == [2022, 2018, 0]


def test_an_own_column_a_theme_names_is_joined(eindhoven):
    codes = eindhoven.data["code"].tolist()
    frame = pd.DataFrame({"Buurt": codes, "overlast_meldingen": [str(i % 7) for i in range(len(codes))]})
    joined = js.join(eindhoven, [js.Source("meldingen_2023.csv", frame, "meldingen_2023.csv")],
                     extra=["overlast_meldingen"])
    assert joined.values("overlast_meldingen").tolist() == [float(i % 7) for i in range(len(codes))]
    assert js.years_text(joined, ["overlast_meldingen"])[1] == "overlast_meldingen:2023"


# -- bad input --------------------------------------------------------------------------------------------------

def frame_source(name, **columns):
    return js.Source(name, pd.DataFrame(columns), name)


@pytest.mark.parametrize("source, words", [
    (frame_source("x_2020.csv", naam=["a", "b"], eenzaam=["1", "2"]), "no buurt code column"),
    (frame_source("x_2020.csv", code=["WK077211", "WK077212"], eenzaam=["1", "2"]), "wijk-level"),
    (frame_source("x_2020.csv", code=["GM0772", "GM0344"], eenzaam=["1", "2"]), "gemeente-level"),
    (frame_source("x_2020.csv", gwb_code_8=["03441110", "03441120"], eenzaam=["1", "2"]),
     "numbers such as 03441110, not buurt codes such as BU03441110"),
    (frame_source("x_2020.csv", code=["BU07721110", "BU07721110"], eenzaam=["1", "2"]), "occurs more than once"),
    (frame_source("meting.csv", code=["BU07721110"], eenzaam=["1"]), "year of the figures cannot be found"),
    (frame_source("meting_2018_2022.csv", code=["BU07721110"], eenzaam=["1"]), "several years"),
    (frame_source("x_2020.csv", code=["BU07721110"], iets=["1"]), "no indicator BuurtKijker knows")])
def test_bad_sources_are_refused_clearly(eindhoven, source, words):
    with pytest.raises(BuurtKijkerError, match=words):
        js.join(eindhoven, [source])


def test_real_wrong_level_files_are_refused(eindhoven):
    with pytest.raises(BuurtKijkerError, match="wijk-level"):
        js.join(eindhoven, [js.read_file(LBM_AMSTELVEEN)])
    with pytest.raises(BuurtKijkerError, match="wijk-level|gemeente-level|no buurt code"):
        js.join(eindhoven, [js.read_file(WIJKEN_NL)])


def test_two_sources_with_the_same_year_must_agree(eindhoven, tmp_path):
    codes = eindhoven.data["code"].iloc[:4].tolist()
    a = frame_source("enquete_a_2021.csv", code=codes, eenzaam=["40", "41", "42", "43"])
    same = frame_source("enquete_b_2021.csv", code=codes[:2], eenzaam=["40", "41"])
    other = frame_source("enquete_c_2021.csv", code=codes, eenzaam=["40", "41", "49", "43"])
    assert js.join(eindhoven, [a, same]).data["eenzaam"].notna().sum() == 4  # agreeing: fine
    with pytest.raises(BuurtKijkerError, match="both give 'Lonely \\(18\\+\\)' for 2021.*1 buurten"):
        js.join(eindhoven, [a, other])
    other.year = 2022  # a stated other year resolves it: the newer one wins
    joined = js.join(eindhoven, [a, other])
    assert joined.data["eenzaam"].iloc[2] == 49


def test_years_text_parsing():
    names = ["rivm_gezondheid_2020_18plus_nl.csv", "kwb-2017.csv", "leefbaarometer.csv"]
    assert js.parse_years("2020, 2017", names) == {1: 2020, 2: 2017}
    assert js.parse_years("input=2024; leefbaar=2022", names) == {0: 2024, 3: 2022}
    assert js.parse_years("", names) == {}
    for bad, words in (("20x0", "not a year"), ("csv=2020", "exactly one source"), ("x=2020", "exactly one"),
                       ("2020,2019,2018,2017", "4 years without a name")):
        with pytest.raises(BuurtKijkerError, match=words):
            js.parse_years(bad, names)


def test_sources_are_read_only(tmp_path):
    before = {p: digest(p) for p in (RIVM, KWB_2017, LBM_UTRECHT)}
    table = sources.load_table(NL_TABLE, gemeenten="Amersfoort")
    table.year = 2024
    js.join(table, [js.read_file(p) for p in before])
    assert before == {p: digest(p) for p in before}


def test_csv_quoting_and_missing_markers(tmp_path, eindhoven):
    code = eindhoven.data["code"].iloc[0]
    path = tmp_path / "eigen_2021.csv"
    with open(path, "w", newline="", encoding="cp1252") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Buurtcode", "Buurt naam", "Eenzaam", "Mantelzorger"])
        writer.writerow([code, "Binnenstad; centrum", "42,5", "."])
        writer.writerow(["BU07721120", "Witte Dame", "", "12,0"])
    joined = js.join(eindhoven, [js.read_file(path)])
    row = joined.data[joined.data["code"] == code].iloc[0]
    assert row["eenzaam"] == 42.5 and np.isnan(row["mantelzorg"])


def test_amsterdam_renumbered_in_2022_gets_nothing_from_2020_and_is_counted(rivm):
    table = sources.load_table(NL_TABLE)
    table.year = 2024
    amsterdam = (table.data["gemeentecode"] == "GM0363").to_numpy()
    joined = js.join(table, [rivm], count_mask=amsterdam)
    info = joined.provenance.sources[1]
    assert (info.found, info.not_in_year, info.not_covered) == (0, 517, 0)
    assert joined.data.loc[amsterdam, "eenzaam"].isna().all()
    national = js.join(table, [rivm]).provenance.sources[1]
    assert national.found == 12305 and national.found + national.not_in_year + national.not_covered == 14574


def test_the_same_year_twice_with_the_same_values_is_no_conflict(eindhoven):
    joined = js.join(eindhoven, [js.read_file(NL_TABLE)])  # Eindhoven 2024 again, from the national table
    assert joined.provenance.sources[1].found == 116
    pd.testing.assert_series_equal(joined.data["woz"], eindhoven.data["woz"])
    assert (joined.provenance.years("woz")[eindhoven.data["woz"].notna().to_numpy()] == 2024).all()


def test_the_layers_own_text_columns_are_kept(eindhoven, rivm):
    joined = js.join(eindhoven, [rivm])
    for column in ("EHV_STADSDEEL", "POSTCODE"):
        if column in eindhoven.raw.columns:
            pd.testing.assert_series_equal(joined.raw[column], eindhoven.raw[column])
    assert "EHV_STADSDEEL" in eindhoven.raw.columns


# -- the RIVM 65+ table: a source of its own (issue 25) ---------------------------------------------------------

def rivm_values(path, column):
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    raw = raw[raw["SoortRegio_2"].str.strip() == "Buurt"]
    return {c.strip(): float(v) for c, v in zip(raw["Codering_3"], raw[column]) if v.strip()}


def test_the_65_plus_table_joins_beside_the_18_plus_table(eindhoven):
    """The real 65+ file next to the 18+ file: both join; the 65+ figures get their own ids and labels (65+), the
    18+ indicators keep the 18+ values, and the source line names the 65+ table apart."""
    joined = js.join(eindhoven, [js.read_file(RIVM), js.read_file(RIVM_65)])
    adults, elderly = rivm_values(RIVM, "Eenzaam_28"), rivm_values(RIVM_65, "Eenzaam_28")
    codes = joined.data["code"].tolist()
    both = [i for i, c in enumerate(codes) if c in adults and c in elderly and adults[c] != elderly[c]]
    assert len(both) > 80
    for i in both:
        assert joined.data["eenzaam"].iloc[i] == pytest.approx(adults[codes[i]])
        assert joined.data["eenzaam_65"].iloc[i] == pytest.approx(elderly[codes[i]])
    assert cbs_schema.INDICATORS["eenzaam_65"].label_nl == "Eenzaam (65+)"
    assert cbs_schema.INDICATORS["moeite_rondkomen_65"].label_en == "Difficulty making ends meet (65+)"
    assert cbs_schema.INDICATORS["p_goede_gezondheid_65"].label_nl.endswith("(65+)")
    infos = joined.provenance.sources[1:]
    assert [i.label for i in infos] == [js.RIVM_LABEL, js.RIVM_65_LABEL]
    assert infos[1].name.endswith("(65+)") and all(i.endswith("_65") for i in infos[1].indicators)
    assert js.used_sources(joined, ["eenzaam", "eenzaam_65"]) == [
        (js.RIVM_LABEL, [2020]), ("RIVM Gezondheidsmonitor 65+", [2020])]
    alone = js.join(eindhoven, [js.read_file(RIVM_65)])  # alone it no longer blocks the run either
    assert "eenzaam" not in alone.data or alone.data["eenzaam"].isna().all()
    assert alone.data["eenzaam_65"].notna().sum() > 80


def test_one_file_with_both_age_groups_gives_two_sources(eindhoven, tmp_path):
    """A StatLine download holding the 18+ and the 65+ rows (a fixture made from the real files' structure)."""
    codes = eindhoven.data["code"].iloc[:5].tolist()
    header = "ID,Leeftijd,Marges,Perioden,SoortRegio_2,Codering_3,Eenzaam_28,MoeiteMetRondkomen_38\n"
    rows = ["{},{},MW00000,2020JJ00,Buurt,{},{},{}\n".format(n, age, code, 40 + n + (10 if age == 80200 else 0), 9)
            for n, code in enumerate(codes) for age in (20300, 80200)]
    path = tmp_path / "rivm_50090NED.csv"
    path.write_text(header + "".join(rows), encoding="utf-8")
    joined = js.join(eindhoven, [js.read_file(path)])
    assert joined.data["eenzaam"].iloc[:5].tolist() == [40, 41, 42, 43, 44]
    assert joined.data["eenzaam_65"].iloc[:5].tolist() == [50, 51, 52, 53, 54]
    assert [i.name for i in joined.provenance.sources[1:]] == ["rivm_50090NED.csv", "rivm_50090NED.csv (65+)"]


def test_national_ranking_never_rises_on_missing_indicators():
    """Issue 21: with the RIVM 2020 file joined by code, Amsterdam's renumbered buurten lack the RIVM half of
    leefbaarheid; nationally they held 46 of the top 100. Under REFERENCE=national a theme score needs 80 % of the
    theme's weight (indices.FULL_BASIS), so the top rests on full data; a selection run keeps the half-weight rule
    and says the basis in bk_<theme>_basis."""
    table = js.join(sources.load_table(NL_TABLE), [js.read_file(RIVM)])
    theme = [t for t in themes.load_themes(THEMES) if t.id == "leefbaarheid"]
    national = indices.compute(table, theme, options=indices.Options(reference="national")).scores
    top = national.sort_values("bk_leefbaarheid", ascending=False).head(100)
    assert top["bk_leefbaarheid_basis"].min() >= 80
    assert (table.data.loc[top.index, "gemeentecode"] == "GM0363").sum() <= 5
    amsterdam = table.data["gemeentecode"].eq("GM0363").to_numpy()
    selection = indices.compute(table, theme, amsterdam).scores
    thin = selection["bk_leefbaarheid_basis"] < 80
    assert thin.sum() > 300 and selection.loc[thin, "bk_leefbaarheid"].notna().all()


@pytest.mark.parametrize("dtype", [object, "string"] + (["str"] if pd.__version__ >= "3" else []))
def test_text_columns_are_text_in_every_pandas(dtype):
    """pandas 3 reads text as its str dtype, not object: text column detection must not depend on object."""
    from buurtkijker_plugin.core.frames import is_text
    assert is_text(pd.Series(["BU07721110", None], dtype=dtype))
    assert not is_text(pd.Series([1.5, None])) and not is_text(pd.Series([1, 2]))
