"""PostGIS, the shared municipal store: computeindices reads a buurt table from a real PostgreSQL + PostGIS server
(started by the fixture, see pg_server.py), pushes the gemeente filter down as SQL, takes the year from a jaar
column, the YEAR parameter or the table name, and writes its result back with the maps in ``layer_styles``."""

import os
import subprocess

import pytest
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from buurtkijker_plugin.core import themes
from buurtkijker_plugin.paths import THEMES_FILE
from buurtkijker_plugin.qgis_io import presentation, style_store
from tests.conftest import EINDHOVEN, REAL
from tests.qgis.pg_server import PostgisServer, ServerUnavailable

WIJKEN_3 = REAL / "cbs_wijken_2022_nl" / "cbs_wijken_2022_eindhoven_denbosch_tilburg.gpkg"  # 3 gemeenten, 93 wijken
SOURCE_2024 = "Bron: CBS Kerncijfers wijken en buurten 2024; bewerking BuurtKijker"


@pytest.fixture(scope="session")
def postgis():
    """A PostgreSQL + PostGIS 3 server in a temporary directory with real CBS tables:
    ``buurten_2024`` (Eindhoven, year in the name), ``buurten`` (the same with a jaar column), ``buurtkaart`` (no
    year anywhere) and ``wijken`` (the wijken of Eindhoven, 's-Hertogenbosch and Tilburg, 2022)."""
    server = PostgisServer()
    try:
        server.start()
    except (ServerUnavailable, OSError, subprocess.TimeoutExpired) as exc:
        server.stop()
        reason = "no PostgreSQL + PostGIS server can start here: {}".format(exc)
        if "postgis" in os.environ.get("BUURTKIJKER_REQUIRE", ""):  # make test-matrix: a skip would hide a failure
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        for table in ("buurten_2024", "buurten", "buurtkaart"):
            server.load(EINDHOVEN, table)
        server.psql("ALTER TABLE buurten ADD COLUMN jaar integer; UPDATE buurten SET jaar = 2024")
        server.load(WIJKEN_3, "wijken")
        yield server
    finally:
        server.stop()


def run(**params):
    import processing
    params.setdefault("OUTPUT", "memory:")
    return processing.run("buurtkijker:computeindices", params)


def pg_layer(server, table, name=None):
    layer = QgsVectorLayer(server.uri(table), name or table, "postgres")
    assert layer.isValid(), table
    return layer


def by_code(layer, fields=None):
    names = layer.fields().names()
    fields = fields or [n for n in names if n.startswith("bk_") and not n.endswith("_why")]
    out = {}
    for feature in layer.getFeatures():
        out[feature["code"]] = {f: (None if feature[f] is None or (hasattr(feature[f], "isNull")
                                                                   and feature[f].isNull()) else feature[f])
                                for f in fields}
    return out


def result_uri(output):
    return output[len("postgres://"):] if output.startswith("postgres://") else output


def test_round_trip_postgis_in_and_out_equals_the_geopackage_run(provider, postgis, tmp_path):
    geopackage = tmp_path / "eindhoven.gpkg"
    expected = run(INPUT=str(EINDHOVEN), OUTPUT=str(geopackage))
    written = run(INPUT=pg_layer(postgis, "buurten_2024"),
                  OUTPUT="postgres://{} table=\"public\".\"bk_eindhoven\" (geom)".format(postgis.libpq()))
    assert written["OUTPUT"].startswith("postgres://") and written["SCORED"] == expected["SCORED"] > 100
    # a fresh layer on the written table, as a colleague opens it from the shared database
    result = QgsVectorLayer(result_uri(written["OUTPUT"]), "result", "postgres")
    assert result.isValid() and result.featureCount() == 116
    assert QgsDataSourceUri(result.source()).table() == "bk_eindhoven"
    local = QgsVectorLayer(str(geopackage), "local", "ogr")
    assert [n for n in local.fields().names() if n != "fid"] == [n for n in result.fields().names()
                                                                 if n in local.fields().names()]
    fields = [n for n in local.fields().names() if n.startswith("bk_") and not n.endswith("_why")]
    assert len(fields) > 30
    mine, theirs = by_code(result, fields), by_code(local, fields)
    assert mine.keys() == theirs.keys() and len(mine) == 116
    for code, values in theirs.items():
        for field, value in values.items():
            assert mine[code][field] == (pytest.approx(value, rel=1e-12) if isinstance(value, float) else value), \
                (code, field)
    # the maps went with the result: the default style is the overall score, every theme is stored
    total = presentation.style_name(None)
    assert result.renderer().type() == "graduatedSymbol" and "bk_total" in result.renderer().classAttribute()
    names = [t.label("en") for t in themes.select(themes.load_themes(THEMES_FILE), "")] + [total]
    assert set(style_store.stored_styles(result)) == set(names) and len(names) >= 9
    rows = postgis.psql("SELECT stylename FROM public.layer_styles WHERE f_table_name = 'bk_eindhoven' "
                        "AND useasdefault").splitlines()
    assert rows == [total]
    # a second run into the same table replaces it and its styles, one default
    run(INPUT=pg_layer(postgis, "buurten_2024"), THEMES="wonen",
        OUTPUT="postgres://{} table=\"public\".\"bk_eindhoven\" (geom)".format(postgis.libpq()))
    assert postgis.psql("SELECT count(*) FROM public.layer_styles WHERE f_table_name = 'bk_eindhoven' "
                        "AND useasdefault") == "1"
    again = QgsVectorLayer(result_uri(written["OUTPUT"]), "again", "postgres")
    assert "bk_wonen" in again.fields().names() and "bk_veiligheid" not in again.fields().names()
    assert again.featureCount() == 116
    assert set(style_store.stored_styles(again)) == {themes.select(themes.load_themes(THEMES_FILE), "wonen")[0]
                                                     .label("en"), total}  # the first run's other maps are gone


@pytest.mark.parametrize("table, params, year", [
    ("buurten", {}, 2024),  # the jaar column
    ("buurten_2024", {}, 2024),  # the table name
    ("buurtkaart", {"YEAR": 2024}, 2024),  # the YEAR parameter
    ("buurtkaart", {}, 0),  # nowhere: unknown (and said so), never a number read from the connection string
])
def test_year_from_jaar_column_year_parameter_or_table_name(provider, postgis, table, params, year):
    out = run(INPUT=pg_layer(postgis, table), THEMES="wonen", **params)
    assert out["YEAR"] == year
    feature = next(out["OUTPUT"].getFeatures())
    assert feature["bk_run"].split(";")[3] == (str(year) if year else "")
    assert out["SOURCE_YEARS"] == ("CBS Kerncijfers wijken en buurten=2024" if year else
                                   "CBS Kerncijfers wijken en buurten=")


def test_year_parameter_reaches_the_pdf_source_line(provider, postgis, tmp_path):
    import processing
    from buurtkijker_plugin.qgis_io import i18n
    from tests.qgis.conftest import locale
    written = run(INPUT=pg_layer(postgis, "buurtkaart"), YEAR=2024, THEMES="veiligheid",
                  OUTPUT="postgres://{} table=\"public\".\"bk_kaart\" (geom)".format(postgis.libpq()))
    result = QgsVectorLayer(result_uri(written["OUTPUT"]), "kaart", "postgres")
    assert result.isValid()
    pdf = tmp_path / "kaart.pdf"
    i18n.install_translator("nl")
    try:
        with locale("nl_NL"):
            processing.run("buurtkijker:exportlayout", {"INPUT": result, "THEME": "veiligheid",
                                                        "TEMPLATE": "a4_landscape", "OUTPUT": str(pdf)})
    finally:
        i18n.remove_translator()
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert SOURCE_2024 in text


def test_gemeente_filter_is_sql_in_the_database(provider, postgis):
    before = len(postgis.statements())
    out = run(INPUT=pg_layer(postgis, "wijken"), GEMEENTE="Eindhoven", YEAR=2022)
    logged = postgis.statements()[before:]
    # the features (with their geometries) come from one query that the database filters
    reads = [line for line in logged.splitlines() if "st_asbinary" in line and '"public"."wijken"' in line]
    assert reads and all("WHERE \"gm_code\" IN ('GM0772')" in line for line in reads), reads
    eindhoven = int(postgis.psql("SELECT count(*) FROM wijken WHERE gm_code = 'GM0772'"))
    assert 10 < eindhoven < int(postgis.psql("SELECT count(*) FROM wijken")) == 93
    assert out["GEMEENTEN"] == "GM0772" and out["OUTPUT"].featureCount() == eindhoven
    assert {f["gemeentecode"] for f in out["OUTPUT"].getFeatures()} == {"GM0772"}
    # the same scores as the GeoPackage with the same filter
    local = run(INPUT=str(WIJKEN_3), GEMEENTE="Eindhoven", YEAR=2022)
    mine, theirs = by_code(out["OUTPUT"]), by_code(local["OUTPUT"])
    assert mine.keys() == theirs.keys()
    assert all(mine[c]["bk_total"] == pytest.approx(theirs[c]["bk_total"], rel=1e-12) for c in theirs
               if theirs[c]["bk_total"] is not None)
