"""Issue 13, cases 3, 6, 7 and 9 in the core: Dutch Excel CSV, theme files that would overwrite or overflow,
themes listed twice, gemeente names as people type them, buurt names with a comma."""

import json

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import compare, indices, sources, themes
from buurtkijker_plugin.core.cbs_table import clean_numeric
from buurtkijker_plugin.core.errors import BuurtKijkerError
from buurtkijker_plugin.core.gemeenten import resolve
from tests.conftest import EINDHOVEN, NL_TABLE, THEMES


def dutch_excel(path, gemeenten=("GM0772", "GM1900")):
    """A part of the real national table as Dutch Excel saves it: ';', decimal comma, Windows-1252."""
    table = pd.read_csv(NL_TABLE, dtype=str, keep_default_na=False)
    part = table[table["GM_CODE"].isin(gemeenten)]
    part = part.apply(lambda c: c.str.replace(r"^(-?\d+)\.(\d+)$", r"\1,\2", regex=True))
    part.to_csv(path, sep=";", index=False, encoding="cp1252")
    return table[table["GM_CODE"].isin(gemeenten)]


# -- 3. Dutch Excel CSV ----------------------------------------------------------------------------------------

def test_dutch_excel_csv_reads_like_the_original(tmp_path):
    path = tmp_path / "kwb_excel.csv"
    dutch_excel(path)
    assert b"1,8" in path.read_bytes() and b"S\xfadwest-Frysl\xe2n" in path.read_bytes()
    excel = sources.load_table(path)
    original = sources.load_table(NL_TABLE, gemeenten="GM0772,GM1900")
    assert len(excel.data) == len(original.data) == 271
    for column in ("afstand_huisarts", "woz", "misdrijven_per_1000", "inwoners"):
        if column in original.data:
            assert np.allclose(excel.data[column].to_numpy(float), original.data[column].to_numpy(float),
                               equal_nan=True), column
    assert "Súdwest-Fryslân" in set(excel.data["gemeentenaam"])
    assert resolve("Súdwest-Fryslân", excel.gemeenten()) == ["GM1900"]
    scored = indices.compute(excel, themes.load_themes(THEMES)).scores["bk_total"].notna().sum()
    assert scored == indices.compute(original, themes.load_themes(THEMES)).scores["bk_total"].notna().sum() > 200


def test_decimal_comma_values():
    values = clean_numeric(pd.Series(["1,7", "-0,25", "1.234,5", "12", "3.5", ",5", "", None, "abc", "-99999999"],
                                     dtype=object))
    expected = [1.7, -0.25, 1234.5, 12, 3.5, 0.5, np.nan, np.nan, np.nan, np.nan]
    assert np.allclose(values.to_numpy(float), expected, equal_nan=True)


# -- 6. theme files that would overwrite result columns or overflow ----------------------------------------------

def theme(theme_id, weight=1, indicator="woz"):
    return {"id": theme_id, "indicators": [{"indicator": indicator, "direction": "higher_is_better",
                                            "weight": weight}]}


@pytest.mark.parametrize("ids, message", [
    (["total"], "reserved"), (["run"], "reserved"), (["a", "a_rank"], "both write the result column bk_a_rank"),
    (["x_n", "x"], "both write"), (["total_rank"], "both write the result column bk_total_rank"),
])
def test_theme_ids_that_collide_with_result_columns(tmp_path, ids, message):
    with pytest.raises(BuurtKijkerError, match=message):
        themes.parse_themes({"themes": [theme(i) for i in ids]})


def test_a_result_column_as_indicator_is_refused():
    with pytest.raises(BuurtKijkerError, match="result column"):
        themes.parse_themes({"themes": [theme("eigen", indicator="bk_total")]})


@pytest.mark.parametrize("weight", [1e308, 1e-300, 1e7])
def test_absurd_weights_are_refused(weight):
    with pytest.raises(BuurtKijkerError, match="out of range"):
        themes.parse_themes({"themes": [theme("eigen", weight)]})


def test_large_weights_in_range_lose_no_buurt():
    table = sources.load_table(EINDHOVEN)
    heavy = themes.parse_themes({"themes": [
        {"id": "eigen", "indicators": [{"indicator": "woz", "direction": "higher_is_better", "weight": 1e6},
                                       {"indicator": "misdrijven_per_1000", "direction": "higher_is_worse",
                                        "weight": 1e6}]}]})
    light = themes.parse_themes({"themes": [
        {"id": "eigen", "indicators": [{"indicator": "woz", "direction": "higher_is_better", "weight": 1},
                                       {"indicator": "misdrijven_per_1000", "direction": "higher_is_worse",
                                        "weight": 1}]}]})
    a = indices.compute(table, heavy).scores["bk_eigen"]
    b = indices.compute(table, light).scores["bk_eigen"]
    assert a.notna().sum() == b.notna().sum() > 100 and np.allclose(a, b, equal_nan=True)


# -- 7. a theme listed twice ---------------------------------------------------------------------------------

def test_a_theme_listed_twice_is_refused():
    available = themes.load_themes(THEMES)
    with pytest.raises(BuurtKijkerError, match="listed twice"):
        themes.select(available, "veiligheid,wonen,veiligheid")
    assert [t.id for t in themes.select(available, "veiligheid,wonen")] == ["veiligheid", "wonen"]


# -- 9. names as people type them ----------------------------------------------------------------------------

GEMEENTEN = pd.DataFrame({"gemeentecode": ["GM0796", "GM1900", "GM0518", "GM0772", "GM0363"],
                          "gemeentenaam": ["'s-Hertogenbosch", "Súdwest-Fryslân", "'s-Gravenhage", "Eindhoven",
                                           "Amsterdam"]})


@pytest.mark.parametrize("typed, code", [
    ("Den Bosch", "GM0796"), ("\u2019s-Hertogenbosch", "GM0796"), ("'s-hertogenbosch", "GM0796"),
    ("sudwest-fryslan", "GM1900"), ("Sudwest Fryslan", "GM1900"), ("SÚDWEST-FRYSLÂN", "GM1900"),
    ("Den Haag", "GM0518"), ("eindhoven", "GM0772"), ("772", "GM0772"),
])
def test_gemeente_names_as_people_type_them(typed, code):
    assert resolve(typed, GEMEENTEN) == [code]


def test_misspelt_gemeente_gets_suggestions():
    with pytest.raises(BuurtKijkerError, match="Did you mean: Eindhoven"):
        resolve("Eindhvoen", GEMEENTEN)
    with pytest.raises(BuurtKijkerError, match="Did you mean: Amsterdam"):
        resolve("Amsterdm", GEMEENTEN)


def test_buurt_names_with_a_comma():
    frame = sources.load_table(EINDHOVEN).data
    named = frame.set_index("naam")["code"]
    codes = compare.buurt_codes(frame, "Eliasterrein, Vonderkwartier,Tempel")
    assert codes == [named["Eliasterrein, Vonderkwartier"], named["Tempel"]]
    assert compare.buurt_codes(frame, '"Eliasterrein, Vonderkwartier"') == [named["Eliasterrein, Vonderkwartier"]]
    assert compare.buurt_codes(frame, ["Tempel", "Eliasterrein, Vonderkwartier"])[1] == named[
        "Eliasterrein, Vonderkwartier"]


def test_theme_file_json_round_trip_keeps_validation(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"themes": [theme("a"), theme("a_rank")]}))
    with pytest.raises(BuurtKijkerError, match="bk_a_rank"):
        themes.load_themes(path)


def test_a_reference_of_two_buurten_is_refused():
    table = sources.load_table(EINDHOVEN)
    two = table.subset(np.arange(len(table.data)) < 2)
    with pytest.raises(BuurtKijkerError, match="at least 3"):
        indices.compute(two, themes.load_themes(THEMES))
