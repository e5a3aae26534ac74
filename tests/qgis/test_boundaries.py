"""Sources carried onto today's buurten through other years' buurtgrenzen (issue 21), on real data: Amsterdam,
Almere and Zaanstad 2024 (renumbered since 2019) with the RIVM Gezondheidsmonitor 2020 and the 2019 buurtkaart."""

import itertools
import re

import numpy as np
import pandas as pd
import pytest
from osgeo import ogr, osr
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from buurtkijker_plugin.core import join_sources as js
from tests.conftest import NL_TABLE, REAL, RIVM
from tests.qgis.feedback import RecordingFeedback

GENERALISED = REAL / "cbs_buurten_2024_generalised_amsterdam_almere_zaanstad" / "buurten_2024_generalised.geojson"
POLYGONS_2019 = REAL / "cbs_buurten_2019_geometry_nl" / "cbs_buurten_2019_nl.gpkg"
ATTRIBUTES = ("BU_NAAM", "GM_CODE", "GM_NAAM", "AANT_INW", "A_00_14", "A_65_OO", "AANTAL_HH", "GEM_HH_GR", "WOZ",
              "P_1GEZW", "P_KOOPWON", "G_INK_PI", "OPP_LAND", "STED", "OAD", "MISDR_12MND", "MISDR_P1000")


def three_gemeenten_layer(path):
    """The real generalised 2024 polygons with the real 2024 national table's attributes, as one GeoPackage."""
    table = pd.read_csv(NL_TABLE, dtype={"BU_CODE": str}).set_index("BU_CODE")
    source = ogr.Open(str(GENERALISED))
    layer = source.GetLayer(0)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    target = out.CreateLayer("buurten_2024", srs, ogr.wkbMultiPolygon)
    target.CreateField(ogr.FieldDefn("BU_CODE", ogr.OFTString))
    for name in ATTRIBUTES:
        target.CreateField(ogr.FieldDefn(name, ogr.OFTString if name in ("BU_NAAM", "GM_CODE", "GM_NAAM")
                                         else ogr.OFTReal))
    for feature in layer:
        code = feature.GetField("statcode")
        row = table.loc[code]
        new = ogr.Feature(target.GetLayerDefn())
        new.SetField("BU_CODE", code)
        for name in ATTRIBUTES:
            if row[name] == row[name]:
                new.SetField(name, row[name] if isinstance(row[name], str) else float(row[name]))
        new.SetGeometry(ogr.ForceToMultiPolygon(feature.GetGeometryRef().Clone()))
        target.CreateFeature(new)
    out = None
    return path


@pytest.fixture(scope="module")
def carried(qgis_processing, tmp_path_factory):
    import processing
    from qgis.core import QgsApplication
    from buurtkijker_plugin.processing.provider import BuurtKijkerProvider
    registry = QgsApplication.processingRegistry()
    provider = BuurtKijkerProvider()
    registry.addProvider(provider)
    folder = tmp_path_factory.mktemp("boundaries")
    layer = three_gemeenten_layer(folder / "drie_gemeenten_2024.gpkg")
    log = RecordingFeedback()
    result = processing.run("buurtkijker:computeindices", {
        "INPUT": str(layer), "THEMES": ["sociale_veerkracht", "leefbaarheid"], "SOURCES": [str(RIVM)],
        "BOUNDARIES": [str(POLYGONS_2019)], "OUTPUT": str(folder / "out.gpkg")}, feedback=log)
    frame = pd.DataFrame([f.attributes() for f in QgsVectorLayer(result["OUTPUT"], "out").getFeatures()],
                         columns=QgsVectorLayer(result["OUTPUT"], "out").fields().names())
    yield frame, log, layer
    registry.removeProvider(provider)


def people(frame):
    return pd.to_numeric(frame["inwoners"], errors="coerce").fillna(0).to_numpy()


def test_95_percent_of_inhabitants_get_the_rivm_figures(carried):
    frame, log, _ = carried
    inhabitants = people(frame)
    counted = inhabitants >= 50
    has = pd.to_numeric(frame["eenzaam"], errors="coerce").notna().to_numpy()
    assert inhabitants[counted & has].sum() >= 0.95 * inhabitants[counted].sum()
    amsterdam = frame["gemeentecode"].eq("GM0363").to_numpy()
    assert has[amsterdam & counted].mean() > 0.95  # renumbered in 2022: nothing by code
    line = next(t for t in log.lines if "via the buurtgrenzen 2019" in t)
    start = log.lines.index(next(t for t in log.lines if t.startswith("Coverage per gemeente")))
    amsterdam_line = next(t for t in log.lines[start:] if t.strip().startswith("Amsterdam:"))
    assert re.search(r"(Eenzaam|Lonely) \(18\+\) (9[5-9]|100) %", amsterdam_line)
    share, via = re.match(r"RIVM Gezondheidsmonitor 2020: (\d+) % of the inhabitants, (\d+) % via", line).groups()
    assert int(share) >= 95 and int(via) >= 50


def unchanged_zaanstad(layer):
    """Zaanstad buurten whose code and polygon did not change 2019 -> 2024 (intersection over union >= 0.8),
    found here independently of the plugin, with their RIVM 2020 figure."""
    new = {f["BU_CODE"]: f.geometry() for f in QgsVectorLayer(str(layer), "n").getFeatures()
           if f["BU_CODE"].startswith("BU0479")}
    old = {f["BU_CODE"]: f.geometry() for f in QgsVectorLayer(str(POLYGONS_2019), "o").getFeatures(
        QgsFeatureRequest().setFilterExpression("\"GM_CODE\" = 'GM0479'"))}
    same = []
    for code in set(new) & set(old):
        a, b = new[code], old[code].makeValid()
        if a.intersection(b).area() >= 0.8 * a.combine(b).area():
            same.append(code)
    rivm = js.prepare(js.read_file(RIVM))[0].values
    return {code: rivm.at[code, "eenzaam"] for code in same
            if code in rivm.index and rivm.at[code, "eenzaam"] == rivm.at[code, "eenzaam"]}


def test_unchanged_zaanstad_buurten_keep_their_own_figure(carried):
    frame, _, layer = carried
    own = unchanged_zaanstad(layer)
    assert len(own) >= 20
    values = pd.to_numeric(frame.set_index("code")["eenzaam"], errors="coerce")
    for code, value in own.items():
        assert abs(values[code] - value) <= 2, code
    years = frame.set_index("code")["bk_years"]
    assert all("buurtgrenzen" not in years[c] for c in own)  # their own value, not carried over


def test_sociale_veerkracht_scored_for_90_percent(carried):
    frame, _, _ = carried
    counted = people(frame) >= 50  # buurten under 50 inhabitants get no score by design (CBS secrecy bound)
    scored = pd.to_numeric(frame["bk_sociale_veerkracht"], errors="coerce").notna().to_numpy()
    assert scored[counted].mean() >= 0.90


def test_bk_years_and_sources_say_what_was_carried_over(carried):
    frame, _, _ = carried
    row = frame[frame["code"] == "BU0363AA01"].iloc[0]
    assert "eenzaam:2020 (buurtgrenzen 2019, " in row["bk_years"] and "inwoners:2024" in row["bk_years"]
    assert "RIVM Gezondheidsmonitor=2020~2019" in row["bk_sources"]
    from buurtkijker_plugin.qgis_io import layouts
    assert "2020 (via buurtgrenzen 2019)" in layouts.source_line(2024, js.parse_sources_text(row["bk_sources"])) \
        or "2020 (via buurtgrenzen 2019)" in layouts.year_list(["2020~2019"])


def test_without_boundaries_amsterdam_gets_nothing(carried, tmp_path):
    import processing
    layer = three_gemeenten_layer(tmp_path / "drie_gemeenten_2024.gpkg")
    result = processing.run("buurtkijker:computeindices", {
        "INPUT": str(layer), "THEMES": ["sociale_veerkracht"], "SOURCES": [str(RIVM)],
        "OUTPUT": str(tmp_path / "out.gpkg")})
    frame = pd.DataFrame([f.attributes() for f in QgsVectorLayer(result["OUTPUT"], "o").getFeatures()],
                         columns=QgsVectorLayer(result["OUTPUT"], "o").fields().names())
    amsterdam = frame["gemeentecode"].eq("GM0363").to_numpy()
    assert pd.to_numeric(frame["eenzaam"], errors="coerce")[amsterdam].isna().all()
    assert np.isfinite(pd.to_numeric(frame["eenzaam"], errors="coerce")).sum() < 0.3 * len(frame)


KWB_2017 = REAL / "cbs_kwb_2017_buurt_income_nl_subset" / "cbs_kwb_2017_83765NED_buurten_income_subset.csv"


def test_change_from_another_indeling_through_boundaries(carried, tmp_path):
    """computechange 2017 -> 2024 for Amsterdam (renumbered in 2022): by code 0 buurten match; with the 2019
    polygons as BOUNDARIES the 2017 table (2019 indeling there) is carried onto the 2024 buurten."""
    import processing
    layer = three_gemeenten_layer(tmp_path / "drie_gemeenten_2024.gpkg")
    log = RecordingFeedback()
    result = processing.run("buurtkijker:computechange", {
        "BEFORE": str(KWB_2017), "AFTER": str(layer), "GEMEENTE": "Amsterdam", "THEMES": "demografie",
        "BOUNDARIES": [str(POLYGONS_2019)], "OUTPUT": str(tmp_path / "change.gpkg")}, feedback=log)
    assert result["MATCHED"] >= 400 and "demografie" in result["THEMES_COMPUTED"]
    assert any("through the buurtgrenzen 2019" in line for line in log.lines)
    frame = pd.DataFrame([f.attributes() for f in QgsVectorLayer(result["OUTPUT"], "c").getFeatures()],
                         columns=QgsVectorLayer(result["OUTPUT"], "c").fields().names())
    assert pd.to_numeric(frame["bk_demografie_change"], errors="coerce").notna().sum() >= 300


def test_change_by_code_alone_is_refused(carried, tmp_path):
    """Own test (a refusal's traceback must not keep another run's layers alive): by code alone the 2017 table
    and Amsterdam's 2024 buurten have nothing in common."""
    import processing
    from qgis.core import QgsProcessingException
    layer = three_gemeenten_layer(tmp_path / "drie_gemeenten_2024.gpkg")
    with pytest.raises(QgsProcessingException, match="No buurt code occurs in both years.*as BOUNDARIES"):
        processing.run("buurtkijker:computechange", {
            "BEFORE": str(KWB_2017), "AFTER": str(layer), "GEMEENTE": "Amsterdam", "THEMES": "demografie",
            "OUTPUT": str(tmp_path / "change_by_code.gpkg")})


def test_overlay_job_same_pairs_on_one_thread_or_two_and_cancellable(carried):
    """The background overlay (issue 21 speed): one thread or two, the same pairs; a cancelled job gives None.
    A buurt unchanged since 2019 (same code, extent and area) is paired with its own old buurt only."""
    from qgis.core import QgsProject
    from buurtkijker_plugin.qgis_io import boundaries
    layer = QgsVectorLayer(str(carried[2]), "drie")
    old = boundaries.read_boundaries(QgsVectorLayer(str(POLYGONS_2019), "b2019"), layer.crs(),
                                     QgsProject.instance().transformContext())
    features = list(layer.getFeatures())
    shapes, codes = [f.geometry() for f in features], [f["BU_CODE"] for f in features]

    def pairs(overlay):
        return sorted((codes[r], str(overlay.codes[c]), round(a, 3)) for r, c, a in
                      zip(overlay.rows, overlay.cols, overlay.area))

    one = boundaries.OverlayJob(old, shapes, codes, workers=1).result()
    two = boundaries.OverlayJob(old, shapes, codes, workers=2).result()
    assert len(one.rows) > len(shapes)  # renumbered Amsterdam: several old buurten per new one
    assert pairs(one) == pairs(two)
    own = {}
    for code, old_code, _ in pairs(one):
        own.setdefault(code, []).append(old_code)
    kept = [c for c in own if own[c] == [c]]
    assert len(kept) >= 20 and all(c.startswith(("BU0034", "BU0479")) for c in kept)  # Almere, Zaanstad
    assert boundaries.OverlayJob(old, shapes, codes, cancelled=lambda: True).result() is None

    def fresh():
        return boundaries.read_boundaries(QgsVectorLayer(str(POLYGONS_2019), "b2019"), layer.crs(),
                                          QgsProject.instance().transformContext())

    for asked in (1, 2, 3):  # a Cancel in a fresh job's first steps (sieve, reading the old layer): no result
        calls = itertools.count(1)
        assert boundaries.OverlayJob(fresh(), shapes, codes, cancelled=lambda: next(calls) >= asked).result() is None


def test_a_selection_gets_the_same_carried_figures_as_the_whole_layer(carried, tmp_path):
    """GEMEENTE given (the overlay runs after the read, on the selection's rows) or not (it starts before the read,
    on every row): the same carried RIVM figures."""
    import processing
    frame, _, layer = carried
    result = processing.run("buurtkijker:computeindices", {
        "INPUT": str(layer), "GEMEENTE": "GM0479", "THEMES": ["sociale_veerkracht", "leefbaarheid"],
        "SOURCES": [str(RIVM)], "BOUNDARIES": [str(POLYGONS_2019)], "OUTPUT": str(tmp_path / "zaanstad.gpkg")})
    out = QgsVectorLayer(result["OUTPUT"], "zaanstad")
    part = pd.DataFrame([f.attributes() for f in out.getFeatures()], columns=out.fields().names())
    mine = pd.to_numeric(part.set_index("code")["eenzaam"], errors="coerce")
    whole = pd.to_numeric(frame.set_index("code")["eenzaam"], errors="coerce")
    assert len(mine) > 50 and mine.notna().mean() > 0.9
    assert np.allclose(mine, whole.loc[mine.index], equal_nan=True)


def test_boundaries_without_codes_or_polygons_are_refused_with_a_message(carried, tmp_path):
    """A BOUNDARIES layer of points, or of polygons without one buurt code: the run stops with a message naming
    the layer (read in the overlay's own thread, the error still reaches the user)."""
    import processing
    from qgis.core import QgsProcessingException
    _, _, layer = carried
    source = ogr.Open(str(POLYGONS_2019))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "grenzen.gpkg"))
    points = out.CreateLayer("punten_2019", srs, ogr.wkbPoint)
    points.CreateField(ogr.FieldDefn("BU_CODE", ogr.OFTString))
    nocodes = out.CreateLayer("zonder_codes_2019", srs, ogr.wkbMultiPolygon)
    nocodes.CreateField(ogr.FieldDefn("BU_CODE", ogr.OFTString))
    for feature in list(source.GetLayer(0))[:20]:
        for target, geometry, code in ((points, feature.GetGeometryRef().Centroid(), feature.GetField("BU_CODE")),
                                       (nocodes, feature.GetGeometryRef().Clone(), "onbekend")):
            new = ogr.Feature(target.GetLayerDefn())
            new.SetField("BU_CODE", code)
            new.SetGeometry(geometry)
            target.CreateFeature(new)
    out = None
    for name, words in (("punten_2019", "not a buurt polygon layer"), ("zonder_codes_2019", "no buurt polygons")):
        with pytest.raises(QgsProcessingException, match=words):
            processing.run("buurtkijker:computeindices", {
                "INPUT": str(layer), "THEMES": ["leefbaarheid"], "SOURCES": [str(RIVM)],
                "BOUNDARIES": ["{}|layername={}".format(tmp_path / "grenzen.gpkg", name)],
                "OUTPUT": str(tmp_path / "{}.gpkg".format(name))})
        assert not (tmp_path / "{}.gpkg".format(name)).exists()


def test_boundaries_read_in_another_crs_and_with_crossing_polygons(carried, tmp_path):
    """The 2019 polygons as QGIS reads them for the overlay (one bulk read into a spatial index, skipping invalid
    polygons): every buurt with a code is there, the 21 generalised polygons that cross themselves repaired, and
    a copy in WGS 84 comes out in the input's CRS with the same areas."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject
    from buurtkijker_plugin.qgis_io import boundaries
    layer = QgsVectorLayer(str(POLYGONS_2019), "b2019")
    crossing = {f["BU_CODE"] for f in layer.getFeatures() if not f.geometry().isGeosValid()}
    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    read = boundaries.read_boundaries(layer, rd, QgsProject.instance().transformContext())
    read.prefetch()
    assert len(read.codes) == layer.featureCount() and len(crossing) == 21
    assert all(g.isGeosValid() for g in read.geometries)
    areas = dict(zip(read.codes, (g.area() for g in read.geometries)))
    assert crossing <= set(areas) and all(areas[c] > 0 for c in crossing)
    wgs84 = tmp_path / "buurten_2019_wgs84.gpkg"
    dataset = ogr.Open(str(POLYGONS_2019))  # kept: its layer dies with it
    source = dataset.GetLayer(0)
    source.SetAttributeFilter("GM_CODE = 'GM0479'")
    target_srs = osr.SpatialReference()
    target_srs.ImportFromEPSG(4326)
    target_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(wgs84))
    target = out.CreateLayer("buurten_2019", target_srs, ogr.wkbMultiPolygon)
    target.CreateField(ogr.FieldDefn("BU_CODE", ogr.OFTString))
    transform = osr.CoordinateTransformation(source.GetSpatialRef(), target_srs)
    for feature in source:
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        new = ogr.Feature(target.GetLayerDefn())
        new.SetField("BU_CODE", feature.GetField("BU_CODE"))
        new.SetGeometry(geometry)
        target.CreateFeature(new)
    out = None
    moved = boundaries.read_boundaries(QgsVectorLayer(str(wgs84), "wgs84"), rd,
                                       QgsProject.instance().transformContext())
    assert len(moved.codes) == source.GetFeatureCount() >= 40
    for code, geometry in zip(moved.codes, moved.geometries):
        assert geometry.area() == pytest.approx(areas[code], rel=1e-6), code


def square(x, y, size=100.0):
    from qgis.core import QgsGeometry
    return QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + size, y + size))


@pytest.mark.parametrize("subset", [None, "fid > 0"], ids=["one query", "feature by feature"])
def test_boundaries_layer_with_odd_ids_missing_polygons_and_codes(tmp_path, subset):
    """The reader matches codes to polygons by feature id: ids far from 0..n-1, a feature without a polygon, one
    without a code and a crossing (bow-tie) polygon; the index answers with positions in the codes' order. The
    codes of a plain GeoPackage are read by one query, of a filtered layer feature by feature: the same."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject
    from buurtkijker_plugin.qgis_io import boundaries
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "grenzen_2019.gpkg"))
    layer = out.CreateLayer("buurten_2019", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("BU_CODE", ogr.OFTString))
    features = [(220, "BU00010001", "MULTIPOLYGON(((0 0,100 0,100 100,0 100,0 0)))"),
                (900005, "BU00010002", "MULTIPOLYGON(((100 0,200 0,200 100,100 100,100 0)))"),
                (431, "BU00010003", None),
                (432, None, "MULTIPOLYGON(((300 0,400 0,400 100,300 100,300 0)))"),
                (77, "BU00010004", "MULTIPOLYGON(((0 200,100 300,100 200,0 300,0 200)))")]  # crosses itself
    for fid, code, wkt in features:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(fid)
        feature.SetField("BU_CODE", code)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    out = None
    grenzen = QgsVectorLayer(str(tmp_path / "grenzen_2019.gpkg"), "grenzen_2019")
    if subset:
        grenzen.setSubsetString(subset)

    def read_again():
        return boundaries.read_boundaries(grenzen, QgsCoordinateReferenceSystem("EPSG:28992"),
                                          QgsProject.instance().transformContext())

    def overlaid(read):  # a new code over two old buurten, the bow-tie's own code, and the polygon without a code
        overlay = boundaries.overlay(read, [square(50, 0), square(0, 200), square(300, 0)],
                                     codes=["BU00010009", "BU00010004", "BU00010010"])
        return sorted((int(r), read.codes[c], round(float(a))) for r, c, a in
                      zip(overlay.rows, overlay.cols, overlay.area))

    expected = [(0, "BU00010001", 5000), (0, "BU00010002", 5000), (1, "BU00010004", 5000)]
    assert overlaid(read_again()) == expected  # by feature id, before the codes are sorted out
    read = read_again()
    assert read.year == 2019 and sorted(read.codes) == ["BU00010001", "BU00010002", "BU00010004"]
    where = {code: k for k, code in enumerate(read.codes)}
    assert read.geometries[where["BU00010002"]].area() == pytest.approx(10000)
    assert read.geometries[where["BU00010004"]].isGeosValid()
    assert read.geometries[where["BU00010004"]].area() == pytest.approx(5000)  # two triangles
    assert [read.codes[k] for k in read.index.intersects(square(150, 50, 10).boundingBox())] == ["BU00010002"]
    assert read.index.intersects(square(310, 10, 10).boundingBox()) == []  # no code: not there
    assert overlaid(read) == expected  # by position, the codes read first
    empty = boundaries.overlay(boundaries.Boundaries("leeg", 2019, [], []), [square(0, 0)], codes=["BU00010001"])
    assert len(empty.rows) == 0 and len(empty.new_area) == 1


def test_a_crossing_input_polygon_is_repaired_before_the_overlay(carried, tmp_path):
    """Without Processing's geometry check a crossing input polygon reaches the overlay: it is repaired there, so
    the buurt gets the figures of its repaired polygon (as a layer holding the repaired polygon gives them)."""
    import processing
    from qgis.core import QgsFeatureRequest as Request, QgsProcessingFeatureSourceDefinition as Definition
    frame, _, layer = carried
    code = "BU0363AA01"  # renumbered in 2022: its RIVM figure is carried over
    crossing, repaired = tmp_path / "kruisend_2024.gpkg", tmp_path / "hersteld_2024.gpkg"
    for path, mend in ((crossing, False), (repaired, True)):
        source = ogr.Open(str(layer))
        copy = ogr.GetDriverByName("GPKG").CopyDataSource(source, str(path))
        target = copy.GetLayer(0)
        target.SetAttributeFilter("BU_CODE = '{}'".format(code))
        feature = target.GetNextFeature()
        xmin, xmax, ymin, ymax = feature.GetGeometryRef().GetEnvelope()
        bow = ogr.CreateGeometryFromWkt("MULTIPOLYGON((({0} {2},{1} {3},{1} {2},{0} {3},{0} {2})))".format(
            xmin, xmax, ymin, ymax))
        feature.SetGeometry(bow.MakeValid() if mend else bow)
        target.SetFeature(feature)
        copy = source = None
    figures = {}
    for path, check in ((crossing, Request.InvalidGeometryCheck.GeometryNoCheck),
                        (repaired, Request.InvalidGeometryCheck.GeometryAbortOnInvalid)):
        result = processing.run("buurtkijker:computeindices", {
            "INPUT": Definition(str(path), False, -1, Definition.Flag.FlagOverrideDefaultGeometryCheck, check),
            "THEMES": ["sociale_veerkracht", "leefbaarheid"], "SOURCES": [str(RIVM)],
            "BOUNDARIES": [str(POLYGONS_2019)],
            "OUTPUT": str(tmp_path / "uit_{}".format(path.name))})
        out = QgsVectorLayer(result["OUTPUT"], "uit")
        row = next(out.getFeatures(Request().setFilterExpression("\"code\" = '{}'".format(code))))
        figures[path] = (row["eenzaam"], row["bk_years"])
    assert figures[crossing] == figures[repaired]
    assert figures[crossing][0] == figures[crossing][0] and "buurtgrenzen 2019" in figures[crossing][1]


def test_boundaries_without_buurt_codes_are_refused_before_any_overlay(tmp_path, monkeypatch):
    """A layer of other polygons (wijk codes, no buurt code): a clear message, before the overlay starts on the
    input's buurten (whose codes it would all lack)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject
    from buurtkijker_plugin.core.errors import BuurtKijkerError
    from buurtkijker_plugin.qgis_io import boundaries
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "wijken_2019.gpkg"))
    layer = out.CreateLayer("wijken_2019", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("BU_CODE", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("BU_CODE", "WK000101")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON(((0 0,100 0,100 100,0 100,0 0)))"))
    layer.CreateFeature(feature)
    out = None
    read = boundaries.read_boundaries(QgsVectorLayer(str(tmp_path / "wijken_2019.gpkg"), "wijken_2019"),
                                      QgsCoordinateReferenceSystem("EPSG:28992"),
                                      QgsProject.instance().transformContext())
    sieved = []

    class Sieve(boundaries._Sieve):
        def add(self, tasks):
            tasks = list(tasks)
            sieved.extend(tasks)
            return super().add(tasks)

    monkeypatch.setattr(boundaries, "_Sieve", Sieve)
    with pytest.raises(BuurtKijkerError, match="no buurt polygons with a buurt code"):
        boundaries.overlay(read, [square(50, 50)], codes=["BU00010001"])
    assert sieved == []


def test_batches_cancelled_while_waiting_run_no_more():
    """The overlay's batches (issue 21 speed): this thread takes the unstarted ones from the back, in order of
    submission for the results; a Cancel while it waits runs none of the rest and gives None."""
    import threading
    from concurrent.futures import ThreadPoolExecutor
    from buurtkijker_plugin.qgis_io import boundaries
    started, release, ran = threading.Event(), threading.Event(), []

    def work(k):
        if k == 0:
            started.set()
            release.wait(5)
        ran.append(k)
        return k

    with ThreadPoolExecutor(max_workers=1) as pool:
        batches = boundaries._Batches(pool, work)
        for k in range(4):
            batches.submit(k)
        started.wait(5)
        release.set()
        assert batches.results() == [0, 1, 2, 3]
    assert sorted(ran) == [0, 1, 2, 3]
    ran.clear()
    started.clear()
    release.clear()
    with ThreadPoolExecutor(max_workers=1) as pool:
        batches = boundaries._Batches(pool, work)
        for k in range(4):
            batches.submit(k)
        started.wait(5)
        assert batches.results(cancelled=lambda: True) is None
        release.set()
    assert ran == [0]  # (the worker's own batch only)
