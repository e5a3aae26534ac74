"""Uncertainty of ranks as the JRC/OECD handbook on composite indicators does it: Monte Carlo over the choices
an analyst could have made, not only the weights.

Each draw picks (1) a normalisation (z-score, rank, min-max, on one deviation scale), (2) a winsorising share
(0, 2.5 % or 5 %), (3) indicator and theme weights each multiplied by U(1 - s, 1 + s), (4) for the total, one
theme left out or none (leave-one-out), and (5) sampling noise: where the schema knows a rate's or share's
denominator, each buurt's value moves by a normal draw with its binomial / Poisson sampling sd. The 5 and 95 %
points of each buurt's rank over the draws are the interval (``bk_<theme>_rank_p05`` .. ``_p95``, and for the
total). Draws run one at a time with a cancel check in between; ranks are kept as 16-bit integers, so memory is
bounded by :data:`RANK_MEMORY` (the allowed number of draws follows from it).
"""

import time

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError, Cancelled

NORMALISATIONS = ("zscore", "rank", "minmax")
WINSORISING = (0.0, 0.025, 0.05)
RANK_MEMORY = 1 << 30  # bytes for the stored ranks (16 bit each)
CHECK_EVERY = 0.1  # seconds between cancel checks


def max_draws(n_buurten, n_columns):
    """The largest number of draws whose ranks fit in RANK_MEMORY."""
    return int(RANK_MEMORY // max(2 * n_buurten * n_columns, 1))


def rank_intervals(result, table, x, names, ref_rows, scored_rows, selection, progress=None):
    """Add ``_rank_p05`` and ``_rank_p95`` for every computed theme and the total to ``result.scores``."""
    from .indices import min_weight, prepare  # the same preparation as the main run, per variant

    options = result.options
    draws = int(options.uncertainty_draws)
    themes = [t for t in result.computed_themes if t.id in result.weights and not result.weights[t.id].empty]
    columns = [t.id for t in themes] + ["total"]
    sel = np.flatnonzero(selection & scored_rows)
    n_sel = int(selection.sum())
    allowed = max_draws(n_sel, len(columns))
    if draws > allowed:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{draws} uncertainty draws for {n} buurten do not fit in memory; at most {allowed} can "
                           "be used here."), draws=draws, n=n_sel, allowed=allowed)
    rows = ref_rows | scored_rows
    in_sel = np.isin(np.flatnonzero(rows), sel)
    col = {name: j for j, name in enumerate(names)}
    area_rows = table.statistics_mask(0) & (selection if options.reference == "selection" else True)
    variants = []
    for m in NORMALISATIONS:
        for w in WINSORISING:
            if progress is not None and progress(0.1) is False:
                raise Cancelled()
            variants.append(prepare(table, names, x, ref_rows, options, method=m, winsorize=w, area_rows=area_rows))
    specs = []
    for theme in themes:
        items = [i for i in theme.indicators if i.indicator in col]
        idx = np.array([col[i.indicator] for i in items])
        sign = np.array([-1.0 if i.direction == schema.HIGHER_IS_WORSE else 1.0 for i in items])
        specs.append((theme, idx, sign, np.array([i.weight for i in items])))
    direction = np.ones(len(names), dtype=np.float32)  # as the total reads each indicator: its first theme's
    for theme, idx, sign, _ in sorted(specs[::-1], key=lambda spec: not spec[0].context):
        direction[idx] = sign
    scored_here = scored_rows[rows]
    oriented, present, noises = [], [], []
    for v in variants:  # oriented deviations with missing as 0, presence as 0/1, sampling sd: per variant
        dev = v.dev[rows].astype(np.float32) * direction
        dev[~scored_here] = np.nan
        present.append((~np.isnan(dev)).astype(np.float32))
        oriented.append(np.nan_to_num(dev))
        noises.append(v.noise[rows].astype(np.float32) * present[-1])
    noisy = [np.flatnonzero(noise.any(axis=0)) for noise in noises]
    non_context = [k for k, (theme, *_) in enumerate(specs) if not theme.context]
    theme_weight = np.array([float((options.theme_weights or {}).get(t.id, t.weight)) for t, *_ in specs])

    rng = np.random.default_rng(options.seed)
    spread = options.uncertainty_spread
    pool = rng.standard_normal((len(in_sel) + 4099, max([len(j) for j in noisy] + [1])), dtype=np.float32)
    ranks = np.zeros((len(columns), len(sel), draws), dtype=np.uint16)
    last = time.monotonic()
    weights = np.zeros((len(names), len(specs) + 1), dtype=np.float32)  # theme columns, then the total's
    signed = np.zeros_like(weights)  # the same, with the sign a theme reads the indicator in
    for draw in range(draws):
        v = int(rng.integers(len(variants)))
        j = noisy[v]
        if len(j):  # sampling noise from a pool of normal draws at a random offset (one pool per run)
            start = int(rng.integers(len(pool) - len(in_sel) + 1))
            shake = noises[v][:, j] * pool[start:start + len(in_sel), :len(j)]
        leave_out = int(rng.integers(len(non_context) + 1))
        tw = theme_weight * rng.uniform(1 - spread, 1 + spread, len(specs))
        weights[:] = 0
        signed[:] = 0
        full = np.zeros(len(specs))
        counted = np.zeros(len(names))
        shares = np.zeros(len(names))
        included = []
        for k, (theme, idx, sign, nominal) in enumerate(specs):
            w = nominal * rng.uniform(1 - spread, 1 + spread, len(nominal))
            weights[idx, k] = w
            signed[idx, k] = w * sign * direction[idx]
            absent = {i for i, why in result.reports[theme.id].missing.items() if why == "absent"}
            full[k] = theme.needed_weight(absent) * w.sum() / nominal.sum()  # the whole weight, perturbed alike
            if k in non_context and non_context.index(k) != leave_out:
                included.append(k)
                shares[idx] += tw[k] * w / w.sum()
                counted[idx] += 1
        weights[:, -1] = signed[:, -1] = shares / np.maximum(counted, 1)  # each indicator once in the total
        num = oriented[v] @ signed
        if len(j):
            num += shake @ signed[j]
        den = present[v] @ weights
        comp = np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)
        need = np.array([min_weight(options, full[k], weights[:, k].sum()) for k in range(len(full))])
        themes_ok = den[:, :-1] >= need[None, :] - 1e-6
        comp[:, :-1][~themes_ok] = np.nan
        enough = themes_ok[:, included].astype(float) @ tw[included] >= 0.5 * tw[included].sum() - 1e-9
        comp[~enough, -1] = np.nan
        if not included:
            comp[:, -1] = np.nan
        for c in range(len(columns)):
            ranks[c, :, draw] = _ranks(comp[:, c], in_sel)
        if progress is not None and time.monotonic() - last > CHECK_EVERY:
            last = time.monotonic()
            if progress(0.1 + 0.9 * (draw + 1) / draws) is False:
                raise Cancelled()
    _store(result, columns, ranks, sel, selection)


def _ranks(comp, in_sel):
    """Rank 1 = best among the selected buurten of this draw; 0 where the buurt has no value.

    The values are quantised to 16 bits (65,535 steps between this draw's lowest and highest) so numpy sorts them
    by radix in linear time; buurten closer than one step share a tie, ordered as they come: a rank off by the
    size of such a tie (1-2 ranks nationally) changes no 5-95 % interval noticeably."""
    values = comp[in_sel]
    ok = np.isfinite(values)
    out = np.zeros(len(values), dtype=np.uint16)
    if ok.any():
        v = values[ok]
        lo, hi = v.min(), v.max()
        keys = np.round((hi - v) / (hi - lo) * 65534).astype(np.uint16) if hi > lo else np.zeros(len(v), np.uint16)
        order = np.argsort(keys, kind="stable")
        r = np.empty(len(order), dtype=np.uint16)
        r[order] = np.arange(1, len(order) + 1, dtype=np.uint16)
        out[ok] = r
    return out


def _store(result, columns, ranks, sel, selection):
    index = np.searchsorted(np.flatnonzero(selection), sel)  # positions of the scored rows in the scores frame
    n = int(selection.sum())
    for c, name in enumerate(columns):
        prefix = "bk_" + name
        p05 = np.full(n, np.nan)
        p95 = np.full(n, np.nan)
        r = np.sort(ranks[c], axis=1)  # missing draws (0) first
        valid = (r > 0).sum(axis=1)
        has = valid > 0
        missing = r.shape[1] - valid
        for target, q in ((p05, 0.05), (p95, 0.95)):  # linear interpolation between order statistics
            pos = missing + q * np.maximum(valid - 1, 0)
            lo = np.minimum(np.floor(pos).astype(int), r.shape[1] - 1)
            hi = np.minimum(lo + 1, r.shape[1] - 1)
            a = np.take_along_axis(r, lo[:, None], axis=1)[:, 0].astype(float)
            b = np.take_along_axis(r, hi[:, None], axis=1)[:, 0].astype(float)
            target[index[has]] = np.round(a + (pos - lo) * (b - a))[has]
        scored = np.isfinite(result.scores[prefix].to_numpy(dtype=float)) if prefix in result.scores else None
        if scored is not None:
            p05[~scored] = np.nan
            p95[~scored] = np.nan
        result.scores[prefix + "_rank_p05"] = pd.array(p05, dtype="Int64")
        result.scores[prefix + "_rank_p95"] = pd.array(p95, dtype="Int64")
