"""Vulnerability x nuisance, after Aedes' Veerkrachtkaarten: where vulnerable residents concentrate and where this
coincides with (an increase of) nuisance and unsafety. A 3 x 3 bivariate map of terciles against the reference.

* **Vulnerability** (``bk_kwetsbaarheid``): the weighted mean of low income, difficulty making ends meet, social
  assistance and disability benefits per 1000, anxiety/depression risk, loneliness and health limitations (RIVM
  Gezondheidsmonitor), each as in the method (CBS averages, shrinkage, skew rule), at least half the weight
  present. Unlike the theme scores, *higher means more vulnerable*: 100 + 10 x (sd above the reference average).
* **Nuisance** (``bk_overlast``): the Leefbaarometer's ``onv`` dimension when that source is joined, otherwise
  crimes per 1000 inhabitants, shrunk by empirical Bayes and log-transformed by the skew rule. Higher = more
  nuisance. With an earlier year, the *increase* of nuisance (``bk_overlast_toename``, the change of
  :mod:`change` on one scale, sign flipped) can take its place on the second axis.
* **Terciles** against the reference buurten: ``_tercile`` 1 (low) .. 3 (high); the cell
  ``bk_bivariaat = 3 (v - 1) + n`` (1 = low/low .. 9 = high/high).
* ``bk_aandacht`` = 1 for "high vulnerability and rising nuisance" (vulnerability tercile 3 and a real increase of
  nuisance by the change rule), or, with one year only, "high vulnerability and high nuisance" (cell 9).
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from . import indices
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from .themes import Theme, ThemeIndicator

_W, _B = schema.HIGHER_IS_WORSE, schema.HIGHER_IS_BETTER
VULNERABILITY = Theme("kwetsbaarheid", {"nl": "Kwetsbaarheid", "en": "Vulnerability"}, (
    ThemeIndicator("p_laag_inkomen", _W, 1.0),
    ThemeIndicator("moeite_rondkomen", _W, 1.0),
    ThemeIndicator("bijstand_per_1000", _W, 0.5),
    ThemeIndicator("ao_per_1000", _W, 0.5),
    ThemeIndicator("risico_angst_depressie", _W, 1.0),
    ThemeIndicator("eenzaam", _W, 0.5),
    ThemeIndicator("ernstig_eenzaam", _W, 0.5),
    ThemeIndicator("beperkt_gezondheid", _W, 1.0),
))
NUISANCE_CRIME = Theme("overlast", {"nl": "Overlast en onveiligheid", "en": "Nuisance and unsafety"}, (
    ThemeIndicator("misdrijven_per_1000", _W, 1.0),))
NUISANCE_LBM = Theme("overlast", {"nl": "Overlast en onveiligheid", "en": "Nuisance and unsafety"}, (
    ThemeIndicator("lbm_onv", _B, 1.0),))

# Colour-blind-safe 3 x 3 scheme: an orange and a purple sequence (the two arms of ColorBrewer's PuOr, lightened so
# that the product stays readable) multiplied, as Stevens builds bivariate maps: light grey (low/low), orange
# (vulnerable), purple (nuisance), dark brown (both). Every two cells differ by at least 18 CIELAB units also under
# simulated protanopia, deuteranopia and tritanopia (Machado 2009; tests/unit/test_bivariate.py).
# COLOURS[v - 1][n - 1], v = vulnerability tercile, n = nuisance tercile.
VULNERABILITY_RAMP = ((243, 243, 243), (250, 190, 120), (235, 125, 40))
NUISANCE_RAMP = ((243, 243, 243), (185, 178, 218), (120, 100, 180))
COLOURS = tuple(tuple(tuple(int(round(a * b / 255.0)) for a, b in zip(v, n)) for n in NUISANCE_RAMP)
                for v in VULNERABILITY_RAMP)

TERCILE_WORDS = {"nl": ("laag", "midden", "hoog"), "en": ("low", "middle", "high")}
AXIS_WORDS = {
    "nl": {"v": "Kwetsbaarheid", "n": "Overlast", "rise": "Toename overlast"},
    "en": {"v": "Vulnerability", "n": "Nuisance", "rise": "Increase of nuisance"},
}


def colour(cell):
    """(r, g, b) of a cell 1..9."""
    v, n = divmod(int(cell) - 1, 3)
    return COLOURS[v][n]


def cell_label(cell, language="nl", rising=False):
    v, n = divmod(int(cell) - 1, 3)
    words = TERCILE_WORDS[language]
    axes = AXIS_WORDS[language]
    return "{} {}, {} {}".format(axes["v"], words[v], (axes["rise"] if rising else axes["n"]).lower(), words[n])


@dataclass
class BivariateResult:
    frame: pd.DataFrame  # one row per selected buurt: the scores, terciles, cell and attention flag
    breaks: dict  # "v" / "n" -> (lower, upper) tercile bounds on the scores
    nuisance_source: str  # "lbm_onv" or "misdrijven_per_1000"
    rising: bool  # the second axis is the increase of nuisance
    attention: list = field(default_factory=list)  # codes of the "high vulnerability and rising nuisance" buurten


def terciles(values, reference):
    """Tercile 1..3 of each value against the finite reference values (NA where the value is missing), and the
    two bounds. Bounds are the 1/3 and 2/3 quantiles; a value on a bound goes to the lower tercile."""
    ref = np.asarray(reference, dtype=float)
    ref = ref[np.isfinite(ref)]
    if len(ref) < 3:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Too few buurten with a score for terciles ({n}); at least 3 are needed."), n=len(ref))
    lo, hi = np.quantile(ref, [1 / 3, 2 / 3])
    x = np.asarray(values, dtype=float)
    t = 1 + (x > lo).astype(int) + (x > hi).astype(int)
    return pd.array(np.where(np.isfinite(x), t, np.nan), dtype="Int64"), (float(lo), float(hi))


def _flip(score):
    """Theme score (higher = better) -> 'more' score (higher = more vulnerable / more nuisance), same 100 and sd."""
    return 200.0 - np.asarray(score, dtype=float)


def compute(table, options=None, selection=None, nuisance_change=None):
    """The bivariate classes of the selected buurten of ``table``.

    ``nuisance_change``: optional :class:`change.ChangeResult` of the nuisance theme (:data:`NUISANCE_CRIME` or
    :data:`NUISANCE_LBM`) from an earlier year to this table (rows: this table's index); then the second axis is the
    increase of nuisance and bk_aandacht marks a real increase."""
    options = options or indices.Options()
    n = len(table.data)
    selection = np.ones(n, bool) if selection is None else np.asarray(selection, bool)
    lbm = table.values("lbm_onv")
    nuisance = NUISANCE_LBM if lbm is not None and np.isfinite(lbm.to_numpy(dtype=float)[selection]).any() \
        else NUISANCE_CRIME
    scored = selection if options.reference == "selection" else np.ones(n, bool)
    result = indices.compute(table, [VULNERABILITY, nuisance], scored, options)
    ref = table.statistics_mask(options.min_population)[scored] & (selection[scored] if options.reference ==
                                                                   "selection" else True)
    if result.reports["kwetsbaarheid"].scored == 0:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Vulnerability needs at least half of: low income, difficulty making ends meet, "
                           "benefits, anxiety/depression risk, loneliness, health limitations. Join the RIVM "
                           "Gezondheidsmonitor per buurt (SOURCES) or use a year with income figures."))
    if result.reports["overlast"].scored == 0:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Nuisance needs crimes per 1000 inhabitants or the Leefbaarometer's onv dimension."))
    scores = result.scores
    v = _flip(scores["bk_kwetsbaarheid"])
    nscore = _flip(scores["bk_overlast"])
    v_t, v_breaks = terciles(v, v[ref])
    frame = pd.DataFrame(index=scores.index)
    frame["bk_kwetsbaarheid"] = v
    frame["bk_overlast"] = nscore
    frame["bk_kwetsbaarheid_tercile"] = v_t
    rising = nuisance_change is not None
    if rising:
        key = "bk_overlast_change"
        change_frame = nuisance_change.frame.reindex(scores.index)
        increase = -change_frame[key].to_numpy(dtype=float)  # the nuisance theme is 'higher is better'
        frame["bk_overlast_toename"] = increase
        frame["bk_overlast_change_class"] = change_frame["bk_overlast_change_class"]
        n_t, n_breaks = terciles(increase, increase[ref])
        real_rise = (change_frame["bk_overlast_change_class"] == -1).fillna(False).to_numpy(dtype=bool)
    else:
        n_t, n_breaks = terciles(nscore, nscore[ref])
        real_rise = None
    frame["bk_overlast_tercile"] = n_t
    cell = 3 * (v_t.to_numpy(dtype=float, na_value=np.nan) - 1) + n_t.to_numpy(dtype=float, na_value=np.nan)
    frame["bk_bivariaat"] = pd.array(np.where(np.isfinite(cell), cell, np.nan), dtype="Int64")
    high_v = (v_t == 3).fillna(False).to_numpy(dtype=bool)
    flag = high_v & real_rise if rising else high_v & (n_t == 3).fillna(False).to_numpy(dtype=bool)
    frame["bk_aandacht"] = flag.astype(int)
    keep = selection[scored]
    frame = frame[keep]
    codes = table.data.loc[frame.index, "code"]
    attention = list(codes[frame["bk_aandacht"] == 1])
    return BivariateResult(frame, {"v": v_breaks, "n": n_breaks}, nuisance.indicators[0].indicator, rising,
                           attention)


def attention_table(table, result, language="nl"):
    """The "high vulnerability and rising (or high) nuisance" buurten as a table for the comparison window and CSV
    export: code, naam, gemeente, both scores, the increase when known; most vulnerable first."""
    f = result.frame[result.frame["bk_aandacht"] == 1]
    data = table.data.loc[f.index]
    out = pd.DataFrame({"code": data["code"], "naam": data["naam"], "gemeentenaam": data["gemeentenaam"],
                        "bk_kwetsbaarheid": f["bk_kwetsbaarheid"].round(1),
                        "bk_overlast": f["bk_overlast"].round(1)})
    if "bk_overlast_toename" in f:
        out["bk_overlast_toename"] = f["bk_overlast_toename"].round(2)
    return out.sort_values("bk_kwetsbaarheid", ascending=False).reset_index(drop=True)


ATTENTION_FIELD = "bk_aandacht"


def attention_codes(frame):
    """The codes a table marks with ``bk_aandacht`` = 1 (the vulnerabilitynuisance result, or a layer joined with
    it), or None when it has no such column."""
    if ATTENTION_FIELD not in frame.columns or "code" not in frame.columns:
        return None
    flag = pd.to_numeric(frame[ATTENTION_FIELD], errors="coerce").fillna(0) == 1
    return [str(c) for c in frame.loc[flag, "code"].dropna()]


def read_attention_list(path):
    """The buurt codes of a LIST CSV written by vulnerabilitynuisance (semicolon, column ``code``); a comma- or
    tab-separated file with a code column (``code``, ``buurtcode``) is read too, and so is one code per line."""
    import csv
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "The attention list {path} cannot be read: {reason}"),
                               path=path, reason=exc)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    delimiter = max(";,\t", key=lines[0].count)
    rows = list(csv.reader(lines, delimiter=delimiter))
    header = [h.strip().lower() for h in rows[0]]
    column = next((header.index(n) for n in ("code", "buurtcode", "bu_code") if n in header), None)
    if column is None:
        if not rows[0] or not rows[0][0].strip().upper().startswith(("BU", "WK")):
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "The attention list {path} has no column 'code' (the LIST of 'Vulnerability x "
                               "nuisance' has one)."), path=path)
        return [r[0].strip() for r in rows if r and r[0].strip()]
    return [r[column].strip() for r in rows[1:] if len(r) > column and r[column].strip()]
