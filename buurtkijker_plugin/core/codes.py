"""CBS area codes in every form they come in: one place that reads, checks and repairs them.

A buurt code is ``BU`` + the 4-digit gemeente number + 4 characters, a wijk code ``WK`` + 4 + 2, a gemeente code
``GM`` + 4. Until 2021 the characters after the gemeente were digits; since 2022 Amsterdam's hold letters
(``BU0363AA01`` in wijk ``WK0363AA``), so a code is never checked as "8 digits". Codes are compared upper-case and
without spaces. A file saved by Dutch Excel may have lost the prefix and the leading zeros (``BU00340101`` became
``340101``): :func:`repair_numbers` puts them back where the result is a known code.
"""

import re

import numpy as np

BUURT = re.compile(r"^BU\d{4}[0-9A-Z]{4}$")
WIJK = re.compile(r"^WK\d{4}[0-9A-Z]{2}$")
GEMEENTE = re.compile(r"^GM\d{4}$")
_PATTERNS = {"buurt": BUURT, "wijk": WIJK, "gemeente": GEMEENTE}
_PREFIX = {"buurt": "BU", "wijk": "WK", "gemeente": "GM"}
_LENGTH = {"buurt": 8, "wijk": 6, "gemeente": 4}  # characters after the prefix
_NUMBER = re.compile(r"^\d{1,8}$")
#: Examples for messages.
EXAMPLE = {"buurt": "BU07721110 or BU0363AA01", "wijk": "WK077211 or WK0363AA", "gemeente": "GM0772"}


def clean(value):
    """A code as compared: stripped, upper-case, inner spaces removed ('bu 0363 aa01' -> 'BU0363AA01'); None for
    a missing value. Numbers stay numbers in text form (12.0 -> '12')."""
    if type(value) is str:  # the common case, without a regular expression (str.split drops what \s matches)
        text = (value if value.isalnum() else "".join(value.split())).upper()
        return text or None
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = re.sub(r"\s+", "", str(value)).upper()
    return text or None


def is_code(value, level="buurt"):
    """True for a well-formed code of ``level`` (buurt, wijk or gemeente), letters allowed after the gemeente."""
    return isinstance(value, str) and bool(_PATTERNS[level].match(value))


def level_of(value):
    """'buurt', 'wijk' or 'gemeente' for a well-formed code, else None."""
    for level, pattern in _PATTERNS.items():
        if isinstance(value, str) and pattern.match(value):
            return level
    return None


def gemeente_of(code):
    """'GM0363' for 'BU0363AA01' or 'WK0363AA'; None when it is no buurt or wijk code."""
    return "GM" + code[2:6] if level_of(code) in ("buurt", "wijk") else None


def wijk_of(code):
    """'WK0363AA' for 'BU0363AA01'; None when it is no buurt code."""
    return "WK" + code[2:8] if is_code(code, "buurt") else None


def cleaned(values):
    """:func:`clean` over a sequence: an object array."""
    return np.array([clean(v) for v in values], dtype=object)


def mask(values, level="buurt"):
    """Boolean array: which of the (cleaned) ``values`` are well-formed codes of ``level``."""
    match = _PATTERNS[level].match
    return np.fromiter((isinstance(v, str) and match(v) is not None for v in values), dtype=bool, count=len(values))


def repair_number(value, level="buurt"):
    """A code whose prefix or leading zeros were lost ('340101', 'BU340101', 340101.0 -> 'BU00340101'), or None
    when it is not such a number. Only all-digit codes can lose their zeros: letter codes stay text in Excel."""
    text = clean(value)
    if text is None:
        return None
    prefix, length = _PREFIX[level], _LENGTH[level]
    digits = text[len(prefix):] if text.startswith(prefix) else text
    if not _NUMBER.match(digits) or len(digits) > length:
        return None
    return prefix + digits.zfill(length)


def repair_numbers(values, known, level="buurt", share=0.5):
    """``values`` as codes with lost zeros and prefixes put back, when at least ``share`` of the repaired codes
    are in ``known`` (the codes they must join to); else None. Already well-formed codes are kept as they are."""
    known = set(known)
    out, tried = [], 0
    for value in values:
        text = clean(value)
        if text is not None and not is_code(text, level):
            repaired = repair_number(text, level)
            if repaired is not None:
                tried += 1
                text = repaired
        out.append(text)
    if not tried:
        return None
    hits = sum(1 for v in out if v in known)
    return np.array(out, dtype=object) if hits >= share * sum(1 for v in out if v is not None) else None
