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
    """Another year's buurten: ``codes``, ``geometries`` (QgsGeometry in the input's CRS; ``valid``: all valid to
    GEOS, else the overlay makes them so) and ``inhabitants`` (numpy array or None); ``index``: a
    :class:`QgsSpatialIndex` of them that answers with their positions (None: the overlay fills one). Made by
    :func:`read_boundaries`, they are read from the layer on first use (on the overlay's thread), or from
    :meth:`prefetch` on."""

    def __init__(self, name, year, codes=None, geometries=None, inhabitants=None, reader=None):
        self.name, self.year = name, year
        self._reader = reader
        self._read = None if reader is not None else (list(codes), list(geometries), inhabitants, None)
        self._lock = threading.Lock()

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
    input's read). The codes and inhabitants are read without polygons, on first use, and the polygons made valid
    then: generalised polygons may cross themselves, they are repaired on a copy. (QGIS' own skip-invalid check
    in the read writes a critical "Geometry error" to the message log for each; checking them on the reading
    thread slowed the input's read beside it, as Python code beside Python code does.)"""

    def __init__(self, layer, found, crs, transform_context):
        self._found, self._fields, self._name = found, layer.fields(), layer.name()
        self._crs, self._context = crs, transform_context
        self._attributes, self._polygons = QgsVectorLayerFeatureSource(layer), QgsVectorLayerFeatureSource(layer)
        self._index, self._error = None, None
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
        except BaseException as exc:  # noqa: BLE001 - raised on the reading thread
            self._error = exc

    def __call__(self):
        self.start()
        found, fields = self._found, self._fields
        columns = [found["buurtcode"]] + ([found["inwoners"]] if "inwoners" in found else [])
        code_index, people_index = fields.indexOf(found["buurtcode"]), fields.indexOf(found.get("inwoners", ""))
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(
            columns, fields)
        rows = [(feature.id(), bk_codes.clean(feature.attribute(code_index)),
                 feature.attribute(people_index) if people_index >= 0 else None)
                for feature in self._attributes.getFeatures(request)]
        self._thread.join()
        if self._error is not None:
            raise self._error
        valid = {}
        for row in rows:
            try:
                geometry = self._index.geometry(row[0]) if bk_codes.is_code(row[1]) else None
            except KeyError:  # no polygon
                continue
            if geometry is not None and not geometry.isEmpty():  # (a repaired one lies within its box in the index)
                valid[row[0]] = geometry if geometry.isGeosValid() else geometry.makeValid()
        rows = [row for row in rows if row[0] in valid]
        if not rows:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "Buurtgrenzen '{layer}': no buurt polygons with a buurt code."), layer=self._name)
        inhabitants = None
        if people_index >= 0:
            import pandas as pd
            inhabitants = clean_numeric(pd.Series([p if isinstance(p, (int, float)) else None for _, _, p in rows],
                                                  dtype=float)).to_numpy()
        fids = [fid for fid, _, _ in rows]
        return ([code for _, code, _ in rows], [valid[fid] for fid in fids], inhabitants,
                _PositionIndex(self._index, fids))


class _PositionIndex:
    """A spatial index by feature id, answering with positions in ``fids`` (features left out: not at all)."""

    def __init__(self, index, fids):
        self._index = index
        self._position = {fid: k for k, fid in enumerate(fids)}

    def intersects(self, box):
        position = self._position
        return [position[fid] for fid in self._index.intersects(box) if fid in position]


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

    The job starts at once on a thread of its own and hands the GEOS work (validity, predicates, intersections
    with one prepared engine per input buurt) to ``workers`` threads (default: one per core). QGIS' geometry calls
    release Python's lock, so the cores share the work while the caller waits in :meth:`result` (a caller running
    Python meanwhile would slow both: measured). The geometries are only read, never changed (the old polygons'
    bounding boxes, which QGIS caches on first use, are taken before the threads use them). QGIS 3.22 shares one
    GEOS context between threads, as its own renderer and tasks do; 3.28+ has one per thread.
    """

    def __init__(self, boundaries, geometries, codes=None, cancelled=None, workers=None, valid=False):
        self._boundaries = boundaries
        self._geometries = list(geometries)
        self._codes = list(codes) if codes is not None else None
        self._cancelled = cancelled
        self._workers = max(1, min(workers or os.cpu_count() or 1, 8))
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
        """In three steps: (1) each input buurt made valid (on the workers, unless read valid), its area and
        extent; a buurt whose code the old indeling has is unchanged when its extent and area are the same (numpy,
        all rows at once); (2) the old polygons whose box touches each other buurt (spatial index); (3) on the
        workers, their overlaps with it, with one prepared engine per buurt (a same-code buurt of another extent
        first: unchanged when one intersection says so)."""
        boundaries = self._boundaries
        old = boundaries.geometries
        if not old:  # (computechange's first year as polygons, none of them drawn): nothing overlaps
            return carry.Overlay(boundaries.name, boundaries.year, np.array([], dtype=object), np.zeros(0),
                                 np.zeros(len(self._geometries)), np.zeros(0, dtype=int), np.zeros(0, dtype=int),
                                 np.zeros(0), boundaries.inhabitants, unchanged=np.zeros(0, dtype=bool))
        with ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="bk_overlay") as pool:
            rows = [i for i, geometry in enumerate(self._geometries) if geometry is not None and not geometry.isEmpty()]
            shapes = [self._geometries[i] for i in rows]
            mending = ([] if boundaries.valid else self._chunks(pool, old, _made_valid),
                       [] if self._valid else self._chunks(pool, shapes, _made_valid))
            index = boundaries.index
            if index is None:
                index = QgsSpatialIndex()
                for j, geometry in enumerate(old):
                    index.addFeature(j, geometry.boundingBox())
            if mending[0]:
                old = [geometry for future in mending[0] for geometry in future.result()]
            if mending[1]:
                shapes = [geometry for future in mending[1] for geometry in future.result()]
            if self._cancelled_now():
                return None
            old_area = np.array([geometry.area() for geometry in old], dtype=float)
            old_boxes = _box_array(geometry.boundingBox() for geometry in old)
            old_tuples = [tuple(box) for box in old_boxes.tolist()]
            position = {code: j for j, code in enumerate(boundaries.codes)}
            same = np.array([position.get(self._codes[i], -1) for i in rows] if self._codes is not None
                            else [-1] * len(rows), dtype=int)

            area = np.array([geometry.area() for geometry in shapes], dtype=float)
            boxes = [geometry.boundingBox() for geometry in shapes]
            kept = _same_extent_and_area(_box_array(boxes), area, old_boxes, old_area, same)
            pending = [(rows[k], shapes[k], index.intersects(boxes[k]), int(same[k])) for k in np.flatnonzero(~kept)]
            # (not started before the rule is known: Python beside the workers' GEOS calls slowed both, measured)
            last = [future.result() for future in
                    self._chunks(pool, pending, lambda part: _overlaps(part, old, old_tuples, old_area,
                                                                       self._cancelled_now))]
        if any(part is None for part in last):
            return None
        new_area = np.zeros(len(self._geometries))
        new_area[rows] = area
        pairs = [(np.array(rows, dtype=int)[kept], same[kept], np.minimum(area, old_area[same])[kept], True)]
        pairs += [(np.array(part[0], dtype=int), np.array(part[1], dtype=int), np.array(part[2], dtype=float),
                   np.array(part[3], dtype=bool)) for part in last]
        return carry.Overlay(boundaries.name, boundaries.year, np.array(boundaries.codes, dtype=object), old_area,
                             new_area, np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs]),
                             np.concatenate([p[2] for p in pairs]), boundaries.inhabitants,
                             unchanged=np.concatenate([np.broadcast_to(p[3], len(p[0])) for p in pairs]))

    def _chunks(self, pool, tasks, work):
        """``work`` on chunks of ``tasks`` in ``pool`` (a few chunks per worker, so they finish together)."""
        size = max(32, len(tasks) // (self._workers * 8) + 1)
        return [pool.submit(work, tasks[k:k + size]) for k in range(0, len(tasks), size)]


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


def _overlaps(tasks, old, boxes, old_area, cancelled):
    """Step 3 for a chunk of input buurten (one thread): their overlaps as (rows, old buurten, areas, unchanged).
    A task is (row, valid geometry, old buurten whose box touches it, same-code old buurt or -1). A same-code
    buurt whose polygons overlap with intersection over union >= :data:`carry.UNCHANGED_IOU` is unchanged: that
    one pair only. ``boxes``: the old buurten's as (x min, y min, x max, y max)."""
    rows, cols, areas, unchanged = [], [], [], []
    for count, (i, geometry, candidates, same) in enumerate(tasks):
        if count % 100 == 0 and cancelled():
            return None
        box = geometry.boundingBox().toRectF().getCoords()  # as _box_array
        area_i = geometry.area()
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        known = None
        if same >= 0:
            piece = engine.intersection(old[same].constGet())
            known = piece.area() if piece is not None else 0.0
            if known >= carry.UNCHANGED_IOU * (area_i + old_area[same] - known):
                rows.append(i)
                cols.append(same)
                areas.append(known)
                unchanged.append(True)
                continue
        for j in candidates:
            other = old[j].constGet()
            if j == same:
                area = known
            elif not engine.intersects(other):
                continue
            elif _inside(boxes[j], box) and engine.contains(other):  # the old buurt lies wholly inside
                area = old_area[j]
            else:  # (asking first whether the new one lies wholly inside the old one cost more than it saved)
                piece = engine.intersection(other)
                area = piece.area() if piece is not None else 0.0
            if area > 0:
                rows.append(i)
                cols.append(j)
                areas.append(area)
                unchanged.append(False)
    return rows, cols, areas, unchanged


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
