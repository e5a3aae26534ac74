"""Property-based tests (hypothesis): random theme files, random tables and random options thrown at the engine.

Whatever comes in, the core either answers with a :class:`BuurtKijkerError` (a message for the user) or with a
result that claims no more than it holds: one row per selected buurt, a score count that is the number of scores
really there, ranks within 1..n, classes 1..5, finite numbers. Deterministic in ``make test`` (derandomised, no
example database); ``HYPOTHESIS_PROFILE=explore`` searches further; ``make test-long`` runs these with a random
seed it prints (``make test-long SEED=<n>`` repeats a run).
"""

import math
import os

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtkijker_plugin.core import explain, indices, themes
from buurtkijker_plugin.core.cbs_table import normalise
from buurtkijker_plugin.core.errors import BuurtKijkerError

settings.register_profile("ci", max_examples=120, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("explore", max_examples=2000, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=600, deadline=None, database=None,  # make test-long: random seed
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

INDICATOR_COLUMNS = ["AANT_INW", "WOZ", "MISDR_P1000", "P_KOOPWON", "G_AFS_HP", "A_65_OO", "P_65_EO_JR",
                     "BEV_DICHTH", "G_INK_PI", "eigen_kolom"]
ID_COLUMNS = ["BU_CODE", "BU_NAAM", "WK_CODE", "GM_CODE", "GM_NAAM", "WATER"]
INDICATOR_NAMES = ["woz", "misdrijven_per_1000", "p_koopwoningen", "afstand_huisarts", "P_65_EO_JR", "inwoners",
                   "eigen_kolom", "bestaat_niet", "BU_CODE", "bk_total", "gemeentecode", "", "1 2 3"]

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.integers(min_value=-10 ** 12, max_value=10 ** 12),
    st.sampled_from([0, -1, -99999999, -99997, 1e308, -1e308, 1e-300, 50, 49, 1000]),
    st.sampled_from(["1,7", "abc", "", " ", ".", "-", "12", "1.234,5", "nan", "inf", "-99999999"]),
    st.none())
codes = st.one_of(st.sampled_from(["BU07720000", "BU07720001", "BU07720002", "BU03630000", "BU00000000",
                                   "WK077200", "GM0772", "", "xx", None]),
                  st.from_regex(r"BU[0-9]{8}", fullmatch=True))


@st.composite
def tables(draw):
    """A raw attribute table: some of the usual columns (maybe without codes), values of every odd kind, one to
    twenty rows, maybe duplicated codes or identical rows."""
    n = draw(st.integers(min_value=1, max_value=20))
    columns = draw(st.lists(st.sampled_from(ID_COLUMNS + INDICATOR_COLUMNS), min_size=1, max_size=12, unique=True))
    if draw(st.booleans()) and "BU_CODE" not in columns:
        columns = ["BU_CODE"] + columns
    data = {}
    for column in columns:
        if column == "BU_CODE":
            data[column] = draw(st.lists(codes, min_size=n, max_size=n))
        elif column == "GM_CODE":
            data[column] = draw(st.lists(st.sampled_from(["GM0772", "GM0363", None, "", "GM"]), min_size=n,
                                         max_size=n))
        elif column in ("BU_NAAM", "GM_NAAM", "WK_CODE"):
            data[column] = draw(st.lists(st.one_of(st.none(), st.text(max_size=12)), min_size=n, max_size=n))
        elif column == "WATER":
            data[column] = draw(st.lists(st.sampled_from(["JA", "NEE", None, "1", 0]), min_size=n, max_size=n))
        else:
            data[column] = draw(st.lists(numbers, min_size=n, max_size=n))
    raw = pd.DataFrame(data)
    shape = draw(st.sampled_from(["as is", "identical rows", "duplicated codes"]))
    if shape == "identical rows":
        raw = pd.concat([raw.iloc[[0]]] * n, ignore_index=True)
    elif shape == "duplicated codes" and "BU_CODE" in raw:
        raw["BU_CODE"] = raw["BU_CODE"].iloc[0]
    return raw


weights = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 10 ** 9),
                    st.sampled_from([1, 2, 0.5, 1e308, 1e-300, 0, -1, "1", None, True]))


@st.composite
def theme_documents(draw):
    """A theme file: mostly well-formed, with bad ids, unknown indicators, odd directions and weights."""
    entries = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        items = [{"indicator": draw(st.sampled_from(INDICATOR_NAMES)),
                  "direction": draw(st.sampled_from(["higher_is_better", "higher_is_worse", "up", None])),
                  "weight": draw(weights)}
                 for _ in range(draw(st.integers(min_value=0, max_value=4)))]
        entry = {"id": draw(st.one_of(st.sampled_from(["a", "a_rank", "total", "run", "leefbaarheid", "x1", "b"]),
                                      st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), st.text(max_size=5))),
                 "indicators": items}
        if draw(st.booleans()):
            entry["weight"] = draw(weights)
        entries.append(entry)
    return draw(st.sampled_from([{"themes": entries}, {"themes": entries}, {"themes": entries}, entries, {}]))


@st.composite
def plausible_tables(draw):
    """Tables that are nearly right: buurt codes, inhabitants and a few indicators, with odd values mixed in."""
    n = draw(st.integers(min_value=1, max_value=25))
    indicators = draw(st.lists(st.sampled_from(INDICATOR_COLUMNS[1:]), min_size=1, max_size=6, unique=True))
    columns = ["BU_CODE", "AANT_INW"] + indicators
    clean = st.one_of(st.floats(min_value=0, max_value=5000), st.integers(min_value=0, max_value=20000))
    data = {"BU_CODE": ["BU0772{:04d}".format(i) if i % 3 else "BU0363{:04d}".format(i) for i in range(n)]}
    for column in columns[1:]:
        data[column] = draw(st.lists(st.one_of(clean, clean, clean, numbers), min_size=n, max_size=n))
    raw = pd.DataFrame(data)
    shape = draw(st.sampled_from(["as is", "as is", "identical rows", "duplicated codes", "one row"]))
    if shape == "identical rows":
        raw = pd.concat([raw.iloc[[0]]] * n, ignore_index=True)
    elif shape == "duplicated codes":
        raw["BU_CODE"] = raw["BU_CODE"].iloc[0]
    elif shape == "one row":
        raw = raw.iloc[[0]]
    return raw


@st.composite
def plausible_themes(draw):
    """Well-formed theme files of known indicators, weights from tiny to huge (within the allowed range)."""
    entries = []
    for number in range(draw(st.integers(min_value=1, max_value=3))):
        names = draw(st.lists(st.sampled_from(["woz", "misdrijven_per_1000", "p_koopwoningen", "afstand_huisarts",
                                               "P_65_EO_JR", "inkomen_per_inwoner"]), min_size=1, max_size=4,
                              unique=True))
        entries.append({"id": "thema{}".format(number), "weight": draw(st.sampled_from([1, 0.001, 1000])),
                        "indicators": [{"indicator": name,
                                        "direction": draw(st.sampled_from(["higher_is_better", "higher_is_worse"])),
                                        "weight": draw(st.sampled_from([1, 1e-6, 1e6, 0.3, 7]))} for name in names]})
    return {"themes": entries}


options = st.builds(indices.Options,
                    method=st.sampled_from(list(indices.METHODS) + ["magic"]),
                    reference=st.sampled_from(["selection", "selection", "national"]),
                    min_population=st.sampled_from([0, 1, 50, 10 ** 12]),
                    winsorize=st.sampled_from([0.0, 0.05, 0.49, 0.5, -0.1]),
                    uncertainty_draws=st.sampled_from([0, 0, 0, 7]))


def check_result(table, result, selection):
    """The result holds what it claims and claims no more than it holds."""
    scores = result.scores
    selected = int(np.sum(selection)) if selection is not None else len(table.data)
    assert len(scores) == selected and scores.index.is_unique == table.data.index.is_unique
    for theme_id, report in result.reports.items():
        column = scores["bk_" + theme_id].to_numpy(dtype=float)
        assert report.scored == int(np.isfinite(column).sum())  # the count is the scores really there
        assert not np.isinf(column).any()
        assert report.scored <= selected
    total = scores["bk_total"].to_numpy(dtype=float)
    assert not np.isinf(total).any()
    for name in scores.columns:
        if name.endswith("_rank"):
            ranks = scores[name].dropna().to_numpy(dtype=float)
            assert ((ranks >= 1) & (ranks <= selected)).all(), name
        if name.endswith("_class"):
            classes = scores[name].dropna().to_numpy(dtype=float)
            assert np.isin(classes, [1, 2, 3, 4, 5]).all(), name
        if name.endswith("_rank_p05") or name.endswith("_rank_p95"):
            ranks = scores[name].dropna().to_numpy(dtype=float)
            assert ((ranks >= 1) & (ranks <= selected)).all(), name
    assert result.reference_size <= len(table.data)


@given(raw=st.one_of(plausible_tables(), plausible_tables(), tables()),
       document=st.one_of(plausible_themes(), plausible_themes(), theme_documents()), chosen=options,
       select=st.booleans())
def test_engine_never_fails_with_a_traceback_and_never_claims_more_than_it_holds(raw, document, chosen, select):
    try:
        table = normalise(raw, "random")
        theme_list = themes.parse_themes(document, "random.json")
        selection = None
        if select:
            selection = (table.data["gemeentecode"] == "GM0772").fillna(False).to_numpy(dtype=bool)
        result = indices.compute(table, theme_list, selection, chosen)
    except BuurtKijkerError as exc:
        assert exc.message()  # a message for the user, with every placeholder filled
        return
    check_result(table, result, selection)
    texts = explain.explanations(result, "nl")
    assert len(texts) == len(result.scores)


@given(document=theme_documents())
def test_theme_files_load_or_say_why(document):
    try:
        loaded = themes.parse_themes(document, "random.json")
    except BuurtKijkerError as exc:
        assert exc.message()
        return
    columns = set()
    for theme in loaded:  # every result column belongs to one theme: nothing is overwritten
        for suffix in themes.RESULT_SUFFIXES:
            column = "bk_" + theme.id + suffix
            assert column not in columns and not column.startswith("bk_total") and column != "bk_run"
            columns.add(column)
        assert all(math.isfinite(i.weight) and themes.MIN_WEIGHT <= i.weight <= themes.MAX_WEIGHT
                   for i in theme.indicators)
