"""The comparison bar chart: bars up or down from the average on one fixed axis, whatever the buurten's scores."""

import pandas as pd
import pytest

pytest.importorskip("matplotlib")

from matplotlib.figure import Figure  # noqa: E402

from buurtkijker_plugin.core import charts  # noqa: E402
from buurtkijker_plugin.core.compare import Comparison  # noqa: E402


def comparison(values, method="zscore"):
    rows = pd.DataFrame({"kind": ["score", "score"], "id": ["leefbaarheid", "total"],
                         "theme": ["leefbaarheid", "total"], "field": ["bk_leefbaarheid", "bk_total"],
                         "label": ["Leefbaarheid", "Totaalscore"],
                         "unit": ["score", "score"], "direction": ["higher_is_better"] * 2})
    table = pd.DataFrame({"BU1": values, "GM1": [100.0, 100.0]})
    buurten = pd.DataFrame({"code": ["BU1"], "naam": ["Een"], "gemeentecode": ["GM1"], "gemeentenaam": ["Stad"]})
    return Comparison(rows, table, pd.DataFrame({"BU1": [0, 0]}), buurten, {"BU1": []}, "nl", method)


@pytest.mark.parametrize("values", [[95.0, 97.0], [85.0, 130.0], [150.0, 40.0]])
def test_bars_start_at_100_on_one_axis(values):
    figure = Figure()
    ax = figure.add_subplot()
    charts.bar_chart(ax, comparison(values))
    assert ax.get_xlim() == (60.0, 140.0)  # the same on every page: a 95 never looks like zero
    bars = [p for p in ax.patches]
    assert len(bars) == 2 and all(b.get_x() == 100.0 for b in bars)
    ends = sorted(b.get_x() + b.get_width() for b in bars)
    assert ends == sorted(min(max(v, 60.0), 140.0) for v in values)  # clipped to the axis, never beyond


def test_other_methods_centre_on_50():
    figure = Figure()
    ax = figure.add_subplot()
    charts.bar_chart(ax, comparison([20.0, 70.0], "rank"))
    assert ax.get_xlim() == (0.0, 100.0) and all(b.get_x() == 50.0 for b in ax.patches)
