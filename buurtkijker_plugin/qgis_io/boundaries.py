"""Other years' buurt polygons (BOUNDARIES) laid over the input's buurten with QGIS' geometry engine (issue 21).

:func:`read_boundaries` reads a layer of another year's buurten (codes, polygons in the input's CRS, inhabitants
when it has them), read-only and on the main thread; :func:`overlay` finds, with a :class:`QgsSpatialIndex` and a
prepared :class:`QgsGeometryEngine` per input buurt, which old buurten overlap it and by how much area. The
weighing of the figures is in :mod:`..core.carry` (no QGIS there).
"""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProcessingFeatureSource,
                       QgsProviderRegistry, QgsSpatialIndex, QgsVectorLayerFeatureSource)

from ..core import carry, cbs_schema as schema, codes as bk_codes
from ..core.cbs_table import clean_numeric
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..core.join_sources import year_in_name


SAME_EXTENT = 0.9  # bounding boxes and areas of an unchanged buurt in two publications: 0.9 or more in common


class Boundaries:
    """Another year's buurten: ``codes``, ``geometries`` (QgsGeometry in the input's CRS, valid) and
    ``inhabitants`` (numpy array or None). Made by :func:`read_boundaries`, they are read from the layer on first
    use, on whichever thread uses them first (the overlay's own, so the reading overlaps the table's)."""

    def __init__(self, name, year, codes=None, geometries=None, inhabitants=None, reader=None):
        self.name, self.year = name, year
        self._reader = reader
        self._read = None if reader is not None else (list(codes), list(geometries), inhabitants)
        self._lock = threading.Lock()

    def _content(self):
        with self._lock:
            if self._read is None:
                self._read = self._reader()
                self._reader = None
            return self._read

    @property
    def codes(self):
        return self._content()[0]

    @property
    def geometries(self):
        return self._content()[1]

    @property
    def inhabitants(self):
        return self._content()[2]


def _year(layer, found):
    uri = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    for text in (layer.name(), os.path.basename(uri.get("path") or ""), uri.get("layerName") or ""):
        year = year_in_name(text)
        if year:
            return year
    if "jaar" in found:
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
                                         .setSubsetOfAttributes([found["jaar"]], layer.fields()).setLimit(1)):
            year = year_in_name(str(feature[found["jaar"]]))
            if year:
                return year
    return None


def read_boundaries(layer, crs, transform_context):
    """A polygon layer of another year's buurten as :class:`Boundaries` (the layer itself is not changed).

    On the main thread (it touches the layer): the checks, its year and a feature source; the features are read
    from that source when the polygons are first used."""
    found = schema.match_columns(layer.fields().names())
    if "buurtcode" not in found or layer.geometryType() != 2:  # QgsWkbTypes.PolygonGeometry
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Buurtgrenzen '{layer}': not a buurt polygon layer with buurt codes (a column such as "
                           "BU_CODE or statcode)."), layer=layer.name())
    transform = QgsCoordinateTransform(layer.crs(), crs, transform_context) if layer.crs() != crs else None
    source, fields, name = QgsVectorLayerFeatureSource(layer), layer.fields(), layer.name()
    return Boundaries(name, _year(layer, found), reader=lambda: _read_features(source, fields, found, transform, name))


def _read_features(source, fields, found, transform, name):
    """``(codes, geometries, inhabitants)`` of a boundaries layer's feature source (any thread)."""
    columns = [found["buurtcode"]] + ([found["inwoners"]] if "inwoners" in found else [])
    request = QgsFeatureRequest().setSubsetOfAttributes(columns, fields)
    code_index, people_index = fields.indexOf(found["buurtcode"]), fields.indexOf(found.get("inwoners", ""))
    codes, geometries, people = [], [], []
    for feature in source.getFeatures(request):
        code = bk_codes.clean(feature.attribute(code_index))
        geometry = _old_polygon(code, feature.geometry(), transform)
        if geometry is None:
            continue
        codes.append(code)
        geometries.append(geometry)
        if people_index >= 0:
            people.append(feature.attribute(people_index))
    if not codes:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Buurtgrenzen '{layer}': no buurt polygons with a buurt code."), layer=name)
    inhabitants = None
    if people:
        import pandas as pd
        inhabitants = clean_numeric(pd.Series([p if isinstance(p, (int, float)) else None for p in people],
                                              dtype=float)).to_numpy()
    return codes, geometries, inhabitants


def _old_polygon(code, geometry, transform):
    """An old buurt's polygon as the overlay reads it: a valid copy in the input's CRS; None without a buurt code
    or a polygon. Generalised polygons may cross themselves: they are repaired on this copy, the layer is not."""
    if not bk_codes.is_code(code) or geometry is None or geometry.isEmpty():
        return None
    geometry = QgsGeometry(geometry)
    if transform is not None:
        geometry.transform(transform)
    return geometry if geometry.isGeosValid() else geometry.makeValid()


def overlay(boundaries, geometries, cancelled=None, codes=None, workers=None):
    """:class:`carry.Overlay` of ``boundaries`` over the input rows' ``geometries`` (QgsGeometry, in order); None
    when ``cancelled()`` turned true. ``codes``: the input rows' buurt codes (see :class:`OverlayJob`)."""
    return OverlayJob(boundaries, geometries, codes, cancelled, workers).result()


class OverlayJob:
    """:class:`carry.Overlay` of ``boundaries`` over the input rows' ``geometries``, computed in the background.

    A buurt whose code (``codes``) the old indeling has, with the same extent and area or nearly the same polygon
    (:data:`SAME_EXTENT`, :data:`carry.UNCHANGED_IOU`), keeps its own value: its other overlaps are not needed and
    not computed (CBS keeps a code only for a buurt that is (nearly) unchanged, so this saves most of the work).

    The job starts at once on a thread of its own: it fills a :class:`QgsSpatialIndex` of the old polygons and
    hands the GEOS work (validity, predicates, intersections with one prepared engine per input buurt) to
    ``workers`` threads (default: one per core). QGIS' geometry calls release Python's lock, so the cores share
    the work while the caller waits in :meth:`result` (a caller running Python meanwhile would slow both: measured).
    The geometries are only read, never changed (the old polygons' bounding boxes, which QGIS caches on first use,
    are taken before the threads use them). QGIS 3.22 shares one GEOS context between threads, as its own renderer
    and tasks do; 3.28+ has one per thread.
    """

    def __init__(self, boundaries, geometries, codes=None, cancelled=None, workers=None):
        self._boundaries = boundaries
        self._geometries = list(geometries)
        self._codes = list(codes) if codes is not None else None
        self._cancelled = cancelled
        self._workers = max(1, min(workers or os.cpu_count() or 1, 8))
        self._stop = threading.Event()
        self._outcome = None
        self._thread = threading.Thread(target=self._run, name="bk_overlay", daemon=True)
        self._thread.start()

    def cancel(self):
        self._stop.set()

    def result(self):
        """The :class:`carry.Overlay`, None when cancelled."""
        self._thread.join()
        if isinstance(self._outcome, BaseException):
            raise self._outcome
        return self._outcome

    def _run(self):
        try:
            self._outcome = self._compute()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller of result()
            self._outcome = exc

    def _cancelled_now(self):
        return self._stop.is_set() or (self._cancelled is not None and self._cancelled())

    def _compute(self):
        """In three steps, the GEOS work of the first and last on the worker threads: (1) each input buurt made
        valid, its area, and, when the old indeling has its code, whether it is unchanged (same extent and area,
        else one intersection); meanwhile the spatial index of the old polygons is filled; (2) the old polygons
        whose box touches each other buurt; (3) their overlaps with it, with one prepared engine per buurt."""
        boundaries = self._boundaries
        with ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="bk_overlay") as pool:
            old = boundaries.geometries
            geometries, codes = self._geometries, self._codes
            old_area = np.array([g.area() for g in old], dtype=float)
            same_code = {c: j for j, c in enumerate(boundaries.codes)}
            tasks = [(i, geometry, same_code.get(codes[i]) if codes is not None else None)
                     for i, geometry in enumerate(geometries) if geometry is not None and not geometry.isEmpty()]
            boxes = [geometry.boundingBox() for geometry in old]
            first = self._chunks(pool, tasks,
                                 lambda part: _own_rows(part, old, boxes, old_area, self._cancelled_now))
            index = QgsSpatialIndex()
            for j, box in enumerate(boxes):
                index.addFeature(j, box)
            first = [future.result() for future in first]
            if any(part is None for part in first):
                return None
            pending = [(i, geometry, index.intersects(geometry.boundingBox()), same, known)
                       for part in first for i, geometry, same, known in part[3]]
            last = self._chunks(pool, pending,
                                lambda part: _other_rows(part, old, boxes, old_area, self._cancelled_now))
            last = [future.result() for future in last]
        if any(part is None for part in last):
            return None
        new_area = np.zeros(len(geometries))
        rows, cols, areas = [], [], []
        for own_rows, own_areas, unchanged, _ in first:
            new_area[own_rows] = own_areas
            for i, j, area in unchanged:
                rows.append(i)
                cols.append(j)
                areas.append(area)
        kept = len(rows)  # the unchanged pairs come first
        for pair_rows, pair_cols, pair_areas in last:
            rows += pair_rows
            cols += pair_cols
            areas += pair_areas
        return carry.Overlay(boundaries.name, boundaries.year, np.array(boundaries.codes, dtype=object), old_area,
                             new_area, np.array(rows, dtype=int), np.array(cols, dtype=int),
                             np.array(areas, dtype=float), boundaries.inhabitants,
                             unchanged=np.arange(len(rows)) < kept)

    def _chunks(self, pool, tasks, work):
        """``work`` on chunks of ``tasks`` in ``pool`` (a few chunks per worker, so they finish together)."""
        size = max(32, len(tasks) // (self._workers * 8) + 1)
        return [pool.submit(work, tasks[k:k + size]) for k in range(0, len(tasks), size)]


def _inside(inner, outer):
    return (inner.xMinimum() >= outer.xMinimum() and inner.xMaximum() <= outer.xMaximum()
            and inner.yMinimum() >= outer.yMinimum() and inner.yMaximum() <= outer.yMaximum())


def _same_extent_and_area(box, old_box, area, old_area):
    """A buurt with a code of the old indeling whose extent (bounding boxes overlapping >= :data:`SAME_EXTENT`) and
    area (>= :data:`SAME_EXTENT` of the larger) did not change: unchanged, without intersecting the polygons. CBS
    keeps a code only for a buurt that is (nearly) unchanged; this checks it cheaply, and the polygons of the
    others are intersected (intersection over union >= :data:`carry.UNCHANGED_IOU`)."""
    common = box.intersect(old_box)
    if common.isEmpty():
        return False
    both = common.area()
    union = box.area() + old_box.area() - both
    return (union > 0 and both >= SAME_EXTENT * union
            and min(area, old_area) >= SAME_EXTENT * max(area, old_area))


def _own_rows(tasks, old, old_boxes, old_area, cancelled):
    """Step 1 for a chunk of input buurten (one thread): ``(rows, their areas, unchanged (row, old, area) pairs,
    the others as (row, valid geometry, same-code old buurt or None, that pair's overlap or None))``."""
    own_rows, own_areas, unchanged, others = [], [], [], []
    for count, (i, geometry, same) in enumerate(tasks):
        if count % 100 == 0 and cancelled():
            return None
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        area = geometry.area()
        own_rows.append(i)
        own_areas.append(area)
        known = None
        if same is not None and _same_extent_and_area(geometry.boundingBox(), old_boxes[same], area, old_area[same]):
            unchanged.append((i, same, min(area, old_area[same])))  # the overlap, at most the smaller area
            continue
        if same is not None:
            piece = QgsGeometry.createGeometryEngine(geometry.constGet()).intersection(old[same].constGet())
            known = piece.area() if piece is not None else 0.0
            if known >= carry.UNCHANGED_IOU * (area + old_area[same] - known):
                unchanged.append((i, same, known))
                continue
        others.append((i, geometry, same, known))
    return own_rows, own_areas, unchanged, others


def _other_rows(tasks, old, boxes, old_area, cancelled):
    """Step 3 for a chunk of changed or new buurten (one thread): their overlaps as (rows, old buurten, areas)."""
    rows, cols, areas = [], [], []
    for count, (i, geometry, candidates, same, known) in enumerate(tasks):
        if count % 100 == 0 and cancelled():
            return None
        if not candidates:
            continue
        box = geometry.boundingBox()
        area_i = geometry.area()
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        for j in candidates:
            other = old[j].constGet()
            if j == same:
                area = known
            elif not engine.intersects(other):
                continue
            elif _inside(boxes[j], box) and engine.contains(other):  # the old buurt lies wholly inside
                area = old_area[j]
            elif _inside(box, boxes[j]) and engine.within(other):  # the new buurt lies wholly inside
                area = area_i
            else:
                piece = engine.intersection(other)
                area = piece.area() if piece is not None else 0.0
            if area > 0:
                rows.append(i)
                cols.append(j)
                areas.append(area)
    return rows, cols, areas


def input_geometries(source, fids):
    """The geometries of ``source``'s features ``fids``, in that order (None where a feature has none). Most of a
    layer in one pass without attributes (faster than asking for the ids); a selection by its ids."""
    flags = ([QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks]
             if isinstance(source, QgsProcessingFeatureSource) else [])
    wanted = set(fids)
    request = QgsFeatureRequest().setNoAttributes()
    if len(wanted) < source.featureCount() / 2:
        request.setFilterFids(list(wanted))
    found = {f.id(): f.geometry() for f in source.getFeatures(request, *flags) if f.id() in wanted}
    return [found.get(fid) for fid in fids]


def from_layer_rows(name, year, codes, geometries, source_crs, crs, transform_context, inhabitants=None):
    """:class:`Boundaries` from rows already read (the first year's own polygons in computechange), in ``crs``."""
    transform = QgsCoordinateTransform(source_crs, crs, transform_context) if source_crs != crs else None
    kept_codes, kept, people = [], [], []
    for k, (code, geometry) in enumerate(zip(codes, geometries)):
        geometry = _old_polygon(code, geometry, transform)
        if geometry is None:
            continue
        kept_codes.append(code)
        kept.append(geometry)
        people.append(inhabitants[k] if inhabitants is not None else np.nan)
    return Boundaries(name, year, kept_codes, kept, np.array(people, dtype=float) if inhabitants is not None
                      else None)
