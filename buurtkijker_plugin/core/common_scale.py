"""Scores on a fixed scale: every step of :mod:`indices` (averages, shrinkage, transform, centre and spread) taken
from a *reference* set of rows, while other rows (another year, a scenario's changed buurten) are scored against it.

Used by :mod:`change` (year B scored against year A's reference) and :mod:`scenario` (changed buurten scored
against the unchanged data). The rows scored but outside the reference never move the reference: the averages,
spreads, transforms and the between-buurt variance of the shrinkage come from the reference rows only.
"""

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from . import indices
from .cbs_table import BuurtTable, derived_inputs
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

BASES = ("inwoners", "huishoudens", "woningen", "opp_land")


@dataclass
class FixedRun:
    result: object  # indices.IndexResult over the selected rows
    prep: object  # indices.Prepared over all rows of the table
    ref_rows: np.ndarray
    scored_rows: np.ndarray
    selection: np.ndarray

    def z(self, theme_id):
        """The theme's z (distance from the reference average in reference sd) per selected row."""
        prefix = "bk_" + theme_id
        score = self.result.scores[prefix].to_numpy(dtype=float)
        method = self.result.options.method
        if method in ("zscore", "imd"):
            return (score - 100.0) / 10.0
        ref = score[self.ref_rows[self.selection]]
        ref = ref[np.isfinite(ref)]
        sd = ref.std() if len(ref) > 1 else 0.0
        centre = ref.mean() if len(ref) else 0.0
        return (score - centre) / sd if sd > 0 else np.zeros_like(score)

    def points_per_sd(self, theme_id):
        """Score points per reference sd: 10 under zscore, the reference buurten's score sd otherwise."""
        if self.result.options.method in ("zscore", "imd"):
            return 10.0
        score = self.result.scores["bk_" + theme_id].to_numpy(dtype=float)[self.ref_rows[self.selection]]
        score = score[np.isfinite(score)]
        return float(score.std()) if len(score) > 1 else 1.0

    def sampling_sd(self, theme_id):
        """The sampling sd of the theme's z per selected row, from the empirical-Bayes step's binomial / Poisson sd
        of each indicator (indicators without a known denominator count as exact), combined over the theme's
        weighted mean as independent errors: sqrt(sum (w_j s_j)^2) / sum w_j over the indicators present, divided
        by the theme's spread."""
        weights = self.result.weights.get(theme_id)
        spread = self.result.spread.get(theme_id)
        n = int(self.selection.sum())
        if weights is None or weights.empty or not spread:
            return np.zeros(n)
        col = {name: j for j, name in enumerate(self.prep.names)}
        names = [name for name in weights.index if name in col]
        idx = [col[name] for name in names]
        w = weights.loc[names].to_numpy(dtype=float)
        u = self.prep.u[:, idx]
        centred = u - self.prep.center[idx]
        rms = np.sqrt(np.nanmean(np.where(self.ref_rows[:, None], centred, np.nan) ** 2, axis=0))
        noise = self.prep.noise[:, idx] * np.where(np.isfinite(rms), rms, 0.0)  # on the composite's scale
        present = np.isfinite(u)
        numer = np.sqrt(np.sum(np.where(present, (w * noise) ** 2, 0.0), axis=1))
        denom = np.sum(np.where(present, w, 0.0), axis=1)
        sd = np.where(denom > 0, numer / np.where(denom > 0, denom, 1.0), 0.0) / spread
        return sd[self.selection]


def compute_fixed(table, themes, selection, reference, options, progress=None):
    """Theme scores for the ``selection`` rows of ``table`` against the ``reference`` rows only (boolean masks).

    The same steps as :func:`indices.compute` without its uncertainty analysis. Returns a :class:`FixedRun`."""
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return _compute_fixed(table, themes, selection, reference, options, progress)


def _compute_fixed(table, themes, selection, reference, options, progress):
    options.validate()
    selection = np.asarray(selection, dtype=bool)
    reference = np.asarray(reference, dtype=bool)
    stats = table.statistics_mask(options.min_population)
    ref_rows = stats & reference
    scored_rows = stats & selection
    if not scored_rows.any():
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker",
            "No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants."),
            n=options.min_population)
    if ref_rows.sum() < indices.MIN_REFERENCE:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "The reference holds only {n} buurten that can be scored; at least {minimum} are needed "
                           "for an average and a spread. Choose more gemeenten or the national reference."),
            n=int(ref_rows.sum()), minimum=indices.MIN_REFERENCE)
    x, names, missing = indices._indicator_matrix(table, themes, ref_rows)
    area_rows = table.statistics_mask(0) & reference
    prep = indices.prepare(table, names, x, ref_rows, options, area_rows=area_rows)
    method = options.scale_method
    u, dev = prep.u.copy(), prep.dev.copy()
    u[~scored_rows] = np.nan
    dev[~scored_rows] = np.nan
    col = {name: j for j, name in enumerate(names)}
    scores = pd.DataFrame(index=table.data.index[selection])
    result = indices.IndexResult(scores, {}, list(themes), options, int(ref_rows.sum()), indicators=prep.info)
    for theme in themes:
        indices._score_theme(result, theme, u, dev, prep.center, col, missing, ref_rows, scored_rows, selection,
                             method)
    indices._score_total(result, themes, u, dev, prep.center, col, ref_rows, scored_rows, selection, method)
    if progress is not None and progress(1.0) is False:
        from .errors import Cancelled
        raise Cancelled()
    return FixedRun(result, prep, ref_rows, scored_rows, selection)


def indicator_columns(themes):
    """Every indicator the themes name, with the counts and bases their averages and shrinkage use."""
    out = []
    for theme in themes:
        for item in theme.indicators:
            name = item.indicator
            base = schema.measure(name)[1]
            for other in (name, base) + tuple(derived_inputs().get(name, ())):
                if other and other not in out:
                    out.append(other)
    for base in BASES:
        if base not in out:
            out.append(base)
    return out


def has_values(table, name, rows=None):
    values = table.values(name)
    if values is None:
        return False
    v = values.to_numpy(dtype=float)
    if rows is not None:
        v = v[rows]
    return bool(np.isfinite(v).any())


def stack(tables, columns, source="", labels=None):
    """One :class:`BuurtTable` of the rows of ``tables`` (one after the other, a fresh index) with only ``columns``
    among the indicators: those every table has values for. ``labels``: a per-table name kept in column
    ``bk_part``. Returns (table, part number per row)."""
    ids = ["code", "naam", "wijkcode", "gemeentecode", "gemeentenaam", "water"]
    parts, raws = [], []
    for k, table in enumerate(tables):
        data = pd.DataFrame({c: table.data[c] if c in table.data else pd.NA for c in ids}, index=table.data.index)
        data["water"] = table.data["water"].to_numpy(dtype=bool) if "water" in table.data else False
        raw = pd.DataFrame(index=table.data.index)
        for name in columns:
            values = table.values(name)
            if name in schema.INDICATORS:
                data[name] = values.to_numpy(dtype=float) if values is not None else np.nan
            else:
                raw[name] = values.to_numpy(dtype=float) if values is not None else np.nan
        data["bk_part"] = k
        parts.append(data)
        raws.append(raw)
    data = pd.concat(parts, ignore_index=True)
    raw = pd.concat(raws, ignore_index=True)
    data["water"] = data["water"].fillna(False).astype(bool)
    first = tables[0]
    stacked = BuurtTable(data, raw, first.level, dict(first.columns), source or first.source, first.year, [])
    return stacked, data["bk_part"].to_numpy()
