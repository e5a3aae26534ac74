"""GeoPackage writes that respect other writers: an existing output that another program is writing (a ``-journal``
or ``-wal`` beside it, or a write lock held) is refused before any work; maps are stored without any dialog path;
two qgis_process runs into one file both finish or the second refuses, never a hang."""

import os
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProject, QgsVectorLayer

from tests.conftest import EINDHOVEN, ROOT
from tests.input_hashes import unchanged


def run(params):
    import processing
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("buurtkijker:computeindices", params, context=context)


@pytest.fixture()
def existing(provider, tmp_path):
    """An earlier result in uit.gpkg (with its maps stored)."""
    out = tmp_path / "uit.gpkg"
    run({"INPUT": str(EINDHOVEN), "THEMES": "leefbaarheid", "OUTPUT": str(out)})
    return out


def test_an_output_with_a_journal_is_refused(existing):
    """A ``-journal`` beside it: another program is writing, or crashed while writing. Replacing the file let that
    journal roll back into the new one (a malformed schema)."""
    journal = existing.with_name(existing.name + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))  # a rollback journal's header
    with unchanged(existing, journal), pytest.raises(QgsProcessingException, match="open in QGIS or another program"):
        run({"INPUT": str(EINDHOVEN), "OUTPUT": str(existing)})


def test_an_ogr_uri_into_a_geopackage_with_a_journal_is_refused(existing):
    journal = existing.with_name(existing.name + "-journal")
    journal.write_bytes(bytes(512))
    uri = "ogr:dbname='{}' table=\"tweede\" (geom)".format(existing)
    with unchanged(existing, journal), pytest.raises(QgsProcessingException, match="another program"):
        run({"INPUT": str(EINDHOVEN), "OUTPUT": uri})


def test_an_output_another_program_holds_a_write_lock_on_is_refused(existing):
    with closing(sqlite3.connect(str(existing), isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
        other.execute("UPDATE layer_styles SET description = description")
        try:
            with pytest.raises(QgsProcessingException, match="open in another program that is writing"):
                run({"INPUT": str(EINDHOVEN), "OUTPUT": str(existing)})
        finally:
            other.execute("COMMIT")  # and its commit still works
    with closing(sqlite3.connect(str(existing))) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_rerun_replaces_the_maps_without_any_dialog(existing, monkeypatch):
    """The maps go into layer_styles in one transaction, never through QGIS' provider (whose saveStyle asks
    'overwrite?' in a modal dialog when a style of that name is there: a hang under qgis_process); a style of the
    same name already there is replaced, the default is the overall score only."""
    from buurtkijker_plugin.qgis_io import compat, style_store

    def provider_save(*args):
        raise AssertionError("QGIS' provider was asked to save a style")
    monkeypatch.setattr(compat, "save_style_to_database", provider_save)
    run({"INPUT": str(EINDHOVEN), "THEMES": "leefbaarheid,veiligheid", "OUTPUT": str(existing)})
    with closing(sqlite3.connect(str(existing))) as db:
        rows = db.execute("SELECT styleName, useAsDefault FROM layer_styles").fetchall()
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert sorted(rows) == sorted([("Leefbaarheid", 0), ("Veiligheid en overlast", 0), ("Overall score", 1)]) or \
        sorted(rows) == sorted([("Liveability", 0), ("Safety and nuisance", 0), ("Overall score", 1)]), rows
    layer = QgsVectorLayer(str(existing), "uit")
    assert layer.renderer().type() == "graduatedSymbol" and set(style_store.stored_styles(layer)) == {
        name for name, _ in rows}
    del layer
    assert not existing.with_name(existing.name + "-wal").exists()


def test_maps_stored_into_a_geopackage_without_layer_styles(provider, tmp_path):
    """The first maps of a file: the table is made as QGIS and GDAL make it (listed in gpkg_contents)."""
    from osgeo import ogr
    from buurtkijker_plugin.qgis_io import gpkg_styles
    path = tmp_path / "kaal.gpkg"
    shutil.copy(EINDHOVEN, path)
    gpkg_styles.write_styles(path, "cbs_buurten_2024_eindhoven", "geom", [("A", "<qgis/>", "<sld/>")], "A")
    dataset = ogr.Open(str(path))
    table = dataset.GetLayerByName("layer_styles")
    assert table is not None and table.GetFeatureCount() == 1
    dataset = None


@pytest.mark.skipif(shutil.which("qgis_process.bin") is None, reason="qgis_process.bin not installed")
def test_two_qgis_process_runs_into_one_file_never_hang(tmp_path):
    profile = tmp_path / "profile"
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(profile / "profiles" / "default")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    # as in a profile QGIS has opened once: two first starts at once race to create this folder (qgis/user.py)
    (profile / "profiles" / "default" / "python" / "expressions").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "samen.gpkg"
    command = ["qgis_process.bin", "run", "buurtkijker:computeindices", "--", "INPUT={}".format(EINDHOVEN),
               "OUTPUT={}".format(out)]
    for _ in range(2):  # twice: into a new file, then into the file with maps stored
        started = time.monotonic()
        runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                for _ in range(2)]
        results = []
        for proc in runs:
            try:
                text = proc.communicate(timeout=240)[0]
            except subprocess.TimeoutExpired:
                for each in runs:
                    each.kill()
                pytest.fail("a qgis_process run hung")
            results.append((proc.returncode, text))
        assert time.monotonic() - started < 240
        assert any(code == 0 for code, _ in results), results
        for code, text in results:
            assert code == 0 or "another program" in text, text[-2000:]
        with closing(sqlite3.connect(str(out))) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert db.execute("SELECT count(*) FROM layer_styles WHERE useAsDefault").fetchone() == (1,)
            names = [r[0] for r in db.execute("SELECT styleName FROM layer_styles")]
        assert len(names) == len(set(names)) >= 2
        assert QgsVectorLayer(str(out), "samen").featureCount() == 116


def test_a_full_disk_while_storing_maps_stores_none_and_leaves_no_journal(existing):
    """All maps or none (it stored 2-6 of 10 and left -wal/-shm files behind)."""
    from buurtkijker_plugin.qgis_io import gpkg_styles
    from tests.qgis.test_robustness import disk_limit
    with closing(sqlite3.connect(str(existing))) as db:
        before = db.execute("SELECT styleName, useAsDefault, styleQML FROM layer_styles ORDER BY id").fetchall()
    maps = [("Kaart {}".format(i), "<qgis>{}</qgis>".format("x" * 200000), "") for i in range(10)]
    with disk_limit(existing.stat().st_size + 600000), pytest.raises(OSError):
        gpkg_styles.write_styles(existing, "uit", "geom", maps, "Kaart 9")
    with closing(sqlite3.connect(str(existing))) as db:
        assert db.execute("SELECT styleName, useAsDefault, styleQML FROM layer_styles ORDER BY id").fetchall() == before
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not [p for p in existing.parent.iterdir() if p.name.startswith(existing.name + "-")]
