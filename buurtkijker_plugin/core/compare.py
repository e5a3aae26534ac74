"""Compare buurten side by side: theme scores and indicator values against the gemeente and the national average.

Works on the attribute table of an indexed layer (the output of ``buurtkijker:computeindices``: ``code``,
``naam``, ``gemeentecode``, indicator values, ``bk_*`` scores and ``bk_*_why`` explanations). The gemeente and
national columns are the figures CBS publishes for the area, over all its buurten that are not water: for a rate
or share sum(numerators) / sum(denominators) (from the counts where the layer has them, else the values weighted by
their base: inhabitants, households, dwellings, land area; see ``cbs_schema.MEASURES``), for other indicators the
values weighted by inhabitants, for the scores the mean over the scored buurten weighted by inhabitants. The
engine centres every indicator on the same figure, so a buurt at its gemeente's rate scores 100. A buurt's score
cell is coloured by its verdict class (the word on the map), an indicator cell when it lies more than half an sd
of the gemeente's buurten off in the good or bad direction. The national column needs a national table (a
national indexed layer, or the CBS source layer);
without one it is left out.
"""

import difflib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from . import codes as bk_codes, explain, result_fields as names, standardise, verdict, vocabulary
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from .gemeenten import parse_list

FLAG_SD = 0.5  # a value is highlighted when it lies more than half an sd (over the gemeente's buurten) off
NATIONAL = "nederland"
HEADINGS = {"nl": {"total": "Totaalscore", "national": "Nederland", "gemeente": "Gemiddelde {}",
                   "kind": "soort", "label": "omschrijving", "unit": "eenheid", "theme": "thema",
                   "score": "score", "indicator": "indicator", "explanation": "toelichting", "coverage": "dekking"},
            "en": {"total": "Overall score", "national": "Netherlands", "gemeente": "Average {}",
                   "kind": "kind", "label": "description", "unit": "unit", "theme": "theme",
                   "score": "score", "indicator": "indicator", "explanation": "explanation", "coverage": "coverage"}}


@dataclass
class Comparison:
    rows: pd.DataFrame  # kind ("score" | "indicator"), id, theme, field, label, unit, direction
    values: pd.DataFrame  # one column per buurt code, per gemeente ("GM...") and "nederland"
    flags: pd.DataFrame  # per buurt column: +1 better, -1 worse than the gemeente average, 0 otherwise
    buurten: pd.DataFrame  # code, naam, gemeentecode, gemeentenaam of the compared buurten
    explanations: dict  # code -> [(theme label, sentence)]
    language: str = "nl"
    method: str = "zscore"  # the scale of the scores: the charts' baseline and axis
    changes: dict = None  # code -> {theme id: (score, change, change class, context)} when the layer has changes
    change_years: tuple = ()  # (first year, second year) of the change, from bk_change_run ('' when unknown)
    coverage: pd.DataFrame = None  # per row and average column: 'uit 48 van 116 buurten, ...' below 90 %, else None

    @property
    def codes(self):
        return self.buurten["code"].tolist()

    @property
    def gemeente_columns(self):
        return [c for c in self.values.columns if c not in self.codes and c != NATIONAL]

    def column_titles(self):
        """Readable headings: buurt names, 'Gemiddelde Eindhoven', 'Nederland'."""
        words = HEADINGS[self.language]
        names = dict(zip(self.buurten["code"], self.buurten["naam"].fillna(self.buurten["code"])))
        gemeenten = dict(zip(self.buurten["gemeentecode"], self.buurten["gemeentenaam"]))
        out = {}
        for column in self.values.columns:
            if column in names:
                out[column] = names[column]
            elif column == NATIONAL:
                out[column] = words["national"]
            else:
                out[column] = words["gemeente"].format(gemeenten.get(column) or column)
        return out

    def only(self, code):
        """The comparison of one buurt with its own gemeente and the country (for a buurtprofiel page)."""
        buurten = self.buurten[self.buurten["code"] == code]
        columns = [code] + list(buurten["gemeentecode"].dropna()) + ([NATIONAL] if NATIONAL in self.values else [])
        changes = {code: self.changes[code]} if self.changes and code in self.changes else None
        coverage = self.coverage[[c for c in columns if c in self.coverage]] if self.coverage is not None else None
        return Comparison(self.rows, self.values[columns], self.flags[[code]], buurten.reset_index(drop=True),
                          {code: self.explanations[code]}, self.language, self.method, changes, self.change_years,
                          coverage)

    def coverage_text(self, index, column):
        """'uit 48 van 116 buurten, 74 % van de inwoners' when the average in ``column`` (a gemeente or the
        country) of row ``index`` rests on less than 90 % of the area's inhabitants, else None."""
        if self.coverage is None or column not in self.coverage:
            return None
        text = self.coverage.at[index, column]
        return text if isinstance(text, str) else None

    def value_text(self, index, column, number):
        """A cell as shown and exported: the number, with the coverage of an average that needs it."""
        text = self.coverage_text(index, column)
        return "{} ({})".format(number, text) if text else number

    def change_text(self, code, theme_id):
        """'102,4 (\u25b2 +3,1 verbeterd)': the buurt's score of the theme with its change since the first year
        (the words of the change map), or None when the layer has no change of that theme."""
        found = (self.changes or {}).get(code, {}).get(theme_id)
        return vocabulary.level_with_change(*found, language=self.language) if found else None

    def explanation_lines(self, code):
        """[(label, text)] of one buurt for a profile page: the verdict sentence, after the level and its change
        when the layer has them ('102,4 (\u25b2 +3,1 verbeterd); onder gemiddeld, vooral door: ...')."""
        ids = dict(zip(self.rows.loc[self.rows["kind"] == "score", "label"],
                       self.rows.loc[self.rows["kind"] == "score", "id"]))
        out = []
        for label, sentence in self.explanations[code]:
            level = self.change_text(code, ids.get(label))
            out.append((label, "{}; {}".format(level, sentence) if level else sentence))
        return out

    def scores(self, total=True):
        """The score rows only, indexed by label (for charts); without the overall score when not ``total``."""
        mask = (self.rows["kind"] == "score").to_numpy()
        if not total:
            mask = mask & (self.rows["id"] != "total").to_numpy()  # a new array: pandas 3's are read-only
        return self.values[mask].set_axis(self.rows.loc[mask, "label"].tolist(), axis=0)

    def to_frame(self, titles=True, explanations=False):
        """One flat table (CSV, clipboard): headings in the user's language with ``titles``, else field names.

        With ``explanations`` one more column per buurt, '<buurt>: toelichting' (``<code>_toelichting`` without
        titles): on each score row the verdict and what pulls it most, in the comparison's language (composed
        from the stored explanation when the comparison was made, whatever language the run wrote)."""
        head = self.rows[["kind", "id", "label", "unit"]]
        values = self.values
        if titles:
            words = HEADINGS[self.language]
            head = head.rename(columns={"kind": words["kind"], "label": words["label"], "unit": words["unit"]})
            values = values.rename(columns=self.column_titles())
        parts = [head.reset_index(drop=True), values.reset_index(drop=True)]
        if self.coverage is not None:  # beside the averages that rest on less than 90 % of the inhabitants
            names = self.column_titles() if titles else {c: c for c in self.values.columns}
            word = HEADINGS[self.language]["coverage"]
            for column in self.coverage.columns:
                if self.coverage[column].notna().any():
                    heading = "{}: {}".format(names[column], word) if titles else "{}_{}".format(column, word)
                    parts.append(pd.DataFrame({heading: self.coverage[column].tolist()}))
        if explanations:
            names = self.column_titles()
            texts = {}
            for code in self.codes:
                by_label = dict(self.explanation_lines(code)) if code in self.explanations else {}
                column = ("{}: {}".format(names[code], HEADINGS[self.language]["explanation"]) if titles
                          else code + "_toelichting")
                texts[column] = [by_label.get(label) if kind == "score" else None
                                 for kind, label in zip(self.rows["kind"], self.rows["label"])]
            parts.append(pd.DataFrame(texts, index=range(len(self.rows)), dtype=object))
        return pd.concat(parts, axis=1)


ATTENTION = {"nl": ("Op de aandachtslijst (kwetsbaarheid x overlast)", "ja", "nee"),
             "en": ("On the attention list (vulnerability x nuisance)", "yes", "no")}


def export_table(comparison, decimal=".", attention=None, titles=True, explanations=False):
    """The comparison as a CSV or the clipboard gets it: numbers rounded (:func:`rounded`) and written with the
    language's decimal sign, and with ``attention`` (codes of the vulnerabilitynuisance list, or None when no list
    is known) a last row saying per buurt whether it is on that list ('ja' / 'nee'; empty for the averages).
    ``explanations``: one explanation column per buurt (see :meth:`Comparison.to_frame`)."""
    table = rounded(comparison.to_frame(titles, explanations))
    for column in table.select_dtypes("number").columns:
        table[column] = [("" if value != value else repr(float(value)).replace(".", decimal))
                         for value in table[column]]
    if attention is None:
        return table
    words = ATTENTION[comparison.language if comparison.language in ATTENTION else "nl"]
    listed = set(attention)
    row = {column: "" for column in table.columns}
    first = list(table.columns)
    row[first[0]], row[first[1]], row[first[2]] = "attention", "bk_aandacht", words[0]
    titles_of = comparison.column_titles() if titles else {c: c for c in comparison.values.columns}
    for code in comparison.codes:
        row[titles_of[code]] = words[1] if code in listed else words[2]
    return pd.concat([table, pd.DataFrame([row], columns=table.columns)], ignore_index=True)


def rounded(table, decimals=2):
    """Numbers of a comparison table as a reader wants them in a CSV: two decimals at most, not fourteen."""
    numeric = table.select_dtypes("number").columns
    return table.assign(**{c: table[c].round(decimals) for c in numeric})


def compare(frame, codes, themes, reference=None, language="nl"):
    """A :class:`Comparison` of the buurten ``codes`` in ``frame`` (see the module docstring).

    ``frame``: the indexed layer's table; ``reference``: a national table with the same canonical columns
    (an indexed layer's, or ``BuurtTable.data`` of a CBS layer), or None.
    """
    check_unique_codes(frame)
    codes = buurt_codes(frame, codes)
    words = HEADINGS[language]
    rows = _rows(frame, themes, language, words)
    chosen = frame.set_index("code").loc[codes]
    rows = _with_years(rows, chosen)
    columns = {code: _own(chosen.loc[[code]], rows) for code in codes}  # one frame at the end, not column by column
    covered = {}
    for gm in dict.fromkeys(chosen["gemeentecode"].dropna()):
        area = _land(frame[frame["gemeentecode"] == gm])
        columns[gm], covered[gm] = _column(area, rows), _coverage(area, rows, language)
    if reference is not None:
        area = _land(reference)
        columns[NATIONAL], covered[NATIONAL] = _column(area, rows), _coverage(area, rows, language)
    values = pd.DataFrame(columns, index=rows.index)
    coverage = pd.DataFrame(covered, index=rows.index, dtype=object)
    flags = _flags(frame, chosen, codes, rows, values, themes)
    explanations = {code: _sentences(chosen, code, rows, themes, _method(frame), language) for code in codes}
    buurten = chosen.reset_index()[["code", "naam", "gemeentecode", "gemeentenaam"]]
    return Comparison(rows, values, flags, buurten, explanations, language, _method(frame),
                      _changes(chosen, codes, rows, themes), change_years(frame), coverage)


CHANGE_RUN = names.CHANGE_RUN  # written by computechange: method;reference;scale;first year;second year


def change_years(frame):
    """(first year, second year) of a change layer from its bk_change_run, () when the layer has none."""
    if CHANGE_RUN not in frame.columns or not frame[CHANGE_RUN].notna().any():
        return ()
    run = names.split_run(frame[CHANGE_RUN].dropna().iloc[0], names.CHANGE_RUN_PARTS)
    return run["before"], run["after"]


def _number(value):
    value = pd.to_numeric(pd.Series([value]), errors="coerce").iloc[0]
    return None if pd.isna(value) else float(value)


def _changes(chosen, codes, rows, themes):
    """Per buurt and theme the level and its change (``bk_<theme>_change`` and ``_change_class`` of
    computechange) when the layer has both, else None."""
    context = {t.id: bool(getattr(t, "context", False)) for t in themes}
    scores = rows[rows["kind"] == "score"]
    fields = [(i, f) for i, f in zip(scores["id"], scores["field"])
              if f + "_change" in chosen.columns and f + "_change_class" in chosen.columns]
    if not fields:
        return None
    out = {}
    for code in codes:
        per = {}
        for theme_id, field in fields:
            cls = _number(chosen.at[code, field + "_change_class"])
            per[theme_id] = (_number(chosen.at[code, field]), _number(chosen.at[code, field + "_change"]),
                             None if cls is None else int(cls), context.get(theme_id, False))
        out[code] = per
    return out


def check_unique_codes(frame, source="layer"):
    """Each buurt once: a layer with a code twice (two results appended, a wrong join) has no one value per buurt
    and would double-count it in the averages."""
    if "code" not in frame.columns:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "The layer has no theme scores: run 'Compute theme indices' on it first."))
    codes = frame["code"].dropna().astype(str)
    twice = codes[codes.duplicated()].unique().tolist()
    if twice:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "The layer holds {count} buurt codes more than once ({codes}): one row per buurt is needed "
                           "to compare or make profiles. Remove the duplicates (e.g. a result appended twice)."),
            count=len(twice), codes=", ".join(twice[:5]) + (", ..." if len(twice) > 5 else ""))


def _split_names(text, known):
    """Comma-separated items, where a name that itself holds a comma ('Eliasterrein, Vonderkwartier', also in
    quotes) stays one item: the longest run of pieces that is a known name or code wins."""
    if not isinstance(text, str):
        return parse_list(text)
    pieces = text.split(",")
    items, i = [], 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            candidate = ",".join(pieces[i:j]).strip().strip('"').strip()
            if j == i + 1 or candidate.lower() in known or ", ".join(p.strip() for p in pieces[i:j]).strip(
                    '"').strip().lower() in known:
                break
        joined = ",".join(pieces[i:j]).strip().strip('"').strip()
        if j > i + 1 and joined.lower() not in known:
            joined = ", ".join(p.strip() for p in pieces[i:j]).strip('"').strip()
        if joined:
            items.append(joined)
        i = j
    return items


def buurt_codes(frame, requested):
    """Buurt codes for what was asked: codes or names (case-insensitive), comma-separated or a list."""
    by_code = {bk_codes.clean(c): c for c in frame["code"].dropna()}
    by_name = {}
    for code, name in zip(frame["code"], frame["naam"]):
        by_name.setdefault(str(name).lower(), code)
    items = _split_names(requested, set(by_name) | {c.lower() for c in by_code})
    if not items:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Choose at least one buurt to compare."))
    codes = []
    for item in items:
        code = by_code.get(bk_codes.clean(item)) or by_name.get(item.lower()) or by_code.get(
            bk_codes.repair_number(item))
        if code is None:
            close = difflib.get_close_matches(item, list(by_code.values()) + list(frame["naam"].dropna()), 3, 0.6)
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Buurt '{buurt}' is not in the layer.{hint}"),
                                   buurt=item, hint=(" " + ", ".join(map(str, close)) + "?") if close else "")
        codes.append(code)
    return list(dict.fromkeys(codes))


def _with_years(rows, chosen):
    """Indicator units with the year(s) of the compared buurten's values, from bk_years: '%, 2020' (shown as
    'Eenzaam (18+) (%, 2020)' in the compare window and on buurtprofiel pages)."""
    if "bk_years" not in chosen.columns:
        return rows
    years = {}
    for text in chosen["bk_years"].dropna():
        for pair in str(text).split(";"):
            name, _, year = pair.partition(":")
            if year:  # '2020' or '2020 (buurtgrenzen 2019, 87%)': the year of the figure
                years.setdefault(name, set()).add(year[:4])
    rows = rows.copy()
    for k in rows.index[rows["kind"] == "indicator"]:
        found = sorted(years.get(rows.at[k, "id"], ()), reverse=True)
        if found:
            unit = rows.at[k, "unit"]
            rows.at[k, "unit"] = "{}, {}".format(unit, "/".join(found)) if unit else "/".join(found)
    return rows


def _rows(frame, themes, language, words):
    """Score rows (each computed theme, then the total), then the indicators of those themes, each once."""
    rows = []
    for theme in themes:
        if "bk_" + theme.id in frame.columns and pd.to_numeric(frame["bk_" + theme.id], errors="coerce").notna().any():
            rows.append(("score", theme.id, theme.id, "bk_" + theme.id, theme.label(language), words["score"],
                         schema.HIGHER_IS_BETTER))
    if "bk_total" in frame.columns:
        rows.append(("score", "total", "total", "bk_total", words["total"], words["score"], schema.HIGHER_IS_BETTER))
    seen = set()
    for theme in themes:
        for item in theme.indicators:
            if item.indicator in frame.columns and item.indicator not in seen:
                seen.add(item.indicator)
                indicator = schema.INDICATORS.get(item.indicator)
                rows.append(("indicator", item.indicator, theme.id, item.indicator, item.label(language),
                             vocabulary.unit(item.indicator, language, item.label(language)) if indicator else "",
                             item.direction))
    if not rows:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "The layer has no theme scores: run 'Compute theme indices' on it first."))
    return pd.DataFrame(rows, columns=["kind", "id", "theme", "field", "label", "unit", "direction"])


def _land(table):
    """Every buurt that is not water: a gemeente's own figure as CBS publishes it counts all of them (the tiny ones
    only stay out of the scores, whose rates they would distort; their crimes and inhabitants are real)."""
    if "water" in table.columns:
        return table[~table["water"].fillna(False).astype(bool)]
    return table


def _scored(table):
    """The buurten that enter the scores: with any theme score in an indexed layer; in a plain CBS table those
    that are not water and have at least the CBS minimum of inhabitants."""
    scores = [c for c in table.columns if c.startswith("bk_") and c[3:].replace("_", "").isalnum()
              and not c.endswith(("_rank", "_class", "_n", "_why", "_p05", "_p95", "_run"))]
    if scores:
        return table[table[scores].apply(pd.to_numeric, errors="coerce").notna().any(axis=1)]
    keep = pd.Series(True, index=table.index)
    if "water" in table.columns:
        keep &= ~table["water"].fillna(False).astype(bool)
    if "inwoners" in table.columns:
        keep &= pd.to_numeric(table["inwoners"], errors="coerce").fillna(-1) >= 50
    return table[keep]


MIN_COVERAGE = 0.9  # an average from less of the area's inhabitants says from how much
COVERAGE = {"nl": "uit {n} van {total} buurten, {share} % van de inwoners",
            "en": "from {n} of {total} buurten, {share} % of the inhabitants"}


def _coverage(table, rows, language):
    """Per row the coverage text of the area's average (``table``: its land buurten) where the buurten with a
    value hold less than :data:`MIN_COVERAGE` of its inhabitants (of its buurten, when there is no inhabitant
    count), else None. A score counts the buurten with a score; a rate from counts (crimes per 1000) the buurten
    whose numerator is known, as its average does."""
    inhabitants = pd.to_numeric(table["inwoners"], errors="coerce").fillna(0).to_numpy(dtype=float) \
        if "inwoners" in table.columns else None
    out = []
    for kind, name, field in zip(rows["kind"], rows["id"], rows["field"]):
        if field not in table.columns or not len(table):
            out.append(None)
            continue
        has = pd.to_numeric(table[field], errors="coerce").notna().to_numpy()
        numerators = schema.DERIVED.get(name, ((),))[0] if kind == "indicator" else ()
        if numerators and all(c in table.columns for c in numerators):
            has = np.all([pd.to_numeric(table[c], errors="coerce").notna().to_numpy() for c in numerators], axis=0)
        people = inhabitants.sum() if inhabitants is not None else 0
        share = inhabitants[has].sum() / people if people > 0 else has.mean()
        out.append(COVERAGE[language if language in COVERAGE else "nl"].format(
            n=int(has.sum()), total=len(table), share=int(round(100 * share)))
            if has.any() and share < MIN_COVERAGE else None)
    return out


def _own(row, rows):
    """One buurt's figures: the layer's own value of each field, for an indicator the figure CBS publishes for the
    buurt (MISDR_P1000 for crimes per 1000, not crimes / inhabitants recomputed: CBS divides by another count of
    inhabitants), the same number as the layer field and the map tip."""
    return np.array([pd.to_numeric(row[field], errors="coerce").iloc[0] if field in row.columns else np.nan
                     for field in rows["field"]], dtype=float)


def _column(table, rows):
    """Per row's field the reference figure over ``table`` (NaN where the field is absent or empty): for an
    indicator the CBS way (see the module docstring), for a score the mean weighted by inhabitants."""
    def lookup(name):
        return pd.to_numeric(table[name], errors="coerce") if name in table.columns else None
    out = []
    for kind, name, field in zip(rows["kind"], rows["id"], rows["field"]):
        if field not in table.columns:
            out.append(np.nan)
            continue
        values = pd.to_numeric(table[field], errors="coerce").to_numpy(dtype=float)
        if kind == "indicator":
            weights = standardise.base_weights(lookup, name, len(table))
            out.append(standardise.indicator_average(name, values, weights, lookup=lookup))
        else:
            weights = standardise.base_weights(lookup, "inwoners", len(table))
            out.append(standardise.weighted_average(values, weights))
    return np.array(out, dtype=float)


def _flags(frame, chosen, codes, rows, values, themes=()):
    """+1 / -1 where a buurt is better / worse: for a score its verdict class (the map's word), for an indicator
    more than half an sd of its gemeente's buurten off the gemeente average, in the indicator's direction."""
    flags = pd.DataFrame(0, index=rows.index, columns=codes)
    sign = rows["direction"].map({schema.HIGHER_IS_BETTER: 1, schema.HIGHER_IS_WORSE: -1}).fillna(0).to_numpy()
    method = _method(frame)
    scales = {t.id: verdict.scale(t, method) for t in themes}
    spread = {}  # gemeente -> sd of each row over its buurten (once per gemeente, not per buurt)
    for code in codes:
        gm = chosen.at[code, "gemeentecode"]
        if gm not in spread:
            peers = _scored(frame[frame["gemeentecode"] == gm])
            spread[gm] = np.array([pd.to_numeric(peers[f], errors="coerce").std() if f in peers else np.nan
                                   for f in rows["field"]])
        sd = spread[gm]
        deviation = (values[code].to_numpy() - values[gm].to_numpy()) / np.where(sd > 0, sd, np.nan)
        flag = np.where(deviation > FLAG_SD, 1, np.where(deviation < -FLAG_SD, -1, 0)) * sign
        for i, (kind, theme_id, field) in enumerate(zip(rows["kind"], rows["id"], rows["field"])):
            if kind == "score":
                cls = chosen.at[code, field + "_class"] if field + "_class" in chosen.columns else None
                cls = pd.to_numeric(pd.Series([cls]), errors="coerce").iloc[0]
                flag[i] = verdict.direction(None if pd.isna(cls) else int(cls), scales.get(theme_id, "z"))
        flags[code] = np.nan_to_num(flag).astype(int)
    return flags


def _sentences(chosen, code, rows, themes, method, language):
    """[(theme label, sentence)] of one buurt: the verdict word of its stored class (the word of the map and its
    legend), then what pulls it most, e.g. 'onder gemiddeld, vooral door: WOZ-waarde laag (-0,9)'. The stored
    explanation is re-composed in ``language`` (it was written in the language of the run)."""
    scales = {t.id: verdict.scale(t, method) for t in themes}
    out = []
    for label, theme_id, field, kind in zip(rows["label"], rows["id"], rows["field"], rows["kind"]):
        if kind != "score" or field + "_class" not in chosen.columns:
            continue
        cls = pd.to_numeric(pd.Series([chosen.at[code, field + "_class"]]), errors="coerce").iloc[0]
        if pd.isna(cls):
            continue
        why = chosen.at[code, field + "_why"] if field + "_why" in chosen.columns else None
        sentence = explain.verdict_sentence(verdict.word(int(cls), scales.get(theme_id, "z"), language), why,
                                            themes, language)
        out.append((label, sentence + thin_basis_note(chosen, code, field, theme_id, themes, language)))
    return out


def thin_basis_note(chosen, code, field, theme_id, themes, language):
    """'; op minder indicatoren (< 80 %), ontbreekt: Eenzaam (18+), ...' when the buurt's score of
    the theme rests on less than 80 % of its weight (``<field>_basis``), else ''."""
    if field + "_basis" not in chosen.columns:
        return ""
    basis = pd.to_numeric(pd.Series([chosen.at[code, field + "_basis"]]), errors="coerce").iloc[0]
    theme = next((t for t in themes if t.id == theme_id), None)
    if pd.isna(basis) or basis >= 80 or theme is None:
        return ""
    missing = [i.label(language) for i in theme.indicators if i.indicator not in chosen.columns
               or pd.isna(pd.to_numeric(pd.Series([chosen.at[code, i.indicator]]), errors="coerce").iloc[0])]
    return "; {}, {}".format(vocabulary.THIN_BASIS[language],
                             vocabulary.MISSING_INDICATORS[language].format(", ".join(missing)))


def _method(frame):
    if "bk_run" in frame.columns and len(frame):
        return str(frame["bk_run"].dropna().iloc[0]).split(";")[0] if frame["bk_run"].notna().any() else "zscore"
    return "zscore"


def rows_of(frame, themes, language="nl"):
    """The rows :func:`compare` makes for every buurt of ``frame``: score rows, then the indicators with the
    year(s) of their values in ``frame`` (for a page of many gemeenten, compared one gemeente at a time)."""
    return _with_years(_rows(frame, themes, language, HEADINGS[language]), frame.set_index("code"))


def area_figures(table, rows, language="nl"):
    """(figures, coverage texts) of an area (a gemeente's buurten) per row of ``rows``: what :func:`compare` puts
    in a gemeente's column, over the area's land buurten, without comparing any buurt."""
    area = _land(table)
    return _column(area, rows), _coverage(area, rows, language)
