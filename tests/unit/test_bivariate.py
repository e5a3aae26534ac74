"""Vulnerability x nuisance (core/bivariate.py) on Eindhoven 2024 with the RIVM 2020 figures joined by code."""

import itertools

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import bivariate, change, indices, join_sources, sources
from tests.conftest import EINDHOVEN, RIVM


@pytest.fixture(scope="module")
def eindhoven():
    return join_sources.join(sources.load_table(EINDHOVEN), [join_sources.read_file(RIVM)])


@pytest.fixture(scope="module")
def result(eindhoven):
    return bivariate.compute(eindhoven)


def test_every_cell_is_the_one_its_two_scores_put_it_in(result):
    f = result.frame
    (v_lo, v_hi), (n_lo, n_hi) = result.breaks["v"], result.breaks["n"]
    checked = 0
    for v, n, cell in zip(f["bk_kwetsbaarheid"], f["bk_overlast"], f["bk_bivariaat"]):
        if not (np.isfinite(v) and np.isfinite(n)):
            assert pd.isna(cell)
            continue
        vt = 1 if v <= v_lo else 2 if v <= v_hi else 3
        nt = 1 if n <= n_lo else 2 if n <= n_hi else 3
        assert cell == 3 * (vt - 1) + nt
        checked += 1
    assert checked >= 95
    # terciles against the reference: each holds about a third of the scored buurten of Eindhoven
    counts = f["bk_kwetsbaarheid_tercile"].value_counts()
    assert all(abs(counts[t] - checked / 3) <= 2 for t in (1, 2, 3))
    assert result.nuisance_source == "misdrijven_per_1000"


def test_vulnerability_follows_its_indicators(result, eindhoven):
    """Higher means more vulnerable: it rises with difficulty making ends meet (RIVM), and nuisance with crime."""
    data = eindhoven.data.loc[result.frame.index]
    ok = result.frame["bk_kwetsbaarheid"].notna()
    rho = pd.Series(result.frame.loc[ok, "bk_kwetsbaarheid"]).rank().corr(data.loc[ok, "moeite_rondkomen"].rank())
    assert rho > 0.6
    ok = result.frame["bk_overlast"].notna()
    rho = result.frame.loc[ok, "bk_overlast"].rank().corr(data.loc[ok, "misdrijven_per_1000"].rank())
    assert rho > 0.95


def test_attention_list_is_the_high_high_cell(result, eindhoven):
    table = bivariate.attention_table(eindhoven, result)
    assert list(table["code"]) and set(table["code"]) == set(result.attention)
    cells = result.frame.loc[result.frame["bk_aandacht"] == 1, "bk_bivariaat"]
    assert (cells == 9).all() and (result.frame["bk_bivariaat"] == 9).sum() == len(table)
    assert table["bk_kwetsbaarheid"].is_monotonic_decreasing


def test_rising_nuisance_with_two_years(eindhoven):
    """With the nuisance theme's change from an earlier year the second axis is its increase, and the attention
    list holds only buurten whose rise is real by the change rule. (No earlier crime figures are at hand: the earlier
    year is made from 2024 with the crimes of a third of the buurten lowered by half, so those show a rise.)"""
    earlier = join_sources.join(sources.load_table(EINDHOVEN), [join_sources.read_file(RIVM)])
    earlier.data = earlier.data.copy()
    lowered = earlier.data.index[::3]
    for name in ("misdrijven", "misdrijven_per_1000"):
        earlier.data.loc[lowered, name] = earlier.data.loc[lowered, name] * 0.5
    nuisance = change.compute_change(earlier, eindhoven, [bivariate.NUISANCE_CRIME], indices.Options())
    result = bivariate.compute(eindhoven, nuisance_change=nuisance)
    assert result.rising
    f = result.frame
    assert (f.loc[f["bk_aandacht"] == 1, "bk_overlast_change_class"] == -1).all()
    assert (f.loc[f["bk_aandacht"] == 1, "bk_kwetsbaarheid_tercile"] == 3).all()
    rising = f["bk_overlast_toename"] > 0
    assert set(f.index[rising & f["bk_overlast_toename"].notna()]) <= set(lowered)
    assert len(result.attention) >= 3


def _lab(rgb, matrix):
    c = np.array(rgb) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    linear = np.clip(matrix @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_scheme_is_colour_blind_safe():
    """Machado, Oliveira & Fernandes (2009) full-severity simulations: all nine cells stay apart."""
    simulations = {
        "normal": np.eye(3),
        "protan": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
        "deutan": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                            [-0.011820, 0.042940, 0.968881]]),
        "tritan": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
    }
    cells = [bivariate.colour(c) for c in range(1, 10)]
    assert len(set(cells)) == 9
    for name, matrix in simulations.items():
        labs = [_lab(c, matrix) for c in cells]
        assert min(np.linalg.norm(a - b) for a, b in itertools.combinations(labs, 2)) > 15, name
