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
from qgis.core import (QgsCoordinateTransform, QgsExpression, QgsExpressionContext, QgsExpressionContextScope,
                       QgsFeatureRequest, QgsGeometry, QgsProcessingFeatureSource, QgsProviderRegistry,
                       QgsRectangle, QgsSpatialIndex, QgsVectorLayerFeatureSource)

from ..core import carry, cbs_schema as schema, codes as bk_codes
from ..core.cbs_table import clean_numeric
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..core.join_sources import year_in_name
from . import geopackage, layers


SAME_EXTENT = 0.9  # bounding boxes and areas of an unchanged buurt in two publications: 0.9 or more in common
_EVERYWHERE = QgsRectangle(-1e300, -1e300, 1e300, 1e300)
BATCH_PAIRS = 400  # intersections handed to a worker at once (about 20 ms of GEOS work)


class _Batches:
    """Batches of C++ work (QGIS expressions, which run without Python's lock) handed to a pool of workers while
    this thread goes on with its Python work. :meth:`results` then takes the batches no worker has started yet, from
    the last one back, so this thread works beside the workers instead of waiting (and the pool needs one thread
    fewer than there are cores: a third thread on two cores slowed this one's Python by half, measured)."""

    def __init__(self, pool, work):
        self._pool, self._work, self._items = pool, work, []

    def submit(self, *args):
        self._items.append((self._pool.submit(self._work, *args), args))

    def cancel(self):
        for future, _ in self._items:
            future.cancel()

    def results(self, cancelled=None):
        """The results of all batches, in order of submission; None when ``cancelled()`` turned true meanwhile."""
        done = {}
        for k in range(len(self._items) - 1, -1, -1):
            if cancelled is not None and cancelled():
                self.cancel()
                return None
            future, args = self._items[k]
            if not future.cancel():  # (a worker has it)
                break
            done[k] = self._work(*args)
        return [done[k] if k in done else future.result() for k, (future, _) in enumerate(self._items)]


def _pool_size():
    """Workers beside the thread that hands them batches: one core each, one core left for that thread."""
    return max(1, min((os.cpu_count() or 1) - 1, 8))


class Boundaries:
    """Another year's buurten: ``codes``, ``geometries`` (QgsGeometry in the input's CRS; ``valid``: all valid to
    GEOS, else the overlay makes them so) and ``inhabitants`` (numpy array or None); ``index``: a
    :class:`QgsSpatialIndex` of them that answers with their positions (None: the overlay fills one). Made by
    :func:`read_boundaries`, they are read from the layer on first use (on the overlay's thread), or from
    :meth:`prefetch` on."""

    def __init__(self, name, year, codes=None, geometries=None, inhabitants=None, reader=None):
        self.name, self.year = name, year
        self._reader = reader
        self._read = None if reader is not None else (list(codes), list(geometries), inhabitants, None, None, None)
        self._lock = threading.Lock()
        self._early = False

    def prefetch(self):
        """Start reading the polygons now, in the background: QGIS reads them in one call that releases Python's
        lock, so the caller goes on at full speed (used when the overlay will follow)."""
        if self._reader is not None:
            self._reader.start()

    def _content(self):
        with self._lock:
            if self._read is None:
                self._read = self._reader()
                self._reader = None
            return self._read

    def early(self):
        """Before :attr:`codes` and the rest are worked out: the reader, whose ``index`` answers with feature ids,
        ``polygon(fid)`` gives a valid polygon and ``codes`` the codes read (so an overlay can start on the buurten
        whose code the old indeling lacks); None when not read from a layer, or read already."""
        with self._lock:
            if self._reader is None or self._early:
                return None
            self._reader.features()
            self._early = True  # (a second overlay meanwhile takes the positions, its caches are not shared)
            return self._reader

    @property
    def codes(self):
        return self._content()[0]

    @property
    def geometries(self):
        return self._content()[1]

    @property
    def inhabitants(self):
        return self._content()[2]

    @property
    def index(self):
        return self._content()[3]

    @property
    def valid(self):
        return self.index is not None

    def measures(self):
        """The polygons' areas and boxes (numpy, see :func:`_box_array`) as read, or (None, None)."""
        return self._content()[4:6]


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

    On the main thread (it touches the layer): the checks, its year and feature sources; the features are read
    from those when the polygons are first used or prefetched."""
    found = schema.match_columns(layer.fields().names())
    if "buurtcode" not in found or layer.geometryType() != 2:  # QgsWkbTypes.PolygonGeometry
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Buurtgrenzen '{layer}': not a buurt polygon layer with buurt codes (a column such as "
                           "BU_CODE or statcode)."), layer=layer.name())
    return Boundaries(layer.name(), _year(layer, found), reader=_LayerReader(
        layer, found, crs if layer.crs() != crs else None, transform_context))


class _LayerReader:
    """Reads a boundaries layer as ``(codes, geometries, inhabitants, index)`` (see :class:`Boundaries`).

    The polygons are read by QGIS itself into a bulk-loaded :class:`QgsSpatialIndex` that keeps them, in the
    input's CRS (no Python call per feature and Python's lock released, so on a thread of its own beside the
    input's read). So are the ids of the polygons GEOS finds invalid, in a second read with an expression filter
    (when no reprojection is needed; else they are checked one by one). The codes and inhabitants are read without
    polygons, on first use, and the invalid polygons made valid then: generalised polygons may cross themselves,
    they are repaired on a copy. (QGIS' own skip-invalid check in the read writes a critical "Geometry error" to
    the message log for each; checking them in Python on the reading thread slowed the input's read beside it, as
    Python code beside Python code does.)"""

    def __init__(self, layer, found, crs, transform_context):
        self._found, self._fields, self._name = found, layer.fields(), layer.name()
        self._crs, self._context = crs, transform_context
        self._attributes, self._polygons = QgsVectorLayerFeatureSource(layer), QgsVectorLayerFeatureSource(layer)
        plain = (layer.providerType() == "ogr" and not layer.subsetString() and not layer.isModified()
                 and layers.provider_fields_only(layer))
        self._table = geopackage.source_table(layer.source()) if plain else None  # then codes read by one query
        self._index, self._invalid, self._error, self._rows, self._shapes = None, None, None, None, {}
        self._thread = threading.Thread(target=self._read_polygons, name="bk_boundaries", daemon=True)

    def start(self):
        if self._thread.ident is None:
            self._thread.start()

    def _read_polygons(self):
        try:
            request = QgsFeatureRequest().setNoAttributes()
            if self._crs is not None:
                request.setDestinationCrs(self._crs, self._context)
            self._index = QgsSpatialIndex(self._polygons.getFeatures(request), None,
                                          QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
            if self._crs is None:  # the ones GEOS finds invalid, checked by QGIS in the read (in the layer's CRS)
                invalid = QgsSpatialIndex(self._polygons.getFeatures(QgsFeatureRequest().setNoAttributes()
                                                                     .setFilterExpression("NOT is_valid($geometry)")))
                self._invalid = set(invalid.intersects(_EVERYWHERE))
        except BaseException as exc:  # noqa: BLE001 - raised on the reading thread
            self._error = exc

    def features(self):
        """Every feature's (id, code, inhabitants), read now; the polygons from the read begun by :meth:`start`."""
        if self._rows is None:
            self.start()
            found, fields = self._found, self._fields
            columns = [found["buurtcode"]] + ([found["inwoners"]] if "inwoners" in found else [])
            code_index, people_index = fields.indexOf(found["buurtcode"]), fields.indexOf(found.get("inwoners", ""))
            if self._table is not None:
                frame = geopackage.read_columns(self._table, columns)
                people = frame[columns[1]].tolist() if len(columns) > 1 else [None] * len(frame)
                rows = [(fid, bk_codes.clean(code), value)
                        for fid, code, value in zip(frame.index.tolist(), frame[columns[0]].tolist(), people)]
            else:
                request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(
                    columns, fields)
                rows = [(feature.id(), bk_codes.clean(feature.attribute(code_index)),
                         feature.attribute(people_index) if people_index >= 0 else None)
                        for feature in self._attributes.getFeatures(request)]
            self._thread.join()
            if self._error is not None:
                raise self._error
            if not any(bk_codes.is_code(code) for _, code, _ in rows):
                raise self._no_buurten()
            self._rows, self._people = rows, people_index >= 0
        return self._rows

    def _no_buurten(self):
        return BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Buurtgrenzen '{layer}': no buurt polygons with a buurt code."), layer=self._name)

    @property
    def index(self):
        """The polygons' spatial index by feature id (after :meth:`features`)."""
        return self._index

    @property
    def codes(self):
        """The codes read (a set; after :meth:`features`)."""
        return {code for _, code, _ in self._rows}

    def polygon(self, fid):
        """Feature ``fid``'s polygon in the input's CRS, valid (one that crosses itself repaired on a copy), with its
        box corners (as :func:`_box_array`) and area; None when it has none. Worked out once."""
        try:
            return self._shapes[fid]
        except KeyError:
            pass
        try:
            geometry = self._index.geometry(fid)
        except KeyError:  # no polygon
            geometry = None
        if geometry is not None and geometry.isEmpty():
            geometry = None
        if geometry is not None:  # (a repaired one lies within its box in the index)
            fine = fid not in self._invalid if self._invalid is not None else geometry.isGeosValid()
            geometry = geometry if fine else geometry.makeValid()
            geometry = (geometry, geometry.boundingBox().toRectF().getCoords(), geometry.area())
        self._shapes[fid] = geometry
        return geometry

    def __call__(self):
        rows = [row for row in self.features() if bk_codes.is_code(row[1]) and self.polygon(row[0]) is not None]
        if not rows:
            raise self._no_buurten()
        inhabitants = None
        if self._people:
            import pandas as pd
            inhabitants = clean_numeric(pd.Series([p if isinstance(p, (int, float)) else None for _, _, p in rows],
                                                  dtype=float)).to_numpy()
        fids = [fid for fid, _, _ in rows]
        shapes = [self._shapes[fid] for fid in fids]
        return ([code for _, code, _ in rows], [shape[0] for shape in shapes], inhabitants,
                _PositionIndex(self._index, fids), np.array([shape[2] for shape in shapes], dtype=float),
                np.array([shape[1] for shape in shapes], dtype=float).reshape(-1, 4))


class _PositionIndex:
    """A spatial index by feature id, answering with positions in ``fids`` (features left out: not at all)."""

    def __init__(self, index, fids):
        self._index = index
        self._position = {fid: k for k, fid in enumerate(fids)}

    def intersects(self, box):
        position = self._position
        return [position[fid] for fid in self._index.intersects(box) if fid in position]

    def positions(self, fids):
        """The positions of feature ids ``fids`` (numpy), -1 for those left out."""
        position = self._position
        return np.array([position.get(fid, -1) for fid in fids.tolist()], dtype=np.int64)


def _old_polygon(code, geometry, transform):
    """An old buurt's polygon as the overlay reads it, in the input's CRS; None without a buurt code or a
    polygon. The caller's geometry is not changed (the overlay makes its own valid copy where needed)."""
    if not bk_codes.is_code(code) or geometry is None or geometry.isEmpty():
        return None
    if transform is not None:
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
    return geometry


def overlay(boundaries, geometries, cancelled=None, codes=None, workers=None):
    """:class:`carry.Overlay` of ``boundaries`` over the input rows' ``geometries`` (QgsGeometry, in order); None
    when ``cancelled()`` turned true. ``codes``: the input rows' buurt codes (see :class:`OverlayJob`)."""
    return OverlayJob(boundaries, geometries, codes, cancelled, workers).result()


class OverlayJob:
    """:class:`carry.Overlay` of ``boundaries`` over the input rows' ``geometries``, computed in the background.

    A buurt whose code (``codes``) the old indeling has, with the same extent and area or nearly the same polygon
    (:data:`SAME_EXTENT`, :data:`carry.UNCHANGED_IOU`), keeps its own value: its other overlaps are not needed and
    not computed (CBS keeps a code only for a buurt that is (nearly) unchanged, so this saves most of the work).
    ``valid``: the geometries were checked valid on reading (QGIS' invalid-geometry check), so not again here.

    The job starts at once on a thread of its own and hands the GEOS work (validity, and the intersections in
    batches of one QGIS expression each) to ``workers`` threads (default: one per core but one), while its own
    thread sieves the pairs with one prepared engine per input buurt, and then takes its share of the batches.
    QGIS' geometry calls release Python's lock, so the cores share the work while the caller waits in
    :meth:`result` (a caller running Python meanwhile would slow both: measured). The geometries are only read,
    never changed (their bounding boxes, which QGIS caches on first use, are taken before a batch holding them is
    handed on). QGIS 3.22 shares one GEOS context between threads, as its own renderer and tasks do; 3.28+ has one
    per thread.
    """

    def __init__(self, boundaries, geometries, codes=None, cancelled=None, workers=None, valid=False):
        self._boundaries = boundaries
        self._geometries = list(geometries)
        self._codes = list(codes) if codes is not None else None
        self._cancelled = cancelled
        self._workers = max(1, min(workers, 8)) if workers else _pool_size()
        self._valid = valid
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
        """(1) Each input buurt made valid (on the workers, unless read valid); (2) the overlaps of each buurt
        whose code the old indeling lacks (see :class:`_Sieve`), started at once, by feature id when the old
        polygons come from a layer (read meanwhile); then (3) the areas and extents: a buurt whose code the old
        indeling has is unchanged when its extent and area are the same (numpy, all rows at once), the others'
        overlaps follow (a same-code buurt of another extent is unchanged when its polygons overlap nearly wholly,
        see :func:`_same_polygon_rule`)."""
        boundaries = self._boundaries
        early = boundaries.early()
        with ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="bk_overlay") as pool:
            try:
                found = self._overlaps(pool, early)
            finally:  # (after an error or Cancel, the batches still queued are not needed)
                pool.shutdown(cancel_futures=True)
        if found is None or isinstance(found, carry.Overlay):
            return found
        rows, area, same, kept, old_area, found_rows, keys, found_areas = found
        cols = keys if early is None else boundaries.index.positions(keys)
        last = (found_rows[cols >= 0], cols[cols >= 0], found_areas[cols >= 0])  # (an old buurt without a code: none)
        new_area = np.zeros(len(self._geometries))
        new_area[rows] = area
        same_of_row = np.full(len(self._geometries), -1)
        same_of_row[rows] = same
        pairs = [(np.array(rows, dtype=int)[kept], same[kept], np.minimum(area, old_area[same])[kept], True),
                 _same_polygon_rule(*last, same_of_row, new_area, old_area)]
        return carry.Overlay(boundaries.name, boundaries.year, np.array(boundaries.codes, dtype=object), old_area,
                             new_area, np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs]),
                             np.concatenate([p[2] for p in pairs]), boundaries.inhabitants,
                             unchanged=np.concatenate([np.broadcast_to(p[3], len(p[0])) for p in pairs]))

    def _overlaps(self, pool, early):
        """Steps (1) to (3) of :meth:`_compute` with ``pool``: (rows, their areas, same-code old buurt, kept,
        old areas, and the overlaps found as rows, keys, areas); an empty :class:`carry.Overlay` when the old
        indeling has no polygon; None when cancelled."""
        boundaries = self._boundaries
        rows = [i for i, geometry in enumerate(self._geometries) if geometry is not None and not geometry.isEmpty()]
        shapes = [self._geometries[i] for i in rows]
        if not self._valid:
            shapes = [geometry for future in self._chunks(pool, shapes, _made_valid)
                      for geometry in future.result()]
        if early is not None:  # the buurten with a new code first: their intersections start at once
            sieve = _Sieve(pool, early.index.intersects, early.polygon, self._cancelled_now)
            known = early.codes
            sieved = np.array([self._codes is None or self._codes[i] not in known for i in rows], dtype=bool)
            if not sieve.add((rows[k], shapes[k]) for k in np.flatnonzero(sieved)):
                return None
        old = boundaries.geometries
        if not old:  # (computechange's first year as polygons, none of them drawn): nothing overlaps
            return carry.Overlay(boundaries.name, boundaries.year, np.array([], dtype=object), np.zeros(0),
                                 np.zeros(len(self._geometries)), np.zeros(0, dtype=int), np.zeros(0, dtype=int),
                                 np.zeros(0), boundaries.inhabitants, unchanged=np.zeros(0, dtype=bool))
        if early is None:
            if not boundaries.valid:
                old = [geometry for future in self._chunks(pool, old, _made_valid) for geometry in future.result()]
            index = boundaries.index
            if index is None:
                index = QgsSpatialIndex()
                for j, geometry in enumerate(old):
                    index.addFeature(j, geometry.boundingBox())
        if self._cancelled_now():
            return None
        old_area, old_boxes = boundaries.measures()
        if old_area is None:
            old_area = np.array([geometry.area() for geometry in old], dtype=float)
            old_boxes = _box_array(geometry.boundingBox() for geometry in old)
        if early is None:
            corners = [tuple(box) for box in old_boxes.tolist()]
            sieve = _Sieve(pool, index.intersects, lambda j: (old[j], corners[j], old_area[j]),
                           self._cancelled_now)
        position = {code: j for j, code in enumerate(boundaries.codes)}
        same = np.array([position.get(self._codes[i], -1) for i in rows] if self._codes is not None
                        else [-1] * len(rows), dtype=int)
        if early is None:  # the buurten with a new code first: their intersections start while this thread goes on
            sieved = same < 0
            if not sieve.add((rows[k], shapes[k]) for k in np.flatnonzero(sieved)):
                return None
        area = np.array([geometry.area() for geometry in shapes], dtype=float)
        boxes = np.zeros((len(rows), 4))
        ours = np.flatnonzero(same >= 0)
        boxes[ours] = _box_array(shapes[k].boundingBox() for k in ours)
        kept = (same >= 0) & _same_extent_and_area(boxes, area, old_boxes, old_area, same)
        if not sieve.add((rows[k], shapes[k]) for k in np.flatnonzero(~sieved & ~kept)):
            return None
        found = sieve.results()
        if found is None:
            return None
        return (rows, area, same, kept, old_area) + found

    def _chunks(self, pool, tasks, work):
        """``work`` on chunks of ``tasks`` in ``pool`` (a few chunks per worker, so they finish together)."""
        size = max(32, len(tasks) // (self._workers * 8) + 1)
        return [pool.submit(work, tasks[k:k + size]) for k in range(0, len(tasks), size)]


class _Sieve:
    """Step 3 of :class:`OverlayJob`: the overlaps of the input buurten added, as arrays (rows, keys, areas).

    ``candidates(box)``: the keys of the old buurten whose box touches ``box`` (positions, or feature ids before
    the positions are known); ``polygon(key)``: that old buurt's valid polygon, its box corners and area (None:
    none). This thread sieves each buurt's candidates with one prepared engine per buurt (disjoint: none; wholly
    inside: the old buurt's area) and hands the rest, in batches of :data:`BATCH_PAIRS`, to the workers, which
    compute the intersections while it goes on (see :class:`_Batches`)."""

    def __init__(self, pool, candidates, polygon, cancelled):
        self._candidates, self._polygon, self._cancelled = candidates, polygon, cancelled
        self._known = {}  # key: (polygon, as the engine takes it, its box corners, its area), each wrapped once
        self._batches = _Batches(pool, _intersection_areas)
        self._rows, self._keys, self._areas, self._batch, self._size = [], [], [], [], 0

    def _old(self, key):
        known = self._known.get(key)
        if known is None:
            polygon = self._polygon(key)
            known = self._known[key] = None if polygon is None else (
                polygon[0], polygon[0].constGet(), polygon[1], polygon[2])
        return known

    def add(self, tasks):
        """Sieve ``tasks`` (row, valid geometry); False when cancelled."""
        for count, (i, geometry) in enumerate(tasks):
            if count % 100 == 0 and self._cancelled():
                self._batches.cancel()
                return False
            box = geometry.boundingBox()
            corners = box.toRectF().getCoords()  # as _box_array
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            keys, polygons = [], []
            for key in self._candidates(box):
                old = self._old(key)
                if old is None or not engine.intersects(old[1]):
                    continue
                if _inside(old[2], corners) and engine.contains(old[1]):  # the old buurt lies wholly inside
                    self._rows.append(i)
                    self._keys.append(key)
                    self._areas.append(old[3])
                else:  # (asking first whether the new one lies wholly inside the old one cost more than it saved)
                    keys.append(key)
                    polygons.append(old[0])
            if keys:
                self._batch.append((i, QgsGeometry(geometry), keys, polygons))  # (a worker's own copy)
                self._size += len(keys)
                if self._size >= BATCH_PAIRS:
                    self._flush()
        return True

    def _flush(self):
        if self._batch:
            self._batches.submit(self._batch)
            self._batch, self._size = [], 0

    def results(self):
        """The overlaps found, as arrays (rows, keys, areas); None when cancelled."""
        self._flush()
        batches = self._batches.results(self._cancelled)
        if batches is None:
            return None
        parts = [(self._rows, self._keys, self._areas)] + batches
        return tuple(np.concatenate([np.asarray(part[k], dtype=float if k == 2 else np.int64) for part in parts])
                     for k in range(3))


def _made_valid(geometries):
    """Valid copies of ``geometries`` (one thread); the valid ones themselves. Generalised polygons may cross
    themselves: they are repaired on a copy, the layer is not."""
    return [geometry if geometry.isGeosValid() else geometry.makeValid() for geometry in geometries]


def _box_array(boxes):
    """Rectangles (QgsRectangle) as an (n, 4) array: x min, y min, x max, y max (through QRectF: two calls a box
    instead of four)."""
    return np.array([box.toRectF().getCoords() for box in boxes], dtype=float).reshape(-1, 4)


def _same_extent_and_area(boxes, area, old_boxes, old_area, same):
    """Per input buurt (``same``: its own code's old buurt, -1 without): unchanged, without intersecting the
    polygons, when its extent (bounding boxes overlapping >= :data:`SAME_EXTENT`) and area (>= :data:`SAME_EXTENT`
    of the larger) did not change. CBS keeps a code only for a buurt that is (nearly) unchanged; this checks it
    cheaply, and the polygons of the others are intersected (intersection over union >= :data:`carry.UNCHANGED_IOU`)."""
    has = same >= 0
    other, other_area = old_boxes[np.where(has, same, 0)], old_area[np.where(has, same, 0)]
    width = np.minimum(boxes[:, 2], other[:, 2]) - np.maximum(boxes[:, 0], other[:, 0])
    height = np.minimum(boxes[:, 3], other[:, 3]) - np.maximum(boxes[:, 1], other[:, 1])
    both = np.where((width >= 0) & (height >= 0), np.clip(width, 0, None) * np.clip(height, 0, None), 0.0)
    union = ((boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
             + (other[:, 2] - other[:, 0]) * (other[:, 3] - other[:, 1]) - both)
    return (has & (union > 0) & (both >= SAME_EXTENT * union)
            & (np.minimum(area, other_area) >= SAME_EXTENT * np.maximum(area, other_area)))


def _inside(inner, outer):
    """Box ``inner`` within box ``outer`` (x min, y min, x max, y max)."""
    return inner[0] >= outer[0] and inner[1] >= outer[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


# One expression for a batch of input buurten and the old buurten they intersect: the areas of the intersections,
# computed by QGIS' geometry engine in C++. Evaluated once per batch, it runs without Python's lock; one Python
# call per pair made the two cores take turns instead (measured: 0.62-0.68 s against 0.46-0.50 s on the bench).
# One expression for a batch of input buurten and the old buurten they intersect: the areas of the intersections,
# computed by QGIS' geometry engine in C++. Evaluated once per batch, it runs without Python's lock; one Python
# call per pair made the two cores take turns instead (measured: 0.62-0.68 s against 0.46-0.50 s on the bench).
_AREAS = ("array_foreach(@bk_batch, with_variable('bk_new', array_get(@element, 0), "
          "array_foreach(array_get(@element, 1), area(intersection(@bk_new, @element)))))")


def _evaluate(text, batch):
    """``text``, a QGIS expression over the list ``@bk_batch``, evaluated (on a worker: QGIS evaluates it in C++
    without Python's lock)."""
    scope = QgsExpressionContextScope()
    scope.setVariable("bk_batch", batch)
    context = QgsExpressionContext()
    context.appendScope(scope)
    expression = QgsExpression(text)
    values = expression.evaluate(context)
    if expression.hasEvalError():
        raise RuntimeError(expression.evalErrorString())
    return values


def _intersection_areas(batch):
    """(rows, keys, areas) of the pairs with an overlap in ``batch`` [(row, geometry, [keys], [old polygons])]
    (on a worker)."""
    values = _evaluate(_AREAS, [[geometry, polygons] for _, geometry, _, polygons in batch])
    rows, keys, areas = [], [], []
    for (i, geometry, wanted, polygons), found in zip(batch, values):
        for key, polygon, area in zip(wanted, polygons, found):
            if area is None:  # not a polygon: where the two also touch, a collection of polygons and lines (rare)
                area = geometry.intersection(polygon).area()
            if area > 0:
                rows.append(i)
                keys.append(key)
                areas.append(area)
    return rows, keys, areas


def _same_polygon_rule(rows, cols, areas, same_of_row, new_area, old_area):
    """The overlaps of step 3 as (rows, old buurten, areas, unchanged). A buurt whose code the old indeling has
    (``same_of_row``, -1 without) and whose polygons overlap with intersection over union >=
    :data:`carry.UNCHANGED_IOU` is unchanged: that one pair only."""
    keep = areas > 0
    rows, cols, areas = rows[keep], cols[keep], areas[keep]
    own = cols == same_of_row[rows]
    union = new_area[rows] + old_area[cols] - areas
    unchanged = own & (areas >= carry.UNCHANGED_IOU * union)
    drop = np.isin(rows, rows[unchanged]) & ~unchanged
    return rows[~drop], cols[~drop], areas[~drop], unchanged[~drop]


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
