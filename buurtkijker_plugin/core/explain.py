"""Why is a buurt below (or above) average? The indicators that pull its theme score most, in words.

Each indicator contributes ``weight share x oriented deviation`` (in reference sd, on the chosen method's own
scale; IMD domains for deprivation themes under imd) to the theme (see ``IndexResult.contributions``). The lead
words come from the buurt's class (:mod:`verdict`), so an explanation never contradicts the map; it then names the
strongest pulls in that direction, e.g.
``lager dan gemiddeld vooral door: Aandeel 65 jaar en ouder hoog (-1,4), WOZ-waarde laag (-0,9)``.
For the overall score every indicator counts once, as in the total itself.
"""

import re

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from . import verdict

TOP = 3  # indicators named at most
MIN_CONTRIBUTION = 0.05  # smaller pulls are not worth naming

MAINLY = {"nl": "vooral door", "en": "mainly because of"}
#: Added to a sentence where empirical-Bayes shrinkage moved the score by more than half a class.
SHRUNK = {"nl": "klein aantal inwoners: richting het gemiddelde getrokken",
          "en": "few inhabitants: pulled toward the average"}
WORDS = {
    "nl": {"below": "lager dan gemiddeld vooral door", "above": "hoger dan gemiddeld vooral door",
           "average": "rond het gemiddelde", "high": "hoog", "low": "laag",
           "below_only": "lager dan gemiddeld", "above_only": "hoger dan gemiddeld"},
    "en": {"below": "below average mainly because of", "above": "above average mainly because of",
           "average": "around the average", "high": "high", "low": "low",
           "below_only": "below average", "above_only": "above average"},
}


def number(value, language="nl"):
    text = "{:+.1f}".format(value)
    return text.replace(".", ",") if language == "nl" else text


def sentences(directions, contributions, names, high=None, language="nl", top=TOP):
    """One sentence per row from its verdict direction (-1 below, 0 average, +1 above, NaN no score; see
    :func:`verdict.direction`) and its contributions (rows x items, NaN = unused).

    ``names`` labels the items (columns); ``high`` (rows x items, optional) says whether the raw value is above
    the reference average, which adds 'hoog' or 'laag' to the name. numpy picks the items for all rows at once;
    each distinct phrase is formatted once and each sentence is one join.
    """
    words = WORDS[language]
    if isinstance(directions, np.ndarray) and directions.dtype.kind == "f":  # verdict.directions' own output
        state_of = directions
    else:
        state_of = np.asarray(pd.array(directions, dtype="Float64").to_numpy(dtype=float, na_value=np.nan))
    c = np.asarray(contributions, dtype=float).reshape(len(state_of), -1)
    n, k = c.shape
    if n == 0:
        return []
    if k == 0:
        lead = {-1.0: words["below_only"], 0.0: words["average"], 1.0: words["above_only"]}
        return [None if np.isnan(d) else lead[d] for d in state_of.tolist()]
    below = (state_of < 0)[:, None]
    order = np.argsort(np.where(np.isnan(c), np.inf, np.where(below, c, -c)), axis=1)[:, :top]
    values = np.take_along_axis(c, order, axis=1)
    valid = np.where(below, values <= -MIN_CONTRIBUTION, values >= MIN_CONTRIBUTION)
    valid = np.cumprod(valid, axis=1).astype(bool)  # stop at the first one too small to name
    if high is None:
        pool, item = list(names), order
    else:
        pool = [n + " " + words["low"] for n in names] + [n + " " + words["high"] for n in names]
        item = order + k * np.take_along_axis(np.asarray(high, dtype=bool), order, axis=1)
    # each (indicator, rounded value) pair is written once; a sentence joins the valid ones
    tenths = np.round(np.nan_to_num(values) * 10).astype(int)
    low, span = tenths.min(), tenths.max() - tenths.min() + 1
    unique, inverse = np.unique(item * span + (tenths - low), return_inverse=True)
    texts = np.array(["{} ({})".format(pool[u // span], number((u % span + low) / 10, language))
                      for u in unique.tolist()], dtype=object)
    parts = texts[inverse.reshape(tenths.shape)]
    named = valid.sum(axis=1)
    # 0 no score, 1 average, 2 below with reasons, 3 above with reasons, 4 below, 5 above (nothing to name)
    state = np.where(np.isnan(state_of), 0, np.where(state_of == 0, 1, np.where(below[:, 0], 2, 3)))
    state = np.where((state > 1) & (named == 0), state + 2, state)
    lead = np.array([None, words["average"], words["below"] + ": ", words["above"] + ": ", words["below_only"],
                     words["above_only"]], dtype=object)
    out = lead[state]
    reasons = np.flatnonzero((state == 2) | (state == 3))  # lead + the first `named` parts, joined by ", "
    text = out[reasons] + parts[reasons, 0]  # object arrays: the strings are joined in numpy's loop
    for j in range(1, parts.shape[1]):
        more = named[reasons] > j
        text[more] = text[more] + ", " + parts[reasons[more], j]
    out[reasons] = text
    return out.tolist()


def directions(classes, scale="z"):
    """The verdict direction of each class (see :func:`verdict.directions`), NaN where there is no class; context
    themes get the sign of lower / higher than average."""
    return verdict.directions(classes, scale, context_sign=True)


def above_average(theme, columns, oriented_z):
    """Per row and indicator: is the raw value at or above the reference average?"""
    worse = np.array([_direction(theme, name) == schema.HIGHER_IS_WORSE for name in columns], dtype=bool)
    return np.where(worse, -oriented_z, oriented_z) >= 0


def explanations(result, language="nl"):
    """``bk_<theme>_why`` per computed theme and ``bk_total_why``: one sentence per buurt (None where unscored)."""
    scores = result.scores
    out = pd.DataFrame(index=scores.index)
    for theme in result.computed_themes:
        contributions = result.contributions(theme.id)
        columns = list(contributions.columns)
        report = result.reports[theme.id]
        imd = report.scale == "decile"
        high = None if imd else above_average(theme, columns, result.oriented_z[theme.id].to_numpy())
        labels = columns if imd else [_label(theme, c, language) for c in columns]
        if imd:
            labels = [theme.domain_label(_domain_id(theme, c), language) for c in columns]
        out["bk_{}_why".format(theme.id)] = _text(out, with_shrink_note(sentences(
            directions(scores["bk_{}_class".format(theme.id)], report.scale), contributions, labels, high, language),
            result.shrink_moved.get(theme.id), language))
    if "bk_total_class" in scores and "total" in result.oriented_z:
        contributions = result.contributions("total")
        columns = list(contributions.columns)
        themes = [t for t in result.computed_themes if not t.context]
        high = np.column_stack([above_average(_theme_with(themes, c), [c], result.oriented_z["total"][[c]].to_numpy())
                                [:, 0] for c in columns]) if columns else None
        out["bk_total_why"] = _text(out, with_shrink_note(sentences(
            directions(scores["bk_total_class"]), contributions,
            [_indicator_label(themes, c, language) for c in columns], high, language),
            result.shrink_moved.get("total"), language))
    elif "bk_total_class" in scores:
        out["bk_total_why"] = _text(out, sentences(directions(scores["bk_total_class"]), np.empty((len(scores), 0)),
                                                   [], language=language))
    return out


def with_shrink_note(texts, moved, language="nl"):
    """``texts`` with '; klein aantal inwoners: richting het gemiddelde getrokken' where ``moved`` (bool per row)."""
    if moved is None:
        return texts
    note = "; " + SHRUNK[language if language in SHRUNK else "nl"]
    texts = list(texts)
    for row in np.flatnonzero(np.asarray(moved, dtype=bool)[:len(texts)]):
        if isinstance(texts[row], str):
            texts[row] = texts[row] + note
    return texts


def split_shrink_note(text):
    """(sentence, True) when ``text`` ends with the shrinkage note in either language, else (text, False)."""
    if isinstance(text, str):
        for note in SHRUNK.values():
            if text.endswith("; " + note):
                return text[:-len(note) - 2], True
    return text, False


def _text(frame, values):
    """A text column that keeps None for "no sentence" (pandas 3 would make it its str dtype with NaN)."""
    return pd.Series(list(values), index=frame.index, dtype=object)


def _domain_id(theme, label):
    for domain in list(theme.domains) + [i.domain or i.indicator for i in theme.indicators]:
        if theme.domain_label(domain) == label:
            return domain
    return label


def _theme_with(themes, name):
    return next(t for t in themes if any(i.indicator == name for i in t.indicators))


def _indicator_label(themes, name, language):
    return _label(_theme_with(themes, name), name, language)


def _direction(theme, name):
    return next((i.direction for i in theme.indicators if i.indicator == name), schema.HIGHER_IS_BETTER)


def _label(theme, name, language):
    return next((i.label(language) for i in theme.indicators if i.indicator == name), name)


# -- shown in another language ----------------------------------------------------------------------------------

# one part 'label (+0,4)', matched only where the previous part ended (``match(rest, position)``, never a search
# from every position: that was quadratic, 9 s for a crafted 21 KB text on the GUI thread); texts longer than
# MAX_TEXT (real ones are a few hundred characters) are not parsed at all
_PART = re.compile(r"(.+?) \(([+\-\u2212]\d+(?:[.,]\d+)?)\)(?:, |$)")
MAX_TEXT = 4000


def _labels(themes):
    """Every indicator and domain label, in either language -> (kind, id) to look up in the other."""
    out = {}
    for item in schema.INDICATORS.values():
        for language in WORDS:
            out[item.label(language)] = ("indicator", item.id)
    for theme in themes or ():
        for item in theme.indicators:
            for language in WORDS:
                out[item.label(language)] = ("theme-indicator", (theme, item))
        for domain in list(getattr(theme, "domains", ()) or ()):
            for language in WORDS:
                out[theme.domain_label(domain, language)] = ("domain", (theme, domain))
    return out


def _relabel(kind_key, language):
    kind, key = kind_key
    if kind == "indicator":
        return schema.INDICATORS[key].label(language)
    if kind == "theme-indicator":
        return key[1].label(language)
    return key[0].domain_label(key[1], language)


def _level(name, labels):
    """'WOZ-waarde laag' -> ('WOZ-waarde', 'low'): the label and the word after it (a known label first)."""
    found = [(name[:-len(other[word]) - 1], word) for other in WORDS.values() for word in ("high", "low")
             if name.endswith(" " + other[word])]
    known = [pair for pair in found if pair[0] in labels]
    if name in labels and not known:
        return name, ""
    return (known or found or [(name, "")])[0]


def recompose(text, themes=(), language="nl"):
    """An explanation stored in ``bk_<theme>_why`` (in the language of the run that wrote it) in ``language``.

    The sentence is rebuilt from its parts: the lead words, each indicator (label, 'hoog'/'laag') and its number.
    A label of no known theme (``themes``: the run's own theme file, if any) is kept as written. A sentence that
    does not parse (a hand-edited text) is returned unchanged.

    The stored sentence is the language-neutral record: lead words, indicators and their numbers in a fixed
    pattern, so it is read back in either language. It stays readable where BuurtKijker is not installed (attribute
    table, a colleague's map tip). Words in :data:`WORDS` may only be added to, never reworded, or older results
    would no longer be recognised."""
    if not isinstance(text, str) or not text or len(text) > MAX_TEXT:
        return text
    text, shrunk = split_shrink_note(text)
    if shrunk:
        return with_shrink_note([recompose(text, themes, language)], [True], language)[0]
    target = WORDS[language if language in WORDS else "nl"]
    for words in WORDS.values():
        for key in ("average", "below_only", "above_only"):
            if text == words[key]:
                return target[key]
        for key in ("below", "above"):
            prefix = words[key] + ": "
            if not text.startswith(prefix):
                continue
            rest, labels, parts, position = text[len(prefix):], _labels(themes), [], 0
            while position < len(rest):
                match = _PART.match(rest, position)
                if match is None:
                    return text
                position = match.end()
                name, value = match.group(1), float(match.group(2).replace(",", ".").replace("\u2212", "-"))
                name, level = _level(name, labels)
                # a label of no known theme (an own theme file) stays as written; the rest is still composed
                label = _relabel(labels[name], language) if name in labels else name
                parts.append("{}{} ({})".format(label, " " + target[level] if level else "", number(value, language)))
            if position != len(rest) or not parts:
                return text
            return target[key] + ": " + ", ".join(parts)
    return text


def verdict_sentence(word, why, themes=(), language="nl"):
    """The verdict word and what pulls the score most: 'onder gemiddeld, vooral door: WOZ-waarde laag (-0,9)';
    the word alone when the explanation names nothing (around the average, or no explanation stored)."""
    why, shrunk = split_shrink_note(why)
    text = recompose(why, themes, language) if isinstance(why, str) else None
    words = WORDS[language if language in WORDS else "nl"]
    out = word
    for key in ("below", "above"):
        if text and text.startswith(words[key] + ": "):
            out = "{}, {}: {}".format(word, MAINLY[language if language in MAINLY else "nl"],
                                      text[len(words[key]) + 2:])
    return with_shrink_note([out], [shrunk], language)[0]
