"""Other years' buurt polygons (BOUNDARIES) laid over the input's buurten with QGIS' geometry engine (issue 21).

:func:`read_boundaries` reads a layer of another year's buurten (codes, polygons in the input's CRS, inhabitants
when it has them), read-only and on the main thread; :func:`overlay` finds, with a :class:`QgsSpatialIndex` and a
prepared :class:`QgsGeometryEngine` per input buurt, which old buurten overlap it and by how much area. The
weighing of the figures is in :mod:`..core.carry` (no QGIS there).
"""

import dataclasses
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
        geometry = feature.geometry()
        if not bk_codes.is_code(code) or geometry is None or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        if not geometry.isGeosValid():  # generalised polygons may cross themselves: repaired on this copy
            geometry = geometry.makeValid()
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


def overlay(boundaries, geometries, cancelled=None, codes=None, workers=None):
    """:class:`carry.Overlay` of ``boundaries`` over the input rows' ``geometries`` (QgsGeometry, in order); None
    when ``cancelled()`` turned true. ``codes``: the input rows' buurt codes (see :class:`OverlayJob`)."""
    return OverlayJob(boundaries, geometries, codes, cancelled, workers).result()


class OverlayJob:
    """:class:`carry.Overlay` of ``boundaries`` over the input rows' ``geometries``, computed in the background.

    A buurt whose code (``codes``) the old indeling has, with nearly the same polygon (:data:`carry.UNCHANGED_IOU`),
    keeps its own value: its other overlaps are not needed and not computed (CBS keeps a code only for a buurt
    that is (nearly) unchanged, so this saves most of the work).

    The job starts at once on a thread of its own: it fills a :class:`QgsSpatialIndex` of the old polygons and
    hands the GEOS work (validity, predicates, intersections with one prepared engine per input buurt) to
    ``workers`` threads (default: one per core). QGIS' geometry calls release Python's lock, so the cores share
    the work, and the caller can read its table meanwhile. The geometries are only read, never changed (their
    bounding boxes, which QGIS caches on first use, are taken here before the threads start). QGIS 3.22 shares one
    GEOS context between threads, as its own renderer and tasks do; 3.28+ has one per thread.
    ``keys`` (e.g. feature ids, one per geometry) let :meth:`result` return the rows in another order.
    ``rows``: instead of ``geometries``, ``codes`` and ``keys``, a function that returns them, called on the job's
    thread (e.g. :func:`read_input`)."""

    def __init__(self, boundaries, geometries=None, codes=None, cancelled=None, workers=None, keys=None, rows=None):
        self._boundaries = boundaries
        self._rows = rows
        self._geometries = list(geometries) if geometries is not None else None
        self._codes = list(codes) if codes is not None else None
        self._cancelled = cancelled
        self._workers = max(1, min(workers or os.cpu_count() or 1, 8))
        self._keys = list(keys) if keys is not None else None
        self._stop = threading.Event()
        self._outcome = None
        self._thread = threading.Thread(target=self._run, name="bk_overlay", daemon=True)
        self._thread.start()

    def cancel(self):
        self._stop.set()

    def result(self, keys=None):
        """The :class:`carry.Overlay` (rows in the order of ``keys`` when given), None when cancelled."""
        self._thread.join()
        outcome = self._outcome
        if isinstance(outcome, BaseException):
            raise outcome
        if outcome is None:
            return None
        if keys is None:
            return outcome
        position = {key: row for row, key in enumerate(self._keys)}
        wanted = np.array([position.get(key, -1) for key in keys], dtype=int)
        new_row = np.full(len(self._keys), -1, dtype=int)
        new_row[wanted[wanted >= 0]] = np.nonzero(wanted >= 0)[0]
        keep = new_row[outcome.rows] >= 0
        new_area = np.where(wanted >= 0, outcome.new_area[np.maximum(wanted, 0)], 0.0)
        return dataclasses.replace(outcome, new_area=new_area, rows=new_row[outcome.rows[keep]],
                                   cols=outcome.cols[keep], area=outcome.area[keep])

    def _run(self):
        try:
            self._outcome = self._compute()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller of result()
            self._outcome = exc

    def _cancelled_now(self):
        return self._stop.is_set() or (self._cancelled is not None and self._cancelled())

    def _compute(self):
        """In three steps, the GEOS work of the first and last on the worker threads: (1) each input buurt made
        valid, its area, and, when the old indeling has its code, whether it is unchanged (one intersection);
        meanwhile the spatial index of the old polygons is filled; (2) the old polygons whose box touches each
        other buurt; (3) their overlaps with it, with one prepared engine per buurt."""
        boundaries = self._boundaries
        with ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="bk_overlay") as pool:
            old_read = pool.submit(lambda: boundaries.geometries)  # both read at once, each on a thread
            if self._rows is not None:
                self._keys, self._geometries, self._codes = (list(part) for part in self._rows())
            old = old_read.result()
            geometries, codes = self._geometries, self._codes
            old_area = np.array([g.area() for g in old], dtype=float)
            same_code = {c: j for j, c in enumerate(boundaries.codes)}
            tasks = [(i, geometry, same_code.get(codes[i]) if codes is not None else None)
                     for i, geometry in enumerate(geometries) if geometry is not None and not geometry.isEmpty()]
            first = self._chunks(pool, tasks, lambda part: _own_rows(part, old, old_area, self._cancelled_now))
            index = QgsSpatialIndex()
            boxes = [geometry.boundingBox() for geometry in old]
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
        for pair_rows, pair_cols, pair_areas in last:
            rows += pair_rows
            cols += pair_cols
            areas += pair_areas
        return carry.Overlay(boundaries.name, boundaries.year, np.array(boundaries.codes, dtype=object), old_area,
                             new_area, np.array(rows, dtype=int), np.array(cols, dtype=int),
                             np.array(areas, dtype=float), boundaries.inhabitants)

    def _chunks(self, pool, tasks, work):
        """``work`` on chunks of ``tasks`` in ``pool`` (a few chunks per worker, so they finish together)."""
        size = max(32, len(tasks) // (self._workers * 8) + 1)
        return [pool.submit(work, tasks[k:k + size]) for k in range(0, len(tasks), size)]


def _inside(inner, outer):
    return (inner.xMinimum() >= outer.xMinimum() and inner.xMaximum() <= outer.xMaximum()
            and inner.yMinimum() >= outer.yMinimum() and inner.yMaximum() <= outer.yMaximum())


def _own_rows(tasks, old, old_area, cancelled):
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


class Once:
    """``evaluate()`` called once, by the first thread that asks; the others wait for its value."""

    def __init__(self, evaluate):
        self._evaluate, self._value, self._lock = evaluate, None, threading.Lock()

    def __call__(self):
        with self._lock:
            if self._evaluate is not None:
                self._value, self._evaluate = self._evaluate(), None
            return self._value


def read_input(source):
    """``(fids, geometries, codes)`` of every feature of ``source`` (a buurt layer or feature source): one pass,
    only the buurt code column read, no validity check (the overlay repairs its own copies)."""
    found = schema.match_columns(source.fields().names())
    column = found.get("buurtcode")
    request = QgsFeatureRequest().setSubsetOfAttributes([column] if column else [], source.fields())
    flags = ([QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks]
             if isinstance(source, QgsProcessingFeatureSource) else [])
    fids, geometries, codes = [], [], []
    for feature in source.getFeatures(request, *flags):
        fids.append(feature.id())
        geometries.append(feature.geometry() if feature.hasGeometry() else None)
        codes.append(bk_codes.clean(feature[column]) if column else None)
    return fids, geometries, codes


def input_geometries(source, fids):
    """The geometries of ``source``'s features ``fids``, in that order (None where a feature has none)."""
    request = QgsFeatureRequest().setFilterFids(list(fids)).setNoAttributes()
    found = {f.id(): f.geometry() for f in source.getFeatures(request)}
    return [found.get(fid) for fid in fids]


def from_layer_rows(name, year, codes, geometries, source_crs, crs, transform_context, inhabitants=None):
    """:class:`Boundaries` from rows already read (the first year's own polygons in computechange), in ``crs``."""
    transform = QgsCoordinateTransform(source_crs, crs, transform_context) if source_crs != crs else None
    kept_codes, kept, people = [], [], []
    for k, (code, geometry) in enumerate(zip(codes, geometries)):
        if not bk_codes.is_code(code) or geometry is None or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        kept_codes.append(code)
        kept.append(geometry)
        people.append(inhabitants[k] if inhabitants is not None else np.nan)
    return Boundaries(name, year, kept_codes, kept, np.array(people, dtype=float) if inhabitants is not None
                      else None)
