"""From raw indicator values to comparable numbers: averages as CBS computes them, empirical-Bayes shrinkage of
small-denominator rates and shares, a documented transform of skewed indicators, and the method's scale.

Every function works on whole columns (numpy, buurten x indicators); see docs/methodology.md for the reasoning.
"""

from dataclasses import dataclass

import numpy as np

from . import cbs_schema as schema

SKEW_LIMIT = 2.0  # the JRC COIN rule: |skewness| above 2 ...
KURTOSIS_LIMIT = 3.5  # ... and (excess) kurtosis above 3.5 over the reference mark an indicator for a transform
METHOD_SCALES = ("zscore", "minmax", "rank")


# -- averages as CBS computes them ----------------------------------------------------------------------------

def base_weights(lookup, indicator_id, n):
    """Per row the weight an indicator's average uses: its base (inhabitants, households, dwellings, land area);
    where the layer lacks the base, the next best one (dwellings -> households, as the CBS national table has no
    dwelling count: the national WOZ average by households is CBS' 379, by inhabitants 387), then inhabitants,
    then 1 per buurt. ``lookup(name)`` gives a column's values or None."""
    _, base, _ = schema.measure(indicator_id)
    for name in (base,) + schema.BASE_FALLBACK.get(base, ()) + ("inwoners",):
        values = lookup(name) if name else None
        if values is not None:
            w = np.asarray(values, dtype=float)
            if np.isfinite(w).any() and np.nanmax(w) > 0:
                return np.where(np.isfinite(w) & (w > 0), w, 0.0)
    return np.ones(n)


def weighted_average(values, weights, rows=None):
    """sum(value x weight) / sum(weight) over the rows with a value: for rates and shares this is
    sum(numerators) / sum(denominators), CBS' own figure for a gemeente or the country."""
    x = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    ok = np.isfinite(x) & np.isfinite(w) & (w > 0)
    if rows is not None:
        ok &= np.asarray(rows, dtype=bool)
    if not ok.any():
        return np.nan
    return float(np.sum(x[ok] * w[ok]) / np.sum(w[ok]))


def indicator_average(indicator_id, values, weights, rows=None, lookup=None):
    """The reference figure for one indicator: a sum for counts; for a rate or share whose numerator and
    denominator counts are at hand (``lookup(name)``, see ``cbs_schema.DERIVED``) their sums' ratio, exactly as CBS
    computes a gemeente's figure; otherwise the values weighted by their base."""
    kind = schema.measure(indicator_id)[0]
    keep = np.ones(len(values), dtype=bool) if rows is None else np.asarray(rows, dtype=bool)
    if kind == "count":
        x = np.asarray(values, dtype=float)
        ok = np.isfinite(x) & keep
        return float(x[ok].sum()) if ok.any() else np.nan
    if lookup is not None and indicator_id in schema.DERIVED:
        numerators, denominators, factor = schema.DERIVED[indicator_id]
        columns = [lookup(name) for name in numerators + denominators]
        if all(c is not None for c in columns):
            num = sum(np.asarray(c, dtype=float) for c in columns[:len(numerators)])
            den = sum(np.asarray(c, dtype=float) for c in columns[len(numerators):])
            # every buurt whose numerator is known counts, also one without inhabitants (an industrial estate's
            # crimes are the gemeente's crimes: CBS' Eindhoven figure 75.9, not 75.5 without them)
            ok = np.isfinite(num) & keep
            total = np.nansum(np.where(ok & (den > 0), den, 0.0))
            if ok.any() and total > 0:
                return float(factor * num[ok].sum() / total)
    return weighted_average(values, weights, keep)


# -- empirical Bayes ------------------------------------------------------------------------------------------

def shrink(x, exposure, kind, factor, ref_rows):
    """Marshall's global empirical-Bayes estimate of each buurt's rate or share.

    ``x``: the published rate (per ``factor`` units of the base) or percentage; ``exposure``: the base (inhabitants,
    households, dwellings, hectares). The between-buurt variance is estimated over the reference; a buurt's value
    moves toward the reference rate by its sampling variance (Poisson for rates, binomial for shares) relative to
    that. Returns (shrunk values, sampling sd of the raw values), both on the scale of ``x``.
    """
    x = np.asarray(x, dtype=float)
    n = np.asarray(exposure, dtype=float)
    r = x / factor
    ok = np.isfinite(r) & np.isfinite(n) & (n > 0) & ref_rows
    if ok.sum() < 3:
        return x, np.zeros_like(x)
    m = np.sum(r[ok] * n[ok]) / np.sum(n[ok])
    if kind == "share":
        m = min(max(m, 1e-6), 1 - 1e-6)
        unit = m * (1 - m)
    else:
        m = max(m, 1e-12)
        unit = m
    weighted_var = np.sum(n[ok] * (r[ok] - m) ** 2) / np.sum(n[ok])
    between = max(weighted_var - unit / np.mean(n[ok]), 0.01 * weighted_var, 1e-18)
    with np.errstate(divide="ignore", invalid="ignore"):
        sampling = np.where(n > 0, unit / n, np.inf)
    weight = between / (between + sampling)
    usable = np.isfinite(r) & np.isfinite(n) & (n > 0)
    shrunk = np.where(usable, (m + weight * (r - m)) * factor, x)
    sd = np.where(usable, np.sqrt(np.where(np.isfinite(sampling), sampling, 0)) * factor, 0.0)
    return shrunk, sd


# -- skew ---------------------------------------------------------------------------------------------------

def skewness(values):
    v = values[np.isfinite(values)]
    if len(v) < 3:
        return 0.0
    sd = v.std()
    d = v - v.mean()
    return float(np.mean(d * d * d) / sd ** 3) if sd > 0 else 0.0  # d * d * d: numpy's ** 3 calls pow() per value


def kurtosis(values):
    """Excess kurtosis (0 for a normal distribution)."""
    v = values[np.isfinite(values)]
    if len(v) < 4:
        return 0.0
    sd = v.std()
    d = v - v.mean()
    d *= d
    return float(np.mean(d * d) / sd ** 4 - 3) if sd > 0 else 0.0


def too_skewed(values, skew=None):
    """|skewness| > SKEW_LIMIT and excess kurtosis > KURTOSIS_LIMIT; ``skew``: the skewness when already known."""
    return abs(skewness(values) if skew is None else skew) > SKEW_LIMIT and kurtosis(values) > KURTOSIS_LIMIT


def percentile(x, ref):
    """Mid-rank share of reference values below each x: (less + equal / 2) / n."""
    v = np.sort(ref[np.isfinite(ref)])
    if len(v) == 0:
        return np.full(np.shape(x), np.nan)
    x = np.asarray(x, dtype=float)
    less = np.searchsorted(v, x, "left")
    leq = np.searchsorted(v, x, "right")
    return np.where(np.isnan(x), np.nan, (less + 0.5 * (leq - less)) / len(v))


def inverse_normal(p):
    """Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9)."""
    a = (-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
         -3.066479806614716e+01, 2.506628277459239e+00)
    b = (-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
         -1.328068155288572e+01)
    c = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
         4.374664141464968e+00, 2.938163982698783e+00)
    d = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00)
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    low, high = p < 0.02425, p > 1 - 0.02425
    mid = ~low & ~high & ~np.isnan(p)
    q = p[mid] - 0.5
    r = q * q
    out[mid] = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / \
               (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    for mask, sign, values in ((low, 1, p[low]), (high, -1, 1 - p[high])):
        q = np.sqrt(-2 * np.log(np.maximum(values, 1e-300)))
        out[mask] = sign * (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / (
            (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    return out


def rank_normal(x, ref):
    """Rank-based normal scores: the standard normal quantile of each value's mid-rank share in the reference,
    kept off the extremes by n (Blom-like: (rank - 0.5) / n)."""
    ref = ref[np.isfinite(ref)]
    p = percentile(x, ref)
    n = max(len(ref), 1)
    return inverse_normal(np.clip(p, 0.5 / n, 1 - 0.5 / n))


@dataclass(frozen=True)
class Transform:
    """How one indicator is made symmetric: 'none', 'log' (log(x + offset)) or 'rank' (rank-normal scores)."""
    kind: str = "none"
    offset: float = 0.0
    ref: np.ndarray = None  # reference values (for 'rank')

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        if self.kind == "log":
            return np.log(np.maximum(x + self.offset, 1e-12))
        if self.kind == "rank":
            return rank_normal(x, self.ref)
        return x


def choose_transform(ref):
    """The documented rule (after the JRC's COIN tool): an indicator whose reference values have |skewness| > 2 and
    excess kurtosis > 3.5 is log-transformed, log(x + offset) with offset a tenth of the median (or of the
    smallest positive value), when it has no negative values and is skewed to the right; if it still fails the
    test after that, or is skewed to the left, rank-normal scores are used instead."""
    ref = ref[np.isfinite(ref)]
    skew = skewness(ref)
    if not too_skewed(ref, skew):
        return Transform()
    if skew > 0 and len(ref) and ref.min() >= 0:
        positive = ref[ref > 0]
        median = np.median(ref)
        offset = 0.1 * (median if median > 0 else (positive.min() if len(positive) else 1.0))
        log = Transform("log", float(offset))
        if not too_skewed(log(ref)):
            return log
    return Transform("rank", 0.0, np.sort(ref))


# -- the method's scale -----------------------------------------------------------------------------------------

def scale_column(t, ref_rows, center_value, method):
    """One transformed column on the method's scale, and where the reference average lies on it.

    zscore: (t - c) / s with c the transformed reference average and s the root mean square deviation of the
    reference buurten from it (so a buurt at the gemeente's average scores 0 and one sd is one sd of buurten);
    minmax: 0..100 between the reference's extremes; rank: percentage of reference buurten below (mid-rank).
    """
    ref = t[ref_rows & np.isfinite(t)]
    if len(ref) == 0:
        return np.full(t.shape, np.nan), np.nan
    if method == "zscore":
        s = np.sqrt(np.mean((ref - center_value) ** 2)) if len(ref) > 1 else 0.0
        if not s > 0:
            return np.where(np.isnan(t), np.nan, 0.0), 0.0
        return (t - center_value) / s, 0.0
    if method == "minmax":
        lo, hi = ref.min(), ref.max()
        if not hi > lo:
            return np.where(np.isnan(t), np.nan, 50.0), 50.0
        center = float(np.clip(100 * (center_value - lo) / (hi - lo), 0, 100))
        return np.clip(100 * (t - lo) / (hi - lo), 0, 100), center
    return 100 * percentile(t, ref), float(100 * percentile(np.array([center_value]), ref)[0])
