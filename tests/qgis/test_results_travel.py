"""Results travel: a dock run in a saved project writes a GeoPackage beside it with its maps stored inside; a
fresh QGIS that reopens the project finds the group, the styles and the layouts, and one that opens only the
GeoPackage shows the overall-score map."""

import json
import os
import subprocess
import sys
import textwrap

from qgis.core import QgsProject

from buurtkijker_plugin.qgis_io import presentation, style_store
from tests.conftest import EINDHOVEN
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
    from qgis.core import QgsVectorLayer
    memory = QgsVectorLayer("Polygon?crs=EPSG:28992&field=bk_total:double", "m", "memory")
    assert style_store.geopackage_of(memory) is None and style_store.store_styles(memory, ["x"]) == []
