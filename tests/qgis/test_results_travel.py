"""Results travel: a dock run in a saved project writes a GeoPackage beside it with its maps stored inside; a
fresh QGIS that reopens the project finds the group, the styles and the layouts, and one that opens only the
GeoPackage shows the overall-score map."""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from buurtkijker_plugin.qgis_io import presentation, style_store
from tests.conftest import EINDHOVEN, EINDHOVEN_GEOJSON
from tests.qgis.test_dock import dock, run_and_wait  # noqa: F401 - the dock fixture

FRESH_QGIS = textwrap.dedent('''
    import json, sys
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    project_file, geopackage = sys.argv[1], sys.argv[2]
    report = {}
    project = QgsProject.instance()
    report["read"] = project.read(project_file)
    root = project.layerTreeRoot()
    report["groups"] = [g.name() for g in root.children()]
    layers = list(project.mapLayers().values())
    report["layers"] = [(l.name(), l.isValid(), l.source().split("|")[0]) for l in layers]
    results = [l for l in layers if l.source().split("|")[0] == geopackage]
    report["project_styles"] = sorted(results[0].styleManager().styles()) if results else []
    report["in_group"] = [n.layer().source().split("|")[0] for n in root.children()[0].children()]
    report["layouts"] = [l.name() for l in project.layoutManager().layouts()]
    project.clear()
    alone = QgsVectorLayer(geopackage, "opened alone", "ogr")  # as a colleague opens the file
    report["alone_valid"] = alone.isValid()
    report["alone_renderer"] = alone.renderer().type()
    report["alone_field"] = getattr(alone.renderer(), "classAttribute", lambda: "")()
    graduated = report["alone_renderer"] == "graduatedSymbol"
    report["alone_labels"] = [r.label() for r in alone.renderer().ranges()] if graduated else []
    count, ids, names, descriptions, error = alone.listStylesInDatabase()
    report["stored"] = sorted(names[:count])
    print("REPORT" + json.dumps(report), flush=True)
    del alone
    app.exitQgis()
''')


def test_result_geopackage_carries_its_maps_into_a_fresh_qgis(dock, tmp_path):  # noqa: F811
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "wijkvisie.qgz"))
    dock.open_file(str(EINDHOVEN))
    dock.theme_tree.set_checked({"leefbaarheid", "veiligheid"})
    result = run_and_wait(dock)
    geopackage = tmp_path / "buurtkijker_eindhoven.gpkg"
    assert result is not None and style_store.geopackage_of(result) == str(geopackage)  # not a temporary layer
    styles = [s for s in result.styleManager().styles() if s != "default"]  # one per theme and the total
    total = presentation.style_name(None, dock.language)
    assert set(style_store.stored_styles(result)) == set(styles) and total in styles and len(styles) == 3
    assert len(list(result.getFeatures())) == 116  # still readable after its maps were stored (3.22 read none)
    assert dock.export_maps("a4_landscape", [total], str(tmp_path / "kaart.pdf"))
    assert project.write()

    proc = subprocess.run([sys.executable, "-c", FRESH_QGIS, str(tmp_path / "wijkvisie.qgz"), str(geopackage)],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("REPORT")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    report = json.loads(lines[-1][len("REPORT"):])
    assert report["read"] and report["groups"][0] == "BuurtKijker - Eindhoven - 2024"  # then the source layer
    assert report["in_group"] == [str(geopackage)] and all(valid for _, valid, _ in report["layers"])
    assert set(report["project_styles"]) >= set(styles)
    assert len(report["layouts"]) == 1 and total in report["layouts"][0]
    # the GeoPackage alone: every map stored, the overall score shown, with its legend words
    assert report["alone_valid"] and set(report["stored"]) == set(styles)
    assert report["alone_renderer"] == "graduatedSymbol" and "bk_total" in report["alone_field"]
    assert report["alone_labels"][-1] == "geen gegevens" and len(report["alone_labels"]) >= 3


def test_second_run_into_the_same_geopackage_replaces_the_stored_maps(dock, tmp_path):  # noqa: F811
    dock.open_file(str(EINDHOVEN))
    dock.theme_tree.set_checked({"leefbaarheid"})
    dock.output_file.setFilePath(str(tmp_path / "uit.gpkg"))
    first = run_and_wait(dock)
    assert len(style_store.stored_styles(first)) == 2  # leefbaarheid and the total
    QgsProject.instance().removeMapLayer(first.id())
    dock.theme_tree.set_checked({"leefbaarheid", "veiligheid"})
    second = run_and_wait(dock)
    stored = style_store.stored_styles(second)
    assert len(stored) == 3 and len(set(stored)) == 3  # replaced, not added twice


def test_layers_that_are_not_geopackages_store_nothing(qgis_app):
    memory = QgsVectorLayer("Polygon?crs=EPSG:28992&field=bk_total:double", "m", "memory")
    assert style_store.geopackage_of(memory) is None and style_store.store_styles(memory, ["x"]) == []


def layer_styles(path):
    """(styleName, useAsDefault, f_table_name) of a GeoPackage's layer_styles, read-only."""
    import sqlite3
    from contextlib import closing
    with closing(sqlite3.connect("file:{}?mode=ro".format(path), uri=True)) as db:
        return db.execute("SELECT styleName, useAsDefault, f_table_name FROM layer_styles ORDER BY id").fetchall()


@pytest.mark.parametrize("source", [EINDHOVEN, EINDHOVEN_GEOJSON], ids=["sql path", "feature sink"])
def test_processing_run_into_a_geopackage_stores_the_maps_and_lets_go_of_the_file(provider, tmp_path, source):
    """computeindices from Processing (toolbox, model, script) stores the maps itself: one style per theme and the
    overall score as the default; the file is closed and out of WAL mode, so a rerun into it (with the first result
    open, as the toolbox leaves it in the project) is not refused."""
    import processing
    from buurtkijker_plugin.core import themes
    from buurtkijker_plugin.paths import THEMES_FILE
    from buurtkijker_plugin.qgis_io import geopackage
    out = tmp_path / "indices.gpkg"
    params = {"INPUT": str(source), "THEMES": "leefbaarheid,veiligheid", "LANGUAGE": "nl", "OUTPUT": str(out)}
    processing.run("buurtkijker:computeindices", params)
    chosen = themes.select(themes.load_themes(THEMES_FILE), "leefbaarheid,veiligheid")
    total = presentation.style_name(None, "nl")
    rows = layer_styles(out)
    assert sorted(name for name, _, _ in rows) == sorted([t.label("nl") for t in chosen] + [total])
    assert [name for name, default, _ in rows if default] == [total] and {t for _, _, t in rows} == {"indices"}
    assert geopackage.journal_mode(out) == "delete" and not (tmp_path / "indices.gpkg-wal").exists()
    opened = QgsVectorLayer(str(out), "as a colleague opens it", "ogr")  # a fresh layer: the overall-score map
    assert opened.isValid() and opened.renderer().type() == "graduatedSymbol"
    assert "bk_total" in opened.renderer().classAttribute()
    assert opened.renderer().ranges()[-1].label() == "geen gegevens"
    params["THEMES"] = "wonen"  # the same file again, the first result still open
    processing.run("buurtkijker:computeindices", params)
    again = QgsVectorLayer(str(out), "again", "ogr")
    assert "bk_wonen" in again.fields().names() and "bk_veiligheid" not in again.fields().names()
    assert sorted(name for name, _, _ in layer_styles(out)) == sorted(
        [themes.select(themes.load_themes(THEMES_FILE), "wonen")[0].label("nl"), total])
    assert geopackage.journal_mode(out) == "delete"
    del opened, again


def test_a_caller_that_stores_the_maps_itself_says_so(provider, tmp_path):
    """The dock passes STORE_STYLES=False (it stores the maps in the user's classification): nothing is written
    twice; the algorithm then leaves layer_styles alone."""
    import processing
    out = tmp_path / "indices.gpkg"
    processing.run("buurtkijker:computeindices", {"INPUT": str(EINDHOVEN), "THEMES": "wonen",
                                                  "STORE_STYLES": False, "OUTPUT": str(out)})
    import sqlite3
    from contextlib import closing
    with closing(sqlite3.connect("file:{}?mode=ro".format(out), uri=True)) as db:
        assert not db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'layer_styles'").fetchone()[0]


def test_toolbox_run_loads_the_result_with_its_maps(provider, tmp_path):
    """Run as from the toolbox (the result to be loaded into the project when done): the layer Processing loads
    shows the overall score and has every stored map in its Styles menu, not Processing's grey polygons. Loaded here
    as Processing's handleAlgorithmResults does (which needs a full iface on QGIS 3.40)."""
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition,
                           QgsProcessingUtils)
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    out = tmp_path / "toolbox.gpkg"
    processing.run("buurtkijker:computeindices", {
        "INPUT": str(EINDHOVEN), "THEMES": "leefbaarheid,veiligheid",
        "OUTPUT": QgsProcessingOutputLayerDefinition(str(out), project)}, context=context, feedback=feedback)
    to_load = context.layersToLoadOnCompletion()
    assert [key.split("|")[0] for key in to_load] == [str(out)]
    key = list(to_load)[0]
    layer = QgsProcessingUtils.mapLayerFromString(key, context)
    assert layer.renderer().type() == "singleSymbol"  # as Processing loads it
    context.layerToLoadOnCompletionDetails(key).postProcessor().postProcessLayer(layer, context, feedback)
    total = presentation.style_name(None)
    assert layer.renderer().type() == "graduatedSymbol" and "bk_total" in layer.renderer().classAttribute()
    assert layer.styleManager().currentStyle() == total and layer.name() == total
    assert len(style_store.stored_styles(layer)) == 3
    assert set(style_store.stored_styles(layer)) <= set(layer.styleManager().styles())
    # and a rerun into the same file while the loaded result is open is not refused
    processing.run("buurtkijker:computeindices", {"INPUT": str(EINDHOVEN), "THEMES": "wonen", "OUTPUT": str(out)})
    del layer
