"""Policy scenarios ("Wat als ..."): change indicator values of some buurten and recompute their themes against the
*unchanged* reference (see docs/scenarios.md).

The reference averages, spreads, transforms and the shrinkage's between-buurt variance all come from the original
data; only the scenario buurten' values change, as extra rows scored against that reference. So every other buurt
keeps its score, rank among the original buurten and class, and the source data is never touched (a scenario is a
list of changes: deleting it undoes it).

A change: buurt code, indicator (a BuurtKijker id, a CBS column name or an own column), and either a new value
(``value``; ``average`` / ``gemiddelde`` = the reference average) or a ``delta`` added to the current value.
"""

import csv
import io
import os
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from . import cbs_table, codes as bk_codes, common_scale, join_sources, standardise as std, verdict
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

AVERAGE_WORDS = ("average", "gemiddelde", "gemiddeld", "ref", "referentie")
CODE_COLUMNS = ("code", "buurtcode", "bu_code", "buurt")
INDICATOR_COLUMNS = ("indicator", "indicator_id", "kolom", "column")
VALUE_COLUMNS = ("value", "new_value", "waarde", "nieuwe_waarde")
DELTA_COLUMNS = ("delta", "verandering", "change")


@dataclass(frozen=True)
class Change:
    code: str
    indicator: str
    value: object = None  # a number, "average", or None
    delta: float = None

    def to_dict(self):
        return {"code": self.code, "indicator": self.indicator, "value": self.value, "delta": self.delta}


@dataclass
class ScenarioResult:
    frame: pd.DataFrame  # one row per selected buurt (the table's index): current, scenario, difference per theme
    changed: list  # codes of the buurten the scenario changes
    applied: list  # (code, indicator, old value, new value)
    themes: list
    current: object = None  # the FixedRun of the unchanged data
    unknown: list = field(default_factory=list)  # changes that could not be applied, with the reason


def _number(text, thousands=None):
    if text is None:
        return None
    if isinstance(text, (int, float, np.floating)):
        return None if pd.isna(text) else float(text)
    text = str(text).strip().replace(" ", "")
    if thousands:  # 1.234,5 in a Dutch Excel file
        text = text.replace(thousands, "")
    if not text:
        return None
    if text.lower() in AVERAGE_WORDS:
        return "average"
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text.lstrip("+"))
    except ValueError:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Scenario: '{value}' is not a number."),
                               value=text)


def _pick(columns, names):
    lower = {c.strip().lower(): c for c in columns}
    return next((lower[n] for n in names if n in lower), None)


def parse_changes(source):
    """Changes from a CSV file (path) or text: columns code, indicator and value and/or delta (comma or semicolon
    separated; Dutch column names buurtcode, waarde, verandering also work)."""
    if isinstance(source, (list, tuple)):
        return [c if isinstance(c, Change) else Change(**c) for c in source]
    text, thousands, name = source, None, "CSV"
    if isinstance(source, (str, os.PathLike)) and os.path.exists(str(source)):
        # the same reader as the sources: UTF-8 or Windows-1252 (Dutch Excel), ';' or ',', decimal comma
        name = os.path.basename(str(source))
        with open(source, "rb") as handle:
            data = handle.read()
        fmt = join_sources.sniff_csv(data, name)
        text, delimiter, thousands = data.decode(fmt.encoding, errors="replace"), fmt.delimiter, fmt.thousands
    else:
        try:
            dialect = csv.Sniffer().sniff(text.splitlines()[0] if text.strip() else ",", delimiters=";,\t")
            delimiter = dialect.delimiter
        except csv.Error:
            delimiter = ","
    try:
        rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:  # a NUL byte, an unterminated quote: not a CSV table
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{name} cannot be read as a CSV table: {reason}"),
                               name=name, reason=exc)
    columns = rows[0].keys() if rows else []
    code_col, ind_col = _pick(columns, CODE_COLUMNS), _pick(columns, INDICATOR_COLUMNS)
    value_col, delta_col = _pick(columns, VALUE_COLUMNS), _pick(columns, DELTA_COLUMNS)
    if not rows or code_col is None or ind_col is None or (value_col is None and delta_col is None):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "A scenario file needs the columns code, indicator and value or delta (one change per "
                           "row), e.g. 'code;indicator;delta' and 'BU07721110;arbeidsparticipatie;5'."))
    out = []
    for row in rows:
        code = bk_codes.clean(row.get(code_col)) or ""
        indicator = (row.get(ind_col) or "").strip()
        if not code or not indicator:
            continue
        value = _number(row.get(value_col), thousands) if value_col else None
        delta = _number(row.get(delta_col), thousands) if delta_col else None
        if value is None and delta is None:
            continue
        out.append(Change(code, indicator, value, delta if delta != "average" else None))
    return out


def save_changes(changes, path):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["code", "indicator", "value", "delta"])
        for c in changes:
            writer.writerow([c.code, c.indicator, "" if c.value is None else c.value,
                             "" if c.delta is None else c.delta])


def _plain(text):
    return " ".join(str(text or "").casefold().split())


def _label_ids():
    """Every known indicator's Dutch and English label (also without its '(18+)'-like ending) -> its id."""
    out = {}
    for ind in schema.INDICATORS.values():
        for label in (ind.label_nl, ind.label_en):
            out.setdefault(_plain(label), ind.id)
            if label.endswith(")") and " (" in label:
                out.setdefault(_plain(label.rsplit(" (", 1)[0]), ind.id)
    return out


def indicator_id(table, name):
    """The table's column for an indicator given as a BuurtKijker id, a CBS column name, an own column, or the
    Dutch or English label the dock shows ('Misdrijven per 1000 inwoners'); None when the table has none."""
    if table.values(name) is not None:
        return name
    cid = schema.canonical_name(name)
    if cid and table.values(cid) is not None:
        return cid
    cid = _label_ids().get(_plain(name))
    return cid if cid and table.values(cid) is not None else None


def run_scenario(table, themes, changes, options, selection=None, progress=None):
    """Scores of the selected buurten now and under the scenario ``changes`` (see the module docstring)."""
    n = len(table.data)
    selection = np.ones(n, bool) if selection is None else np.asarray(selection, bool)
    columns = [c for c in common_scale.indicator_columns(themes) if common_scale.has_values(table, c)]
    for ch in changes:
        cid = indicator_id(table, ch.indicator)
        if cid is not None and cid not in columns:
            columns.append(cid)
    codes = table.data["code"].to_numpy()
    row_of = {bk_codes.clean(c): i for i, c in enumerate(codes) if isinstance(c, str)}

    # the changed buurten as extra rows
    unknown, applied, changed = [], [], []
    edits = {}
    for ch in changes:
        cid = indicator_id(table, ch.indicator)
        key = bk_codes.clean(ch.code)
        if key not in row_of or not selection[row_of[key]]:
            unknown.append((ch, "code"))
            continue
        if cid is None:
            unknown.append((ch, "indicator"))
            continue
        if cid not in columns:
            columns.append(cid)
        edits.setdefault(key, []).append((cid, ch))
        if key not in changed:
            changed.append(key)
    reference = selection if options.reference == "selection" else np.ones(n, bool)
    area = table.statistics_mask(0) & reference
    averages = {}  # the reference average as CBS computes it, as the engine's (IndexResult.indicators[..].average)

    def average(cid):
        if cid not in averages:
            values = table.values(cid).to_numpy(dtype=float)
            averages[cid] = std.indicator_average(cid, values, std.base_weights(table.values, cid, n), area,
                                                  table.values)
        return averages[cid]

    rows = [row_of[c] for c in changed]
    base, _ = common_scale.stack([table], columns)
    data, raw = base.data.iloc[rows].copy(), base.raw.iloc[rows].copy()
    edited = {}  # column -> values of the changed rows
    for k, code in enumerate(changed):
        for cid, ch in edits[code]:
            target = data if cid in data.columns else raw
            if cid not in edited:
                edited[cid] = target[cid].to_numpy(dtype=float).copy()
            old = edited[cid][k]
            if ch.value == "average":
                new = average(cid)
            elif ch.value is not None:
                new = float(ch.value)
            else:
                new = old + float(ch.delta)
            if np.isnan(new):
                unknown.append((ch, "value"))
                continue
            edited[cid][k] = new
            applied.append((code, cid, float(old), float(new)))
    for cid, values in edited.items():
        (data if cid in data.columns else raw)[cid] = values
    _rederive(data, raw, edited)
    extra = type(base)(data, raw, base.level, base.columns, base.source, base.year, [])
    stacked, _ = common_scale.stack([base, extra], columns)
    sel2 = np.concatenate([selection, np.ones(len(rows), bool)])
    ref2 = np.concatenate([reference, np.zeros(len(rows), bool)])
    run = common_scale.compute_fixed(stacked, themes, sel2, ref2, options, progress)
    frame = _fill(pd.DataFrame(index=table.data.index[selection]), run, rows, themes, selection)
    return ScenarioResult(frame, changed, applied, themes, run, unknown)


def _rederive(data, raw, edited):
    """Derived indicators follow the figures they are made from (crimes per 1000 after a change of crimes, WOZ per
    resident after a change of WOZ), unless the scenario sets them itself."""
    def column(name):
        frame = data if name in data.columns else raw if name in raw.columns else None
        return None if frame is None else frame[name].astype(float)
    for cid, inputs in cbs_table.derived_inputs().items():
        present = cid in data.columns or cid in raw.columns
        if cid in edited or not present or not set(inputs) & set(edited):
            continue
        values = cbs_table.derive_one(cid, column)
        if values is not None:
            (data if cid in data.columns else raw)[cid] = values.to_numpy(dtype=float)


def _fill(frame, run, rows, themes, selection):
    """Per theme: bk_<t> (now), bk_<t>_scenario, bk_<t>_diff, and the scenario's class and rank among the others.

    ``run`` scored the selection (its first rows, against the unchanged reference: today's scores) and then one
    extra row per changed buurt (``rows``: their table rows)."""
    positions = np.flatnonzero(selection)
    where = {row: k for k, row in enumerate(positions)}  # table row -> position in the selection
    n_sel = len(positions)
    changed_at = np.array([where[r] for r in rows], dtype=int)
    for theme in list(themes) + [None]:
        tid = theme.id if theme is not None else "total"
        prefix = "bk_" + tid
        if prefix not in run.result.scores:
            continue
        scores = run.result.scores[prefix].to_numpy(dtype=float)
        now = scores[:n_sel]
        if not np.isfinite(now).any():
            continue
        z = run.z(tid)
        new, z_new = now.copy(), z[:n_sel].copy()
        new[changed_at] = scores[n_sel:]
        z_new[changed_at] = z[n_sel:]
        frame[prefix] = now
        frame[prefix + "_scenario"] = new
        frame[prefix + "_diff"] = new - now
        scale = verdict.scale(theme, run.result.options.method) if theme is not None else "z"
        if scale == "decile":  # IMD deciles come from ranks among the reference: kept as they are
            frame[prefix + "_scenario_class"] = run.result.scores[prefix + "_class"].iloc[:n_sel].to_numpy()
        else:
            frame[prefix + "_scenario_class"] = verdict.classify_z(z_new)
        # rank among the other buurten (1 = best): theirs stay, the changed buurt takes its scenario place
        rank = pd.Series(now).rank(method="min", ascending=False).to_numpy(dtype=float, copy=True)  # written below
        finite = now[np.isfinite(now)]
        for k in changed_at:
            others = finite.size - (1 if np.isfinite(now[k]) else 0)
            better = np.sum(finite > new[k]) - (1 if np.isfinite(now[k]) and now[k] > new[k] else 0)
            rank[k] = 1 + better if np.isfinite(new[k]) and others >= 0 else np.nan
        frame[prefix + "_scenario_rank"] = pd.array(rank, dtype="Int64")
    flag = np.zeros(n_sel, dtype=int)
    flag[changed_at] = 1
    frame["bk_scenario_changed"] = flag
    return frame
