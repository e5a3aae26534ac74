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


def pytest_collection_modifyitems(config, items):
    if not REAL.exists():
        raise pytest.UsageError("Real CBS data not found at {} (set BUURTKIJKER_REAL_DATA)".format(REAL))


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
