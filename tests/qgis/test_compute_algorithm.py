"""buurtkijker:computeindices through processing.run and through qgis_process.bin, on the real files."""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing

import numpy as np
import pandas as pd
import pytest
from qgis.core import (QgsFeatureRequest, QgsFeatureSource, QgsProcessingException, QgsRectangle,
                       QgsVectorLayer)

from buurtkijker_plugin.core import indices, sources, themes
from tests.conftest import BAARN, DEMO, EINDHOVEN, GRONINGEN_SHP_ZIP, ROOT, THEMES, WIJKEN_NL

ALL_THEMES = [t.id for t in themes.load_themes(THEMES)]


def run(**params):
    import processing
    params.setdefault("OUTPUT", "memory:")
    return processing.run("buurtkijker:computeindices", params)


def py(value):
    """QGIS 3.22 returns NULL as a QVariant; make it None."""
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def content(path):
    """A digest of every table and row of a GeoPackage (read-only). Not of its bytes: QGIS' OGR provider switches
    any writable GeoPackage it opens to WAL and back, which rewrites header bytes but no data."""
    with closing(sqlite3.connect("file:{}?mode=ro".format(path), uri=True)) as db:
        return hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest()


def field_names(layer):
    return [f.name() for f in layer.fields()]


def test_eindhoven_all_themes(provider, tmp_path):
    copy = tmp_path / EINDHOVEN.name
    shutil.copy(EINDHOVEN, copy)
    before = content(copy)
    out = tmp_path / "out.gpkg"
    result = run(INPUT=str(copy), GEMEENTE="Eindhoven", OUTPUT=str(out))
    layer = QgsVectorLayer(result["OUTPUT"], "out")
    assert layer.isValid() and layer.featureCount() == 116 and layer.crs().authid() == "EPSG:28992"
    names = field_names(layer)
    for required in ("code", "naam", "gemeentecode", "inwoners", "bk_total", "bk_total_rank", "bk_total_class"):
        assert required in names
    for theme_id in ALL_THEMES:
        assert {"bk_" + theme_id, "bk_{}_rank".format(theme_id), "bk_{}_class".format(theme_id),
                "bk_{}_n".format(theme_id)} <= set(names)
    # the same numbers as the core engine
    expected = indices.compute(sources.load_table(EINDHOVEN), themes.load_themes(THEMES)).scores
    got = {f["code"]: py(f["bk_veiligheid"]) for f in layer.getFeatures()}
    codes = sources.load_table(EINDHOVEN).data["code"]
    for code, value in zip(codes, expected["bk_veiligheid"]):
        assert got[code] is None if np.isnan(value) else got[code] == pytest.approx(value)
    assert content(copy) == before  # the input is never modified
    assert result["SCORED"] > 100 and result["YEAR"] == 2024


@pytest.mark.parametrize("path", [BAARN, str(GRONINGEN_SHP_ZIP), DEMO])
def test_other_schemas(provider, path):
    layer = run(INPUT=str(path), THEMES="demografie")["OUTPUT"]  # QGIS opens a zipped shapefile as it is
    assert layer.featureCount() > 20
    values = [py(f["bk_demografie"]) for f in layer.getFeatures() if py(f["bk_demografie"]) is not None]
    assert len(values) > 15 and abs(np.mean(values) - 100) < 3


def test_methods_and_reference_by_name_and_index(provider):
    a = run(INPUT=str(DEMO), METHOD="imd", REFERENCE="selection")["OUTPUT"]
    b = run(INPUT=str(DEMO), METHOD="3", REFERENCE="0")["OUTPUT"]
    va = [py(f["bk_achterstand"]) for f in a.getFeatures()]
    vb = [py(f["bk_achterstand"]) for f in b.getFeatures()]
    assert va == vb and max(v for v in va if v is not None) <= 100
    deciles = {py(f["bk_achterstand_class"]) for f in a.getFeatures()} - {None}
    assert deciles == set(range(1, 11))  # deprivation under imd: deciles


def test_national_reference_is_refused_on_a_one_gemeente_layer(provider):
    with pytest.raises(QgsProcessingException, match="whole country; this one holds 1 gemeenten"):
        run(INPUT=str(DEMO), REFERENCE="national")


def test_wijk_layer_with_gemeente_selection_and_national_reference(provider):
    layer = run(INPUT=str(WIJKEN_NL) + "|layername=wijken_2022", GEMEENTE="GM0772,GM0855",
                THEMES="demografie", REFERENCE="national")["OUTPUT"]
    assert layer.featureCount() == 20 + 59
    assert {f["gemeentecode"] for f in layer.getFeatures()} == {"GM0772", "GM0855"}


def test_theme_file_and_uncertainty(provider, tmp_path):
    theme_file = tmp_path / "eigen.json"
    theme_file.write_text(json.dumps({"themes": [{"id": "eigen", "name": {"nl": "Eigen", "en": "Own"}, "indicators": [
        {"indicator": "WOZ", "direction": "higher_is_better", "weight": 1},
        {"indicator": "MISDR_P1000", "direction": "higher_is_worse", "weight": 1}]}]}))
    layer = run(INPUT=str(EINDHOVEN), THEME_FILE=str(theme_file), UNCERTAINTY=200)["OUTPUT"]
    names = field_names(layer)
    assert "bk_eigen" in names and "bk_leefbaarheid" not in names
    assert {"bk_total_rank_p05", "bk_total_rank_p95"} <= set(names)


@pytest.mark.parametrize("params, message", [
    ({"INPUT": str(EINDHOVEN), "GEMEENTE": "Atlantis"}, "Unknown gemeente: Atlantis"),
    ({"INPUT": str(EINDHOVEN), "METHOD": "magic"}, "Incorrect parameter value for METHOD"),  # a list of values
    ({"INPUT": str(EINDHOVEN), "THEMES": "geluk"}, "Incorrect parameter value for THEMES"),
    ({"INPUT": str(WIJKEN_NL) + "|layername=gemeenten_2022"}, "gemeente layer, not a buurt layer"),
])
def test_bad_input_fails_with_a_clear_message(provider, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(**params)


def test_bad_theme_file(provider, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"themes": [{"id": "x", "indicators": [{"indicator": "woz", "direction": "up"}]}]}')
    with pytest.raises(QgsProcessingException, match="theme 'x', entry 1"):
        run(INPUT=str(EINDHOVEN), THEME_FILE=str(bad))


@pytest.mark.skipif(shutil.which("qgis_process.bin") is None, reason="qgis_process.bin not installed")
def test_qgis_process_headless(tmp_path):
    """Install the packaged plugin into a throw-away profile and run the algorithm through qgis_process.bin."""
    profile = tmp_path / "profile"
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(profile / "profiles" / "default")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "indices.gpkg"
    proc = subprocess.run(["qgis_process.bin", "run", "buurtkijker:computeindices", "--",
                           "INPUT={}".format(EINDHOVEN), "GEMEENTE=GM0772", "METHOD=rank", "REFERENCE=selection",
                           "OUTPUT={}".format(out)], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    layer = QgsVectorLayer(str(out), "out")
    assert layer.featureCount() == 116
    # its maps are in the file (one per theme, the overall score the default), and the file is let go of
    with closing(sqlite3.connect("file:{}?mode=ro".format(out), uri=True)) as db:
        stored = db.execute("SELECT styleName, useAsDefault FROM layer_styles").fetchall()
    assert len(stored) == len(ALL_THEMES) + 1 and [d for _, d in stored].count(1) == 1
    assert layer.renderer().type() == "graduatedSymbol" and "bk_total" in layer.renderer().classAttribute()
    assert not (tmp_path / "indices.gpkg-wal").exists()
    values = [py(f["bk_veiligheid"]) for f in layer.getFeatures() if py(f["bk_veiligheid"]) is not None]
    assert 0 <= min(values) and max(values) <= 100
    # and a map of it, as a loop over gemeenten in a shell would make
    pdf = tmp_path / "kaart_GM0772.pdf"
    proc = subprocess.run(["qgis_process.bin", "run", "buurtkijker:exportlayout", "--", "INPUT={}".format(out),
                           "GEMEENTE=GM0772", "THEME=veiligheid", "TEMPLATE=a4_portrait", "OUTPUT={}".format(pdf)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20000
    # in an English QGIS (this profile sets no locale), LANGUAGE=nl writes a Dutch map
    english = dict(env, LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8")
    dutch = tmp_path / "kaart_nl.pdf"
    proc = subprocess.run(["qgis_process.bin", "run", "buurtkijker:exportlayout", "--", "INPUT={}".format(out),
                           "THEME=veiligheid", "LANGUAGE=nl", "OUTPUT={}".format(dutch)],
                          env=english, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # the same run into the same file again (the first result still open here) is not refused
    proc = subprocess.run(["qgis_process.bin", "run", "buurtkijker:computeindices", "--",
                           "INPUT={}".format(EINDHOVEN), "THEMES=wonen", "OUTPUT={}".format(out)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with closing(sqlite3.connect("file:{}?mode=ro".format(out), uri=True)) as db:
        assert len(db.execute("SELECT styleName FROM layer_styles").fetchall()) == 2  # wonen and the total
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(dutch), "-"], capture_output=True, text=True).stdout
        assert "Bron: CBS Kerncijfers wijken en buurten" in text and "bewerking BuurtKijker" in text
        assert "gemiddeld" in text and "Veiligheid en overlast" in text and "Source:" not in text
    # the choices are lists in the help, and the returned numbers are declared outputs
    proc = subprocess.run(["qgis_process.bin", "help", "buurtkijker:computeindices"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    arguments, outputs = proc.stdout.split("\nOutputs\n")
    for name, values in (("METHOD", ["zscore", "minmax", "rank", "imd"]), ("REFERENCE", ["selection", "national"]),
                         ("THEMES", ["leefbaarheid", "veiligheid"]), ("LANGUAGE", ["nl", "en"])):
        block = arguments.split("\n{}: ".format(name))[1]
        assert "Argument type:\tenum" in "\n".join(block.split("\n")[1:4]), name  # 3.40 lists the default first
        assert all("- {}: {}".format(i, v) in block for i, v in enumerate(values) if name != "THEMES"), name
    assert all("{}: <output".format(n) in outputs for n in ("GEMEENTEN", "SCORED", "YEAR", "LEVEL"))
    assert "bk_&lt;theme&gt;_why" in proc.stdout  # the placeholder survives as HTML
    proc = subprocess.run(["qgis_process.bin", "help", "buurtkijker:exportlayout"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert "TEMPLATE: " in proc.stdout and "- 4: buurtprofiel" in proc.stdout


def test_geopackage_fast_path_writes_the_same_layer(provider, tmp_path, monkeypatch):
    """GeoPackage in and out goes through SQL and GDAL; the result equals the feature-by-feature path's."""
    from buurtkijker_plugin.processing import buurt_layer as compute_indices  # FAST_GEOPACKAGE lives there
    fast = run(INPUT=str(EINDHOVEN), OUTPUT=str(tmp_path / "fast.gpkg"))["OUTPUT"]
    assert "layername=fast" in fast  # written by the GeoPackage path
    monkeypatch.setattr(compute_indices, "FAST_GEOPACKAGE", False)
    slow = run(INPUT=str(EINDHOVEN), OUTPUT=str(tmp_path / "slow.gpkg"))["OUTPUT"]
    a, b = QgsVectorLayer(fast, "fast"), QgsVectorLayer(slow, "slow")
    assert [(f.name(), f.typeName()) for f in a.fields()] == [(f.name(), f.typeName()) for f in b.fields()]
    assert a.featureCount() == b.featureCount() == 116 and a.crs() == b.crs() and a.wkbType() == b.wkbType()
    slow_features = {f["code"]: f for f in b.getFeatures()}
    for feature in a.getFeatures():
        other = slow_features[feature["code"]]
        assert [py(v) for v in feature.attributes()[1:]] == [py(v) for v in other.attributes()[1:]]
        assert feature.geometry().equals(other.geometry())
    # same feature ids as the source; the spatial index (copied from the source's) answers like the other
    source = QgsVectorLayer(str(EINDHOVEN))
    assert sorted(f.id() for f in a.getFeatures()) == sorted(f.id() for f in source.getFeatures())
    assert_spatial_index(a, source)
    # a gemeente filter on a multi-gemeente GeoPackage keeps only that gemeente, and indexes just those
    monkeypatch.setattr(compute_indices, "FAST_GEOPACKAGE", True)
    wijken = run(INPUT=str(WIJKEN_NL) + "|layername=wijken_2022", GEMEENTE="Baarn", THEMES="demografie",
                 OUTPUT=str(tmp_path / "w.gpkg"))
    assert "layername=w" in wijken["OUTPUT"]
    layer = QgsVectorLayer(wijken["OUTPUT"], "w")
    assert layer.featureCount() > 0 and {f["gemeentecode"] for f in layer.getFeatures()} == {"GM0308"}
    assert_spatial_index(layer, QgsVectorLayer(
        str(WIJKEN_NL) + "|layername=wijken_2022|subset=\"GM_CODE\" = 'GM0308'", "baarn"))


def test_geopackage_fast_path_indexes_a_source_without_spatial_index(provider, tmp_path):
    from osgeo import gdal
    bare = tmp_path / "zonder_index.gpkg"
    gdal.VectorTranslate(str(bare), str(EINDHOVEN), layerCreationOptions=["SPATIAL_INDEX=NO"])
    assert QgsVectorLayer(str(bare)).hasSpatialIndex() != QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
    out = QgsVectorLayer(run(INPUT=str(bare), THEMES="veiligheid", OUTPUT=str(tmp_path / "o.gpkg"))["OUTPUT"], "o")
    assert_spatial_index(out, QgsVectorLayer(str(bare)))


def test_geopackage_fast_path_output_stays_editable(provider, tmp_path):
    """GDAL's triggers are back after the bulk insert: an edit in QGIS updates the feature count and the index."""
    path = tmp_path / "edit.gpkg"
    layer = QgsVectorLayer(run(INPUT=str(EINDHOVEN), THEMES="veiligheid", OUTPUT=str(path))["OUTPUT"], "edit")
    feature = next(layer.getFeatures())
    moved = feature.geometry()
    moved.translate(50000, 0)
    assert layer.startEditing() and layer.changeGeometry(feature.id(), moved) and layer.deleteFeature(
        next(f.id() for f in layer.getFeatures() if f.id() != feature.id()))
    assert layer.commitChanges(), layer.commitErrors()
    with closing(sqlite3.connect(str(path))) as db:
        assert db.execute("SELECT rtreecheck('rtree_edit_geom')").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM rtree_edit_geom").fetchone() == (115,)
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone() == (115,)
        box = db.execute("SELECT minx FROM rtree_edit_geom WHERE id = ?", (feature.id(),)).fetchone()[0]
    assert box == pytest.approx(moved.boundingBox().xMinimum(), abs=1)


def assert_spatial_index(layer, reference):
    """``layer`` has a valid R-tree that finds the same feature ids as ``reference`` in every part of its extent."""
    path, table = layer.source().split("|layername=")
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT rtreecheck(?)", ("rtree_{}_geom".format(table),)).fetchone() == ("ok",)
        assert db.execute('SELECT count(*) FROM "rtree_{}_geom"'.format(table)).fetchone()[0] == layer.featureCount()
    assert layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
    extent = reference.extent()
    assert layer.extent().contains(extent) and extent.buffered(1).contains(layer.extent())
    step_x, step_y, seen = extent.width() / 4, extent.height() / 4, set()
    for i in range(4):
        for j in range(4):
            x, y = extent.xMinimum() + i * step_x, extent.yMinimum() + j * step_y
            box = QgsRectangle(x, y, x + step_x, y + step_y)
            found = sorted(f.id() for f in layer.getFeatures(QgsFeatureRequest(box)))
            assert found == sorted(f.id() for f in reference.getFeatures(QgsFeatureRequest(box)))
            seen.update(found)
    assert len(seen) == layer.featureCount()


def test_output_over_the_input_is_refused(provider, tmp_path):
    copy = tmp_path / EINDHOVEN.name
    shutil.copy(EINDHOVEN, copy)
    before = content(copy)  # tables and rows: QGIS' OGR provider may toggle the SQLite header's WAL bytes
    with pytest.raises(QgsProcessingException, match="never overwrites"):
        run(INPUT=str(copy), OUTPUT=str(copy))
    assert content(copy) == before


def test_layer_columns_by_sql_equal_the_feature_read_and_respect_filters_and_edits(tmp_path):
    from buurtkijker_plugin.qgis_io import layers
    copy = tmp_path / EINDHOVEN.name  # edited below: never the real data (read-only in make test-matrix)
    shutil.copy(EINDHOVEN, copy)
    layer = QgsVectorLayer(str(copy), "e")
    columns = layers.needed_columns(layer.fields())
    by_sql = layers.read_layer_columns(layer, columns)
    by_features = layers.read_attributes(layer, columns)[0]
    assert list(by_sql.columns) == list(by_features.columns) == columns and len(by_sql) == 116
    assert by_sql.index.tolist() == by_features.index.tolist()
    from buurtkijker_plugin.core.cbs_table import normalise
    pd.testing.assert_frame_equal(normalise(by_sql, "e").data, normalise(by_features, "e").data)
    code = next(c for c in columns if c.upper() == "BU_CODE")
    layer.setSubsetString("\"{}\" = '{}'".format(code, by_sql[code].iloc[0]))
    assert len(layers.read_layer_columns(layer, columns)) == 1  # a filtered layer is read through QGIS
    layer.setSubsetString("")
    assert layer.startEditing()
    feature = next(layer.getFeatures())
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf(code), "BU99999999")
    assert "BU99999999" in layers.read_layer_columns(layer, columns)[code].tolist()  # unsaved edits count
    layer.rollBack()


def test_geopackage_fast_path_unwritable_output_is_explained(provider, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="Could not write .*uit.gpkg"):
        run(INPUT=str(EINDHOVEN), THEMES="veiligheid", OUTPUT=str(blocker / "uit.gpkg"))
    assert blocker.read_text() == "not a folder"
