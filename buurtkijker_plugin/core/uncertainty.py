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
CHECK_EVERY = 0.2  # seconds between cancel checks


def max_draws(n_buurten, n_columns):
    """The largest number of draws whose ranks fit in RANK_MEMORY."""
    return int(RANK_MEMORY // max(2 * n_buurten * n_columns, 1))


def rank_intervals(result, table, x, names, ref_rows, scored_rows, selection, progress=None):
    """Add ``_rank_p05`` and ``_rank_p95`` for every computed theme and the total to ``result.scores``."""
    from .indices import prepare  # the same preparation as the main run, per variant

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
    ref = ref_rows[rows]
    in_sel = np.isin(np.flatnonzero(rows), sel)
    col = {name: j for j, name in enumerate(names)}
    area_rows = table.statistics_mask(0) & (selection if options.reference == "selection" else True)
    variants = [prepare(table, names, x, ref_rows, options, method=m, winsorize=w, area_rows=area_rows)
                for m in NORMALISATIONS for w in WINSORISING]
    devs = [v.dev[rows].astype(np.float32) for v in variants]
    noises = [v.noise[rows].astype(np.float32) for v in variants]
    for d in devs:
        d[~scored_rows[rows]] = np.nan
    noisy = [np.flatnonzero(noise.any(axis=0)) for noise in noises]

    specs = []
    for theme in themes:
        items = [i for i in theme.indicators if i.indicator in col]
        idx = np.array([col[i.indicator] for i in items])
        sign = np.array([-1.0 if i.direction == schema.HIGHER_IS_WORSE else 1.0 for i in items], dtype=np.float32)
        weights = np.array([i.weight for i in items])
        specs.append((theme, idx, sign, weights))
    non_context = [k for k, (theme, *_) in enumerate(specs) if not theme.context]
    theme_weight = np.array([float((options.theme_weights or {}).get(t.id, t.weight)) for t, *_ in specs])

    rng = np.random.default_rng(options.seed)
    spread = options.uncertainty_spread
    ranks = np.zeros((len(columns), len(sel), draws), dtype=np.uint16)
    last = time.monotonic()
    for draw in range(draws):
        v = int(rng.integers(len(variants)))
        dev = devs[v]
        if len(noisy[v]):
            dev = dev.copy()
            j = noisy[v]
            dev[:, j] += noises[v][:, j] * rng.standard_normal((dev.shape[0], len(j)), dtype=np.float32)
        leave_out = int(rng.integers(len(non_context) + 1))
        tw = theme_weight * rng.uniform(1 - spread, 1 + spread, len(specs))
        total_num = np.zeros(dev.shape[0])
        total_den = np.zeros(dev.shape[0])
        present_weight = np.zeros(dev.shape[0])
        counted = np.zeros(len(names))
        shares = np.zeros((len(specs), len(names)))
        for k, (theme, idx, sign, weights) in enumerate(specs):
            w = weights * rng.uniform(1 - spread, 1 + spread, len(weights))
            o = dev[:, idx] * sign
            ok = ~np.isnan(o)
            den = ok @ w
            full = theme.total_weight * w.sum() / weights.sum()  # the theme's whole weight, perturbed alike
            comp = np.where(den >= 0.5 * full - 1e-12, np.where(ok, o, 0) @ w / np.where(den > 0, den, 1), np.nan)
            ranks[k, :, draw] = _ranks(comp, ref, in_sel)
            if k in non_context and non_context.index(k) != leave_out:
                present_weight += np.isfinite(comp) * tw[k]
                shares[k, idx] = tw[k] * w / w.sum()
                counted[idx] += 1
        included = [k for k in non_context if non_context.index(k) != leave_out]
        if included:
            e = shares.sum(axis=0) / np.maximum(counted, 1)
            direction = _directions(specs, len(names))
            o = dev * direction
            ok = ~np.isnan(o)
            total_den = ok @ e
            total_num = np.where(ok, o, 0) @ e
            comp = np.where(total_den > 0, total_num / np.where(total_den > 0, total_den, 1), np.nan)
            comp[present_weight < 0.5 * tw[included].sum() - 1e-12] = np.nan
            ranks[-1, :, draw] = _ranks(comp, ref, in_sel)
        if progress is not None and time.monotonic() - last > CHECK_EVERY:
            last = time.monotonic()
            if progress(0.1 + 0.9 * (draw + 1) / draws) is False:
                raise Cancelled()
    _store(result, columns, ranks, sel, selection)


def _directions(specs, k):
    out = np.ones(k, dtype=np.float32)
    for _, idx, sign, _ in specs:
        out[idx] = sign
    return out


def _ranks(comp, ref, in_sel):
    """Rank 1 = best among the selected buurten of this draw; 0 where the buurt has no value."""
    values = comp[in_sel]
    ok = np.isfinite(values)
    out = np.zeros(len(values), dtype=np.uint16)
    if ok.any():
        order = np.argsort(-values[ok], kind="stable")
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
        r = ranks[c]
        valid = r > 0
        has = valid.any(axis=1)
        for target, q in ((p05, 5), (p95, 95)):
            values = np.where(valid, r, np.nan).astype(np.float32)
            target[index[has]] = np.round(np.nanpercentile(values[has], q, axis=1))
        scored = np.isfinite(result.scores[prefix].to_numpy(dtype=float)) if prefix in result.scores else None
        if scored is not None:
            p05[~scored] = np.nan
            p95[~scored] = np.nan
        result.scores[prefix + "_rank_p05"] = pd.array(p05, dtype="Int64")
        result.scores[prefix + "_rank_p95"] = pd.array(p95, dtype="Int64")
