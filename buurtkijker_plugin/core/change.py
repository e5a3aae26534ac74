"""Change between two years on one common scale (see docs/change.md).

Both years are scored with the *same* reference (the BEFORE year's buurten, or both years pooled), the same method
and the same indicators: an indicator the themes use counts only when both years have values for it; the others are
left out and named. Buurten are matched by their CBS code only; codes present in one year are reported (boundary
changes), never matched by name.

A buurt's change of a theme is the score in AFTER minus the score in BEFORE. It counts as real only when

    |dz| > max(Z_CRITICAL x sd(dz), MIN_CHANGE_Z)

with dz the change in reference standard deviations (10 points on the z-score scale; ``_change_z``), sd(dz) the
sampling sd of
both years' scores combined (sqrt(sd_a^2 + sd_b^2), from the binomial / Poisson sd of the empirical-Bayes step;
``_change_sd`` gives it in score points) and
MIN_CHANGE_Z half a reference sd, the distance between two neighbouring verdict boundaries: a smaller change could
come from rounding, small definition changes between CBS years or model estimates, which have no known sd.
Class -1 (verslechterd), 0 (geen duidelijke verandering), +1 (verbeterd); context themes are "lager / hoger".
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import common_scale, verdict
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

Z_CRITICAL = 1.96  # two-sided 95 % for the sampling noise
MIN_CHANGE_Z = 0.5  # smallest change called real: half a reference sd (5 points on the z-score scale)
REFERENCES = ("before", "pooled", "each")  # each: every year against its own reference (relative position)
METHODS = ("zscore", "minmax", "rank")

# the words live with the other verdict words (one vocabulary); kept here under their old names
WORDS, CONTEXT_WORDS, NO_DATA = verdict.CHANGE_WORDS, verdict.CHANGE_CONTEXT_WORDS, verdict.CHANGE_NO_DATA


def word(cls, context=False, language="nl"):
    """The words for a change class (-1, 0, +1; missing: no comparison): :func:`verdict.change_word`."""
    return verdict.change_word(cls, context, language)


@dataclass
class ChangeResult:
    frame: pd.DataFrame  # one row per buurt of AFTER's selection (AFTER's row index), bk_* change fields
    themes: list  # the themes with a score in both years
    common: list  # indicator ids used in both years
    left_out: dict  # indicator id -> "before", "after" or "both": the year(s) without values
    only_before: list  # codes in BEFORE's selection absent from AFTER
    only_after: list  # codes in AFTER's selection absent from BEFORE
    matched: int = 0  # buurten compared
    not_computed: list = field(default_factory=list)  # theme ids without scores (too few common indicators)


def classify(dz, sd, z_critical=Z_CRITICAL, minimum=MIN_CHANGE_Z):
    """-1 / 0 / +1 per buurt (NA where dz is missing): real only beyond the noise and the minimum."""
    dz = np.asarray(dz, dtype=float)
    limit = np.maximum(z_critical * np.nan_to_num(np.asarray(sd, dtype=float)), minimum)
    cls = np.where(dz > limit, 1, np.where(dz < -limit, -1, 0))
    return pd.array(np.where(np.isfinite(dz), cls, np.nan), dtype="Int64")


def _runs(stacked, themes, selection, in_a, in_b, options, reference, progress):
    """One run over both years against one reference, or (``each``) one run per year against its own."""
    if reference == "each":
        out = []
        for part in (in_a, in_b):
            ref = part if options.reference == "national" else part & selection
            out.append(common_scale.compute_fixed(stacked, themes, selection & part, ref, options, progress))
        return out
    if options.reference == "national":
        ref = in_a if reference == "before" else in_a | in_b
    else:
        ref = (in_a & selection) if reference == "before" else selection
    return [common_scale.compute_fixed(stacked, themes, selection, ref, options, progress)]


def _arrays(run, prefix, theme_id):
    return run.result.scores[prefix].to_numpy(dtype=float), run.z(theme_id), run.sampling_sd(theme_id)


def _codes(table, selection):
    codes = table.data["code"].astype("string")
    return codes if selection is None else codes[np.asarray(selection, dtype=bool)]


def compute_change(before, after, themes, options, before_selection=None, after_selection=None,
                   reference="before", progress=None):
    """Change per buurt and theme from ``before`` to ``after`` (two :class:`BuurtTable`; selections: masks).

    ``options.reference``: 'selection' (the chosen gemeenten of BEFORE) or 'national' (every buurt of BEFORE);
    ``reference``: 'before' (BEFORE's buurten set average and spread), 'pooled' (both years' buurten) or 'each'
    (each year against its own buurten: the change of a buurt's position, without the general trend)."""
    if options.method not in METHODS:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Change over time is computed under zscore, minmax or rank, not '{value}'."),
            value=options.method)
    if reference not in REFERENCES:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker",
                                                 "Unknown reference '{value}'; choose one of {choices}."),
                               value=reference, choices=", ".join(REFERENCES))
    n_a, n_b = len(before.data), len(after.data)
    sel_a = np.ones(n_a, bool) if before_selection is None else np.asarray(before_selection, bool)
    sel_b = np.ones(n_b, bool) if after_selection is None else np.asarray(after_selection, bool)

    # indicators with values in both years; the bases only when both have them (else no shrinkage in either)
    wanted = common_scale.indicator_columns(themes)
    common, left_out = [], {}
    for name in wanted:
        a, b = common_scale.has_values(before, name, sel_a), common_scale.has_values(after, name, sel_b)
        if a and b:
            common.append(name)
        elif a or b:
            left_out[name] = "after" if a else "before"
        elif any(i.indicator == name for t in themes for i in t.indicators):
            left_out[name] = "both"

    codes_a, codes_b = _codes(before, sel_a), _codes(after, sel_b)
    set_a, set_b = set(codes_a.dropna()), set(codes_b.dropna())
    only_before = sorted(set_a - set_b)
    only_after = sorted(set_b - set_a)

    label = "{} -> {}".format(before.source, after.source)
    stacked, part = common_scale.stack([before, after], common, source=label)
    in_a, in_b = part == 0, part == 1
    selection = np.concatenate([sel_a, sel_b])
    runs = _runs(stacked, themes, selection, in_a, in_b, options, reference, progress)

    rows_a = np.flatnonzero(selection)  # the runs' rows in stacked order: BEFORE's selection, then AFTER's
    pos_a = {c: i for i, c in enumerate(stacked.data["code"].to_numpy()[rows_a][:sel_a.sum()])}
    after_index = after.data.index[sel_b]
    codes_after = codes_b.to_numpy()
    lookup = np.array([pos_a.get(c, -1) if isinstance(c, str) else -1 for c in codes_after])
    matched = lookup >= 0
    offset = int(sel_a.sum())
    frame = pd.DataFrame(index=after_index)
    computed, not_computed = [], []
    for theme in list(themes) + [None]:
        tid = theme.id if theme is not None else "total"
        prefix = "bk_" + tid
        if any(prefix not in run.result.scores or not np.isfinite(run.result.scores[prefix].to_numpy(
                dtype=float)).any() for run in runs):
            if theme is not None:
                not_computed.append(tid)
            continue
        if theme is not None:
            computed.append(theme)
        s, z, sd = (np.concatenate(parts) for parts in zip(*[_arrays(run, prefix, tid) for run in runs]))
        take = np.where(matched, lookup, 0)
        s_a = np.where(matched, s[take], np.nan)
        z_a = np.where(matched, z[take], np.nan)
        sd_a = np.where(matched, sd[take], np.nan)
        s_b, z_b, sd_b = s[offset:], z[offset:], sd[offset:]
        dz = z_b - z_a
        sd_dz = np.sqrt(sd_a ** 2 + sd_b ** 2)
        frame[prefix + "_before"] = s_a
        frame[prefix + "_after"] = s_b
        frame[prefix + "_change"] = s_b - s_a
        frame[prefix + "_change_z"] = dz
        frame[prefix + "_change_sd"] = sd_dz * runs[-1].points_per_sd(tid)  # in score points, as _change
        frame[prefix + "_change_class"] = classify(dz, sd_dz)
    named = {i.indicator for t in themes for i in t.indicators}
    if not computed:
        missing = sorted(k for k, v in left_out.items() if k in named)
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Change over time: no theme can be computed from indicators both years have. Missing "
                           "in one or both years: {missing}. Add a table of the missing year (SOURCES, or a CBS "
                           "table of the same year with those columns)."),
            missing=", ".join("{} ({})".format(k, left_out[k]) for k in missing) or "-")
    return ChangeResult(frame, computed, [c for c in common if c in named],
                        {k: v for k, v in left_out.items() if k in named},
                        only_before, only_after, int(matched.sum()), not_computed)
