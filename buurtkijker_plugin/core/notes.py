"""Notes per buurt ("tellen en vertellen"): what residents and professionals know, beside the numbers.

A note has a buurt code, a date, a role (bewoner, professional, corporatie, gemeente), an optional theme and a
text. Notes are never mixed into the scores: they are only shown beside them (map tip, comparison, buurtprofiel,
HTML buurtkaart). CSV in and out as Dutch Excel reads and writes it: semicolon, UTF-8 with a byte order mark.
Pure Python.
"""

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, replace

from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

ROLES = ("bewoner", "professional", "corporatie", "gemeente")
ROLE_WORDS = {"nl": {"bewoner": "bewoner", "professional": "professional", "corporatie": "corporatie",
                     "gemeente": "gemeente"},
              "en": {"bewoner": "resident", "professional": "professional", "corporatie": "housing corporation",
                     "gemeente": "municipality"}}
TITLE = {"nl": "Wat we horen in de buurt", "en": "What we hear in the buurt"}  # the box beside the numbers
NONE_YET = {"nl": "Nog geen notities voor deze buurt. Notities tellen niet mee in de scores.",
            "en": "No notes for this buurt yet. Notes do not count in the scores."}
# what a CSV column may be called (lower case, Dutch or English)
COLUMNS = {"code": ("buurtcode", "code", "bu_code", "buurt_code", "buurt"),
           "date": ("datum", "date"),
           "role": ("rol", "role"),
           "theme": ("thema", "theme"),
           "text": ("tekst", "text", "notitie", "note", "opmerking")}
HEADER = ("buurtcode", "datum", "rol", "thema", "tekst")
MAX_TEXT = 4000  # characters a note keeps


@dataclass(frozen=True)
class Note:
    code: str
    date: str  # ISO yyyy-mm-dd
    role: str
    text: str
    theme: str = ""
    id: object = None  # the row's id in the store (None: not stored yet)


def role_word(role, language="nl"):
    return ROLE_WORDS.get(language, ROLE_WORDS["nl"]).get(role, role)


def parse_date(text):
    """'2025-03-14', '14-3-2025', '14/03/2025' or '14.3.2025' -> '2025-03-14'; None when it is no date."""
    text = str(text or "").strip()
    for pattern, order in ((r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$", "ymd"),
                           (r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$", "dmy")):
        match = re.match(pattern, text)
        if match:
            a, b, c = (int(g) for g in match.groups())
            year, month, day = (a, b, c) if order == "ymd" else (c, b, a)
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return None
    return None


def make(code, date, role, text, theme="", id=None):
    """A checked note: code upper case, ISO date, known role, text trimmed; a :class:`BuurtKijkerError` says what is
    wrong."""
    code = str(code or "").strip().upper()
    if not code:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "A note needs a buurt code."))
    iso = parse_date(date) if not isinstance(date, dt.date) else date.isoformat()
    if iso is None:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Note for {code}: '{date}' is not a date (write 2025-03-14 or 14-3-2025)."),
            code=code, date=date)
    role = str(role or "").strip().lower()
    known = {w: r for words in ROLE_WORDS.values() for r, w in words.items()}
    role = known.get(role, role)
    if role not in ROLES:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Note for {code}: role '{role}' is not one of {roles}."),
            code=code, role=role, roles=", ".join(ROLES))
    text = str(text or "").strip()
    if not text:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Note for {code}: the text is empty."), code=code)
    return Note(code, iso, role, text[:MAX_TEXT], str(theme or "").strip(), id)


def newest_first(notes):
    return sorted(notes, key=lambda n: (n.date, str(n.id) if n.id is not None else ""), reverse=True)


def by_buurt(notes):
    """code -> that buurt's notes, newest first."""
    out = {}
    for note in newest_first(notes):
        out.setdefault(note.code, []).append(note)
    return out


def trimmed(text, limit):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:max(1, limit - 1)].rstrip() + "\u2026"


def summary(notes, language="nl", limit=120):
    """For a map tip: '3 notities; laatste 2025-03-14 (bewoner): De speeltuin ...'; '' without notes."""
    if not notes:
        return ""
    latest = newest_first(notes)[0]
    if language == "en":
        head = "{} note{}; latest".format(len(notes), "" if len(notes) == 1 else "s")
    else:
        head = "{} notitie{}; laatste".format(len(notes), "" if len(notes) == 1 else "s")
    return "{} {} ({}): {}".format(head, latest.date, role_word(latest.role, language), trimmed(latest.text, limit))


def box_text(notes, language="nl", room=700, each=220, theme_label=None):
    """The buurtprofiel box: newest first, one paragraph each ('2025-03-14, bewoner (veiligheid): ...'), each
    trimmed to ``each`` characters and all to ``room``; a last line says how many more there are."""
    lines, used = [], 0
    ordered = newest_first(notes)
    for number, note in enumerate(ordered):
        theme = theme_label(note.theme) if theme_label and note.theme else note.theme
        head = "{}, {}{}".format(note.date, role_word(note.role, language), " ({})".format(theme) if theme else "")
        line = "{}: {}".format(head, trimmed(note.text, each))
        if lines and used + len(line) > room:
            rest = len(ordered) - number
            lines.append(("... and {} more note{}" if language == "en" else "... en nog {} notitie{}").format(
                rest, "" if rest == 1 else "s"))
            break
        lines.append(line)
        used += len(line)
    return "\n".join(lines)


# -- CSV -----------------------------------------------------------------------------------------------------------

def read_csv(path_or_text, text=False):
    """Notes from a CSV (semicolon or comma, UTF-8 with or without BOM, or Windows-1252 as old Excel writes it);
    columns by name, Dutch or English (buurtcode;datum;rol;thema;tekst). Rows without code and text are skipped;
    any other bad row raises with its line number."""
    if text:
        content = path_or_text
    else:
        try:
            with open(str(path_or_text), "rb") as handle:
                raw = handle.read()
        except OSError as exc:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not read {path}: {reason}"),
                                   path=path_or_text, reason=exc.strerror or str(exc))
        try:
            content = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            content = raw.decode("cp1252", errors="replace")
    content = content.lstrip("\ufeff")
    first = content.splitlines()[0] if content.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(content), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader, [])]
    where = {}
    for key, names in COLUMNS.items():
        where[key] = next((header.index(n) for n in names if n in header), None)
    missing = [COLUMNS[k][0] for k in ("code", "date", "role", "text") if where[k] is None]
    if missing:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{path}: the notes file lacks the column(s) {columns}. Expected: {header}."),
            path="CSV" if text else path_or_text, columns=", ".join(missing), header=";".join(HEADER))
    out = []
    for line, row in enumerate(reader, start=2):
        if where["text"] == len(header) - 1 and len(row) > len(header):  # an unquoted ';' in the last column
            row = row[:len(header) - 1] + [delimiter.join(row[len(header) - 1:])]

        def cell(key):
            k = where[key]
            return row[k].strip() if k is not None and k < len(row) else ""
        if not cell("code") and not cell("text"):
            continue
        try:
            out.append(make(cell("code"), cell("date"), cell("role"), cell("text"), cell("theme")))
        except BuurtKijkerError as exc:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{path}, line {line}: {reason}"),
                                   path="CSV" if text else path_or_text, line=line, reason=exc.message())
    return out


def csv_text(notes):
    """Notes as Dutch Excel reads them: semicolon-separated, a header, newest first (no BOM: see :func:`write_csv`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for note in newest_first(notes):
        writer.writerow([note.code, note.date, note.role, note.theme, note.text])
    return buffer.getvalue()


def write_csv(notes, path):
    """Write ``csv_text`` as UTF-8 with a byte order mark, so Excel shows 'ë' and '€' right."""
    with open(str(path), "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(csv_text(notes))
    return path


def with_id(note, id):
    return replace(note, id=id)
