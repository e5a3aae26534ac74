"""One output guard for every algorithm: no output (OUTPUT, LIST, CHART; a path, an ``ogr:`` or ``postgres:`` URI)
may name an input of the run, by file identity or table. Each case replaced the user's file with exit 0 before."""

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProject

from tests.conftest import EINDHOVEN, RIVM, ROOT
from tests.input_hashes import unchanged


def run(algorithm, params):
    import processing
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("buurtkijker:" + algorithm, params, context=context)


def refused(algorithm, params, *inputs, match="never overwrites"):
    with unchanged(*inputs), pytest.raises(QgsProcessingException, match=match):
        run(algorithm, params)


@pytest.fixture()
def copies(tmp_path):
    """Copies of the real inputs (never the real data, even for a refusal)."""
    gpkg, rivm = tmp_path / EINDHOVEN.name, tmp_path / "rivm_2020.csv"
    shutil.copy(EINDHOVEN, gpkg)
    shutil.copy(RIVM, rivm)
    return gpkg, rivm


def tables(path):
    with closing(sqlite3.connect(str(path))) as db:
        return sorted(r[0] for r in db.execute("SELECT table_name FROM gpkg_contents"))


def test_computeindices_output_over_one_of_its_sources(provider, copies):
    gpkg, rivm = copies
    refused("computeindices", {"INPUT": str(gpkg), "SOURCES": [str(rivm)], "OUTPUT": str(rivm)}, gpkg, rivm,
            match="OUTPUT .* names the input SOURCES")


def test_comparebuurten_output_over_its_own_input(provider, eindhoven_indices, tmp_path):
    result = tmp_path / "result.gpkg"
    shutil.copy(eindhoven_indices, result)
    refused("comparebuurten", {"INPUT": str(result), "BUURTEN": "BU07720000", "OUTPUT": str(result)}, result)


def test_comparebuurten_chart_over_its_input_by_another_spelling(provider, eindhoven_indices, tmp_path):
    result = tmp_path / "result.gpkg"
    shutil.copy(eindhoven_indices, result)
    link = tmp_path / "sub" / "chart.png"
    link.parent.mkdir()
    os.link(result, link)  # a hard link: another name, the same file
    refused("comparebuurten", {"INPUT": str(result), "BUURTEN": "BU07720000", "OUTPUT": "memory:",
                               "CHART": str(tmp_path / "sub" / ".." / "sub" / "chart.png")}, result)


def test_scenario_output_over_its_changes(provider, copies, tmp_path):
    gpkg, _ = copies
    changes = tmp_path / "wat_als.csv"
    changes.write_text("code;indicator;waarde\nBU07724210;woz;gemiddelde\n", encoding="utf-8")
    refused("scenario", {"INPUT": str(gpkg), "CHANGES": str(changes), "OUTPUT": str(changes)}, gpkg, changes,
            match="OUTPUT .* names the input CHANGES")


def test_vulnerabilitynuisance_list_over_its_sources(provider, copies):
    gpkg, rivm = copies
    refused("vulnerabilitynuisance", {"INPUT": str(gpkg), "SOURCES": [str(rivm)], "OUTPUT": "memory:",
                                      "LIST": str(rivm)}, gpkg, rivm, match="LIST .* names the input SOURCES")


@pytest.mark.parametrize("table", ["cbs_buurten_2024_eindhoven", "nieuw"])
def test_an_ogr_uri_into_the_input_geopackage(provider, copies, table):
    """The source GeoPackage is neither replaced (same table) nor given an extra (empty) layer (another table)."""
    gpkg, _ = copies
    layers = tables(gpkg)
    uri = "ogr:dbname='{}' table=\"{}\" (geom)".format(gpkg, table)
    refused("computeindices", {"INPUT": str(gpkg), "OUTPUT": uri}, gpkg)
    assert tables(gpkg) == layers


def test_exportlayout_over_its_template(provider, eindhoven_indices, tmp_path):
    template = tmp_path / "kaart.qpt"
    shutil.copy(ROOT / "resources" / "layouts" / "buurtkijker_a4_landscape.qpt", template)
    target = tmp_path / "kaart.pdf"
    os.symlink(template, target)
    refused("exportlayout", {"INPUT": str(eindhoven_indices), "TEMPLATE_FILE": str(template), "OUTPUT": str(target)},
            template, eindhoven_indices)


def test_two_outputs_naming_one_file(provider, copies, tmp_path):
    gpkg, _ = copies
    same = tmp_path / "uit.csv"
    refused("vulnerabilitynuisance", {"INPUT": str(gpkg), "OUTPUT": str(same), "LIST": str(same)}, gpkg,
            match="name the same file")
    assert not same.exists()


def test_the_guard_does_not_refuse_ordinary_outputs(provider, copies, tmp_path):
    from buurtkijker_plugin.processing import output_guard
    from qgis.core import QgsApplication
    gpkg, rivm = copies
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("buurtkijker:computeindices")
    context = QgsProcessingContext()
    for out in (str(tmp_path / "uit.gpkg"), "TEMPORARY_OUTPUT", "memory:",
                "ogr:dbname='{}' table=\"x\" (geom)".format(tmp_path / "ander.gpkg"),
                "postgres:dbname='bk' host=localhost table=\"public\".\"uit\" (geom)"):
        assert output_guard.conflicts(algorithm, {"INPUT": str(gpkg), "SOURCES": [str(rivm)], "OUTPUT": out},
                                      context) == []


def test_a_postgres_output_over_the_input_table(provider, copies):
    from buurtkijker_plugin.processing import output_guard
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("buurtkijker:computeindices")
    source = output_guard._pg_place("in", "dbname='bk' host=db port=5432 table=\"buurten\" (geom)")
    target = output_guard.output_place("postgres:dbname='bk' host=db port=5432 table=\"public\".\"buurten\" (geom)")
    other = output_guard.output_place("postgres:dbname='bk' host=db port=5432 table=\"public\".\"uit\" (geom)")
    assert target.same_table(source) and not other.same_table(source)
    assert algorithm is not None


@pytest.mark.skipif(shutil.which("qgis_process.bin") is None, reason="qgis_process.bin not installed")
def test_qgis_process_refuses_an_ogr_uri_into_the_source(copies, tmp_path):
    gpkg, _ = copies
    profile = tmp_path / "profile"
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(profile / "profiles" / "default")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    uri = "ogr:dbname='{}' table=\"cbs_buurten_2024_eindhoven\" (geom)".format(gpkg)
    with unchanged(gpkg):
        proc = subprocess.run(["qgis_process.bin", "run", "buurtkijker:computeindices", "--",
                               "INPUT={}".format(gpkg), "OUTPUT={}".format(uri)],
                              env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0 and "never overwrites" in proc.stdout + proc.stderr
