"""Reading CBS data in each real form, no-data codes, gemeente filters, and bad input (plain Python + GDAL)."""

import hashlib
import shutil
import subprocess

import numpy as np
import pandas as pd
import pytest

from buurtkijker_plugin.core import cbs_schema, sources
from buurtkijker_plugin.core.cbs_table import clean_numeric, normalise
from buurtkijker_plugin.core.errors import BuurtKijkerError
from tests.conftest import (BAARN, BAARN_WFS, DEMO, EINDHOVEN, EINDHOVEN_GEOJSON, GRONINGEN, GRONINGEN_SHP_ZIP,
                            NL_TABLE, WIJKEN_NL)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("column, canonical", [
    ("AANT_INW", "inwoners"), ("aantal_inwoners", "inwoners"), ("population", "inwoners"),
    ("P_65_EO_JR", "p_65_plus"), ("percentage_personen_65_jaar_en_ouder", "p_65_plus"), ("pop_65plus", "p_65_plus"),
    ("WOZ", "woz"), ("gemiddelde_woningwaarde", "woz"), ("dwelling_value", "woz"), ("bu_code", "buurtcode"),
    ("H2O", "water"), ("not_a_cbs_column", None)])
def test_alias_table_maps_every_known_name(column, canonical):
    assert cbs_schema.canonical_name(column) == canonical


def test_every_indicator_has_labels_unit_and_direction():
    for ind in cbs_schema.INDICATORS.values():
        assert ind.label_nl and ind.label_en and ind.unit
        assert ind.direction in (cbs_schema.HIGHER_IS_BETTER, cbs_schema.HIGHER_IS_WORSE, cbs_schema.NEUTRAL)


def test_nodata_codes_become_missing():
    values = clean_numeric(pd.Series([12, -99999999, -99999, -99998, -99997, -99996, -99995, -99990, -5, ".", None]))
    assert values.isna().tolist() == [False, True, True, True, True, True, True, True, False, True, True]
    assert values.iloc[8] == -5  # a real negative value is kept


def test_eindhoven_short_names():
    table = sources.load_table(EINDHOVEN)
    assert table.level == "buurt" and len(table.data) == 116 and table.year == 2024
    assert table.data["inwoners"].sum() == 246385
    assert {"woz", "misdrijven_per_1000", "p_goede_gezondheid", "p_65_plus"} <= set(table.indicators)
    assert table.gemeenten().to_dict("records") == [{"gemeentecode": "GM0772", "gemeentenaam": "Eindhoven"}]


def test_baarn_pdok_long_names_with_nodata_everywhere():
    table = sources.load_table(BAARN)
    assert len(table.data) == 21 and table.data["inwoners"].sum() == 25065
    assert table.columns["p_65_plus"] == "percentage_personen_65_jaar_en_ouder"
    # gemiddelde_woningwaarde is -99995 for every buurt in this first 2024 release: no value may survive
    assert "woz" not in table.indicators and table.data["woz"].isna().all()
    assert table.data["p_65_plus"].notna().all() and table.data["water"].sum() == 0


def test_baarn_wfs_geojson_in_wgs84_reads_the_same():
    a, b = sources.load_table(BAARN), sources.load_table(BAARN_WFS)
    pd.testing.assert_series_equal(a.data["p_65_plus"].reset_index(drop=True),
                                   b.data["p_65_plus"].reset_index(drop=True))


def test_groningen_2017_shapefile_in_zip_with_nodata():
    table = sources.load_table(GRONINGEN_SHP_ZIP)
    assert len(table.data) == 108 and table.year == 2017
    raw = pd.to_numeric(table.raw["P_65_EO_JR"], errors="coerce")
    assert (raw == -99999999).sum() == table.data["p_65_plus"].isna().sum() > 0
    assert table.data["p_65_plus"].min() >= 0
    assert table.data["inwoners"].sum() == 202515


def test_groningen_gpkg_equals_shapefile():
    a, b = sources.load_table(GRONINGEN), sources.load_table(GRONINGEN_SHP_ZIP)
    assert a.data["code"].tolist() == b.data["code"].tolist()


def test_national_table_without_geometry_and_gemeente_filter():
    whole = sources.load_table(NL_TABLE)
    assert len(whole.data) == 14574 and len(whole.gemeenten()) == 342
    eindhoven = sources.load_table(NL_TABLE, gemeenten="eindhoven")
    assert len(eindhoven.data) == 116 and set(eindhoven.data["gemeentecode"]) == {"GM0772"}


def test_geopackage_gemeente_filter_runs_in_the_driver():
    source = sources.VectorSource(WIJKEN_NL)
    assert source.layer_name == "wijken_2022"  # the wijk layer is chosen over gemeenten/provincies
    where = source.gemeente_filter(["GM0772", "GM0308"])
    assert where == "\"GM_CODE\" IN ('GM0772', 'GM0308')"
    table = sources.load_table(WIJKEN_NL, gemeenten="GM0772, Baarn")
    assert table.level == "wijk" and set(table.data["gemeentecode"]) == {"GM0772", "GM0308"}
    assert len(table.data) == 25


def test_demo_data_is_a_full_long_name_buurt_layer():
    table = sources.load_table(DEMO)
    assert len(table.data) == 40 and table.data["water"].sum() == 1
    assert set(table.data["gemeentecode"]) == {"GM9999"}
    assert table.data["wijkcode"].nunique() == 5
    assert (table.data["inwoners"] < 50).sum() == 2  # the water buurt and a hamlet with secret figures
    assert {"p_opleiding_laag", "bijstand_per_1000"} <= set(table.derived)


def test_reading_never_changes_the_file(tmp_path):
    copy = tmp_path / "eindhoven.gpkg"
    shutil.copy(EINDHOVEN, copy)
    before = digest(copy)
    sources.load_table(copy, gemeenten="GM0772")
    sources.VectorSource(copy).gemeenten()
    assert digest(copy) == before


# -- bad input ---------------------------------------------------------------------------------------------------

def test_missing_file():
    with pytest.raises(BuurtKijkerError, match="File not found"):
        sources.load_table("/nonexistent/buurten.gpkg")


def test_not_vector_data(tmp_path):
    bad = tmp_path / "notes.gpkg"
    bad.write_text("this is not a GeoPackage")
    with pytest.raises(BuurtKijkerError, match="notes.gpkg cannot be read as vector data"):
        sources.load_table(bad)


def test_gemeente_layer_is_not_a_buurt_layer():
    with pytest.raises(BuurtKijkerError, match="gemeente layer, not a buurt layer"):
        sources.load_table(WIJKEN_NL, layer="gemeenten_2022")


def test_layer_without_codes():
    with pytest.raises(BuurtKijkerError, match="no buurt code column"):
        sources.load_table(WIJKEN_NL, layer="provincies_2022")


def test_no_known_indicator():
    raw = pd.DataFrame({"BU_CODE": ["BU00010001"], "colour": ["blue"]})
    with pytest.raises(BuurtKijkerError, match="no known CBS indicator"):
        normalise(raw, "x.csv")


def test_codes_that_are_not_cbs_codes():
    raw = pd.DataFrame({"BU_CODE": ["A1", "A2"], "AANT_INW": [100, 200], "WOZ": [200, 300]})
    with pytest.raises(BuurtKijkerError, match="does not hold CBS codes"):
        normalise(raw, "x.csv")


def test_unknown_crs(tmp_path):
    shp = tmp_path / "groningen.shp"
    subprocess.run(["ogr2ogr", "-f", "ESRI Shapefile", str(shp), str(GRONINGEN)], check=True)
    (tmp_path / "groningen.prj").unlink()
    with pytest.raises(BuurtKijkerError, match="coordinate reference system is unknown"):
        sources.load_table(shp)


def test_unknown_gemeente_suggests_names():
    with pytest.raises(BuurtKijkerError, match="Did you mean: Eindhoven"):
        sources.load_table(NL_TABLE, gemeenten="Eindhove")
    with pytest.raises(BuurtKijkerError, match="Unknown gemeente: Atlantis"):
        sources.load_table(EINDHOVEN, gemeenten="Atlantis")


def test_unknown_layer_name():
    with pytest.raises(BuurtKijkerError, match="has no layer 'buurten'"):
        sources.load_table(WIJKEN_NL, layer="buurten")


def test_messages_are_translatable_templates():
    try:
        sources.load_table("/nonexistent.gpkg")
    except BuurtKijkerError as exc:
        dutch = exc.message(lambda ctx, text: "Bestand niet gevonden: {path}" if ctx == "BuurtKijker" else text)
        assert dutch == "Bestand niet gevonden: /nonexistent.gpkg"
    assert np.isnan(clean_numeric(pd.Series(["-99995"])).iloc[0])


def test_eindhoven_geojson_in_wgs84_reads_like_the_geopackage():
    a, b = sources.load_table(EINDHOVEN), sources.load_table(EINDHOVEN_GEOJSON)
    assert sources.VectorSource(EINDHOVEN_GEOJSON).layer.GetSpatialRef().GetAuthorityCode(None) == "4326"
    assert a.data["code"].tolist() == b.data["code"].tolist()
    pd.testing.assert_series_equal(a.data["woz"].reset_index(drop=True), b.data["woz"].reset_index(drop=True))
