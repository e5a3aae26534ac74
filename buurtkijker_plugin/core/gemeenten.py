"""Resolve what a user typed (codes, names, parts of names) to gemeente codes."""

from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

ALL = {"", "*", "alle", "all", "nl", "nederland"}


def parse_list(text):
    """'GM0772, Baarn' -> ['GM0772', 'Baarn']; a list is passed through stripped."""
    if text is None:
        return []
    items = text.split(",") if isinstance(text, str) else text
    return [str(item).strip() for item in items if str(item).strip()]


def resolve(requested, available):
    """Codes for ``requested`` (codes or names, case-insensitive) given a DataFrame of available gemeenten.

    Returns None for "all gemeenten" (nothing asked, or 'alle'). Unknown entries raise a clear error that names them
    and, where a name contains the text, suggests it.
    """
    items = parse_list(requested)
    if not items or (len(items) == 1 and items[0].lower() in ALL):
        return None
    by_code = {c.upper(): c for c in available["gemeentecode"]}
    by_name = {str(n).lower(): c for c, n in zip(available["gemeentecode"], available["gemeentenaam"])}
    codes, unknown = [], []
    for item in items:
        code = by_code.get(item.upper()) or by_name.get(item.lower())
        if code is None and item.isdigit():
            code = by_code.get("GM" + item.zfill(4))
        if code is None:
            unknown.append(item)
        elif code not in codes:
            codes.append(code)
    if unknown:
        hints = sorted({n for n in map(str, available["gemeentenaam"]) for u in unknown if u.lower() in n.lower()})
        if hints:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker",
                                                     "Unknown gemeente: {unknown}. Did you mean: {hints}?"),
                                   unknown=", ".join(unknown), hints=", ".join(hints[:5]))
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker",
                                                 "Unknown gemeente: {unknown}. The data holds {n} gemeenten."),
                               unknown=", ".join(unknown), n=len(available))
    return codes
