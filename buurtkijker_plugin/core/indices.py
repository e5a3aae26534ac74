"""Composite theme indices per buurt: transparent, vectorised, the same for GUI, Processing and scripts.

See ``docs/methodology.md`` for the formulas. In short, for method ``zscore``: per indicator
``z = (x - mean) / sd`` over the reference buurten (sign flipped for ``higher_is_worse``), theme z = weighted mean
of the available z's, theme score = 100 + 10 z. Every array here is (buurten x draws): the plain run is one draw,
the uncertainty analysis runs many at once.
"""

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError, Cancelled

METHODS = ("zscore", "minmax", "rank", "imd")
REFERENCES = ("selection", "national")
MIN_POPULATION = 50  # the CBS secrecy bound
IMD_LAMBDA = 23.0  # the English IMD's exponential transform constant

CLASS_LABELS = {
    "nl": ("ruim onder gemiddeld", "onder gemiddeld", "gemiddeld", "boven gemiddeld", "ruim boven gemiddeld"),
    "en": ("well below average", "below average", "average", "above average", "well above average"),
}
NO_DATA_LABEL = {"nl": "geen gegevens", "en": "no data"}


@dataclass
class Options:
    method: str = "zscore"
    reference: str = "selection"
    min_population: int = MIN_POPULATION
    winsorize: float = 0.0  # share clipped at each tail before standardising (0 = off)
    theme_weights: dict = None  # theme id -> weight in the overall score (default: the theme's own weight)
    uncertainty_draws: int = 0  # Monte Carlo runs with perturbed weights (0 = off)
    uncertainty_spread: float = 0.5  # each weight is multiplied by a factor drawn from U(1 - s, 1 + s)
    seed: int = 20240101

    def validate(self):
        if self.method not in METHODS:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Unknown method '{value}'; choose one of {choices}."),
                                   value=self.method, choices=", ".join(METHODS))
        if self.reference not in REFERENCES:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Unknown reference '{value}'; choose one of {choices}."),
                                   value=self.reference, choices=", ".join(REFERENCES))
        if not 0 <= self.winsorize < 0.5:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Winsorising must be a share between 0 and 0.5."))


@dataclass
class ThemeReport:
    theme: object
    used: list  # indicator ids with values in the reference
    missing: dict  # indicator id -> "absent" (not in the layer) or "empty" (no values in the reference)
    scored: int = 0  # buurten of the selection with a score


@dataclass
class IndexResult:
    scores: pd.DataFrame  # one row per selected feature (index of table.data), the bk_* columns
    reports: dict  # theme id -> ThemeReport
    themes: list
    options: Options
    reference_size: int
    oriented_z: dict = field(default_factory=dict)  # theme id -> DataFrame of oriented indicator z-scores
    weights: dict = field(default_factory=dict)  # theme id -> Series of indicator weights

    @property
    def computed_themes(self):
        return [t for t in self.themes if self.reports[t.id].scored > 0]

    def contributions(self, theme_id):
        """Per buurt and indicator: weight share x oriented z (NaN where the indicator has no value)."""
        z = self.oriented_z[theme_id]
        w = self.weights[theme_id]
        present = z.notna().to_numpy()
        share = present * w.to_numpy() / np.maximum((present * w.to_numpy()).sum(axis=1, keepdims=True), 1e-12)
        return pd.DataFrame(np.where(present, share * z.to_numpy(), np.nan), index=z.index, columns=z.columns)


def classify_z(z):
    """Class 1..5 from z: < -1, [-1, -0.5), [-0.5, 0.5], (0.5, 1], > 1; missing (NA) where z is missing."""
    z = np.asarray(z, dtype=float)
    classes = np.select([z < -1, z < -0.5, z <= 0.5, z <= 1, z > 1], [1, 2, 3, 4, 5], default=0)
    return pd.array(np.where(classes > 0, classes, np.nan), dtype="Int64")


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
        q = np.sqrt(-2 * np.log(values))
        out[mask] = sign * (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
                    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    return out


# -- per indicator ---------------------------------------------------------------------------------------------

def _percentile(x, ref):
    """Mid-rank share of reference values below x, per column: (less + equal / 2) / n."""
    out = np.full(x.shape, np.nan)
    for j in range(x.shape[1]):
        v = np.sort(ref[:, j][~np.isnan(ref[:, j])])
        if len(v) == 0:
            continue
        less = np.searchsorted(v, x[:, j], "left")
        leq = np.searchsorted(v, x[:, j], "right")
        out[:, j] = np.where(np.isnan(x[:, j]), np.nan, (less + 0.5 * (leq - less)) / len(v))
    return out


def zscores(x, ref):
    """(x - mean) / sd per column over ``ref`` rows (sample sd); columns with sd = 0 give 0."""
    mean = np.nanmean(ref, axis=0)
    count = np.sum(~np.isnan(ref), axis=0)
    sd = np.nanstd(ref, axis=0, ddof=1) if ref.shape[0] > 1 else np.zeros(ref.shape[1])
    sd = np.where((count > 1) & (sd > 0), sd, np.inf)
    return np.where(np.isnan(x), np.nan, (x - mean) / sd)


def standardise(x, ref, method):
    """Unoriented indicator scores (higher value -> higher score) by method."""
    if method == "zscore":
        return zscores(x, ref)
    if method == "minmax":
        lo, hi = np.nanmin(ref, axis=0), np.nanmax(ref, axis=0)
        span = np.where(hi > lo, hi - lo, np.inf)
        return np.where(np.isnan(x), np.nan, np.clip(100 * (x - lo) / span, 0, 100) + np.where(hi > lo, 0, 50))
    p = _percentile(x, ref)
    return 100 * p if method == "rank" else inverse_normal(p)


def orient(u, method, worse):
    """Flip the columns flagged ``worse`` so that higher is always better."""
    if method in ("minmax", "rank"):
        return np.where(worse, 100 - u, u)
    return np.where(worse, -u, u)


# -- per theme, vectorised over draws ------------------------------------------------------------------------

def _weighted_mean(o, weights, min_weight):
    """Weighted mean over columns of ``o`` (n x m) for each weight row (d x m) -> (n x d); NaN below min_weight."""
    present = ~np.isnan(o)
    numer = np.where(present, o, 0.0) @ weights.T
    denom = present.astype(float) @ weights.T
    return np.where(denom >= min_weight - 1e-12, numer / np.where(denom > 0, denom, 1), np.nan)


def _ranks_desc(values):
    """Rank per column, 1 = highest; NaN stays NaN (ties get their lowest rank)."""
    return pd.DataFrame(values).rank(axis=0, method="min", ascending=False).to_numpy()


def _standardise_columns(values, ref_rows):
    ref = values[ref_rows]
    return zscores(values, ref) if ref.shape[0] else np.full(values.shape, np.nan)


def _imd_transform(raw, ref_rows):
    """English IMD exponential transform of the deprivation rank: 0 (least) .. 100 (most deprived)."""
    ref = np.where(ref_rows[:, None], raw, np.nan)
    n = np.sum(~np.isnan(ref), axis=0)
    r = _ranks_desc(ref) / np.where(n > 0, n, np.nan)  # R = 1 for the most deprived (lowest raw score)
    return -IMD_LAMBDA * np.log(1 - r * (1 - np.exp(-100 / IMD_LAMBDA)))


def theme_values(raw, method, ref_rows):
    """(score, z, combine) from a theme's raw weighted mean, each (n x d).

    ``combine`` is what the overall score averages: the theme z for zscore, the score otherwise, and for imd the
    transformed deprivation X (0..100), of which the score is 100 - X so that higher stays better.
    """
    if method == "zscore":
        return 100 + 10 * raw, raw, raw
    if method == "imd":
        x = _imd_transform(raw, ref_rows)
        score = 100 - x
        return score, _standardise_columns(score, ref_rows), x
    return raw, _standardise_columns(raw, ref_rows), raw


def total_values(combined, method, ref_rows):
    if method == "zscore":
        return 100 + 10 * combined, combined
    score = 100 - combined if method == "imd" else combined
    return score, _standardise_columns(score, ref_rows)


# -- the whole computation -----------------------------------------------------------------------------------

def _indicator_matrix(table, themes, ref_rows):
    """Values of every indicator the themes name: (n x k) array, the ids, and the missing ones with reasons."""
    names, columns, missing = [], [], {}
    for theme in themes:
        for number, item in enumerate(theme.indicators, start=1):
            name = item.indicator
            if name in names or name in missing:
                continue
            values = table.values(name)
            if values is None:
                if not item.known:
                    raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                        "BuurtKijker", "Theme '{theme}', entry {entry}: unknown indicator '{indicator}' (not a "
                                       "BuurtKijker indicator and not a column of the layer)."),
                        theme=theme.id, entry=number, indicator=name)
                missing[name] = "absent"
            elif not np.isfinite(values.to_numpy()[ref_rows]).any():
                missing[name] = "empty"
            else:
                names.append(name)
                columns.append(values.to_numpy(dtype=float))
    matrix = np.column_stack(columns) if columns else np.empty((len(table.data), 0))
    return matrix, names, missing


def _winsorise(x, ref_rows, share):
    if not share or x.shape[1] == 0:
        return x
    lo = np.nanquantile(np.where(ref_rows[:, None], x, np.nan), share, axis=0)
    hi = np.nanquantile(np.where(ref_rows[:, None], x, np.nan), 1 - share, axis=0)
    return np.clip(x, lo, hi)


def compute(table, themes, selection=None, options=None, progress=None):
    """Theme indices for the selected rows of ``table`` (see :func:`_compute`).

    ``progress``: optional callable taking a fraction 0..1 and returning False to cancel (raises Cancelled).
    """
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns are expected and handled
        return _compute(table, themes, selection, options, progress)


def _compute(table, themes, selection=None, options=None, progress=None):
    """Theme indices for the selected rows of ``table``.

    ``selection``: boolean mask over ``table.data`` (None = every row). Rows outside the selection serve only as
    national reference. Returns an :class:`IndexResult` whose ``scores`` has one row per selected feature.
    """
    options = options or Options()
    options.validate()
    n = len(table.data)
    selection = np.ones(n, dtype=bool) if selection is None else np.asarray(selection, dtype=bool)
    if not selection.any():
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "The selection holds no buurten."))
    stats = table.statistics_mask(options.min_population)
    ref_rows = stats & (selection if options.reference == "selection" else True)
    scored_rows = stats & selection
    if not scored_rows.any():
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants."),
            n=options.min_population)

    x, names, missing = _indicator_matrix(table, themes, ref_rows)
    x = _winsorise(x, ref_rows, options.winsorize)
    u = standardise(x, x[ref_rows], options.method)
    z = zscores(x, x[ref_rows])  # for explanations, whatever the method
    u[~scored_rows] = np.nan
    z[~scored_rows] = np.nan
    col = {name: j for j, name in enumerate(names)}

    parts = _theme_parts(themes, col, u, z, options, missing)
    index = table.data.index
    scores = pd.DataFrame(index=index[selection])
    result = IndexResult(scores, {}, list(themes), options, int(ref_rows.sum()))
    combine = {}
    for theme, o, weights, idx, report in parts.values():
        raw = _weighted_mean(o, weights[None, :], 0.5 * theme.total_weight)[:, 0] if idx else np.full(n, np.nan)
        raw[~scored_rows] = np.nan
        score, tz, comb = (v[:, 0] for v in theme_values(raw[:, None], options.method, ref_rows))
        report.scored = int(np.isfinite(score[selection]).sum())
        result.reports[theme.id] = report
        combine[theme.id] = comb
        _put(scores, "bk_" + theme.id, score, tz, selection)
        scores["bk_{}_n".format(theme.id)] = np.sum(~np.isnan(o), axis=1)[selection].astype(int) if idx else 0
        result.oriented_z[theme.id] = pd.DataFrame(
            np.column_stack([_orient_one(z[:, col[i.indicator]], i) for i in theme.indicators
                             if i.indicator in col]) if idx else np.empty((n, 0)),
            index=index, columns=[i.indicator for i in theme.indicators if i.indicator in col]).loc[selection]
        result.weights[theme.id] = pd.Series(weights, index=result.oriented_z[theme.id].columns)

    available = [t for t in themes if result.reports[t.id].scored > 0]
    if available:
        tw = np.array([_theme_weight(t, options) for t in available])
        comb = np.column_stack([combine[t.id] for t in available])
        total = _weighted_mean(comb, tw[None, :], 0.5 * tw.sum())
        score, tz = total_values(total, options.method, ref_rows)
        _put(scores, "bk_total", score[:, 0], tz[:, 0], selection)
        if options.uncertainty_draws:
            p05, p95 = _rank_interval(parts, available, options, ref_rows, scored_rows, selection,
                                      progress=progress)
            scores["bk_total_rank_p05"] = p05
            scores["bk_total_rank_p95"] = p95
    else:
        _put(scores, "bk_total", np.full(n, np.nan), np.full(n, np.nan), selection)
    return result


def _orient_one(values, item):
    return -values if item.direction == schema.HIGHER_IS_WORSE else values


def _theme_weight(theme, options):
    return float((options.theme_weights or {}).get(theme.id, theme.weight))


def _theme_parts(themes, col, u, z, options, missing):
    parts = {}
    for theme in themes:
        items = [i for i in theme.indicators if i.indicator in col]
        idx = [col[i.indicator] for i in items]
        worse = np.array([i.direction == schema.HIGHER_IS_WORSE for i in items], dtype=bool)
        o = orient(u[:, idx], options.method, worse) if idx else np.empty((u.shape[0], 0))
        weights = np.array([i.weight for i in items], dtype=float)
        report = ThemeReport(theme, [i.indicator for i in items],
                             {i.indicator: missing[i.indicator] for i in theme.indicators if i.indicator in missing})
        parts[theme.id] = (theme, o, weights, idx, report)
    return parts


def _put(scores, prefix, score, z, selection):
    s = score[selection]
    scores[prefix] = s
    ranks = pd.Series(s).rank(method="min", ascending=False)
    scores[prefix + "_rank"] = pd.array(ranks.to_numpy(), dtype="Int64")
    scores[prefix + "_class"] = classify_z(z[selection])


def _rank_interval(parts, available, options, ref_rows, scored_rows, selection, chunk=None, progress=None):
    """5 and 95 percentiles of each selected buurt's overall rank over Monte Carlo weight draws.

    Draws go in chunks of about 100,000 buurt-draws (well under 0.5 s), ``progress`` called between them; the ranks
    are kept as float32 (exact up to 16 million buurten) in one preallocated array, and the percentiles taken in
    blocks of rows, so that memory stays near 4 bytes per buurt and draw.
    """
    rng = np.random.default_rng(options.seed)
    spread = options.uncertainty_spread
    draws = options.uncertainty_draws
    chunk = chunk or max(1, min(100, 100000 // max(len(ref_rows), 1)))
    ranks = np.empty((int(np.sum(selection)), draws), dtype=np.float32)
    for start in range(0, draws, chunk):
        if progress is not None and progress(start / draws) is False:
            raise Cancelled()
        d = min(chunk, draws - start)
        tw = np.array([_theme_weight(t, options) for t in available])[None, :] * rng.uniform(1 - spread, 1 + spread,
                                                                                             (d, len(available)))
        numer = np.zeros((len(ref_rows), d))
        denom = np.zeros((len(ref_rows), d))
        for k, theme in enumerate(available):
            _, o, weights, idx, _ = parts[theme.id]
            w = weights[None, :] * rng.uniform(1 - spread, 1 + spread, (d, len(weights)))
            full = theme.total_weight * w.sum(axis=1) / weights.sum()  # the theme's total weight, perturbed alike
            raw = _weighted_mean(o, w, 0.0)
            present_weight = (~np.isnan(o)).astype(float) @ w.T
            raw[present_weight < 0.5 * full[None, :] - 1e-12] = np.nan
            raw[~scored_rows] = np.nan
            comb = theme_values(raw, options.method, ref_rows)[2]
            ok = ~np.isnan(comb)
            numer += np.where(ok, comb, 0) * tw[:, k]
            denom += ok * tw[:, k]
        total = np.where(denom >= 0.5 * tw.sum(axis=1) - 1e-12, numer / np.where(denom > 0, denom, 1), np.nan)
        score = total_values(total, options.method, ref_rows)[0]
        ranks[:, start:start + d] = _ranks_desc(score[selection])
    p05, p95 = _row_percentiles(ranks, (5, 95), progress)
    return pd.array(np.round(p05), dtype="Int64"), pd.array(np.round(p95), dtype="Int64")


def _row_percentiles(values, qs, progress=None):
    """Percentiles ``qs`` of each row ignoring NaN (linear interpolation, as ``np.nanpercentile``), in row blocks
    of about two million values."""
    out = [np.full(values.shape[0], np.nan) for _ in qs]
    block = max(1, 2000000 // max(values.shape[1], 1))
    for start in range(0, values.shape[0], block):
        if progress is not None and progress(1.0) is False:
            raise Cancelled()
        rows = np.sort(values[start:start + block], axis=1).astype(float)  # NaN sorts last
        count = np.sum(~np.isnan(rows), axis=1)
        ok = count > 0
        for k, q in enumerate(qs):
            position = (np.maximum(count, 1) - 1) * q / 100.0
            low = np.floor(position).astype(int)
            high = np.minimum(low + 1, np.maximum(count - 1, 0))
            frac = position - low
            at = np.arange(rows.shape[0])
            value = rows[at, low] * (1 - frac) + rows[at, high] * frac
            out[k][start:start + block] = np.where(ok, value, np.nan)
    return out
