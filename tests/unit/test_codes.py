"""Buurt and wijk codes of every form (issue 21): Amsterdam's letter codes since 2022, lost leading zeros."""

import json

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import codes, compare, gemeenten, join_sources as js, scenario, sources
from buurtkijker_plugin.core.cbs_table import normalise
from buurtkijker_plugin.core.errors import BuurtKijkerError
from tests.conftest import NL_TABLE, REAL

GENERALISED = REAL / "cbs_buurten_2024_generalised_amsterdam_almere_zaanstad" / "buurten_2024_generalised.geojson"


@pytest.fixture(scope="module")
def three_gemeenten():
    """The national 2024 table's rows of Amsterdam, Almere and Zaanstad (real Amsterdam letter codes)."""
    table = sources.load_table(NL_TABLE)
    return table.subset(table.data["gemeentecode"].isin(["GM0363", "GM0034", "GM0479"]).to_numpy())


def amsterdam_codes():
    features = json.loads(GENERALISED.read_text(encoding="utf-8"))["features"]
    return [f["properties"]["statcode"] for f in features if f["properties"]["statcode"].startswith("BU0363")]


@pytest.mark.parametrize("text, level", [
    ("BU0363AA01", "buurt"), ("BU07721110", "buurt"), ("WK0363AA", "wijk"), ("WK077211", "wijk"),
    ("GM0363", "gemeente"), ("BU0363AA0", None), ("BU363AA01", None), ("WKA363AA", None), ("BU0363aa01", None)])
def test_code_forms(text, level):
    assert codes.level_of(text) == level


def test_every_real_amsterdam_2024_code_is_a_buurt_code():
    found = amsterdam_codes()
    assert len(found) == 517 and any(c[6:].isalpha() for c in (x[:8] for x in found))
    assert codes.mask(codes.cleaned(found)).all()
    assert {codes.gemeente_of(c) for c in found} == {"GM0363"}
    assert codes.wijk_of("BU0363AA01") == "WK0363AA"


@pytest.mark.parametrize("value, repaired", [
    ("340101", "BU00340101"), (340101.0, "BU00340101"), ("BU340101", "BU00340101"), ("7721110", "BU07721110"),
    ("BU0363AA01", None), ("123456789", None), ("abc", None)])
def test_lost_leading_zeros(value, repaired):
    assert codes.repair_number(value) == repaired


def test_clean_spaces_and_case():
    assert codes.clean(" bu 0363 aa01 ") == "BU0363AA01"
    assert codes.clean(None) is None and codes.clean(float("nan")) is None


def test_amsterdam_rows_of_a_source_join(three_gemeenten):
    """Before issue 21 every Amsterdam row of a source was dropped (the reader wanted BU + 8 digits)."""
    table = three_gemeenten
    amsterdam = table.data["gemeentecode"].eq("GM0363").to_numpy()
    frame = pd.DataFrame({"buurtcode": table.data["code"].str.lower(), "eenzaam": np.arange(len(table.data)) % 40})
    joined = js.join(table, [js.Source("eenzaam_2023.csv", frame.astype(str), "eenzaam_2023.csv")])
    assert amsterdam.sum() == 517
    assert joined.data["eenzaam"][amsterdam].notna().all()


def test_dutch_excel_csv_with_lost_zeros_joins(three_gemeenten, tmp_path):
    """Excel saves BU00340101 typed as 340101 (a number) when the BU was cut off: the code comes back."""
    table = three_gemeenten
    almere = table.subset(table.data["gemeentecode"].eq("GM0034").to_numpy())
    path = tmp_path / "almere_2023.csv"
    lines = ["gwb_code_8;eenzaam"] + ["{};{}".format(int(c[2:]), "12,5") for c in almere.data["code"]]
    path.write_text("\n".join(lines), encoding="utf-8")
    joined = js.join(almere, [js.read_file(path)])
    assert (joined.data["eenzaam"] == 12.5).all()


def test_numbers_that_are_not_the_layers_codes_are_still_refused(three_gemeenten):
    frame = pd.DataFrame({"gwb_code_8": ["99991110", "99991120"], "eenzaam": ["1", "2"]})
    with pytest.raises(BuurtKijkerError, match="holds numbers such as 99991110"):
        js.join(three_gemeenten, [js.Source("x_2020.csv", frame, "x_2020.csv")])


def test_letter_wijk_codes_are_recognised_as_wijk_level(three_gemeenten):
    frame = pd.DataFrame({"code": ["WK0363AA", "WK0363AB"], "eenzaam": ["1", "2"]})
    with pytest.raises(BuurtKijkerError, match="wijk-level"):
        js.join(three_gemeenten, [js.Source("x_2020.csv", frame, "x_2020.csv")])


def test_layer_codes_are_cleaned_and_gemeente_detected():
    raw = pd.DataFrame({"statcode": [" bu0363aa01", "BU0363AA02"], "AANT_INW": [100, 200], "WOZ": [300, 400]})
    table = normalise(raw, "amsterdam_2024")
    assert table.data["code"].tolist() == ["BU0363AA01", "BU0363AA02"]
    assert table.data["gemeentecode"].tolist() == ["GM0363", "GM0363"]
    assert gemeenten.resolve("363", table.gemeenten()) == ["GM0363"]


def test_compare_and_scenario_find_amsterdam_codes_as_typed(three_gemeenten):
    frame = three_gemeenten.data.reset_index(drop=True)
    assert compare.buurt_codes(frame, "bu0363aa01, BU 0363 AA02") == ["BU0363AA01", "BU0363AA02"]
    assert compare.buurt_codes(frame, "340101") == ["BU00340101"]
    changes = scenario.parse_changes("code;indicator;delta\nbu0363aa01;woz;10\n")
    assert changes[0].code == "BU0363AA01"
