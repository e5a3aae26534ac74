"""One verdict per buurt: the class of a score and the words for it, for every place a score is shown.

The engine stores each theme's class in ``bk_<theme>_class``; legend, map tip, comparison colours, profile page and
layout all take the word from :func:`word`, so one number gets one word everywhere. Three scales:

- ``z``: five classes from the score's distance to the reference average in standard deviations
  (score 100 + 10 z): below -1, -1 .. -0.5, -0.5 .. 0.5, 0.5 .. 1, above 1;
- ``context``: the same five classes for context themes (demografie), in neutral words (lower / higher), never
  coloured as better or worse and never in the total;
- ``decile``: ten classes for deprivation themes under the IMD method, 1 = the most deprived tenth.
"""

import numpy as np
import pandas as pd

Z_BREAKS = (-1.0, -0.5, 0.5, 1.0)  # class boundaries in sd of the reference
SCORE_BREAKS = tuple(100 + 10 * b for b in Z_BREAKS)  # the same on the z-score scale: 90, 95, 105, 110

WORDS = {
    "z": {
        "nl": ("ruim onder gemiddeld", "onder gemiddeld", "gemiddeld", "boven gemiddeld", "ruim boven gemiddeld"),
        "en": ("well below average", "below average", "average", "above average", "well above average"),
    },
    "context": {
        "nl": ("veel lager dan gemiddeld", "lager dan gemiddeld", "rond het gemiddelde", "hoger dan gemiddeld",
               "veel hoger dan gemiddeld"),
        "en": ("much lower than average", "lower than average", "around the average", "higher than average",
               "much higher than average"),
    },
    "decile": {
        "nl": ("deciel 1 (meest achtergesteld)",) + tuple("deciel {}".format(d) for d in range(2, 10))
        + ("deciel 10 (minst achtergesteld)",),
        "en": ("decile 1 (most deprived)",) + tuple("decile {}".format(d) for d in range(2, 10))
        + ("decile 10 (least deprived)",),
    },
}
NO_DATA = {"nl": "geen gegevens", "en": "no data"}
CLASS_LABELS = {language: WORDS["z"][language] for language in ("nl", "en")}  # the usual five words


def scale(theme, method):
    """Which scale a theme's classes are on under ``method``: 'decile', 'context' or 'z'."""
    if getattr(theme, "context", False):
        return "context"
    if method == "imd" and getattr(theme, "deprivation", False):
        return "decile"
    return "z"


def class_count(scale_name):
    return 10 if scale_name == "decile" else 5


def classify_z(z):
    """Class 1..5 from z: < -1, [-1, -0.5), [-0.5, 0.5], (0.5, 1], > 1; missing (NA) where z is missing."""
    z = np.asarray(z, dtype=float)
    classes = np.select([z < -1, z < -0.5, z <= 0.5, z <= 1, z > 1], [1, 2, 3, 4, 5], default=0)
    return pd.arrays.IntegerArray(classes.astype(np.int64), classes == 0)  # as pd.array(..., "Int64"), faster


def deciles(rank, n):
    """Decile 1..10 from a rank (1 = most deprived) among ``n`` reference buurten."""
    rank = np.asarray(rank, dtype=float)
    n = np.where(n > 0, n, np.nan)
    d = np.ceil(10 * rank / n)
    return pd.array(np.where(np.isfinite(d), np.clip(d, 1, 10), np.nan), dtype="Int64")


def word(cls, scale_name="z", language="nl"):
    """The words for a class number (None / NA: 'geen gegevens')."""
    if cls is None or pd.isna(cls) or not 1 <= int(cls) <= class_count(scale_name):
        return NO_DATA[language]
    return WORDS[scale_name][language][int(cls) - 1]


def direction(cls, scale_name="z"):
    """-1 (worse than average), 0 or +1 (better) for a class: what colours a comparison cell; 0 for context."""
    if cls is None or pd.isna(cls) or scale_name == "context":
        return 0
    cls = int(cls)
    if scale_name == "decile":
        return -1 if cls <= 3 else 1 if cls >= 8 else 0
    return -1 if cls <= 2 else 1 if cls >= 4 else 0


def directions(classes, scale_name="z", context_sign=False):
    """:func:`direction` for a whole column of classes (NaN where there is no class); ``context_sign`` gives
    context themes their lower/higher sign (for explanations) instead of 0 (for colours)."""
    c = pd.array(classes, dtype="Int64").to_numpy(dtype=float, na_value=np.nan)
    if scale_name == "context":
        d = np.sign(c - 3) if context_sign else np.zeros_like(c)
    elif scale_name == "decile":
        d = np.where(c <= 3, -1.0, np.where(c >= 8, 1.0, 0.0))
    else:
        d = np.where(c <= 2, -1.0, np.where(c >= 4, 1.0, 0.0))
    return np.where(np.isnan(c), np.nan, d)


def class_of_score(score, scale_name="z"):
    """The class of a score on the z-score scale (100 + 10 z): the same breaks as the engine's classes."""
    if scale_name == "decile":
        raise ValueError("decile classes come from ranks, not from a score")
    return classify_z((np.asarray(score, dtype=float) - 100) / 10)


# -- change between two years (core/change.py): -1 worse, 0 no clear change, +1 better ---------------------------

CHANGE_WORDS = {
    "nl": {-1: "verslechterd", 0: "geen duidelijke verandering", 1: "verbeterd"},
    "en": {-1: "worsened", 0: "no clear change", 1: "improved"},
}
CHANGE_CONTEXT_WORDS = {  # context themes are never judged: lower / higher
    "nl": {-1: "lager geworden", 0: "geen duidelijke verandering", 1: "hoger geworden"},
    "en": {-1: "decreased", 0: "no clear change", 1: "increased"},
}
CHANGE_NO_DATA = {"nl": "geen vergelijking", "en": "no comparison"}


def change_word(cls, context=False, language="nl"):
    """The words for a change class (-1, 0, +1; missing: no comparison)."""
    language = language if language in CHANGE_WORDS else "nl"
    if cls is None or pd.isna(cls) or int(cls) not in (-1, 0, 1):
        return CHANGE_NO_DATA[language]
    return (CHANGE_CONTEXT_WORDS if context else CHANGE_WORDS)[language][int(cls)]
