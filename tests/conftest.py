"""Shared fixtures: the real CBS data beside the checkout, and the demo data in the repository."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(os.environ.get("BUURTKIJKER_REAL_DATA", ROOT.parent / "shared" / "data" / "real"))
DEMO = ROOT / "resources" / "demo" / "voorbeeldstad_buurten.gpkg"
THEMES = ROOT / "resources" / "themes" / "buurtkijker_themes.json"

EINDHOVEN = REAL / "cbs_buurten_2024_eindhoven" / "cbs_buurten_2024_eindhoven.gpkg"
EINDHOVEN_GEOJSON = REAL / "cbs_buurten_2024_eindhoven" / "cbs_buurten_2024_eindhoven_wgs84.geojson"
BAARN = REAL / "cbs_buurten_2024_baarn" / "cbs_buurten_2024_baarn.gpkg"
BAARN_WFS = REAL / "cbs_buurten_2024_baarn" / "baarn_buurten_2024_wgs84.geojson"
GRONINGEN = REAL / "cbs_buurten_2017_groningen" / "cbs_buurten_2017_groningen.gpkg"
GRONINGEN_SHP_ZIP = REAL / "cbs_buurten_2017_groningen" / "buurt2017_groningen_wgs84_shp.zip"
NL_TABLE = REAL / "cbs_kwb_2024_buurten_nl_table" / "cbs_kwb_2024_buurten_nl.csv"
WIJKEN_NL = REAL / "cbs_wijken_2022_nl" / "cbs_wijken_gemeenten_2022_nl.gpkg"
RIVM = REAL / "rivm_gezondheid_2020_buurt_nl" / "rivm_gezondheid_2020_18plus_nl.csv"
RIVM_65 = REAL / "rivm_gezondheid_2020_buurt_nl" / "rivm_gezondheid_2020_65plus_nl.csv"
KWB_2017 = REAL / "cbs_kwb_2017_buurt_income_nl_subset" / "cbs_kwb_2017_83765NED_buurten_income_subset.csv"
LBM_UTRECHT = (REAL / "leefbaarometer_2020_buurt_prov_utrecht" /
               "leefbaarometer3_2020_buurt_prov_utrecht_excl_gm0344.csv")
LBM_AMSTELVEEN = REAL / "leefbaarometer_wijken_amstelveen" / "leefbaarometer3_wijken_amstelveen_2014_2022.csv"
HENGELO = REAL / "cbs_buurten_2019_hengelo" / "cbs_buurten_2019_hengelo.gpkg"


def uses_real_data(item):
    """Does a test's module name a file of the real data (a Path under REAL)?"""
    module = getattr(item, "module", None)
    return any(isinstance(v, Path) and str(v).startswith(str(REAL)) for v in vars(module).values()) if module else True


def pytest_collection_modifyitems(config, items):
    """Without the real data beside the checkout, the tests that read it are skipped with the reason, not the run."""
    if REAL.exists():
        return
    skip = pytest.mark.skip(reason="real CBS data not found at {} (set BUURTKIJKER_REAL_DATA)".format(REAL))
    for item in items:
        if uses_real_data(item):
            item.add_marker(skip)


RIVM_18 = REAL / "rivm_gezondheid_2020_buurt_nl" / "rivm_gezondheid_2020_18plus_nl.csv"
RIVM_COLUMNS = ("MoeiteMetRondkomen_38", "MatigHoogRisicoOpAngstOfDepressie_24", "BeperktVanwegeGezondheid_17",
                "ErnstigZeerErnstigEenzaam_29", "Eenzaam_28", "ErnstigeGeluidhinderDoorBuren_37")


def eindhoven_with_rivm(folder):
    """A copy of the Eindhoven GeoPackage with RIVM 2020 columns added by buurt code (plain SQLite, as a user's
    own join would leave it), so tests see a layer on which the themes that need RIVM figures compute."""
    import csv
    import shutil
    import sqlite3
    target = Path(folder) / "cbs_buurten_2024_eindhoven_rivm.gpkg"
    shutil.copy(EINDHOVEN, target)
    with open(RIVM_18, encoding="utf-8") as handle:
        rows = {r["Codering_3"].strip(): r for r in csv.DictReader(handle) if r["SoortRegio_2"].strip() == "Buurt"}
    con = sqlite3.connect(target)
    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):  # named by GDAL's R-tree triggers,
        con.create_function(name, 1, lambda geometry: 0)  # which do not fire: no geometry or fid changes
    try:
        table = con.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        for column in RIVM_COLUMNS:
            con.execute('ALTER TABLE "{}" ADD COLUMN "{}" REAL'.format(table, column))
        codes = [c for (c,) in con.execute('SELECT BU_CODE FROM "{}"'.format(table))]
        for code in codes:
            row = rows.get(code)
            if row:
                values = [float(row[c]) if row[c] not in ("", None) else None for c in RIVM_COLUMNS]
                con.execute('UPDATE "{}" SET {} WHERE BU_CODE = ?'.format(
                    table, ", ".join('"{}" = ?'.format(c) for c in RIVM_COLUMNS)), values + [code])
        con.commit()
    finally:
        con.close()
    return target
