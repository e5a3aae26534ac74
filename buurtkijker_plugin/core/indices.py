"""Composite theme indices per buurt: transparent, vectorised, the same for GUI, Processing and scripts.

See ``docs/methodology.md`` for the reasoning. In short, per indicator: rates and shares with a known denominator
are shrunk toward the reference by empirical Bayes, strongly skewed indicators are transformed (log or rank-normal),
and the result is put on the method's scale around the reference average as CBS computes it (sum of numerators /
sum of denominators). A theme is the weighted mean of its oriented indicators; its score is re-standardised against
the reference buurten, so on the z-score scale 100 is the reference average and 10 points one standard deviation
of buurten, and the class (the verdict word) comes from that same score. Context themes (demografie) are shown in
neutral words and left out of the total; the total counts each indicator once. Under METHOD=imd the deprivation
themes follow the English IMD 2019: domains ranked, exponentially transformed, weighted, and shown as deciles.
"""

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from . import standardise as std
from . import verdict
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError, Cancelled
from .standardise import inverse_normal  # noqa: F401 - part of this module's interface
from .verdict import CLASS_LABELS, NO_DATA as NO_DATA_LABEL, classify_z  # noqa: F401 - likewise

METHODS = ("zscore", "minmax", "rank", "imd")
REFERENCES = ("selection", "national")
MIN_POPULATION = 50  # the CBS secrecy bound
IMD_LAMBDA = 23.0  # the English IMD's exponential transform constant
SHRINK_NOTE_Z = 0.25  # shrinkage that moved a score by more than half a class (classes 2 and 4 are 0.5 sd wide)
NATIONAL_MIN_GEMEENTEN = 300  # a layer with fewer gemeenten is not a national reference (2024: 342)
MIN_REFERENCE = 3  # fewer reference buurten than this give no meaningful average or spread


@dataclass
class Options:
    method: str = "zscore"
    reference: str = "selection"
    min_population: int = MIN_POPULATION
    winsorize: float = 0.0  # share clipped at each tail before standardising (0 = off)
    theme_weights: dict = None  # theme id -> weight in the overall score (default: the theme's own weight)
    uncertainty_draws: int = 0  # Monte Carlo runs (0 = off), see core/uncertainty.py
    uncertainty_spread: float = 0.5  # each weight is multiplied by a factor drawn from U(1 - s, 1 + s)
    seed: int = 20240101
    shrink: bool = True  # empirical-Bayes shrinkage of rates and shares with a known denominator
    transform: bool = True  # log or rank-normal transform of strongly skewed indicators

    def validate(self):
        if self.method not in METHODS:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker",
                                                     "Unknown method '{value}'; choose one of {choices}."),
                                   value=self.method, choices=", ".join(METHODS))
        if self.reference not in REFERENCES:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker",
                                                     "Unknown reference '{value}'; choose one of {choices}."),
                                   value=self.reference, choices=", ".join(REFERENCES))
        if not 0 <= self.winsorize < 0.5:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Winsorising must be a share between 0 and 0.5."))

    @property
    def scale_method(self):
        """The per-indicator scale: z-scores under imd (its domains start from them)."""
        return "zscore" if self.method == "imd" else self.method


@dataclass
class ThemeReport:
    theme: object
    used: list  # indicator ids with values in the reference
    missing: dict  # indicator id -> "absent" (not in the layer) or "empty" (no values in the reference)
    scored: int = 0  # buurten of the selection with a score
    scale: str = "z"  # verdict scale: "z", "context" or "decile"


@dataclass
class IndicatorInfo:
    id: str
    average: float  # the reference average as CBS computes it
    transform: str  # "none", "log" or "rank"
    shrunk: bool


@dataclass
class IndexResult:
    scores: pd.DataFrame  # one row per selected feature (index of table.data), the bk_* columns
    reports: dict  # theme id -> ThemeReport
    themes: list
    options: Options
    reference_size: int
    oriented_z: dict = field(default_factory=dict)  # theme id (and "total") -> oriented deviations, method terms
    weights: dict = field(default_factory=dict)  # theme id (and "total") -> Series of weights
    indicators: dict = field(default_factory=dict)  # indicator id -> IndicatorInfo
    influence: dict = field(default_factory=dict)  # theme id -> correlation of its score with the total
    spread: dict = field(default_factory=dict)  # theme id (and "total") -> sd of the composite before re-scaling
    z: dict = field(default_factory=dict)  # theme id (and "total") -> z of each selected buurt (its class's source)
    shrink_moved: dict = field(default_factory=dict)  # theme id (and "total") -> bool per selected buurt: its
    # score moved more than half a class (SHRINK_NOTE_Z) through empirical-Bayes shrinkage (explained in words)

    @property
    def computed_themes(self):
        return [t for t in self.themes if self.reports[t.id].scored > 0]

    def contributions(self, theme_id):
        """Per buurt and indicator (or IMD domain): weight share x oriented deviation, divided by the theme's own
        spread, so that under zscore they add up to the theme's z = (score - 100) / 10 (NaN where the item has no
        value); on the method's own scale otherwise."""
        z = self.oriented_z[theme_id]
        w = self.weights[theme_id]
        present = z.notna().to_numpy()
        share = present * w.to_numpy() / np.maximum((present * w.to_numpy()).sum(axis=1, keepdims=True), 1e-12)
        spread = self.spread.get(theme_id) or 1.0
        return pd.DataFrame(np.where(present, share * z.to_numpy() / spread, np.nan), index=z.index,
                            columns=z.columns)


# -- indicators ---------------------------------------------------------------------------------------------------

@dataclass
class Prepared:
    """The indicator matrix on the method's scale: ``u`` (n x k), the reference average's place on it per
    indicator (``center``), the deviation in reference sd (``dev``: (u - center) / rms), and the sampling sd of
    each value on the same deviation scale (``noise``, for the uncertainty analysis)."""
    names: list
    u: np.ndarray
    center: np.ndarray
    dev: np.ndarray
    noise: np.ndarray
    info: dict


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
                continue
            column = values.to_numpy(dtype=float)
            column = np.where(np.isfinite(column), column, np.nan)
            if not np.isfinite(column[ref_rows]).any():
                missing[name] = "empty"
            else:
                names.append(name)
                columns.append(column)
    matrix = np.column_stack(columns) if columns else np.empty((len(table.data), 0))
    return matrix, names, missing


def _winsorise(column, ref_rows, share):
    if not share:
        return column
    ref = column[ref_rows & np.isfinite(column)]
    if len(ref) == 0:
        return column
    lo, hi = np.quantile(ref, share), np.quantile(ref, 1 - share)
    return np.where(np.isnan(column), np.nan, np.clip(column, lo, hi))


def prepare(table, names, x, ref_rows, options, method=None, winsorize=None, area_rows=None, previous=None):
    """Shrink, winsorise, transform and scale every indicator column (see module docstring).

    ``area_rows``: the buurten whose totals make the reference average (every buurt of the reference area that is
    not water, tiny ones included, as CBS counts them); ``ref_rows``: those whose spread and ranks count.
    ``previous``: the :class:`Prepared` of the same columns with shrinkage, when this call is the same without it
    (see :func:`_shrink_moves`): its columns that were not shrunk are taken as they are."""
    method = method or options.scale_method
    winsorize = options.winsorize if winsorize is None else winsorize
    n, k = x.shape
    u, dev, noise = (np.full((n, k), np.nan) for _ in range(3))
    center = np.full(k, np.nan)
    info = {}
    for j, name in enumerate(names):
        if previous is not None and name in previous.info and not previous.info[name].shrunk and not options.shrink:
            p = previous.names.index(name)
            u[:, j], center[j], dev[:, j], noise[:, j] = previous.u[:, p], previous.center[p], previous.dev[:, p], 0.0
            info[name] = previous.info[name]
            continue
        kind, base, factor = schema.measure(name)
        weights = std.base_weights(table.values, name, n)
        column = x[:, j]
        average = std.indicator_average(name, column, weights, ref_rows if area_rows is None else area_rows,
                                        table.values)
        sampling = np.zeros(n)
        shrunk = False
        if options.shrink and kind in ("rate", "share") and base and table.values(base) is not None:
            column, sampling = std.shrink(column, table.values(base).to_numpy(dtype=float), kind, factor, ref_rows)
            shrunk = True
        column = _winsorise(column, ref_rows, winsorize)
        transform = std.choose_transform(column[ref_rows]) if options.transform else std.Transform()
        t = transform(column)
        c = float(transform(np.array([average]))[0]) if np.isfinite(average) else np.nan
        if not np.isfinite(c):
            c = float(np.nanmean(t[ref_rows])) if np.isfinite(t[ref_rows]).any() else 0.0
        u[:, j], center[j] = std.scale_column(t, ref_rows, c, method)
        d = u[:, j] - center[j]
        rms = np.sqrt(np.nanmean(d[ref_rows] ** 2)) if np.isfinite(d[ref_rows]).any() else 0.0
        dev[:, j] = d / rms if rms > 0 else np.where(np.isnan(d), np.nan, 0.0)
        if sampling.any() and rms > 0:  # sampling sd carried through transform and scale by central difference
            up = std.scale_column(transform(column + sampling), ref_rows, c, method)[0]
            down = std.scale_column(transform(np.maximum(column - sampling, 0)), ref_rows, c, method)[0]
            noise[:, j] = np.nan_to_num(np.abs(up - down) / (2 * rms))
        else:
            noise[:, j] = 0.0
        info[name] = IndicatorInfo(name, average, transform.kind, shrunk)
    return Prepared(list(names), u, center, dev, noise, info)


def orient(u, method, worse):
    """Flip the columns flagged ``worse`` so that higher is always better."""
    if method in ("minmax", "rank"):
        return np.where(worse, 100 - u, u)
    return np.where(worse, -u, u)


# -- composites -------------------------------------------------------------------------------------------------

FULL_BASIS = 0.8  # a theme score on less of its theme's weight rests on a thinner basis: marked on every map


def min_weight(options, full, available):
    """The weight of indicators with a value a buurt needs for a theme score: half of the theme's ``full`` weight,
    and under REFERENCE=national also :data:`FULL_BASIS` of the weight the data has at all (``available``: the
    indicators some buurt has): in a national ranking a buurt must not rise above buurten with full data because
    its own unfavourable indicators are missing (Amsterdam's leefbaarheid on 3 of 6 indicators held 46 of the
    national top 100; see docs/methodology.md). An indicator no buurt has hurts no buurt's rank."""
    need = 0.5 * full
    if options.reference == "national":
        need = max(need, FULL_BASIS * available)
    return need


def _weighted_mean(o, weights, min_weight):
    """Weighted mean over columns of ``o`` (n x m) for each weight row (d x m) -> (n x d); NaN below min_weight
    and NaN where a row has no value at all (a missing domain or theme is missing, never 0 = average)."""
    present = ~np.isnan(o)
    numer = np.where(present, o, 0.0) @ weights.T
    denom = present.astype(float) @ weights.T
    enough = (denom > 0) & (denom >= min_weight - 1e-12)
    return np.where(enough, numer / np.where(denom > 0, denom, 1), np.nan)


def _ranks_desc(values):
    """Rank per column, 1 = highest; NaN stays NaN (ties get their lowest rank)."""
    return pd.DataFrame(values).rank(axis=0, method="min", ascending=False).to_numpy()


def _finish(deviation, composite, ref_rows, method):
    """Score, z and class of a composite whose distance from the reference average is ``deviation``.

    z = deviation / (root mean square deviation of the reference buurten): the honest scale, so that on the
    z-score scale 100 is the reference average and 10 points one sd. minmax keeps its 0..100 composite, rank gives
    the percentage of reference buurten below; the class comes from z under every method.
    """
    ref = deviation[ref_rows & np.isfinite(deviation)]
    rms = np.sqrt(np.mean(ref ** 2)) if len(ref) > 1 else 0.0
    z = deviation / rms if rms > 0 else np.where(np.isnan(deviation), np.nan, 0.0)
    if method == "minmax":
        score = composite
    elif method == "rank":
        score = 100 * std.percentile(deviation, ref)
    else:
        score = 100 + 10 * z
    return score, z, rms


def _imd(theme, dev, col, ref_rows, scored_rows):
    """English IMD 2019 for a deprivation theme: per domain the weighted mean of its oriented indicator z's,
    ranked over the reference (1 = most deprived), exponentially transformed to 0..100, combined with the domain
    weights. Returns (IMD score, decile, per-domain contributions frame data, domain labels, domain weights)."""
    domains = {}
    for item in theme.indicators:
        if item.indicator in col:
            domains.setdefault(item.domain or item.indicator, []).append(item)
    n = dev.shape[0]
    labels, weights, xs = [], [], []
    for domain, items in domains.items():
        idx = [col[i.indicator] for i in items]
        o = np.column_stack([_orient_one(dev[:, j], i) for j, i in zip(idx, items)])
        dz = _weighted_mean(o, np.array([[i.weight for i in items]]), 1e-12)[:, 0]
        dz[~scored_rows] = np.nan
        ref = np.where(ref_rows, dz, np.nan)
        count = np.isfinite(ref).sum()
        rank = pd.Series(ref).rank(method="average", ascending=False).to_numpy()  # 1 = least deprived
        r = np.where(np.isfinite(ref), rank / max(count, 1), np.nan)  # scaled: 1 = most deprived
        xs.append(-IMD_LAMBDA * np.log(1 - r * (1 - np.exp(-100 / IMD_LAMBDA))))
        labels.append(domain)
        weights.append(theme.domain_weight(domain, items))
    x = np.column_stack(xs) if xs else np.empty((n, 0))
    w = np.array(weights, dtype=float)
    every = {}
    for item in theme.indicators:
        every.setdefault(item.domain or item.indicator, []).append(item)
    full = sum(theme.domain_weight(d, items) for d, items in every.items())
    imd = _weighted_mean(x, w[None, :], 0.5 * full)[:, 0] if len(w) else np.full(n, np.nan)
    ref = np.where(ref_rows, imd, np.nan)
    rank = pd.Series(ref).rank(method="min", ascending=False).to_numpy()  # 1 = most deprived
    decile = verdict.deciles(rank, np.isfinite(ref).sum())
    mean_x = np.nanmean(np.where(ref_rows[:, None], x, np.nan), axis=0) if x.size else np.zeros(0)
    sd_x = np.nanstd(np.where(ref_rows[:, None], x, np.nan), axis=0) if x.size else np.zeros(0)
    contrib = (mean_x - x) / np.where(sd_x > 0, sd_x, 1)  # below zero: more deprived than the average buurt
    return imd, decile, contrib, labels, w


def _orient_one(values, item):
    return -values if item.direction == schema.HIGHER_IS_WORSE else values


def _theme_weight(theme, options):
    return float((options.theme_weights or {}).get(theme.id, theme.weight))


def total_weights(themes, used, options):
    """Each indicator's weight in the total: its weight share in every (non-context) theme that uses it, times that
    theme's weight, averaged over those themes, so that an indicator in three themes counts once, not three times."""
    shares = {}
    for theme in themes:
        items = [i for i in theme.indicators if i.indicator in used]
        total = sum(i.weight for i in items)
        for item in items:
            shares.setdefault(item.indicator, []).append(_theme_weight(theme, options) * item.weight / total)
    return {name: float(np.mean(v)) for name, v in shares.items()}


# -- the whole computation -----------------------------------------------------------------------------------

def compute(table, themes, selection=None, options=None, progress=None):
    """Theme indices for the selected rows of ``table`` (see :func:`_compute`).

    ``progress``: optional callable taking a fraction 0..1 and returning False to cancel (raises Cancelled).
    """
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns are expected and handled
        return _compute(table, themes, selection, options, progress)


def _check_reference(table, options, ref_rows):
    if options.reference == "national":
        gemeenten = table.data["gemeentecode"].dropna().nunique() if "gemeentecode" in table.data else 0
        if gemeenten < NATIONAL_MIN_GEMEENTEN:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "A national reference needs a layer with the buurten of the whole country; this one "
                "holds {n} gemeenten. Use the CBS national buurten table or map (e.g. Kerncijfers wijken "
                "en buurten for all of the Netherlands), or choose the reference 'selection'."),
                n=gemeenten)
    if ref_rows.sum() < MIN_REFERENCE:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "The reference holds only {n} buurten that can be scored; at least {minimum} are needed "
                           "for an average and a spread. Choose more gemeenten or the national reference."),
            n=int(ref_rows.sum()), minimum=MIN_REFERENCE)


def _compute(table, themes, selection=None, options=None, progress=None, previous=None):
    """Theme indices for the selected rows of ``table``.

    ``selection``: boolean mask over ``table.data`` (None = every row). Rows outside the selection serve only as
    national reference. Returns an :class:`IndexResult` whose ``scores`` has one row per selected feature.
    ``previous``: the :class:`Prepared` of the run with shrinkage when this is the run without it, which computes
    only the scores and their z (see :func:`_shrink_moves`).
    """
    light = previous is not None
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
            "BuurtKijker",
            "No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants."),
            n=options.min_population)
    _check_reference(table, options, ref_rows)

    x, names, missing = _indicator_matrix(table, themes, ref_rows)
    area_rows = table.statistics_mask(0) & (selection if options.reference == "selection" else True)
    prep = prepare(table, names, x, ref_rows, options, area_rows=area_rows, previous=previous)
    method = options.scale_method
    u, dev = prep.u.copy(), prep.dev.copy()
    u[~scored_rows] = np.nan
    dev[~scored_rows] = np.nan
    col = {name: j for j, name in enumerate(names)}

    index = table.data.index
    scores = pd.DataFrame(index=index[selection])
    result = IndexResult(scores, {}, list(themes), options, int(ref_rows.sum()), indicators=prep.info)
    for theme in themes:
        _score_theme(result, theme, u, dev, prep.center, col, missing, ref_rows, scored_rows, selection, method,
                     light)
    _score_total(result, themes, u, dev, prep.center, col, ref_rows, scored_rows, selection, method, light)
    if light:
        return result
    result.influence = _influence(result, ref_rows[selection])
    if progress is not None and progress(0.1 if options.uncertainty_draws else 1.0) is False:
        raise Cancelled()
    if options.uncertainty_draws:
        from . import uncertainty
        uncertainty.rank_intervals(result, table, x, names, ref_rows, scored_rows, selection, progress)
    if options.shrink and any(info.shrunk for info in prep.info.values()):
        if progress is not None and progress(1.0) is False:
            raise Cancelled()
        _shrink_moves(result, table, themes, selection, options, prep)
    return result


def _shrink_moves(result, table, themes, selection, options, prepared):
    """Which buurten's scores moved more than half a class because of empirical-Bayes shrinkage: the same run
    without it, compared on the z behind the class (IMD deciles are left out). Only the shrunk columns of
    ``prepared`` are prepared again, and only the scores and their z computed."""
    from dataclasses import replace
    plain = _compute(table, themes, selection, replace(options, shrink=False, uncertainty_draws=0),
                     previous=prepared)
    for key, z in result.z.items():
        other = plain.z.get(key)
        if other is not None:
            result.shrink_moved[key] = np.isfinite(z) & np.isfinite(other) & (np.abs(z - other) > SHRINK_NOTE_Z)


def _score_theme(result, theme, u, dev, center, col, missing, ref_rows, scored_rows, selection, method, light=False):
    options = result.options
    items = [i for i in theme.indicators if i.indicator in col]
    report = ThemeReport(theme, [i.indicator for i in items],
                         {i.indicator: missing[i.indicator] for i in theme.indicators if i.indicator in missing},
                         scale=verdict.scale(theme, options.method))
    result.reports[theme.id] = report
    n = u.shape[0]
    index = result.scores.index
    prefix = "bk_" + theme.id
    if not items:
        _put(result.scores, prefix, np.full(n, np.nan), np.full(n, np.nan), selection, light)
        result.scores[prefix + "_n"] = 0
        result.oriented_z[theme.id] = pd.DataFrame(index=index)
        result.weights[theme.id] = pd.Series(dtype=float)
        return
    idx = [col[i.indicator] for i in items]
    worse = np.array([i.direction == schema.HIGHER_IS_WORSE for i in items], dtype=bool)
    weights = np.array([i.weight for i in items], dtype=float)
    o_dev = np.where(worse, -dev[:, idx], dev[:, idx])
    present = np.sum(~np.isnan(o_dev), axis=1)
    if report.scale == "decile":
        imd, decile, contrib, labels, dweights = _imd(theme, dev, col, ref_rows, scored_rows)
        score = 100 - imd
        score[~scored_rows] = np.nan
        s = score[selection]
        result.scores[prefix] = s
        result.scores[prefix + "_rank"] = _rank_desc(s)
        result.scores[prefix + "_class"] = decile[selection]
        columns = [theme.domain_label(d) for d in labels]
        result.oriented_z[theme.id] = pd.DataFrame(
            np.where(np.isfinite(score)[:, None], contrib, np.nan)[selection], index=index, columns=columns)
        result.weights[theme.id] = pd.Series(dweights, index=result.oriented_z[theme.id].columns)
    else:
        o = orient(u[:, idx], method, worse)
        oc = orient(center[idx][None, :], method, worse)
        absent = {name for name, why in report.missing.items() if why == "absent"}
        composite = _weighted_mean(o, weights[None, :],
                                   min_weight(options, theme.needed_weight(absent), weights.sum()))[:, 0]
        center_row = _weighted_mean(np.where(np.isnan(o), np.nan, oc), weights[None, :], 1e-12)[:, 0]
        composite[~scored_rows] = np.nan
        score, z, result.spread[theme.id] = _finish(composite - center_row, composite, ref_rows & scored_rows,
                                                    method)
        _put(result.scores, prefix, score, z, selection, light)
        result.z[theme.id] = np.where(np.isfinite(score), z, np.nan)[selection]
        if light:
            report.scored = int(np.isfinite(score[selection]).sum())
            return
        result.oriented_z[theme.id] = pd.DataFrame(o_dev[selection], index=index, columns=[i.indicator for i in items])
        result.weights[theme.id] = pd.Series(weights, index=[i.indicator for i in items])
    report.scored = int(np.isfinite(result.scores[prefix].to_numpy(dtype=float)).sum())
    # the share of the theme's weight the score rests on (marked "op minder indicatoren" below FULL_BASIS)
    full = theme.needed_weight({name for name, why in report.missing.items() if why == "absent"})
    basis = (~np.isnan(o_dev)).astype(float) @ weights / max(full, 1e-12)
    result.scores[prefix + "_basis"] = np.where(np.isfinite(result.scores[prefix].to_numpy(dtype=float)),
                                                np.round(100 * basis[selection], 1), np.nan)
    result.scores[prefix + "_n"] = np.where(np.isfinite(result.scores[prefix].to_numpy(dtype=float)),
                                            present[selection], 0).astype(int)


def _score_total(result, themes, u, dev, center, col, ref_rows, scored_rows, selection, method, light=False):
    """The overall score: over the non-context themes, each indicator once (see :func:`total_weights`), only
    where at least half of the chosen themes' weight has a score."""
    options = result.options
    n = u.shape[0]
    chosen = [t for t in themes if not t.context]
    computed = [t for t in chosen if result.reports[t.id].scored > 0]
    index = result.scores.index
    if not computed:
        _put(result.scores, "bk_total", np.full(n, np.nan), np.full(n, np.nan), selection, light)
        return
    used = set(col)
    e = total_weights(computed, used, options)
    names = list(e)
    idx = [col[name] for name in names]
    worse = np.array([_total_direction(computed, name) == schema.HIGHER_IS_WORSE for name in names], dtype=bool)
    w = np.array([e[name] for name in names])
    o = orient(u[:, idx], method, worse)
    oc = orient(center[idx][None, :], method, worse)
    composite = _weighted_mean(o, w[None, :], 1e-12)[:, 0]
    center_row = _weighted_mean(np.where(np.isnan(o), np.nan, oc), w[None, :], 1e-12)[:, 0]
    theme_weight = np.array([_theme_weight(t, options) for t in chosen])
    has_score = np.zeros((n, len(chosen)))
    for k, theme in enumerate(chosen):
        values = np.full(n, np.nan)
        values[selection] = result.scores["bk_" + theme.id].to_numpy(dtype=float)
        has_score[:, k] = np.isfinite(values)
    enough = has_score @ theme_weight >= 0.5 * theme_weight.sum() - 1e-12
    composite[~(scored_rows & enough)] = np.nan
    score, z, result.spread["total"] = _finish(composite - center_row, composite, ref_rows & scored_rows, method)
    _put(result.scores, "bk_total", score, z, selection, light)
    result.z["total"] = np.where(np.isfinite(score), z, np.nan)[selection]
    if light:
        return
    o_dev = np.where(worse, -dev[:, idx], dev[:, idx])
    result.oriented_z["total"] = pd.DataFrame(np.where(np.isfinite(score)[:, None], o_dev, np.nan)[selection],
                                              index=index, columns=names)
    result.weights["total"] = pd.Series(w, index=names)


def _total_direction(themes, name):
    return next(i.direction for t in themes for i in t.indicators if i.indicator == name)


def _influence(result, ref_in_selection):
    """Each computed theme's Pearson correlation with the total over the reference buurten of the selection (the
    JRC handbook's check that a theme really speaks in the total)."""
    if "bk_total" not in result.scores:
        return {}
    total = result.scores["bk_total"].to_numpy(dtype=float)
    out = {}
    for theme in (t for t in result.computed_themes if not t.context):
        score = result.scores["bk_" + theme.id].to_numpy(dtype=float)
        ok = np.isfinite(score) & np.isfinite(total) & ref_in_selection
        if ok.sum() > 2 and np.std(score[ok]) > 0 and np.std(total[ok]) > 0:
            out[theme.id] = float(np.corrcoef(score[ok], total[ok])[0, 1])
    return out


def _put(scores, prefix, score, z, selection, light=False):
    s = score[selection]
    scores[prefix] = s
    if light:  # the scores only (the comparison run of _shrink_moves)
        return
    scores[prefix + "_rank"] = _rank_desc(s)
    scores[prefix + "_class"] = classify_z(z[selection])


def _rank_desc(values):
    """Rank 1 = highest (ties get their lowest rank) as Int64, missing where ``values`` is NaN."""
    ranks = pd.Series(values).rank(method="min", ascending=False).to_numpy()
    missing = np.isnan(ranks)
    return pd.arrays.IntegerArray(np.where(missing, 0, ranks).astype(np.int64), missing)
