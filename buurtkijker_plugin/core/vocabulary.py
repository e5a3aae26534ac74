"""The words BuurtKijker puts on maps, tips, tables and pages, in Dutch and English, in one place.

Method and reference names, units, table headings, the rank phrase, counts and numbers. The class words come from
:mod:`verdict` (re-exported here), so one number gets one word wherever it is shown. Pure Python: the dock, the
legend, the map tip, the comparison, the profile pages and the layouts all ask this module, in the language of the
map they make (which need not be QGIS' own).
"""

from . import cbs_schema as schema
from .verdict import NO_DATA, WORDS as CLASS_WORDS, change_word, direction, word  # noqa: F401  (one vocabulary)

LANGUAGES = ("nl", "en")

METHOD_NAMES = {
    "nl": {"zscore": "z-score (100 = gemiddeld)", "minmax": "min-max (0-100)", "rank": "percentielrang",
           "imd": "achterstand (IMD-methode)"},
    "en": {"zscore": "z-score (100 = average)", "minmax": "min-max (0-100)", "rank": "percentile rank",
           "imd": "deprivation (IMD method)"},
}
METHOD_SHORT = {
    "nl": {"zscore": "z-score", "minmax": "min-max", "rank": "percentielrang", "imd": "IMD"},
    "en": {"zscore": "z-score", "minmax": "min-max", "rank": "percentile rank", "imd": "IMD"},
}
REFERENCE_NAMES = {
    "nl": {"selection": "de gekozen gemeenten", "national": "alle buurten in de laag (landelijk)"},
    "en": {"selection": "the chosen gemeenten", "national": "all buurten in the layer (national)"},
}
HEADINGS = {
    "nl": {"indicator": "Indicator", "buurt": "Buurt", "gemeente": "Gemeente", "nederland": "Nederland",
           "total": "Totaalscore", "score": "Score", "unit": "Eenheid", "why": "Waarom deze score?"},
    "en": {"indicator": "Indicator", "buurt": "Buurt", "gemeente": "Gemeente", "nederland": "Netherlands",
           "total": "Overall score", "score": "Score", "unit": "Unit", "why": "Why this score?"},
}
# Units as cbs_schema gives them (Dutch) -> English; units not listed read the same in both languages.
UNITS_EN = {"aantal": "number", "personen": "persons", "inw/km2": "inh./km\u00b2",
            "per huishouden": "per household", "per 1000 inw": "per 1000 inh.",
            "per km2 land": "per km\u00b2 of land", "adressen/km2": "addresses/km\u00b2"}
UNITS_NL = {"inw/km2": "inw./km\u00b2", "per km2 land": "per km\u00b2 land", "adressen/km2": "adressen/km\u00b2"}
NOUNS = {  # singular, plural
    "nl": {"gemeente": ("gemeente", "gemeenten"), "buurt": ("buurt", "buurten"), "wijk": ("wijk", "wijken"),
           "indicator": ("indicator", "indicatoren")},
    "en": {"gemeente": ("gemeente", "gemeenten"), "buurt": ("buurt", "buurten"), "wijk": ("wijk", "wijken"),
           "indicator": ("indicator", "indicators")},
}
RANK = {"nl": "rang {rank} van {count} (1 = hoogste score)", "en": "rank {rank} of {count} (1 = highest score)"}


def language_of(language):
    return language if language in LANGUAGES else "nl"


def method_name(method, language="nl", short=False):
    names = (METHOD_SHORT if short else METHOD_NAMES)[language_of(language)]
    return names.get(method, method or names["zscore"])


def reference_name(reference, language="nl"):
    return REFERENCE_NAMES[language_of(language)].get(reference, reference)


def heading(key, language="nl"):
    return HEADINGS[language_of(language)][key]


def unit(indicator, language="nl", label=None):
    """The unit to write after a value of ``indicator`` in ``language``, or '' when it adds nothing: counts, and
    units the label already says ('Misdrijven per 1000 inwoners' needs no 'per 1000 inw' after the number)."""
    item = schema.INDICATORS.get(indicator)
    raw = item.unit if item is not None else ""
    label = (label if label is not None else item.label(language) if item is not None else "").lower()
    if raw in ("", "aantal", "1-5") or (raw.startswith("per ") and "per " in label):
        return ""
    if language_of(language) == "en":
        return UNITS_EN.get(raw, raw)
    return UNITS_NL.get(raw, raw)


def count(n, noun, language="nl"):
    """'1 gemeente', '3 gemeenten'."""
    singular, plural = NOUNS[language_of(language)][noun]
    return "{} {}".format(n, singular if n == 1 else plural)


def rank_text(rank, total, language="nl"):
    """'rang 42 van 104 (1 = hoogste score)'."""
    return RANK[language_of(language)].format(rank=rank, count=total)


def number(value, language="nl", decimals=1):
    """A value as the language writes it: '1 234,5' in Dutch, '1,234.5' in English; '-' when missing."""
    if value is None or value != value:
        return "-"
    text = "{:,.{}f}".format(value, decimals if abs(value) < 1000 else 0)
    return text.replace(",", "\u00a0").replace(".", ",") if language_of(language) == "nl" else text


ARROWS = {1: "\u25b2", -1: "\u25bc", 0: "\u2248"}  # up / down triangles, 'about' (DejaVu Sans has all three)


def signed(value, language="nl", decimals=1):
    """'+3,1', '-4,0', '0,0' (no sign for zero)."""
    text = number(value, language, decimals)
    return "+" + text if value == value and value is not None and round(value, decimals) > 0 else text


def change_text(change, cls, context=False, language="nl"):
    """A change as a reader wants it beside a score: '\u25b2 +3,1 verbeterd', '\u25bc -6,2 verslechterd',
    '\u2248 +1,2 geen duidelijke verandering'; 'geen vergelijking' without a class (the buurt is not in both years).
    An arrow marks a real change only, the word is :func:`change_word` (the map's)."""
    try:
        cls = int(cls)
    except (TypeError, ValueError):  # None, NaN, pandas' NA, QGIS' NULL: not in both years
        return change_word(None, context, language)
    return "{} {} {}".format(ARROWS[max(-1, min(1, cls))], signed(change, language),
                             change_word(cls, context, language))


def level_with_change(score, change, cls, context=False, language="nl"):
    """'102,4 (\u25b2 +3,1 verbeterd)': the level with its change in brackets."""
    return "{} ({})".format(number(score, language), change_text(change, cls, context, language))


# A theme score on less than 80 % of its theme's weight (bk_<theme>_basis, issue 21): on the legend, tip and pages
THIN_BASIS = {"nl": "op minder indicatoren (< 80 %)", "en": "on fewer indicators (< 80 %)"}
MISSING_INDICATORS = {"nl": "ontbreekt: {}", "en": "missing: {}"}
