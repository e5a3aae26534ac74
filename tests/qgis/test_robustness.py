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
    from buurtkijker_plugin.processing import compute_indices
    if name == "uit_slow.gpkg":  # the feature path's GeoPackage writer too
        monkeypatch.setattr(compute_indices, "FAST_GEOPACKAGE", False)
    target = tmp_path / name
    with disk_limit(60000), pytest.raises(QgsProcessingException, match="Could not write"):
        run({"INPUT": str(EINDHOVEN), "OUTPUT": str(target)})
    assert not target.exists() and not leftovers(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["uit.shp", "uit.geojson", "uit.gpkg"])
def test_a_failed_write_leaves_an_existing_output_as_it_was(provider, tmp_path, name):
    target = tmp_path / name
    run({"INPUT": str(EINDHOVEN), "THEMES": "veiligheid", "GEMEENTE": "Eindhoven", "OUTPUT": str(target)})
    before = {p.name: digest(p) for p in tmp_path.iterdir()}
    with disk_limit(60000), pytest.raises(QgsProcessingException, match="Could not write"):
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
        assert scored > 100
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
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometrySkipInvalid)
    scores, _ = formats_agree(provider, tmp_path, str(copy), context=context, expected=111)
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
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
    started = time.monotonic()
    timer = threading.Timer(1.0, feedback.cancel)
    timer.start()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"INPUT": str(WIJKEN_NL) + "|layername=wijken_2022", "REFERENCE": "national", "UNCERTAINTY": 5000,
             "OUTPUT": str(tmp_path / "uit.gpkg")}, feedback=feedback)
    timer.join()
    assert time.monotonic() - started < 1.5
    assert not (tmp_path / "uit.gpkg").exists() and not leftovers(tmp_path)
