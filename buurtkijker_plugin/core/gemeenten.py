"""Resolve what a user typed (codes, names, parts of names) to gemeente codes."""

import difflib
import re
import unicodedata

from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

ALL = {"", "*", "alle", "all", "nl", "nederland"}


def parse_list(text):
    """'GM0772, Baarn' -> ['GM0772', 'Baarn']; a list is passed through stripped."""
    if text is None:
        return []
    items = text.split(",") if isinstance(text, str) else text
    return [str(item).strip() for item in items if str(item).strip()]


# Names people use for gemeenten whose official name is different (both in ``normal_name`` form).
ALIASES = {"den bosch": "'s hertogenbosch", "s hertogenbosch": "'s hertogenbosch", "hertogenbosch": "'s hertogenbosch",
           "den haag": "'s gravenhage", "the hague": "'s gravenhage", "s gravenhage": "'s gravenhage",
           "gravenhage": "'s gravenhage"}


def normal_name(text):
    """A name compared loosely: case, accents, curly apostrophes, hyphens and spaces do not matter
    ('’s-Hertogenbosch' = "'s hertogenbosch", 'sudwest-fryslan' = 'Súdwest-Fryslân')."""
    text = str(text or "").replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    return re.sub(r"[\s\-_]+", " ", text).strip()


def resolve(requested, available):
    """Codes for ``requested`` (codes or names, case-insensitive) given a DataFrame of available gemeenten.

    Returns None for "all gemeenten" (nothing asked, or 'alle'). Names match loosely (see :func:`normal_name`) and
    by their common names ('Den Bosch', 'Den Haag'). Unknown entries raise a clear error that names them and
    suggests the closest names (containing the text, or spelt alike).
    """
    items = parse_list(requested)
    if not items or (len(items) == 1 and items[0].lower() in ALL):
        return None
    by_code = {str(c).upper(): c for c in available["gemeentecode"]}
    by_name = {}
    for code, name in zip(available["gemeentecode"], available["gemeentenaam"]):
        by_name.setdefault(normal_name(name), code)
    codes, unknown = [], []
    for item in items:
        key = normal_name(item)
        code = by_code.get(item.upper()) or by_name.get(key) or by_name.get(ALIASES.get(key, ""))
        if code is None and item.isdigit():
            code = by_code.get("GM" + item.zfill(4))
        if code is None:
            unknown.append(item)
        elif code not in codes:
            codes.append(code)
    if unknown:
        names = sorted({str(n) for n in available["gemeentenaam"]})
        plain = {normal_name(n): n for n in names}
        hints = []
        for u in unknown:
            key = normal_name(u)
            hints += [n for n in names if key and key in normal_name(n)]
            hints += [plain[m] for m in difflib.get_close_matches(key, list(plain), 3, 0.75)]
        hints = list(dict.fromkeys(hints))
        if hints:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker",
                                                     "Unknown gemeente: {unknown}. Did you mean: {hints}?"),
                                   unknown=", ".join(unknown), hints=", ".join(hints[:5]))
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker",
                                                 "Unknown gemeente: {unknown}. The data holds {n} gemeenten."),
                               unknown=", ".join(unknown), n=len(available))
    return codes
