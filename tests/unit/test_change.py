"""Change between two years on one scale (core/change.py), on real data: Hengelo's PDOK map of 2016-2019 against
the Hengelo rows of the national CBS 2024 table (same buurt codes)."""

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import change, common_scale, indices, sources, themes
from tests.conftest import NL_TABLE, REAL, THEMES

HENGELO_2019 = REAL / "cbs_buurten_2019_hengelo" / "cbs_buurten_2019_hengelo.gpkg"


@pytest.fixture(scope="module")
def hengelo():
    before = sources.load_table(HENGELO_2019)
    after = sources.load_table(NL_TABLE, gemeenten="GM0164")
    return before, after


@pytest.fixture(scope="module")
def all_themes():
    return themes.load_themes(THEMES)


@pytest.fixture(scope="module")
def result(hengelo, all_themes):
    before, after = hengelo
    return change.compute_change(before, after, all_themes, indices.Options())


def test_only_indicators_of_both_years_and_named(result, hengelo):
    before, after = hengelo
    assert result.common  # woz, distances to a supermarket, age shares, household size...
    for name in result.common:
        assert common_scale.has_values(before, name) and common_scale.has_values(after, name)
    # WOZ is in both; vacancy is published in the 2019 map but not in the 2024 table; income in 2024 only
    assert "woz" in result.common
    assert result.left_out["p_leegstand"] == "after"
    assert result.left_out["inkomen_per_inwoner"] == "before"
    assert "p_leegstand" not in result.common
    assert {t.id for t in result.themes} >= {"wonen", "demografie"}
    assert "achterstand" in result.not_computed


def test_words_agree_with_sign_size_and_noise(result):
    checked = 0
    for theme in result.themes + [None]:
        prefix = "bk_" + (theme.id if theme else "total")
        if prefix + "_change" not in result.frame:
            continue
        f = result.frame
        diff = f[prefix + "_after"] - f[prefix + "_before"]
        ok = diff.notna()
        assert np.allclose(f.loc[ok, prefix + "_change"], diff[ok])
        dz = f[prefix + "_change_z"].to_numpy(dtype=float)
        sd = f[prefix + "_change_sd"].to_numpy(dtype=float) / 10  # points -> reference sd under zscore
        cls = f[prefix + "_change_class"]
        limit = np.maximum(change.Z_CRITICAL * sd, change.MIN_CHANGE_Z)
        for d, lim, c, delta in zip(dz, limit, cls, f[prefix + "_change"]):
            if np.isnan(d):
                assert pd.isna(c)
                continue
            checked += 1
            # the word is 'verbeterd' only for a rise beyond the noise, 'verslechterd' only for a fall beyond it
            assert c == (1 if d > lim else -1 if d < -lim else 0)
            if c != 0:
                assert np.sign(delta) == c and abs(delta) >= 10 * change.MIN_CHANGE_Z - 1e-9  # zscore: 10 per sd
    assert checked > 50


def test_common_scale_follows_the_raw_values(result, hengelo):
    """wonen rests on the WOZ value alone here: on one scale its change has the sign of the WOZ change, and the
    2016-2019 -> 2024 rise of house prices (about +50 %) shows as 'verbeterd' almost everywhere."""
    before, after = hengelo
    woz_a = dict(zip(before.data["code"], before.data["woz"]))
    woz_b = dict(zip(after.data["code"], after.data["woz"]))
    f = result.frame.join(after.data[["code"]])
    ok = f["bk_wonen_change"].notna()
    assert ok.sum() >= 40
    for code, delta in zip(f.loc[ok, "code"], f.loc[ok, "bk_wonen_change"]):
        assert np.sign(delta) == np.sign(woz_b[code] - woz_a[code])
    classes = f.loc[ok, "bk_wonen_change_class"]
    assert (classes == 1).mean() > 0.9
    assert change.word(1) == "verbeterd" and change.word(0) == "geen duidelijke verandering"
    assert change.word(-1, language="en") == "worsened"


def test_before_scores_are_the_before_years_own_scores(result, hengelo, all_themes):
    """With the BEFORE year as reference, its scores are exactly what computeindices gives that year alone on the
    common indicators: the AFTER rows never move the reference."""
    before, after = hengelo
    columns = [c for c in common_scale.indicator_columns(all_themes)
               if common_scale.has_values(before, c) and common_scale.has_values(after, c)]
    assert "woningen" not in columns  # the 2024 table has no dwellings: WOZ weighted by inhabitants in both years
    alone = common_scale.stack([before], columns)[0]
    own = indices.compute(alone, all_themes).scores
    own.index = alone.data["code"].to_numpy()
    f = result.frame.join(after.data[["code"]]).set_index("code")
    both = f.index.intersection(own.index)
    a = f.loc[both, "bk_wonen_before"].to_numpy(dtype=float)
    b = own.loc[both, "bk_wonen"].to_numpy(dtype=float)
    ok = np.isfinite(a) & np.isfinite(b)
    assert ok.sum() >= 40 and np.allclose(a[ok], b[ok])


def test_boundary_changes_are_reported_never_matched(hengelo, all_themes):
    before, after = hengelo
    dropped = before.data["code"].iloc[3]
    smaller = before.subset(before.data["code"] != dropped)
    res = change.compute_change(smaller, after, all_themes, indices.Options())
    assert res.only_after == [dropped] and res.only_before == []
    row = res.frame.join(after.data[["code"]]).set_index("code").loc[dropped]
    assert pd.isna(row["bk_wonen_change"]) and pd.isna(row["bk_wonen_change_class"])
    # a buurt whose code changed is not matched by its name
    moved = sources.load_table(HENGELO_2019)
    moved.data.loc[moved.data.index[5], "code"] = "BU99999999"
    res = change.compute_change(moved, after, all_themes, indices.Options())
    assert "BU99999999" in res.only_before and before.data["code"].iloc[5] in res.only_after
    assert res.matched == len(after.data) - 1


def test_pooled_scale_and_refusals(hengelo, all_themes):
    before, after = hengelo
    pooled = change.compute_change(before, after, all_themes, indices.Options(), reference="pooled")
    one = change.compute_change(before, after, all_themes, indices.Options())
    # pooled: the rise is split around the pooled average, but the change has the same sign
    d1, d2 = one.frame["bk_wonen_change"], pooled.frame["bk_wonen_change"]
    ok = d1.notna() & d2.notna()
    assert (np.sign(d1[ok]) == np.sign(d2[ok])).all()
    assert pooled.frame["bk_wonen_before"].mean() < one.frame["bk_wonen_before"].mean()
    with pytest.raises(Exception):
        change.compute_change(before, after, all_themes, indices.Options(method="imd"))


def test_each_year_against_its_own_reference_removes_the_general_trend(hengelo, all_themes):
    """SCALE=each: each year scored against its own buurten, so the change is one of relative position: the general
    rise of WOZ values disappears (mean change near 0) while the buurten that rose more than others still show.
    (In Hengelo the cheaper buurten rose most in percent: their relative position improved.)"""
    before, after = hengelo
    each = change.compute_change(before, after, all_themes, indices.Options(), reference="each")
    common = change.compute_change(before, after, all_themes, indices.Options())
    d_each = each.frame["bk_wonen_change"].dropna()
    d_common = common.frame["bk_wonen_change"].dropna()
    assert abs(d_each.mean()) < 2 < d_common.mean()
    assert (each.frame["bk_wonen_change_class"] == 0).sum() > (common.frame["bk_wonen_change_class"] == 0).sum()
    # the AFTER scores are then exactly the 2024 scores against 2024's own buurten (on the common indicators)
    columns = [c for c in common_scale.indicator_columns(all_themes)
               if common_scale.has_values(before, c) and common_scale.has_values(after, c)]
    own = indices.compute(common_scale.stack([after], columns)[0], all_themes).scores["bk_wonen"].to_numpy()
    assert np.allclose(each.frame["bk_wonen_after"].to_numpy(dtype=float), own, equal_nan=True)
