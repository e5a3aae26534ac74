#!/usr/bin/env python3
"""Build the national benchmark layer: the real CBS 2024 buurt table (14,574 buurten) on generated polygons.

Each buurt gets a Voronoi cell of random points inside its real 2022 wijk polygon (matched on the code: the
wijk code is BU_CODE[2:8]); buurten of wijken that changed since 2022 fall back to their gemeente, then their
province (those may overlap: fine for timing). Cells are densified to about 80 vertices, the average of real
buurten. Written to ``out/bench/nl_buurten_2024_bench.gpkg`` (outside the repository's tracked files).
Run: ``.venv/bin/python scripts/make_bench_data.py [out.gpkg]``.
"""

import os
import random
import sys
from pathlib import Path

import pandas as pd
from osgeo import ogr, osr
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("BUURTKIJKER_REAL_DATA", ROOT.parent / "shared" / "data" / "real"))
TABLE = DATA / "cbs_kwb_2024_buurten_nl_table" / "cbs_kwb_2024_buurten_nl.csv"
WIJKEN = DATA / "cbs_wijken_2022_nl" / "cbs_wijken_gemeenten_2022_nl.gpkg"
OUT = ROOT / "out" / "bench" / "nl_buurten_2024_bench.gpkg"
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


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
