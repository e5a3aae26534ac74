"""Notes per buurt beside a real result: in its GeoPackage (survive closing and reopening the project and the file,
readable by any GIS as a table), in PostGIS (a round trip), on the buurtprofiel page (pdftotext) and in the HTML
panel; never in the scores."""

import shutil
import subprocess

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from buurtkijker_plugin.core import notes as core_notes
from buurtkijker_plugin.qgis_io import notes_store
from tests.conftest import EINDHOVEN, RIVM  # noqa: F401  (real data: skipped without it)

WOENSEL_WEST = "BU07724210"
TEXTS = ("Speeltuin aan de Celebesstraat is weer open; bewoners willen meer groen.",
         "Wijkagent: 'minder inbraken', wel overlast rond de Edisonstraat \u2013 vooral 's avonds.")


def sample():
    return [core_notes.make(WOENSEL_WEST, "14-3-2025", "bewoner", TEXTS[0], "leefbaarheid"),
            core_notes.make(WOENSEL_WEST, "2025-01-20", "professional", TEXTS[1], "veiligheid"),
            core_notes.make("BU07725200", "2024-11-02", "corporatie", "Renovatie van 120 woningen.")]


def plain(items):
    return sorted((n.code, n.date, n.role, n.theme, n.text) for n in items)


@pytest.fixture()
def result(eindhoven_indices, tmp_path):
    copy = tmp_path / "eindhoven_indices.gpkg"
    shutil.copy(eindhoven_indices, copy)
    return copy


def test_notes_survive_closing_the_project_and_the_geopackage(result, tmp_path, qgis_app):
    layer = QgsVectorLayer(str(result), "indices", "ogr")
    store = notes_store.require_store(layer)
    added = store.add(sample())
    assert all(n.id is not None for n in added)
    edited = core_notes.with_id(core_notes.make(WOENSEL_WEST, "2025-03-15", "bewoner", TEXTS[0] + " (bijgewerkt)",
                                                "leefbaarheid"), added[0].id)
    store.update(edited)
    store.delete(added[2].id)
    expected = plain([edited, added[1]])
    project = QgsProject()
    project.addMapLayer(layer)
    assert project.write(str(tmp_path / "bewonersraad.qgz"))
    project.clear()
    del layer, store
    reopened = QgsProject()
    assert reopened.read(str(tmp_path / "bewonersraad.qgz"))
    (layer,) = reopened.mapLayers().values()
    assert plain(notes_store.read_layer_notes(layer)) == expected
    reopened.clear()
    table = QgsVectorLayer("{}|layername=bk_notes".format(result), "notes", "ogr")  # any GIS sees the table
    assert table.isValid() and table.featureCount() == 2
    scores = QgsVectorLayer(str(result), "again", "ogr")
    assert scores.featureCount() == 116 and "bk_notes" not in scores.fields().names()  # notes never in the scores


def test_a_layer_without_a_file_has_no_store_and_says_so(qgis_app):
    memory = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string", "tijdelijk", "memory")
    assert notes_store.store_for(memory) is None and notes_store.read_layer_notes(memory) == []
    with pytest.raises(Exception, match="GeoPackage"):
        notes_store.require_store(memory)


@pytest.fixture(scope="module")
def registered(qgis_processing):
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    added = BuurtKijkerProvider()
    QgsApplication.processingRegistry().addProvider(added)
    yield added
    QgsApplication.processingRegistry().removeProvider(added)


def pdf_text(path):
    """The text in reading order, block by block (with -layout the notes' lines interleave with the table's)."""
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_notes_csv_on_the_buurtprofiel_page(registered, result, tmp_path):
    import processing
    csv = core_notes.write_csv(sample(), tmp_path / "notities.csv")
    out = tmp_path / "profielen.pdf"
    processing.run("buurtkijker:exportlayout", {"INPUT": str(result), "TEMPLATE": "buurtprofiel", "LANGUAGE": "nl",
                                                "BUURTEN": "Woensel-West,BU07725200,BU07724100", "NOTES": str(csv),
                                                "OUTPUT": str(out)})
    pages = pdf_text(out).split("\f")
    woensel = next(p for p in pages if "Woensel-West" in p and WOENSEL_WEST in p)
    flat = " ".join(woensel.split())
    assert "Wat we horen in de buurt" in flat
    first, second = flat.index("2025-03-14, bewoner"), flat.index("2025-01-20, professional")
    assert first < second  # newest first
    assert "Speeltuin aan de Celebesstraat" in flat and "Edisonstraat" in flat
    assert "Renovatie" not in flat  # another buurt's note
    third = next(p for p in pages if "BU07724100" in p)
    assert "Nog geen notities voor deze buurt" in " ".join(third.split())


def test_profile_takes_the_layers_own_notes_and_html_too(registered, result, tmp_path):
    import processing
    layer = QgsVectorLayer(str(result), "indices", "ogr")
    notes_store.require_store(layer).add(sample()[:1])
    del layer
    out = tmp_path / "profiel.pdf"
    processing.run("buurtkijker:exportlayout", {"INPUT": str(result), "TEMPLATE": "buurtprofiel", "LANGUAGE": "nl",
                                                "BUURTEN": WOENSEL_WEST, "OUTPUT": str(out)})
    assert "Speeltuin aan de Celebesstraat" in " ".join(pdf_text(out).split())
    page = tmp_path / "kaart.html"
    processing.run("buurtkijker:exporthtml", {"INPUT": str(result), "LANGUAGE": "nl", "OUTPUT": str(page)})
    assert "Speeltuin aan de Celebesstraat" in page.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def postgis():
    from tests.qgis.pg_server import PostgisServer, ServerUnavailable
    server = PostgisServer()
    try:
        server.start()
    except (ServerUnavailable, OSError, subprocess.TimeoutExpired) as exc:
        server.stop()
        pytest.skip("no PostgreSQL + PostGIS server can start here: {}".format(exc))
    try:
        server.load(EINDHOVEN, "buurten_2024")
        yield server
    finally:
        server.stop()


def test_postgis_round_trip(postgis, tmp_path, qgis_app):
    layer = QgsVectorLayer(postgis.uri("buurten_2024"), "buurten", "postgres")
    assert layer.isValid()
    store = notes_store.require_store(layer)
    assert isinstance(store, notes_store.PostgisNotes) and store.read() == []
    added = store.add(sample())
    store.delete(added[2].id)
    store.update(core_notes.with_id(core_notes.make(WOENSEL_WEST, "2025-03-14", "gemeente", TEXTS[0]), added[0].id))
    del layer, store
    colleague = QgsVectorLayer(postgis.uri("buurten_2024"), "buurten", "postgres")  # another QGIS, same database
    back = notes_store.require_store(colleague).read()
    assert plain(back) == plain([core_notes.make(WOENSEL_WEST, "2025-03-14", "gemeente", TEXTS[0]), sample()[1]])
    csv = core_notes.write_csv(back, tmp_path / "uit_postgis.csv")  # and on to a GeoPackage through CSV
    assert plain(core_notes.read_csv(csv)) == plain(back)


def test_a_rerun_into_the_same_geopackage_keeps_its_notes(registered, result, tmp_path):
    import processing
    from tests.conftest import eindhoven_with_rivm
    layer = QgsVectorLayer(str(result), "indices", "ogr")
    notes_store.require_store(layer).add(sample())
    del layer
    processing.run("buurtkijker:computeindices", {"INPUT": str(eindhoven_with_rivm(tmp_path)), "OUTPUT": str(result)})
    again = QgsVectorLayer(str(result), "indices", "ogr")
    assert again.featureCount() == 116
    assert plain(notes_store.read_layer_notes(again)) == plain(sample())


def test_map_tip_shows_count_and_latest_note_escaped(result, qgis_app):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
    from buurtkijker_plugin.qgis_io import notes_expression, presentation
    layer = QgsVectorLayer(str(result), "indices", "ogr")
    items = sample() + [core_notes.make(WOENSEL_WEST, "2025-06-01", "gemeente", "<b>Wijkbudget</b> & groen")]
    notes_store.require_store(layer).add(items)
    QgsProject.instance().addMapLayer(layer)
    notes_expression.register()
    try:
        template = presentation.map_tip(None, "bk_total", "nl", layer.fields().names())
        tips = {}
        for feature in layer.getFeatures():
            context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            context.setFeature(feature)
            tips[feature["code"]] = QgsExpression.replaceExpressionText(template, context)
    finally:
        notes_expression.unregister()
    # without the plugin the function is unknown: eval() gives NULL, the tip shows no expression code
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    without = QgsExpression.replaceExpressionText(notes_expression.tip_expression("nl"), context)
    QgsProject.instance().removeMapLayer(layer.id())
    assert without == ""
    assert "3 notities; laatste 2025-06-01 (gemeente): &lt;b&gt;Wijkbudget&lt;/b&gt; &amp; groen" in tips[WOENSEL_WEST]
    assert "1 notitie; laatste 2024-11-02 (corporatie)" in tips["BU07725200"]
    assert "notitie" not in tips["BU07724100"] and "[%" not in tips["BU07724100"]
