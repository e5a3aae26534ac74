#!/usr/bin/env python3
"""Build the national benchmark layer: the real CBS 2024 buurt table (14,574 buurten) on generated polygons.

Each buurt gets a Voronoi cell of random points inside its real 2022 wijk polygon (matched on the code: the
wijk code is BU_CODE[2:8]); buurten of wijken that changed since 2022 fall back to their gemeente, then their
province (those may overlap: fine for timing). Cells are densified to about 80 vertices, the average of real
buurten. Written to ``out/bench/nl_buurten_2024_bench.gpkg`` (outside the repository's tracked files).
Run: ``.venv/bin/python scripts/make_bench_data.py [out.gpkg]`` (and ``--redrawn`` for the second layer).

:func:`build_redrawn` makes a second layer for the BOUNDARIES row (issue 21): the same table, where each buurt whose
code the real 2019 buurtkaart has keeps that 2019 polygon (densified like the others) and only the buurten new
since 2019 have generated cells. That is how CBS numbers: a code is kept only when the buurt is (nearly) unchanged,
so 11,851 of the 14,574 buurten of 2024 carry a 2019 code. On the first layer no buurt matches a 2019 polygon (the
worst case: every buurt of the country redrawn), which the benchmark reports beside it.
"""

import os
import random
import sys
from pathlib import Path

import pandas as pd
from osgeo import ogr, osr
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer, QgsWkbTypes

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("BUURTKIJKER_REAL_DATA", ROOT.parent / "shared" / "data" / "real"))
TABLE = DATA / "cbs_kwb_2024_buurten_nl_table" / "cbs_kwb_2024_buurten_nl.csv"
WIJKEN = DATA / "cbs_wijken_2022_nl" / "cbs_wijken_gemeenten_2022_nl.gpkg"
OUT = ROOT / "out" / "bench" / "nl_buurten_2024_bench.gpkg"
REDRAWN = ROOT / "out" / "bench" / "nl_buurten_2024_bench_since_2019.gpkg"
POLYGONS_2019 = DATA / "cbs_buurten_2019_geometry_nl" / "cbs_buurten_2019_nl.gpkg"
TEXT = {"BU_CODE", "BU_NAAM", "WK_CODE", "WK_NAAM", "GM_CODE", "GM_NAAM", "PROV_NAAM", "POSTCODE"}
TARGET_VERTICES = 80


def polygons(layer_name, key):
    layer = QgsVectorLayer("{}|layername={}".format(WIJKEN, layer_name), layer_name, "ogr")
    return {f[key]: f.geometry() for f in layer.getFeatures()}


def random_points(container, n, rng):
    box = container.boundingBox()
    points = []
    tries = 0
    while len(points) < n and tries < 200 * n:
        tries += 1
        p = QgsPointXY(rng.uniform(box.xMinimum(), box.xMaximum()), rng.uniform(box.yMinimum(), box.yMaximum()))
        if container.contains(QgsGeometry.fromPointXY(p)):
            points.append(p)
    while len(points) < n:  # thin slivers: fall back to the centroid, nudged
        c = container.pointOnSurface().asPoint()
        points.append(QgsPointXY(c.x() + len(points), c.y()))
    return points


def cells(container, n, rng):
    if n == 1:
        return [container]
    points = random_points(container, n, rng)
    diagram = QgsGeometry.fromMultiPointXY(points).voronoiDiagram(QgsGeometry.fromRect(container.boundingBox()))
    parts = [QgsGeometry(p) for p in diagram.asGeometryCollection()]
    out = []
    for point in points:  # the cell holding each seed, in seed order
        pg = QgsGeometry.fromPointXY(point)
        cell = next((p for p in parts if p.contains(pg)), None)
        piece = cell.intersection(container) if cell is not None else container
        out.append(piece if not piece.isEmpty() else container)
    return out


def densify(geometry):
    vertices = max(sum(1 for _ in geometry.vertices()), 4)
    extra = max(0, round(TARGET_VERTICES / vertices) - 1)
    return geometry.densifyByCount(extra) if extra else geometry


def build(path=OUT, seed=2024):
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    rng = random.Random(seed)
    table = pd.read_csv(TABLE, dtype=str, keep_default_na=False)
    wijken, gemeenten = polygons("wijken_2022", "WK_CODE"), polygons("gemeenten_2022", "GM_CODE")
    provincies = {f["name"]: f.geometry() for f in QgsVectorLayer(
        "{}|layername=provincies_2022".format(WIJKEN), "p", "ogr").getFeatures()}
    container = table["WK_CODE"].map(lambda c: ("wk", c) if c in wijken else None)
    in_gemeente = table["GM_CODE"].map(lambda c: ("gm", c) if c in gemeenten else None)
    container = container.where(container.notna(), in_gemeente)
    container = container.where(container.notna(), table["PROV_NAAM"].map(lambda c: ("pv", c)))
    geometry = {}
    for (kind, code), rows in table.groupby(container).groups.items():
        shape = {"wk": wijken, "gm": gemeenten, "pv": provincies}[kind].get(code)
        if shape is None:
            shape = next(iter(provincies.values()))
        for index, cell in zip(rows, cells(shape, len(rows), rng)):
            geometry[index] = densify(cell)

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = ds.CreateLayer("buurten", srs, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom"])
    for column in table.columns:
        layer.CreateField(ogr.FieldDefn(column, ogr.OFTString if column in TEXT else ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("WATER", ogr.OFTString))
    defn = layer.GetLayerDefn()
    ds.StartTransaction()
    vertices = 0
    for index, row in table.iterrows():
        feature = ogr.Feature(defn)
        for column, value in row.items():
            if value != "":
                feature.SetField(column, value if column in TEXT else float(value))
        feature.SetField("WATER", "NEE")
        g = geometry[index]
        g.convertToMultiType()
        vertices += sum(1 for _ in g.vertices())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(g.asWkb())))
        layer.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None
    print("{}: {} buurten, {:.0f} vertices on average".format(path, len(table), vertices / len(table)))
    return path


def build_redrawn(bench=OUT, path=REDRAWN, seed=2019):
    """The bench layer with the 2019 polygon for every buurt whose code the 2019 buurtkaart has (see above),
    shifted by up to 3 m, so that, as between two CBS publications, the polygons are nearly but not exactly the same."""
    rng = random.Random(seed)
    from qgis.core import QgsApplication
    if QgsApplication.instance() is None:
        app = QgsApplication([], False)
        app.initQgis()
    old = {f["BU_CODE"]: f.geometry() for f in QgsVectorLayer(str(POLYGONS_2019), "b2019", "ogr").getFeatures()}
    path = Path(path)
    if path.exists():
        path.unlink()
    source = ogr.Open(str(bench))
    ds = ogr.GetDriverByName("GPKG").CopyDataSource(source, str(path))
    layer = ds.GetLayer(0)
    kept = 0
    ds.StartTransaction()
    for feature in layer:
        geometry = old.get(feature.GetField("BU_CODE"))
        if geometry is None:
            continue
        geometry = densify(QgsGeometry(geometry))
        if not geometry.isGeosValid():  # 21 of the generalised 2019 polygons cross themselves
            geometry = geometry.makeValid()
            geometry.convertGeometryCollectionToSubclass(QgsWkbTypes.GeometryType.PolygonGeometry)
        geometry.translate(rng.uniform(-3, 3), rng.uniform(-3, 3))  # as if digitised again: no shared vertices
        geometry.convertToMultiType()
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        layer.SetFeature(feature)
        kept += 1
    ds.CommitTransaction()
    ds = source = None
    print("{}: {} buurten on their 2019 polygon".format(path, kept))
    return path


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1:2] == ["--redrawn"]:  # make_bench_data.py --redrawn [bench.gpkg [out.gpkg]]
        build_redrawn(*sys.argv[2:4])
    else:
        build(sys.argv[1] if len(sys.argv) > 1 else OUT)
