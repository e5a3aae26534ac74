"""The index engine: values by hand on small tables, and against an independent pandas computation on real data."""

import math

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import indices, sources, themes
from buurtkijker_plugin.core.cbs_table import normalise
from buurtkijker_plugin.core.errors import BuurtKijkerError
from buurtkijker_plugin.core.themes import Theme, ThemeIndicator
from tests.conftest import BAARN, EINDHOVEN, GRONINGEN, NL_TABLE, THEMES

B, W = "higher_is_better", "higher_is_worse"


def small_table():
    raw = pd.DataFrame({
        "BU_CODE": ["BU00010001", "BU00010002", "BU00010003", "BU00010004", "BU00010005", "BU00020001"],
        "GM_CODE": ["GM0001"] * 5 + ["GM0002"],
        "WATER": ["NEE", "NEE", "NEE", "NEE", "JA", "NEE"],
        "AANT_INW": [1000, 2000, 40, 3000, 0, 500],
        "WOZ": [200, 300, 500, 400, -99997, 1000],
        "MISDR_P1000": [10, 20, 5, 30, -99997, -99999999],
    })
    return normalise(raw, "small.csv")


def theme(*items, theme_id="t"):
    return Theme(theme_id, {"nl": theme_id}, tuple(ThemeIndicator(i, d, w) for i, d, w in items))


def test_zscore_by_hand():
    table = small_table()
    t = theme(("woz", B, 1), ("misdrijven_per_1000", W, 1))
    result = indices.compute(table, [t], selection=(table.data.gemeentecode == "GM0001").to_numpy())
    s = result.scores
    # reference: buurten 1, 2, 4 (3 has < 50 inhabitants, 5 is water). WOZ 200, 300, 400: mean 300, sd 100.
    # MISDR 10, 20, 30: mean 20, sd 10, negated. Buurt 1: z = (-1 + 1) / 2 = 0; buurt 2: 0; buurt 4: (1 - 1)/2 = 0.
    assert s["bk_t"].tolist()[:2] == [100.0, 100.0]
    assert math.isnan(s["bk_t"].iloc[2]) and math.isnan(s["bk_t"].iloc[4])
    assert s["bk_t_n"].tolist() == [2, 2, 0, 2, 0]  # unscored buurten use no indicator
    solo = indices.compute(table, [theme(("woz", B, 1))], (table.data.gemeentecode == "GM0001").to_numpy())
    assert solo.scores["bk_t"].tolist()[:2] == [90.0, 100.0] and solo.scores["bk_t"].iloc[3] == 110.0
    assert solo.scores["bk_t_rank"].astype("Float64").fillna(-1).tolist() == [3, 2, -1, 1, -1]
    assert solo.scores["bk_t_class"].astype("Float64").fillna(0).tolist() == [2, 3, 0, 4, 0]  # z = -1, 0, 1


def test_national_reference_uses_every_buurt():
    table = small_table()
    sel = (table.data.gemeentecode == "GM0001").to_numpy()
    r = indices.compute(table, [theme(("woz", B, 1))], sel, indices.Options(reference="national"))
    ref = np.array([200, 300, 400, 1000.0])  # buurt 6 of GM0002 joins the reference
    expected = 100 + 10 * (200 - ref.mean()) / ref.std(ddof=1)
    assert r.scores["bk_t"].iloc[0] == pytest.approx(expected)
    assert len(r.scores) == 5  # only the selection is returned


def test_weights_renormalised_and_half_weight_rule():
    raw = pd.DataFrame({"BU_CODE": ["BU00010001", "BU00010002", "BU00010003", "BU00010004"],
                        "AANT_INW": [100] * 4, "WOZ": [100, 200, 300, None],
                        "P_KOOPWON": [10, None, 30, 20], "P_LEEGSW": [1, 2, 3, 4]})
    table = normalise(raw, "w.csv")
    t = theme(("woz", B, 3), ("p_koopwoningen", B, 1), ("p_leegstand", W, 1))
    s = indices.compute(table, [t]).scores
    z_woz = np.array([-1, 0, 1, np.nan])
    z_koop = np.array([-1, np.nan, 1, 0])
    z_leeg = -(np.array([1, 2, 3, 4]) - 2.5) / np.std([1, 2, 3, 4], ddof=1)
    # buurt 2: woz (3) + leegstand (1) = 4 of 5 present
    assert s["bk_t"].iloc[1] == pytest.approx(100 + 10 * (3 * z_woz[1] + z_leeg[1]) / 4)
    # buurt 4: koop (1) + leegstand (1) = 2 of 5 < 2.5: no score
    assert math.isnan(s["bk_t"].iloc[3])
    assert s["bk_t"].iloc[0] == pytest.approx(100 + 10 * (3 * z_woz[0] + z_koop[0] + z_leeg[0]) / 5)


def test_zero_spread_contributes_nothing():
    raw = pd.DataFrame({"BU_CODE": ["BU00010001", "BU00010002", "BU00010003"], "AANT_INW": [100] * 3,
                        "WOZ": [100, 200, 300], "P_KOOPWON": [50, 50, 50]})
    s = indices.compute(normalise(raw, "x"), [theme(("woz", B, 1), ("p_koopwoningen", B, 1))]).scores
    assert s["bk_t"].tolist() == pytest.approx([95, 100, 105])


def test_class_boundaries():
    z = np.array([-1.01, -1.0, -0.51, -0.5, 0.0, 0.5, 0.51, 1.0, 1.01, np.nan])
    assert indices.classify_z(z).astype("Float64").fillna(0).tolist() == [1, 2, 2, 3, 3, 3, 4, 4, 5, 0]


def test_other_methods_by_hand():
    raw = pd.DataFrame({"BU_CODE": ["BU00010001", "BU00010002", "BU00010003", "BU00010004"],
                        "AANT_INW": [100] * 4, "WOZ": [100, 200, 300, 500]})
    table = normalise(raw, "x")
    t = theme(("woz", B, 1))
    minmax = indices.compute(table, [t], options=indices.Options(method="minmax")).scores["bk_t"]
    assert minmax.tolist() == pytest.approx([0, 25, 50, 100])
    rank = indices.compute(table, [t], options=indices.Options(method="rank")).scores["bk_t"]
    assert rank.tolist() == pytest.approx([12.5, 37.5, 62.5, 87.5])
    imd = indices.compute(table, [t], options=indices.Options(method="imd")).scores
    # most deprived (lowest WOZ) has R = 1 -> X = 100 -> score 0; R = k/4 otherwise
    x = [-23 * math.log(1 - r * (1 - math.exp(-100 / 23))) for r in (1, 0.75, 0.5, 0.25)]
    assert imd["bk_t"].tolist() == pytest.approx([100 - v for v in x])
    assert imd["bk_t_rank"].tolist() == [4, 3, 2, 1]
    assert imd["bk_total"].tolist() == pytest.approx([100 - v for v in x])


def test_inverse_normal_matches_statistics():
    from statistics import NormalDist
    p = np.array([0.001, 0.02, 0.3, 0.5, 0.8, 0.99])
    assert indices.inverse_normal(p) == pytest.approx([NormalDist().inv_cdf(v) for v in p], abs=1e-8)


def test_errors():
    table = small_table()
    with pytest.raises(BuurtKijkerError, match="selection holds no buurten"):
        indices.compute(table, [theme(("woz", B, 1))], np.zeros(6, dtype=bool))
    with pytest.raises(BuurtKijkerError, match="Unknown method 'fancy'"):
        indices.compute(table, [theme(("woz", B, 1))], options=indices.Options(method="fancy"))
    with pytest.raises(BuurtKijkerError, match="entry 1: unknown indicator 'EHV_score'"):
        indices.compute(table, [theme(("EHV_score", B, 1))])
    only_small = (table.data.code == "BU00010003").to_numpy()
    with pytest.raises(BuurtKijkerError, match="fewer than 50 inhabitants"):
        indices.compute(table, [theme(("woz", B, 1))], only_small)


# -- real data, against an independent pandas computation -----------------------------------------------------

def pandas_theme_scores(table, theme_def, min_population=50):
    """The method written out plainly with pandas, buurt by buurt, for comparison."""
    d = table.data
    ok = (~d["water"]) & (d["inwoners"].fillna(-1) >= min_population)
    zs, weights = {}, {}
    for item in theme_def.indicators:
        if item.indicator not in d or d.loc[ok, item.indicator].notna().sum() == 0:
            continue
        x = d[item.indicator].where(ok)
        sd = x.std()
        z = (x - x.mean()) / sd if sd > 0 else x * 0
        zs[item.indicator] = -z if item.direction == W else z
        weights[item.indicator] = item.weight
    out = []
    for i in d.index:
        present = {k: v for k, v in zs.items() if not pd.isna(v[i])}
        w = sum(weights[k] for k in present)
        if not ok[i] or w < 0.5 * theme_def.total_weight:
            out.append(np.nan)
        else:
            out.append(100 + 10 * sum(weights[k] * present[k][i] for k in present) / w)
    return pd.Series(out, index=d.index)


@pytest.mark.parametrize("path, expected_themes", [
    (EINDHOVEN, {"leefbaarheid", "gezondheid", "veiligheid", "wonen", "voorzieningen", "demografie"}),
    (BAARN, {"demografie"}),
    (GRONINGEN, {"demografie"}),
])
def test_engine_matches_pandas_on_real_data(path, expected_themes):
    table = sources.load_table(path)
    built_in = themes.load_themes(THEMES)
    result = indices.compute(table, built_in)
    assert {t.id for t in result.computed_themes} == expected_themes
    for t in built_in:
        expected = pandas_theme_scores(table, t)
        got = result.scores["bk_" + t.id]
        assert np.allclose(got.to_numpy(), expected.to_numpy(), equal_nan=True, atol=1e-9), t.id
    ranks = result.scores["bk_total_rank"].dropna()
    assert sorted(ranks.tolist())[0] == 1 and ranks.max() <= len(result.scores)


def test_missing_indicators_are_reported():
    result = indices.compute(sources.load_table(BAARN), themes.load_themes(THEMES))
    demografie = result.reports["demografie"]
    assert demografie.used == ["p_65_plus", "p_00_14", "hh_grootte", "p_eenpersoons_hh"]
    wonen = result.reports["wonen"]
    assert wonen.missing["woz"] == "empty" and wonen.missing["p_leegstand"] == "empty"
    assert wonen.scored == 0
    assert result.reports["veiligheid"].missing == {"misdrijven_per_1000": "absent"}


def test_contributions_explain_the_theme_score():
    table = sources.load_table(EINDHOVEN)
    result = indices.compute(table, themes.load_themes(THEMES))
    contributions = result.contributions("leefbaarheid")
    scored = result.scores["bk_leefbaarheid"].notna()
    total = contributions[scored].sum(axis=1, min_count=1)
    assert np.allclose(100 + 10 * total, result.scores.loc[scored, "bk_leefbaarheid"])


def test_uncertainty_interval_contains_the_rank_and_is_seeded():
    table = sources.load_table(NL_TABLE, gemeenten="GM0772")
    options = indices.Options(uncertainty_draws=300, seed=7)
    a = indices.compute(table, themes.load_themes(THEMES), options=options).scores
    b = indices.compute(table, themes.load_themes(THEMES), options=options).scores
    pd.testing.assert_frame_equal(a, b)
    scored = a["bk_total_rank"].notna()
    assert (a.loc[scored, "bk_total_rank_p05"] <= a.loc[scored, "bk_total_rank_p95"]).all()
    inside = (a.loc[scored, "bk_total_rank_p05"] <= a.loc[scored, "bk_total_rank"] + 2) & \
             (a.loc[scored, "bk_total_rank"] <= a.loc[scored, "bk_total_rank_p95"] + 2)
    assert inside.mean() > 0.95
    assert (a.loc[scored, "bk_total_rank_p95"] - a.loc[scored, "bk_total_rank_p05"]).max() > 0


def test_national_reference_on_the_whole_country():
    table = sources.load_table(NL_TABLE)
    mask = (table.data["gemeentecode"] == "GM0772").to_numpy()
    r = indices.compute(table, themes.load_themes(THEMES), mask, indices.Options(reference="national"))
    assert len(r.scores) == 116 and r.reference_size > 13000
    ok = table.statistics_mask(50)
    x = table.data["misdrijven_per_1000"].where(ok)
    z = -(x - x.mean()) / x.std()
    assert np.allclose(r.scores["bk_veiligheid"], (100 + 10 * z)[mask], equal_nan=True)


def test_winsorising_clips_outliers():
    raw = pd.DataFrame({"BU_CODE": ["BU0001{:04d}".format(i) for i in range(20)], "AANT_INW": [100] * 20,
                        "WOZ": list(range(100, 119)) + [5000]})
    table = normalise(raw, "x")
    plain = indices.compute(table, [theme(("woz", B, 1))]).scores["bk_t"]
    clipped = indices.compute(table, [theme(("woz", B, 1))], options=indices.Options(winsorize=0.1)).scores["bk_t"]
    assert plain.iloc[-1] > 140 and clipped.iloc[-1] < 120


def test_explanation_names_the_indicators_that_pull_the_score_down():
    from buurtkijker_plugin.core import explain
    table = small_table()
    t = theme(("woz", B, 1), ("misdrijven_per_1000", W, 4))
    result = indices.compute(table, [t], selection=(table.data.gemeentecode == "GM0001").to_numpy())
    why = explain.explanations(result)
    # buurt 4: WOZ z = +1 (share 1/5), misdrijven z = +1 -> oriented -1 (share 4/5): theme z = -0.6, class 2
    assert result.scores["bk_t_class"].iloc[3] == 2
    assert why["bk_t_why"].iloc[3] == "lager dan gemiddeld vooral door: Misdrijven per 1000 inwoners hoog (-0,8)"
    # buurt 1: WOZ low (-0.2), crime low (+0.8): above average because of the crime rate only
    assert why["bk_t_why"].iloc[0] == "hoger dan gemiddeld vooral door: Misdrijven per 1000 inwoners laag (+0,8)"
    assert why["bk_t_why"].iloc[2] is None  # too few inhabitants: no score, no explanation
    english = explain.explanations(result, "en")["bk_t_why"].iloc[3]
    assert english == "below average mainly because of: Crimes per 1000 inhabitants high (-0.8)"


def test_explanations_on_real_data_follow_the_classes():
    from buurtkijker_plugin.core import explain
    table = sources.load_table(EINDHOVEN)
    result = indices.compute(table, themes.load_themes(THEMES))
    why = explain.explanations(result)
    for t in result.computed_themes:
        classes = result.scores["bk_{}_class".format(t.id)]
        text = why["bk_{}_why".format(t.id)]
        assert text[classes.isna().to_numpy()].isna().all()
        low = text[(classes <= 2).fillna(False).to_numpy()]
        assert low.str.startswith(("lager dan gemiddeld vooral door: ", "rond het gemiddelde")).all()
        assert low.str.startswith("lager").mean() > 0.8
        # the named indicators are ones the theme uses, and each named pull is negative
        named = low[low.str.startswith("lager")].str.split(": ", n=1).str[1]
        assert named.str.contains(r"\(-\d", regex=True).all() and not named.str.contains(r"\(\+").any()
    assert why["bk_total_why"].notna().sum() == result.scores["bk_total"].notna().sum()
