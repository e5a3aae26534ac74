"""Carry a source's figures from another year's buurt indeling onto the input's buurten (issue 21).

CBS redraws and renumbers buurten every year: the RIVM Gezondheidsmonitor 2020 has the 2019/2020 codes, Amsterdam
renumbered all its buurten in 2022. Given the polygons of the other indeling (BOUNDARIES), a source in that
indeling is carried onto the input's buurten by polygon overlap. The overlap itself (which old buurt covers how
much of which new one) is computed in QGIS (:mod:`..qgis_io.boundaries`, QGIS' geometry engine and spatial index);
this module only weighs the figures:

- a buurt whose code and polygon did not change (same code; same extent and area, or intersection over union >=
  ``UNCHANGED_IOU``: see :mod:`..qgis_io.boundaries`) keeps its own value exactly;
- counts (inhabitants, benefit recipients) are split by share of area: each old buurt gives the share of its
  area that lies in the new buurt;
- rates, shares and means become the overlap-weighted mean of the old buurten, weighted by the old buurten's
  inhabitants in the overlap (inhabitants x share of the old buurt's area) where their inhabitants are known,
  else by the overlap's area; densities by area;
- a new buurt gets a value only when old buurten with a value cover at least ``MIN_COVER`` of the part of its
  area that old buurten cover at all.

Which indeling a source belongs to is read from its codes: of the input's gemeenten, the indeling (the input's own
or one of the BOUNDARIES) of which the source holds the largest share of codes.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import cbs_schema as schema

UNCHANGED_IOU = 0.6  # generalised polygons of one buurt from two publications overlap 0.64-0.98 (Zaanstad)
MIN_COVER = 0.5

NONE, DIRECT, UNCHANGED, CARRIED = 0, 1, 2, 3  # how a row got its values from a source


@dataclass
class Overlay:
    """One BOUNDARIES layer laid over the input's buurten: pairs (input row, old buurt, area of their overlap)."""

    name: str
    year: int  # the indeling's year, None when unknown
    codes: np.ndarray  # old buurt codes, length m
    old_area: np.ndarray  # m
    new_area: np.ndarray  # n: the input rows' areas
    rows: np.ndarray  # pair -> input row (0..n-1)
    cols: np.ndarray  # pair -> old buurt (0..m-1)
    area: np.ndarray  # pair -> area of the overlap
    inhabitants: np.ndarray = None  # m, the old buurten's inhabitants when the layer has them
    unchanged: np.ndarray = None  # pair -> True where the input buurt is this old buurt, unchanged (same code)

    def label(self):
        return str(self.year) if self.year else self.name


def _gemeenten(codes):
    return {c[2:6] for c in codes if isinstance(c, str) and len(c) >= 6}


def choose(part_codes, table_codes, overlays):
    """The :class:`Overlay` whose indeling ``part_codes`` belongs to, or None when it is the input's own.

    Per indeling, within the input's gemeenten: the share of its codes that the source holds; the input wins ties."""
    if not overlays:
        return None
    source = set(part_codes)
    region = _gemeenten(table_codes)

    def share(codes):
        codes = {c for c in codes if isinstance(c, str) and c[2:6] in region}
        return len(codes & source) / len(codes) if codes else 0.0

    best, best_share = None, share(table_codes)
    for overlay in overlays:
        value = share(overlay.codes)
        if value > best_share + 1e-9:
            best, best_share = overlay, value
    return best


def carry(values, overlay, table_codes, inhabitants=None):
    """``values`` (indexed by old buurt code, one column per indicator) on the input's rows.

    ``inhabitants``: old buurten's inhabitants by code (a Series), e.g. the source's own ``inwoners``; else the
    overlay's. Returns ``(frame aligned to the input rows, mode per row, covered share of area per row)``; mode
    :data:`UNCHANGED` (own value), :data:`CARRIED` (by overlap), :data:`DIRECT` (no polygons: by code) or
    :data:`NONE`."""
    table_codes = np.asarray(table_codes, dtype=object)
    n = len(table_codes)
    aligned = values.reindex(overlay.codes)  # old buurt j -> its values
    has_row = aligned.notna().any(axis=1).to_numpy()
    rows, cols, area = overlay.rows, overlay.cols, overlay.area

    # unchanged: the same code and nearly the same polygon, as the overlay found
    same = overlay.unchanged if overlay.unchanged is not None else np.zeros(len(rows), dtype=bool)
    unchanged = np.full(n, -1)
    unchanged[rows[same]] = cols[same]

    # weights: inhabitants in the overlap where known, else area
    fraction = area / np.maximum(overlay.old_area[cols], 1e-12)  # share of the old buurt inside the new one
    people = None
    if inhabitants is not None:
        people = inhabitants.reindex(overlay.codes).to_numpy(dtype=float)
    elif overlay.inhabitants is not None:
        people = np.asarray(overlay.inhabitants, dtype=float)
    if people is not None and np.isfinite(people).any():
        density = people / np.maximum(overlay.old_area, 1e-12)
        fallback = np.nanmedian(density[np.isfinite(density)])
        density = np.where(np.isfinite(density), density, fallback)
        by_people = area * density[cols]
    else:
        by_people = area

    covered_any = np.bincount(rows, weights=area, minlength=n)
    covered = np.bincount(rows, weights=area * has_row[cols], minlength=n)
    enough = covered >= MIN_COVER * np.maximum(covered_any, 1e-12)
    share = np.where(overlay.new_area > 0, covered / np.maximum(overlay.new_area, 1e-12), 0.0)

    out = pd.DataFrame(index=range(n))
    for name in aligned.columns:
        v = aligned[name].to_numpy(dtype=float)
        vp = v[cols]
        ok = np.isfinite(vp)
        kind = schema.measure(name)[0] if name in schema.INDICATORS else "mean"
        if kind == "count":
            total = np.bincount(rows, weights=np.where(ok, vp * fraction, 0.0), minlength=n)
            cover = np.bincount(rows, weights=np.where(ok, area, 0.0), minlength=n)
            result = np.where(cover >= MIN_COVER * np.maximum(covered_any, 1e-12), total, np.nan)
        else:
            w = area if kind == "density" else by_people
            num = np.bincount(rows, weights=np.where(ok, w * vp, 0.0), minlength=n)
            den = np.bincount(rows, weights=np.where(ok, w, 0.0), minlength=n)
            cover = np.bincount(rows, weights=np.where(ok, area, 0.0), minlength=n)
            result = np.where((den > 0) & (cover >= MIN_COVER * np.maximum(covered_any, 1e-12)),
                              num / np.maximum(den, 1e-300), np.nan)
        keep = unchanged >= 0
        result[keep] = v[unchanged[keep]]
        out[name] = result

    mode = np.where(unchanged >= 0, UNCHANGED, np.where(enough & (covered > 0), CARRIED, NONE))
    # rows no old polygon touches: by code, as without BOUNDARIES
    untouched = covered_any <= 0
    if untouched.any():
        direct = values.reindex(table_codes[untouched])
        for name in out.columns:
            out.loc[untouched, name] = direct[name].to_numpy(dtype=float)
        mode[untouched] = np.where(direct.notna().any(axis=1).to_numpy(), DIRECT, NONE)
    share = np.where(mode == UNCHANGED, 1.0, share)
    return out, mode, share
