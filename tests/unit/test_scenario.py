"""Scenarios (core/scenario.py) on the real Eindhoven 2024 data: changed buurten are scored against the unchanged
reference, every other buurt keeps its score, and the source data are never changed."""

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import indices, scenario, sources, themes
from tests.conftest import EINDHOVEN, THEMES

WOENSEL_WEST = "BU07724210"


@pytest.fixture(scope="module")
def eindhoven():
    return sources.load_table(EINDHOVEN)


@pytest.fixture(scope="module")
def all_themes():
    return themes.load_themes(THEMES)


def test_all_indicators_at_the_reference_average_give_100(eindhoven, all_themes):
    snapshot = eindhoven.data.copy()
    now = indices.compute(eindhoven, all_themes)
    used = sorted({i for r in now.reports.values() for i in r.used})
    code = eindhoven.data.loc[now.scores["bk_total"].idxmin(), "code"]  # the lowest total of Eindhoven
    changes = [scenario.Change(code, name, "average") for name in used]
    result = scenario.run_scenario(eindhoven, all_themes, changes, indices.Options())
    assert result.changed == [code] and not result.unknown
    frame = result.frame.join(eindhoven.data[["code"]]).set_index("code")
    row = frame.loc[code]
    computed = [t.id for t in now.computed_themes] + ["total"]
    assert len(computed) >= 6
    for tid in computed:
        assert abs(row["bk_{}_scenario".format(tid)] - 100) <= 1, tid
        assert row["bk_{}_scenario_class".format(tid)] == 3  # 'gemiddeld'
    assert row["bk_total"] < 90 and row["bk_total_diff"] > 10
    # every other buurt unchanged: the same scores, ranks and classes as computeindices gives
    others = frame.drop(index=code)
    expected = now.scores.join(eindhoven.data[["code"]]).set_index("code").drop(index=code)
    for tid in computed:
        a = others["bk_{}_scenario".format(tid)].to_numpy(dtype=float)
        b = expected["bk_" + tid].to_numpy(dtype=float)
        assert np.allclose(a, b, equal_nan=True)
        assert (others["bk_{}_diff".format(tid)].fillna(0) == 0).all()
        assert (others["bk_{}_scenario_rank".format(tid)].astype("float") .fillna(-1).to_numpy()
                == expected["bk_{}_rank".format(tid)].astype("float").fillna(-1).to_numpy()).all()
    # the source table is never changed; deleting the scenario (no changes) gives today's scores
    pd.testing.assert_frame_equal(eindhoven.data, snapshot)
    empty = scenario.run_scenario(eindhoven, all_themes, [], indices.Options())
    assert (empty.frame["bk_total_diff"].fillna(0) == 0).all()
    assert np.allclose(empty.frame["bk_total"], now.scores["bk_total"], equal_nan=True)


def test_delta_moves_the_score_the_right_way(eindhoven, all_themes):
    changes = scenario.parse_changes("code;indicator;delta\n{};woz;100\n".format(WOENSEL_WEST))
    assert changes == [scenario.Change(WOENSEL_WEST, "woz", None, 100.0)]
    result = scenario.run_scenario(eindhoven, all_themes, changes, indices.Options())
    row = result.frame.join(eindhoven.data[["code"]]).set_index("code").loc[WOENSEL_WEST]
    old = float(eindhoven.data.set_index("code").loc[WOENSEL_WEST, "woz"])
    assert result.applied == [(WOENSEL_WEST, "woz", old, old + 100)]
    assert row["bk_wonen_diff"] > 5 and row["bk_leefbaarheid_diff"] > 0
    now = indices.compute(eindhoven, all_themes).scores.join(eindhoven.data[["code"]]).set_index("code")
    assert row["bk_wonen_scenario_rank"] < now.loc[WOENSEL_WEST, "bk_wonen_rank"]  # a better place
    assert row["bk_veiligheid_diff"] == 0  # WOZ is not in veiligheid


def test_parse_forms_and_errors(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("buurtcode;indicator;waarde\nBU07721110;P_ARB_PP;gemiddelde\nBU07721111;woz;312,5\n",
                    encoding="utf-8")
    changes = scenario.parse_changes(path)
    assert changes[0].value == "average" and changes[1].value == 312.5
    with pytest.raises(Exception):
        scenario.parse_changes("a,b\n1,2\n")
    out = tmp_path / "again.csv"
    scenario.save_changes(changes, out)
    assert scenario.parse_changes(out) == changes


def test_unknown_codes_and_indicators_are_reported(eindhoven, all_themes):
    changes = [scenario.Change("BU99999999", "woz", 1.0), scenario.Change(WOENSEL_WEST, "no_such_column", 1.0)]
    result = scenario.run_scenario(eindhoven, all_themes, changes, indices.Options())
    assert [reason for _, reason in result.unknown] == ["code", "indicator"] and result.changed == []
