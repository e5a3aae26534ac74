"""Issue 13, 'nothing lost, nothing silently wrong': every case of the issue, on the real files.

Write failures (a full disk is simulated with RLIMIT_FSIZE: any write past the limit fails with EFBIG, as on a
full disk), outputs that must not depend on the output format, Cancel at every stage, and odd inputs.
"""

import contextlib
import hashlib
import resource
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingFeedback, QgsProject, QgsVectorLayer, QgsVectorLayerJoinInfo)

from tests.conftest import EINDHOVEN, WIJKEN_NL

ALG = "buurtkijker:computeindices"


def run(params, context=None, feedback=None, algorithm=ALG):
    import processing
    params.setdefault("OUTPUT", "memory:")
    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    return processing.run(algorithm, params, context=context, feedback=feedback)


def py(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def leftovers(folder):
    """Files other than those expected: temporary folders or half-written files."""
    return sorted(p.name for p in Path(folder).iterdir() if p.name.startswith(".buurtkijker-"))


def by_code(layer, field="bk_total"):
    return {f["code"]: py(f[field]) for f in layer.getFeatures()}


def opened(result):
    output = result["OUTPUT"]
    return output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "out", "ogr")


@contextlib.contextmanager
def disk_limit(nbytes):
    """Writes past ``nbytes`` in any one file fail (EFBIG) as they would on a full disk."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


# -- 1. write failures ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["uit.shp", "uit.geojson", "uit.gpkg", "uit_slow.gpkg"])
def test_a_full_disk_fails_clearly_and_leaves_no_file(provider, tmp_path, name, monkeypatch):
    from buurtkijker_plugin.processing import buurt_layer as compute_indices  # FAST_GEOPACKAGE lives there
    if name == "uit_slow.gpkg":  # the feature path's GeoPackage writer too
        monkeypatch.setattr(compute_indices, "FAST_GEOPACKAGE", False)
    target = tmp_path / name
    with disk_limit(150000), pytest.raises(QgsProcessingException, match="Could not write"):
        run({"INPUT": str(EINDHOVEN), "OUTPUT": str(target)})
    assert not target.exists() and not leftovers(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["uit.shp", "uit.geojson", "uit.gpkg"])
def test_a_failed_write_leaves_an_existing_output_as_it_was(provider, tmp_path, name):
    target = tmp_path / name
    run({"INPUT": str(EINDHOVEN), "THEMES": "veiligheid", "GEMEENTE": "Eindhoven", "OUTPUT": str(target)})
    before = {p.name: digest(p) for p in tmp_path.iterdir()}
    with disk_limit(150000), pytest.raises(QgsProcessingException, match="Could not write"):
        run({"INPUT": str(EINDHOVEN), "OUTPUT": str(target)})
    assert {p.name: digest(p) for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("name", ["uit.shp", "uit.geojson", "uit.gpkg"])
def test_a_good_write_replaces_the_output_completely(provider, tmp_path, name):
    target = tmp_path / name
    run({"INPUT": str(EINDHOVEN), "THEMES": "veiligheid", "OUTPUT": str(target)})
    result = run({"INPUT": str(EINDHOVEN), "OUTPUT": str(target)})
    layer = opened(result)
    assert layer.featureCount() == 116 and any(n.startswith("bk_leefb") for n in layer.fields().names())
    assert str(result["OUTPUT"]).split("|")[0] == str(target) and not leftovers(tmp_path)


# -- 2. the result does not depend on the output format ------------------------------------------------------

def formats_agree(provider, tmp_path, layer, context=None, expected=None):
    """The same scores in a memory layer, a GeoPackage and a shapefile (and the expected number of buurten)."""
    results = {}
    for name in ("memory:", str(tmp_path / "uit.gpkg"), str(tmp_path / "uit.shp")):
        out = opened(run({"INPUT": layer, "GEMEENTE": "Eindhoven", "OUTPUT": name}, context=context))
        results[name] = by_code(out)
    first, *others = results.values()
    for other in others:
        assert other == pytest.approx(first, nan_ok=True)
    scored = sum(v is not None for v in first.values())
    if expected is not None:
        assert len(first) == expected
    return first, scored


def test_joined_layer_scores_alike_in_every_format(provider, tmp_path):
    """Polygons with only their code, the CBS figures joined on in QGIS (a normal workflow)."""
    shapes = tmp_path / "vormen.gpkg"
    gdal.VectorTranslate(str(shapes), str(EINDHOVEN), SQLStatement="SELECT geom, BU_CODE FROM "
                         "buurten_2024_eindhoven", layerName="vormen")
    polygons = QgsVectorLayer(str(shapes), "vormen")
    figures = QgsVectorLayer(str(EINDHOVEN), "cijfers")
    QgsProject.instance().addMapLayers([polygons, figures])
    try:
        join = QgsVectorLayerJoinInfo()
        join.setJoinLayer(figures)
        join.setJoinFieldName("BU_CODE")
        join.setTargetFieldName("BU_CODE")
        join.setPrefix("")
        join.setUsingMemoryCache(True)
        assert polygons.addJoin(join)
        scores, scored = formats_agree(provider, tmp_path, polygons, expected=116)
        assert scored > 90
    finally:
        QgsProject.instance().removeMapLayers([polygons.id(), figures.id()])


def test_unsaved_edits_count_in_every_format(provider, tmp_path):
    copy = tmp_path / "bron.gpkg"
    shutil.copy(EINDHOVEN, copy)
    layer = QgsVectorLayer(str(copy), "bron")
    QgsProject.instance().addMapLayer(layer)
    try:
        feature = next(f for f in layer.getFeatures() if py(f["WOZ"]) is not None and py(f["AANT_INW"] or 0) > 500)
        assert layer.startEditing()
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf("WOZ"), 99999)
        for name in ("memory:", str(tmp_path / "uit.gpkg")):
            out = opened(run({"INPUT": layer, "THEMES": "wonen", "OUTPUT": name}))
            woz = {f["code"]: py(f["woz"]) for f in out.getFeatures()}
            assert woz[feature["BU_CODE"]] == 99999, name
        layer.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_invalid_geometry_setting_is_honoured_in_every_format(provider, tmp_path):
    copy = tmp_path / "bron.gpkg"
    shutil.copy(EINDHOVEN, copy)
    layer = QgsVectorLayer(str(copy), "bron")
    bowtie = QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 10 10, 10 0, 0 10, 0 0)))")
    broken = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setLimit(5))]
    assert layer.startEditing()
    for fid in broken:
        layer.changeGeometry(fid, bowtie)
    assert layer.commitChanges()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid)
    scores, _ = formats_agree(provider, tmp_path, str(copy), context=context, expected=111)
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    scores, _ = formats_agree(provider, tmp_path, str(copy), context=context, expected=116)


# -- 4. Cancel -----------------------------------------------------------------------------------------------

class CancelAt(QgsProcessingFeedback):
    """Cancels as soon as the algorithm reports ``progress`` percent (or an info line containing ``text``)."""

    def __init__(self, progress=None, text=None):
        super().__init__()
        self.at, self.text, self.when = progress, text, None
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if self.at is not None and value >= self.at and not self.isCanceled():
            self.cancel()
            self.when = time.monotonic()

    def pushInfo(self, info):  # noqa: N802
        super().pushInfo(info)
        if self.text and self.text in info and not self.isCanceled():
            self.cancel()
            self.when = time.monotonic()


@pytest.mark.parametrize("name", ["uit.gpkg", "uit.geojson", "uit.shp", "memory:"])
@pytest.mark.parametrize("stage", [{"text": "Reading"}, {"progress": 40}, {"progress": 60}])
def test_cancel_writes_nothing_and_keeps_an_existing_file(provider, tmp_path, name, stage):
    target = tmp_path / name if name != "memory:" else None
    if target is not None:
        run({"INPUT": str(EINDHOVEN), "THEMES": "veiligheid", "OUTPUT": str(target)})
    before = {p.name: digest(p) for p in tmp_path.iterdir()}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"INPUT": str(EINDHOVEN), "OUTPUT": str(target or name)}, feedback=CancelAt(**stage))
    assert {p.name: digest(p) for p in tmp_path.iterdir()} == before


def test_cancel_during_uncertainty_is_honoured_within_half_a_second(provider, tmp_path):
    feedback = QgsProcessingFeedback()
    cancelled_at = []

    def cancel():
        cancelled_at.append(time.monotonic())
        feedback.cancel()
    timer = threading.Timer(1.0, cancel)
    timer.start()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"INPUT": str(WIJKEN_NL) + "|layername=wijken_2022", "REFERENCE": "national", "UNCERTAINTY": 5000,
             "OUTPUT": str(tmp_path / "uit.gpkg")}, feedback=feedback)
    timer.join()
    # the engine checks every 0.1 s (0.5 s is the promise); the bound leaves room for a machine under load
    assert time.monotonic() - cancelled_at[0] < 1.0
    assert not (tmp_path / "uit.gpkg").exists() and not leftovers(tmp_path)


# -- 5. messages instead of tracebacks -----------------------------------------------------------------------

def doubled(path):
    """A result layer with every buurt twice (a result appended to itself)."""
    layer = QgsVectorLayer(str(path), "dubbel")
    copy = layer.materialize(QgsFeatureRequest())
    copy.dataProvider().addFeatures(list(layer.getFeatures()))
    assert copy.featureCount() == 2 * layer.featureCount()
    return copy


def test_duplicate_buurt_codes_are_explained(provider, eindhoven_indices, tmp_path):
    layer = doubled(eindhoven_indices)
    with pytest.raises(QgsProcessingException, match="more than once"):
        run({"INPUT": layer, "BUURTEN": "Tempel,Vredeoord"}, algorithm="buurtkijker:comparebuurten")
    with pytest.raises(QgsProcessingException, match="more than once"):
        run({"INPUT": layer, "TEMPLATE": "buurtprofiel", "BUURTEN": "Tempel",
             "OUTPUT": str(tmp_path / "p.pdf")}, algorithm="buurtkijker:exportlayout")
    assert not list(tmp_path.iterdir())


def test_a_shapefile_result_is_explained(provider, tmp_path):
    shp = tmp_path / "uit.shp"
    run({"INPUT": str(EINDHOVEN), "OUTPUT": str(shp)})
    with pytest.raises(QgsProcessingException, match="cut short"):
        run({"INPUT": str(shp), "BUURTEN": "Tempel,Vredeoord"}, algorithm="buurtkijker:comparebuurten")


@pytest.mark.parametrize("chart, message", [("grafiek.jpg", "CHART must end in"),
                                            ("bestand/grafiek.png", "Could not write")])
def test_a_bad_chart_path_is_explained_and_writes_nothing(provider, eindhoven_indices, tmp_path, chart, message):
    (tmp_path / "bestand").write_text("a file, not a folder")
    table = tmp_path / "vergelijking.csv"
    with pytest.raises(QgsProcessingException, match=message):
        run({"INPUT": str(eindhoven_indices), "BUURTEN": "Tempel,Vredeoord", "OUTPUT": str(table),
             "CHART": str(tmp_path / chart)}, algorithm="buurtkijker:comparebuurten")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestand"]


def test_a_template_that_is_not_utf8(provider, eindhoven_indices, tmp_path):
    from buurtkijker_plugin.qgis_io.layouts import template_path
    text = template_path("a4_landscape").read_text(encoding="utf-8").replace('name="BuurtKijker A4 landscape"',
                                                                             'name="Kaart Súdwest-Fryslân"')
    declared = tmp_path / "latin1.qpt"
    declared.write_bytes(('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + text).encode("latin-1"))
    run({"INPUT": str(eindhoven_indices), "TEMPLATE_FILE": str(declared), "OUTPUT": str(tmp_path / "k.pdf")},
        algorithm="buurtkijker:exportlayout")
    assert (tmp_path / "k.pdf").read_bytes().startswith(b"%PDF")
    garbage = tmp_path / "kapot.qpt"
    garbage.write_bytes(b"\xff\xfe\x00<Layout \x81\x8d")
    with pytest.raises(QgsProcessingException, match="cannot be used"):
        run({"INPUT": str(eindhoven_indices), "TEMPLATE_FILE": str(garbage), "OUTPUT": str(tmp_path / "g.pdf")},
            algorithm="buurtkijker:exportlayout")
    assert not (tmp_path / "g.pdf").exists()


def test_uncertainty_beyond_what_fits_in_memory_is_refused(provider):
    from buurtkijker_plugin.processing.compute_indices import MAX_DRAWS
    with pytest.raises(QgsProcessingException, match="UNCERTAINTY"):
        run({"INPUT": str(EINDHOVEN), "UNCERTAINTY": 100000})
    assert MAX_DRAWS <= 10000
    with pytest.raises(QgsProcessingException, match="MIN_POPULATION"):
        run({"INPUT": str(EINDHOVEN), "MIN_POPULATION": 1e12})


# -- 8. no blank maps ----------------------------------------------------------------------------------------

def test_a_result_without_geometry_makes_no_blank_map(provider, eindhoven_indices, tmp_path):
    import processing
    table = processing.run("native:dropgeometries", {"INPUT": str(eindhoven_indices), "OUTPUT": "memory:"})["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="no geometries"):
        run({"INPUT": table, "OUTPUT": str(tmp_path / "k.pdf")}, algorithm="buurtkijker:exportlayout")
    assert not list(tmp_path.iterdir())


def test_an_empty_theme_makes_no_blank_map(provider, eindhoven_indices, tmp_path):
    # Eindhoven's layer has none of the sociale_veerkracht indicators: the column is there, every value empty
    with pytest.raises(QgsProcessingException, match="no buurt has a score for 'sociale_veerkracht'"):
        run({"INPUT": str(eindhoven_indices), "THEME": "sociale_veerkracht", "OUTPUT": str(tmp_path / "k.pdf")},
            algorithm="buurtkijker:exportlayout")
    assert not list(tmp_path.iterdir())
    feedback = QgsProcessingFeedback()
    result = run({"INPUT": str(eindhoven_indices), "THEME": "", "OUTPUT": str(tmp_path / "k.pdf")},
                 algorithm="buurtkijker:exportlayout", feedback=feedback)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "k_sociale_veerkracht.pdf" not in names and "k_veiligheid.pdf" in names and "k_totaal.pdf" in names
    assert len(result["FILES"].split(";")) == len(names)


# -- 3. Dutch Excel CSV through QGIS -------------------------------------------------------------------------

def test_dutch_excel_csv_through_qgis(tmp_path):
    from buurtkijker_plugin.qgis_io import layers
    from tests.unit.test_odd_inputs import dutch_excel
    path = tmp_path / "kwb_excel.csv"
    dutch_excel(path)
    layer = layers.open_layer(str(path))
    table, mask, _, codes = layers.load_table(layer, "Súdwest-Fryslân", "national")
    del layer
    assert codes == ["GM1900"] and "Súdwest-Fryslân" in set(table.data["gemeentenaam"])
    assert table.data["afstand_huisarts"].notna().sum() > 200  # "0,8" km is 0.8, not missing
    assert not path.with_suffix(".csv.aux.xml").exists()  # the file itself is never touched


# -- 9. smaller ----------------------------------------------------------------------------------------------

def test_source_line_without_a_year_and_wijk_wording(provider, tmp_path):
    from buurtkijker_plugin.qgis_io import layouts
    assert layouts.source_line(None) == "Source: CBS Kerncijfers wijken en buurten; processing BuurtKijker"
    assert layouts.source_line(2024).endswith("buurten 2024; processing BuurtKijker")
    result = run({"INPUT": str(WIJKEN_NL) + "|layername=wijken_2022", "GEMEENTE": "Eindhoven",
                  "THEMES": "demografie"})
    assert result["LEVEL"] == "wijk"
    text = layouts.method_text(layouts.run_info(result["OUTPUT"]), None)
    assert "wijken on this map" in text and "buurten" not in text.split("\n\n")[0]


def test_two_runs_at_once_on_the_same_geopackage(provider, tmp_path, qgis_app):
    """Two background runs read the same GeoPackage and write the same output file at the same time: both
    finish, the output is one complete result, nothing is left behind."""
    from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask
    source = tmp_path / "wijken.gpkg"
    shutil.copy(WIJKEN_NL, source)
    out = tmp_path / "uit.gpkg"
    done, jobs = [], []
    for _ in range(2):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
        task = QgsProcessingAlgRunnerTask(algorithm, {"INPUT": str(source) + "|layername=wijken_2022",
                                                      "REFERENCE": "national", "OUTPUT": str(out)}, context, feedback)
        task.executed.connect(lambda ok, results: done.append(ok))
        jobs.append((task, context, feedback, algorithm))
        QgsApplication.taskManager().addTask(task)
    started = time.monotonic()
    while len(done) < 2 and time.monotonic() - started < 60:
        qgis_app.processEvents()
        time.sleep(0.01)
    assert done == [True, True]
    layer = QgsVectorLayer(str(out), "uit")
    assert layer.featureCount() == 3340 and not leftovers(tmp_path)
    del layer


def test_the_dock_job_says_what_cancel_left(provider):
    """Cancel that came too late (the file was already written) is reported as such; otherwise: nothing."""
    from buurtkijker_plugin.qgis_io.tasks import IndexJob
    said = []
    job = IndexJob({"INPUT": str(EINDHOVEN), "OUTPUT": "TEMPORARY_OUTPUT"}, "test")
    job.cancelled.connect(said.append)
    job.feedback.cancel()
    job._executed(False, {})
    job._executed(True, {"OUTPUT": "/data/uit.gpkg|layername=uit"})
    assert said == ["Cancelled; nothing was written or added.",
                    "Cancelled after the result was saved to /data/uit.gpkg; it was not added to the map."]


def test_several_maps_are_written_all_or_none(provider, eindhoven_indices, tmp_path):
    """Cancel after the first of two maps: neither file, and older files of those names stay as they were."""
    params = {"INPUT": str(eindhoven_indices), "THEME": "veiligheid,total", "OUTPUT": str(tmp_path / "k.pdf")}
    result = run(dict(params), algorithm="buurtkijker:exportlayout")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k_totaal.pdf", "k_veiligheid.pdf"]
    assert result["FILES"].count(";") == 1
    before = {p.name: digest(p) for p in tmp_path.iterdir()}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(dict(params), algorithm="buurtkijker:exportlayout", feedback=CancelAt(progress=50))
    assert {p.name: digest(p) for p in tmp_path.iterdir()} == before


def test_odd_counts_are_written_as_they_are_not_wrapped_around():
    """Found by the property test: 1e308 or 12.5 inhabitants went into a 32-bit Int field, cut or wrapped."""
    import numpy as np
    import pandas as pd
    from buurtkijker_plugin.qgis_io import results
    frame = pd.DataFrame({"inwoners": [1e308, 12.5, np.nan], "bk_a_n": [1, 2, 3],
                          "bk_a_rank": pd.array([1, None, 2], dtype="Int64")})
    fields = results.fields_for(frame)
    from buurtkijker_plugin.qgis_io import compat
    kinds = [fields.field(n).type() for n in frame.columns]
    assert kinds[0] == compat.DOUBLE and kinds[1] == kinds[2] == compat.INT
    assert results.python_columns(frame) == [[1e308, 12.5, None], [1, 2, 3], [1, None, 2]]


def test_stop_at_invalid_geometry_stops_cleanly(provider, tmp_path):
    """Processing's 'stop at invalid geometry': a message, no file, and the next run still works."""
    copy = tmp_path / "bron.gpkg"
    shutil.copy(EINDHOVEN, copy)
    layer = QgsVectorLayer(str(copy), "bron")
    fid = next(layer.getFeatures()).id()
    assert layer.startEditing()
    layer.changeGeometry(fid, QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 10 10, 10 0, 0 10, 0 0)))"))
    assert layer.commitChanges()
    del layer
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid)
    for name in ("uit.gpkg", "uit.shp", "uit.gpkg"):  # QGIS' own check crashed the interpreter on the next run
        with pytest.raises(QgsProcessingException, match="invalid geometry"):
            run({"INPUT": str(copy), "OUTPUT": str(tmp_path / name)}, context=context)
        assert not (tmp_path / name).exists() and not leftovers(tmp_path)


@pytest.mark.parametrize("algorithm", ["buurtkijker:scenario", "buurtkijker:computechange"])
def test_other_algorithms_write_all_or_nothing(provider, tmp_path, algorithm):
    """The later algorithms write through the same checked sink: a full disk leaves no file."""
    changes = tmp_path.parent / (tmp_path.name + "_wat_als.csv")
    changes.write_text("code;indicator;waarde\nBU07724210;woz;gemiddelde\n", encoding="utf-8")
    params = {"INPUT": str(EINDHOVEN), "CHANGES": str(changes)} if algorithm.endswith("scenario") else \
        {"BEFORE": str(EINDHOVEN), "AFTER": str(EINDHOVEN)}
    params["OUTPUT"] = str(tmp_path / "uit.shp")
    with disk_limit(20000), pytest.raises(QgsProcessingException, match="Could not write"):
        run(params, algorithm=algorithm)
    assert not list(tmp_path.iterdir())
