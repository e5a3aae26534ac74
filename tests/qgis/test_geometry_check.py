"""Issue 25: a GeoPackage input's invalid-geometry check is done in the attribute read (each geometry blob through
QgsGeometry.isGeosValid) instead of a second pass over the layer. It must find exactly the features QGIS' own
per-feature check finds, for every kind of geometry a buurt layer can hold, and computeindices must leave out
(skip) or stop at the same ones."""

import shutil

import pytest
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingFeatureSource, QgsProject, QgsVectorLayer)

from tests.conftest import EINDHOVEN

SKIP = QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid
STOP = QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid
ODD = {  # WKT (None: no geometry) -> valid to GEOS?
    "bowtie": ("MULTIPOLYGON(((0 0, 10 10, 10 0, 0 10, 0 0)))", False),
    "no geometry": (None, True),
    "empty": ("MULTIPOLYGON EMPTY", True),
    "hole": ("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0),(1 1, 2 1, 2 2, 1 1)))", True),
    "overlapping parts": ("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)),((5 5, 15 5, 15 15, 5 15, 5 5)))", False),
    "repeated point": ("MULTIPOLYGON(((0 0, 10 0, 10 10, 10 10, 0 0)))", True),
    "spike": ("MULTIPOLYGON(((0 0, 10 0, 10 10, 20 20, 10 10, 0 10, 0 0)))", False),
}


@pytest.fixture
def odd_layer(tmp_path):
    """A copy of Eindhoven whose first features have the geometries of ODD (in that order); the source untouched."""
    copy = tmp_path / "odd.gpkg"
    shutil.copy(EINDHOVEN, copy)
    layer = QgsVectorLayer(str(copy), "odd")
    fids = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setLimit(len(ODD)))]
    assert layer.startEditing()
    for fid, (wkt, _) in zip(fids, ODD.values()):
        assert layer.changeGeometry(fid, QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry())
    assert layer.commitChanges()
    del layer
    return copy, dict(zip(ODD, fids))


def test_blob_check_finds_what_qgis_finds(odd_layer):
    from buurtkijker_plugin.qgis_io import geopackage
    path, fids = odd_layer
    layer = QgsVectorLayer(str(path), "odd")
    by_qgis = [f.id() for f in layer.getFeatures()
               if f.hasGeometry() and not f.geometry().isGeosValid()]
    raw, invalid = geopackage.read_columns(geopackage.source_table(layer.source()), ["BU_CODE"], invalid=True)
    assert invalid == by_qgis == sorted(fids[name] for name, (_, valid) in ODD.items() if not valid)
    assert len(raw) == layer.featureCount()  # the read itself keeps every row


def test_computeindices_skips_and_stops_at_the_same_features(provider, odd_layer, tmp_path):
    import processing
    path, fids = odd_layer
    invalid = {fids[name] for name, (_, valid) in ODD.items() if not valid}
    layer = QgsVectorLayer(str(path), "odd")
    codes = {f.id(): f["BU_CODE"] for f in layer.getFeatures()}
    del layer
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(SKIP)
    result = processing.run("buurtkijker:computeindices", {"INPUT": str(path), "OUTPUT": str(tmp_path / "uit.gpkg")},
                            context=context)
    written = {f["code"] for f in QgsVectorLayer(result["OUTPUT"], "uit").getFeatures()}
    assert written == {c for fid, c in codes.items() if fid not in invalid}
    from buurtkijker_plugin.qgis_io import layers
    layer = QgsVectorLayer(str(path), "odd")
    source = QgsProcessingFeatureSource(layer, context)
    assert set(layers.feature_ids(source, None, SKIP)) == set(codes) - invalid  # QGIS' own pass agrees
    del source, layer
    context.setInvalidGeometryCheck(STOP)
    with pytest.raises(QgsProcessingException, match="Feature {} of".format(min(invalid))):
        processing.run("buurtkijker:computeindices", {"INPUT": str(path), "OUTPUT": str(tmp_path / "stop.gpkg")},
                       context=context)
    assert not (tmp_path / "stop.gpkg").exists()
