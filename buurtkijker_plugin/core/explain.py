"""Why is a buurt below (or above) average? The indicators that pull its theme score most, in words.

Each indicator contributes ``weight share x oriented z`` to the theme's z (see ``IndexResult.contributions``);
the explanation names the strongest ones in the direction of the buurt's class, e.g.
``lager dan gemiddeld vooral door: Aandeel 65 jaar en ouder hoog (-1,4), WOZ-waarde laag (-0,9)``.
For the overall score the themes play the part of the indicators.
"""

import numpy as np
import pandas as pd

from . import cbs_schema as schema

TOP = 3  # indicators named at most
MIN_CONTRIBUTION = 0.05  # smaller pulls are not worth naming

WORDS = {
    "nl": {"below": "lager dan gemiddeld vooral door", "above": "hoger dan gemiddeld vooral door",
           "average": "rond het gemiddelde", "high": "hoog", "low": "laag"},
    "en": {"below": "below average mainly because of", "above": "above average mainly because of",
           "average": "around the average", "high": "high", "low": "low"},
}


def number(value, language="nl"):
    text = "{:+.1f}".format(value)
    return text.replace(".", ",") if language == "nl" else text


def sentences(classes, contributions, names, high=None, language="nl", top=TOP):
    """One sentence per row from its class (1..5, NA) and its contributions (rows x items, NaN = unused).

    ``names`` labels the items (columns); ``high`` (rows x items, optional) says whether the raw value is above
    the reference average, which adds 'hoog' or 'laag' to the name. numpy picks the items for all rows at once;
    each distinct phrase is formatted once and each sentence is one join.
    """
    words = WORDS[language]
    c = np.asarray(contributions, dtype=float).reshape(len(classes), -1)
    cls = pd.array(classes, dtype="Int64").to_numpy(dtype=float, na_value=np.nan)
    n, k = c.shape
    if n == 0:
        return []
    if k == 0:
        return np.where(np.isnan(cls), None, np.where(cls == 3, words["average"], None)).tolist()
    below = (cls < 3)[:, None]
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
    state = np.where(np.isnan(cls), 0, np.where((named == 0) | (cls == 3), 1, np.where(below[:, 0], 2, 3)))
    lead = [None, words["average"], words["below"] + ": ", words["above"] + ": "]
    return [lead[s] + ", ".join(p[:m]) if s > 1 else lead[s]
            for s, p, m in zip(state.tolist(), parts.tolist(), named.tolist())]


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
        high = above_average(theme, columns, result.oriented_z[theme.id].to_numpy())
        out["bk_{}_why".format(theme.id)] = sentences(
            scores["bk_{}_class".format(theme.id)], contributions, [_label(theme, c, language) for c in columns],
            high, language)
    if "bk_total_class" in scores:
        themes = result.computed_themes
        out["bk_total_why"] = sentences(scores["bk_total_class"], theme_contributions(result),
                                        [t.label(language) for t in themes], language=language)
    return out


def theme_contributions(result):
    """Per buurt and computed theme: the theme's weight share x its standardised score (NaN where missing)."""
    themes = result.computed_themes
    if not themes:
        return np.empty((len(result.scores), 0))
    z = np.column_stack([_standardised(result.scores["bk_" + t.id].to_numpy(dtype=float), result.options.method)
                         for t in themes])
    w = np.array([float((result.options.theme_weights or {}).get(t.id, t.weight)) for t in themes])
    present = ~np.isnan(z)
    share = present * w / np.maximum((present * w).sum(axis=1, keepdims=True), 1e-12)
    return np.where(present, share * z, np.nan)


def _standardised(score, method):
    if method == "zscore":
        return (score - 100) / 10
    finite = score[np.isfinite(score)]
    sd = finite.std(ddof=1) if len(finite) > 1 else 0
    return (score - finite.mean()) / sd if sd > 0 else np.where(np.isnan(score), np.nan, 0.0)


def _direction(theme, name):
    return next((i.direction for i in theme.indicators if i.indicator == name), schema.HIGHER_IS_BETTER)


def _label(theme, name, language):
    return next((i.label(language) for i in theme.indicators if i.indicator == name), name)
