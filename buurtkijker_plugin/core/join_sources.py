"""Extra sources joined to a buurt table by buurt code: every indicator from the most recent year that has it.

A municipality's figures come from several files: CBS Kerncijfers wijken en buurten of several years (each year
publishes some figures later), the RIVM Gezondheidsmonitor per buurt, the Leefbaarometer, its own survey. Each
source is read (CSV in every form Dutch offices produce, Excel, or a QGIS/GDAL layer read elsewhere), its buurt
code column and year found, and for every indicator and buurt the value of the most recent year that has one is
taken. Which source and year gave each value is kept (:class:`Provenance`), for ``bk_years`` and source lines.

Rules, each with a clear message when broken: a source needs a buurt code column (``BU`` + 4-digit gemeente + 4
characters, letters allowed: ``BU0363AA01``; see :mod:`codes`); wijk- and
gemeente-level rows of mixed files are dropped, a file with no buurt rows is refused; a code occurs once per year;
the year comes from ``YEARS``, a year column (``jaar``, ``Perioden``) or the file/layer name; two sources giving
the same indicator for the same year must agree wherever both have a value (else the run is refused).
"""

import codecs
import datetime
import csv
import io
import os
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from . import carry as bk_carry, codes as bk_codes
from .cbs_table import BuurtTable, _derive, _text, clean_numeric
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from .frames import is_text

CBS_LABEL = "CBS Kerncijfers wijken en buurten"
RIVM_LABEL = "RIVM Gezondheidsmonitor"
RIVM_65_LABEL = "RIVM Gezondheidsmonitor 65+"
AGE_GROUPS = ((20300, ""), (80200, schema.AGE_65))  # RIVM Leeftijd codes: 18 and over, 65 and over
LBM_LABEL = "Leefbaarometer"

_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
_SEPARATORS = (",", ";", "\t", "|")
_SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "|"}
_MISSING = ("", ".", "-", "x", "X", "?", "NA", "n.v.t.", "nvt")
#: Files read by BuurtKijker's own CSV / spreadsheet reader; any other source goes through QGIS or GDAL.
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")


# -- CSV in every Dutch-office form ----------------------------------------------------------------------------

@dataclass(frozen=True)
class CsvFormat:
    encoding: str  # utf-8-sig, utf-8, utf-16 or cp1252
    delimiter: str
    decimal: str  # "." or ","
    thousands: str = None  # "." or "," when numbers are grouped (1.234,5), else None


_NUM_COMMA = re.compile(r"^[-+]?\d+,\d+$")
_NUM_POINT = re.compile(r"^[-+]?\d+\.\d+$")
_GROUPED_POINT = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$")  # 1.234 or 1.234,5 (Dutch)
_GROUPED_COMMA = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$")  # 1,234 or 1,234.5 (English)


def detect_encoding(data, name="CSV"):
    """The text encoding of CSV bytes: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name}: the text encoding is neither UTF-8 nor Windows-1252 (cp1252). Save the file "
                           "as 'CSV UTF-8' and try again."), name=name)


def _sample_lines(text, limit=200):
    lines = text.splitlines()
    return [line for line in lines[:limit] if line.strip()]


def _rows(lines, delimiter):
    return list(csv.reader(lines, delimiter=delimiter))


def detect_delimiter(lines, name="CSV"):
    """The separator that splits the header into more than one column and every sample row alike."""
    fits = []
    for delimiter in _SEPARATORS:
        rows = _rows(lines, delimiter)
        if rows and len(rows[0]) > 1 and all(len(r) == len(rows[0]) for r in rows[1:]):
            fits.append((delimiter, len(rows[0])))
    if len(fits) == 1:
        return fits[0][0]
    if not fits:
        counts = ", ".join("{} {}".format(_SEPARATOR_NAMES[d], lines[0].count(d)) for d in _SEPARATORS) \
            if lines else ""
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name}: cannot tell the column separator: no comma, semicolon, tab or | splits the "
                           "header and every row into the same number of columns (header: {counts}). Save it "
                           "again from the spreadsheet as CSV."), name=name, counts=counts)
    raise BuurtKijkerError(QT_TRANSLATE_NOOP(
        "BuurtKijker", "{name}: cannot tell the column separator: both {first} and {second} split every row alike. "
                       "Save it again as CSV with one separator."),
        name=name, first=_SEPARATOR_NAMES[fits[0][0]], second=_SEPARATOR_NAMES[fits[1][0]])


def detect_decimal(rows, name="CSV"):
    """(decimal, thousands) from the numbers in the sample rows; refuse when they contradict each other."""
    comma, point, grouped_point, grouped_comma = [], [], [], []
    for row in rows[1:]:
        for value in row:
            value = value.strip()
            if _NUM_COMMA.match(value) or (_GROUPED_POINT.match(value) and "," in value):
                comma.append(value)  # 12,5 or 1.234,5
            elif _NUM_POINT.match(value) and not _GROUPED_POINT.match(value) or (
                    _GROUPED_COMMA.match(value) and "." in value):
                point.append(value)  # 12.5 or 1,234.5
            elif _GROUPED_POINT.match(value):
                grouped_point.append(value)  # 1.234: a thousands point, or a decimal point
            elif _GROUPED_COMMA.match(value):
                grouped_comma.append(value)
    if comma and not point:
        return ",", ("." if grouped_point or any("." in v for v in comma) else None)
    if not comma:
        if point or not grouped_point:
            return ".", ("," if grouped_comma or any("," in v for v in point) else None)
        return ".", None
    raise BuurtKijkerError(QT_TRANSLATE_NOOP(
        "BuurtKijker", "{name}: cannot tell the decimal separator: some numbers have a decimal comma ({comma}), "
                       "others a decimal point ({point}). Save the file again with one decimal separator."),
        name=name, comma=comma[0], point=point[0])


def sniff_csv(data, name="CSV"):
    """The :class:`CsvFormat` of CSV bytes (encoding, separator, decimal sign), or a clear error."""
    encoding = detect_encoding(data, name)
    head = data[:262144]
    text = head.decode(encoding, errors="ignore" if len(head) < len(data) else "strict")
    lines = _sample_lines(text)
    if len(head) < len(data) and len(lines) > 1:
        lines = lines[:-1]  # the last line of a cut sample may be cut itself
    if not lines:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{name}: the file is empty."), name=name)
    delimiter = detect_delimiter(lines, name)
    decimal, thousands = detect_decimal(_rows(lines, delimiter), name)
    return CsvFormat(encoding, delimiter, decimal, thousands)


def read_csv(path, columns=None, name=None):
    """A CSV file as a DataFrame of text columns (as written: numbers still text), in any Dutch-office form.

    ``columns``: a function from the header to the columns to keep (reads less of a large file)."""
    name = name or os.path.basename(str(path))
    with open(path, "rb") as handle:
        data = handle.read()
    fmt = sniff_csv(data, name)
    try:
        header = list(pd.read_csv(io.BytesIO(data), sep=fmt.delimiter, encoding=fmt.encoding, nrows=0).columns)
        usecols = columns(header) if columns else header
        # numbers parsed by pandas' C parser with the file's decimal sign; codes and names stay text ("0344")
        text = {c: str for c in usecols if schema.canonical_name(c) not in schema.INDICATORS}
        frame = pd.read_csv(io.BytesIO(data), sep=fmt.delimiter, encoding=fmt.encoding, usecols=usecols,
                            dtype=text, keep_default_na=False, na_values=list(_MISSING), decimal=fmt.decimal,
                            thousands=fmt.thousands, skipinitialspace=True)
    except (ValueError, pd.errors.ParserError) as exc:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name} cannot be read as a CSV table: {reason}"), name=name, reason=exc)
    frame.attrs["csv_format"] = fmt
    return frame


def to_numbers(series, decimal=".", thousands=None):
    """Text or numbers as float: decimal comma understood, CBS no-data codes and '.', 'x', '' missing."""
    if series.dtype.kind in "iufb":
        return clean_numeric(series)
    if decimal == "." and not thousands:
        values = pd.to_numeric(series, errors="coerce")
        if values.notna().sum() == series.notna().sum():  # every value a number: no text to clean
            return clean_numeric(values)
    text = series.astype("string").str.strip()
    if thousands:
        text = text.str.replace(thousands, "", regex=False)
    if decimal == ",":
        text = text.str.replace(",", ".", regex=False)
    return clean_numeric(text.mask(text.isin(_MISSING)))


def read_xlsx(path, name=None):
    """The first sheet of an Excel (or OpenDocument) workbook as text/number columns: with openpyxl when it is
    installed, else with GDAL's own XLSX/ODS driver; a clear message when neither can."""
    name = name or os.path.basename(str(path))
    if str(path).lower().endswith(".xls"):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name}: old Excel files (.xls) cannot be read; save it as .xlsx or as CSV."), name=name)
    try:
        import openpyxl
    except ImportError:
        openpyxl = None
    if openpyxl is None or str(path).lower().endswith(".ods"):
        return _read_sheet_with_gdal(path, name)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name} cannot be read as an Excel workbook: {reason}"), name=name, reason=exc)
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = None
        for row in rows:
            if sum(isinstance(v, str) and v.strip() != "" for v in row) >= 2:
                header = [str(v).strip() if v is not None else "" for v in row]
                break
        if header is None:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{name}: the file is empty."), name=name)
        data = [list(r[:len(header)]) + [None] * (len(header) - len(r)) for r in rows]
    finally:
        book.close()
    keep = [i for i, h in enumerate(header) if h]
    return pd.DataFrame([[r[i] for i in keep] for r in data], columns=[header[i] for i in keep], dtype=object)


def _read_sheet_with_gdal(path, name):
    """The first sheet through GDAL's XLSX/ODS driver (QGIS always has GDAL; openpyxl may be missing)."""
    from .sources import VectorSource
    try:
        return VectorSource(path).read()
    except ImportError:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name}: reading Excel files needs the Python package openpyxl, which this QGIS "
                           "lacks. Save the sheet as CSV (any separator or decimal sign) or install openpyxl."),
            name=name)
    except BuurtKijkerError as exc:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{name} cannot be read as an Excel workbook: {reason}"), name=name,
            reason=exc.params.get("reason") or exc)


# -- sources ----------------------------------------------------------------------------------------------------

@dataclass
class Source:
    """One extra table: its name (for messages), its raw columns and where to look for its year."""

    name: str
    raw: pd.DataFrame
    hint: str = ""  # file or layer name, searched for a year
    year: int = None  # given by the user (YEARS)
    decimal: str = "."
    thousands: str = None


@dataclass
class Part:
    """A source's buurt rows of one year: ``values`` indexed by buurt code, columns indicator ids or own columns."""

    source: str
    label: str
    year: int
    values: pd.DataFrame
    gemeenten: set


def source_columns(header, extra=()):
    """The columns of a source worth reading: those the schema knows and those a theme names; all when the buurt
    code column is not recognised by name (then it is found by its content)."""
    roles = {c: schema.canonical_name(c) for c in header}
    if "buurtcode" not in roles.values():
        return list(header)
    return [c for c in header if roles[c] is not None or c in extra]


def read_file(path, extra=(), year=None):
    """A :class:`Source` from a CSV, text or Excel file, or any vector file GDAL reads (read-only)."""
    path = str(path)
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "File not found: {path}"), path=path)
    lower = path.lower()
    if lower.endswith((".csv", ".txt", ".tsv")):
        raw = read_csv(path, columns=lambda header: source_columns(header, extra), name=name)
        fmt = raw.attrs["csv_format"]
        return Source(name, raw, name, year, fmt.decimal, fmt.thousands)
    if lower.endswith((".xlsx", ".xlsm", ".xls", ".ods")):
        return Source(name, read_xlsx(path, name), name, year)
    from .sources import VectorSource
    vector = VectorSource(path)
    return Source("{} ({})".format(name, vector.layer_name) if len(vector.layer_names()) > 1 else name,
                  vector.read(source_columns(vector.fields, extra)), name + " " + vector.layer_name, year)


def _preview(values, n=8):
    names = [str(c) for c in values]
    return ", ".join(names[:n]) + (", ..." if len(names) > n else "")


def _upper_codes(series):
    """Cleaned codes of a column (None for missing; see :func:`codes.clean`) and a mask of the buurt codes."""
    codes = bk_codes.cleaned(series.tolist())
    return codes, bk_codes.mask(codes, "buurt")


def _by_unique(series, function):
    """``function`` applied to each distinct value only (columns such as years or margins repeat a few values)."""
    uniques = pd.unique(series.to_numpy(dtype=object))
    return series.map(dict(zip(uniques, (function(v) for v in uniques)))).to_numpy()


def _find_code_column(raw, found, name, known=None):
    """The column that holds buurt codes (BU0363AA01, BU07721110), the recognised one or else any column by
    content: ``(column, codes, mask of the buurt codes)``. A code column that Dutch Excel turned into numbers
    (prefix and leading zeros lost) is repaired when most repaired codes are ``known`` (the codes joined to)."""
    named = [found["buurtcode"]] if "buurtcode" in found else []
    others = [c for c in raw.columns if c not in named and is_text(raw[c])]
    for column in named + others:
        codes, mask = _upper_codes(raw[column])
        if mask.any():
            return column, codes, mask
    # no BU codes anywhere: say what the file holds instead
    for column in named + others:
        text = _text(raw[column]).dropna().str.upper()
        for prefix, digits, template in (
                ("WK", 6, QT_TRANSLATE_NOOP(
                    "BuurtKijker", "{source} is a wijk-level table (codes such as {example} in {column}); "
                                   "BuurtKijker joins buurt figures by buurt code (such as BU07721110).")),
                ("GM", 4, QT_TRANSLATE_NOOP(
                    "BuurtKijker", "{source} is a gemeente-level table (codes such as {example} in {column}); "
                                   "BuurtKijker joins buurt figures by buurt code (such as BU07721110)."))):
            hits = text[text.str.match(r"^{}\d{{4}}[0-9A-Z]{{{}}}$".format(prefix, digits - 4))]
            if len(hits):
                raise BuurtKijkerError(template, source=name, example=hits.iloc[0], column=column)
    code_like = named + [c for c in raw.columns if c not in named and re.search(
        r"(^|_)(code|gwb|bu|buurt|buurtcode|gwb_code_8|codering)($|_)", str(c), re.I)]
    for column in code_like:
        text = _text(raw[column].astype(object).map(lambda v: str(int(v)) if isinstance(v, float) and v == v
                                                    and v.is_integer() else v)).dropna()
        numbers = text[text.str.match(r"^(BU)?\d{5,8}$")]
        if len(numbers) and len(numbers) >= 0.5 * len(text) and known is not None:
            repaired = bk_codes.repair_numbers(raw[column].tolist(), known)
            if repaired is not None:
                return column, repaired, bk_codes.mask(repaired, "buurt")
        if len(numbers) and len(numbers) >= 0.5 * len(text):
            example = numbers.iloc[0].replace("BU", "").zfill(8)
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{source}: column {column} holds numbers such as {example}, not buurt codes such as "
                               "BU{example}. Use a column with the BU codes (CBS: gwb_code_10) or put BU in front "
                               "of the eight digits."), source=name, column=column, example=example)
    raise BuurtKijkerError(QT_TRANSLATE_NOOP(
        "BuurtKijker", "{source}: no buurt code column found (a column with codes such as BU07721110); columns: "
                       "{columns}."), source=name, columns=_preview(raw.columns))


def _age_groups(raw, found):
    """The RIVM point estimates (Marges MW00000) per age group: [(rows, id suffix)]. Adults (18+) keep the
    indicator ids, the 65+ rows get their own (``eenzaam_65``); a table without the Leeftijd column is one group."""
    keep = np.ones(len(raw), dtype=bool)
    if "marges" in found:
        marges = _by_unique(raw[found["marges"]], lambda v: str(v).strip().upper() == "MW00000").astype(bool)
        if marges.any():
            keep &= marges
    if "leeftijd" in found:
        ages = pd.to_numeric(raw[found["leeftijd"]], errors="coerce").to_numpy()
        groups = [(raw[keep & (ages == code)], suffix) for code, suffix in AGE_GROUPS if (keep & (ages == code)).any()]
        if groups:
            return groups
    return [(raw[keep], "")]


def _for_65(values):
    """A 65+ group's indicators under their own ids; columns with no 65+ id are dropped (never an 18+ figure)."""
    keep = {c: c + schema.AGE_65 for c in values.columns if c + schema.AGE_65 in schema.INDICATORS}
    return values[list(keep)].rename(columns=keep)


def year_in_text(text, name):
    """The one year (1980-2099) in a file or layer name, None when there is none; refuse when there are several."""
    years = sorted({int(y) for y in _YEAR.findall(str(text))})
    if len(years) > 1:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: the name holds several years ({years}) and the table has no year column; "
                           "give its year in YEARS, e.g. {example}."),
            source=name, years=", ".join(map(str, years)), example=_years_example(name))
    return years[0] if years else None


def year_in_name(text):
    """The one year in a name, or None (also when there are several)."""
    years = {int(y) for y in _YEAR.findall(str(text))}
    return years.pop() if len(years) == 1 else None


def _years_example(name):
    stem = re.split(r"[ .(]", str(name))[0] or "bron"
    return "{}=2020".format(stem)


def _row_years(raw, found, source):
    """Year per row: YEARS, else the year column (2020, '2020JJ00'), else the file or layer name."""
    if source.year:
        return np.full(len(raw), int(source.year))
    if "jaar" in found:
        def year_of(value):
            if isinstance(value, float) and value == value:
                value = int(value)
            match = re.search(r"(?:19|20)\d\d", str(value)) if value is not None else None
            return float(match.group(0)) if match else np.nan
        years = pd.Series(_by_unique(raw[found["jaar"]], year_of).astype(float), index=raw.index)
        if years.notna().all():
            return years.to_numpy(dtype=int)
        fallback = year_in_text(source.hint or source.name, source.name)
        if fallback is not None:
            return years.fillna(fallback).to_numpy(dtype=int)
    else:
        fallback = year_in_text(source.hint or source.name, source.name)
        if fallback is not None:
            return np.full(len(raw), fallback)
    raise BuurtKijkerError(QT_TRANSLATE_NOOP(
        "BuurtKijker", "{source}: the year of the figures cannot be found (no year column such as 'jaar' or "
                       "'Perioden', no year in the name); give it in YEARS, e.g. {example}."),
        source=source.name, example=_years_example(source.name))


def _label(indicators):
    ids = set(indicators)
    if ids & set(schema.RIVM_65_INDICATORS):
        return RIVM_65_LABEL
    if ids & set(schema.RIVM_INDICATORS):
        return RIVM_LABEL
    if ids & set(schema.LEEFBAAROMETER_INDICATORS):
        return LBM_LABEL
    if ids & set(schema.INDICATORS):
        return CBS_LABEL
    return None


def prepare(source, extra=(), known=None):
    """A source's buurt rows as :class:`Part` objects, one per year (a long file gives several) and age group (the
    RIVM 65+ rows are a part of their own, named '... (65+)').

    ``known``: the buurt codes the source is joined to, to repair codes whose leading zeros Excel dropped."""
    found = schema.match_columns(source.raw.columns)
    parts = []
    for raw, suffix in _age_groups(source.raw, found):
        parts += _prepare_group(source, raw, found, extra, suffix, known)
    return parts


def _prepare_group(source, raw, found, extra, suffix, known=None):
    name = source.name + " (65+)" if suffix else source.name
    _, codes, is_buurt = _find_code_column(raw, found, source.name, known)
    raw, codes = raw[is_buurt], codes[is_buurt]
    years = _row_years(raw, found, source)

    values = pd.DataFrame(index=raw.index)
    for cid, column in found.items():
        if cid in schema.INDICATORS:
            values[cid] = to_numbers(raw[column], source.decimal, source.thousands)
    for column in extra:
        if column in raw.columns and schema.canonical_name(column) is None and not suffix:
            values[column] = to_numbers(raw[column], source.decimal, source.thousands)
    _derive(values)
    if suffix:
        values = _for_65(values)
    values = values.loc[:, values.notna().any()]
    if values.shape[1] == 0:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: no indicator BuurtKijker knows and no column a theme names (columns: "
                           "{columns})."), source=name, columns=_preview(source.raw.columns))
    label = _label(values.columns) or name
    values.index = pd.Index(codes, name="code")
    parts = []
    for year in sorted(set(years.tolist()), reverse=True):
        rows = values[years == year]
        twice = rows.index[rows.index.duplicated()]
        if len(twice):
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{source}: buurt code {code} occurs more than once for {year} ({count} codes "
                               "twice or more); each buurt needs one row per year."),
                source=name, code=twice[0], year=year, count=len(set(twice)))
        parts.append(Part(name, label, int(year), rows,
                          set("GM" + c[2:6] for c in rows.index)))
    return parts


# -- YEARS --------------------------------------------------------------------------------------------------------

INPUT_NAMES = ("input", "invoer", "buurtlaag", "layer")


def parse_years(text, names):
    """``YEARS`` text -> {position: year}; position 0 is the buurt layer, 1.. the sources in ``names`` order.

    Items are separated by commas or semicolons: ``name=year`` (a unique part of a source's name, or ``input`` for
    the buurt layer) or a bare year, given to the sources in order."""
    out, plain = {}, []
    for item in re.split(r"[,;]", text or ""):
        item = item.strip()
        if not item:
            continue
        key, _, value = item.rpartition("=")
        value = value.strip()
        if not re.match(r"^(19|20)\d\d$", value):
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "YEARS: '{item}' is not a year or name=year (e.g. 2019, or rivm=2020)."), item=item)
        key = key.strip().lower()
        if not key:
            plain.append(int(value))
            continue
        if key in INPUT_NAMES:
            out[0] = int(value)
            continue
        hits = [i for i, n in enumerate(names, start=1) if key == n.lower() or key in n.lower()]
        exact = [i for i in hits if names[i - 1].lower() in (key,) or os.path.splitext(names[i - 1])[0].lower() == key]
        hits = exact or hits
        if len(hits) != 1:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "YEARS: '{key}' must name exactly one source; it matches {count} of: {names}."),
                key=key, count=len(hits), names=", ".join(names) or "-")
        out[hits[0]] = int(value)
    if len(plain) > len(names):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "YEARS gives {count} years without a name but there are {sources} sources; write "
                           "name=year (or input=year for the buurt layer)."), count=len(plain), sources=len(names))
    for position, year in enumerate(plain, start=1):
        out.setdefault(position, year)
    return out


# -- joining ------------------------------------------------------------------------------------------------------

@dataclass
class SourceInfo:
    name: str
    label: str
    year: int
    indicators: list = field(default_factory=list)
    found: int = 0  # buurten (of those counted) with a row in this source
    not_in_year: int = 0  # their codes do not exist in this source, though their gemeente does
    not_covered: int = 0  # their gemeente is not in this source at all
    via: object = None  # the BOUNDARIES indeling (its year, or name) the source was carried over from, else None
    carried: int = 0  # buurten (of those counted) whose values were carried over by polygon overlap


@dataclass
class Provenance:
    """Where each value of a joined table came from: ``origin[name]`` indexes ``sources`` per row (-1 = none).

    ``carried[position]``: for a source carried over from another indeling, per row how (:mod:`carry` modes) and
    what share of the buurt's area its old buurten cover."""

    sources: list
    origin: dict
    carried: dict = field(default_factory=dict)

    def years(self, name):
        year = np.array([s.year or 0 for s in self.sources] + [0], dtype=int)
        return year[self.origin[name]] if name in self.origin else None

    def subset(self, mask):
        return Provenance(self.sources, {k: v[mask] for k, v in self.origin.items()},
                          {k: (m[mask], a[mask]) for k, (m, a) in self.carried.items()})


def provenance(table, own=()):
    """The table's provenance; for a table read from one layer: every value from that layer and its year, but
    another publisher's figures in it (RIVM columns a user joined to a CBS layer) under that publisher's name and
    without a year: the layer's year is not theirs (they get one when joined as SOURCES).

    ``own``: names of own (non-CBS) columns of the layer to include, such as a theme's extra columns."""
    if getattr(table, "provenance", None) is not None:
        return table.provenance
    names = [c for c in table.data.columns if c in schema.INDICATORS]
    origin = {c: np.where(table.data[c].notna().to_numpy(), 0, -1).astype(np.int16) for c in names}
    for column in own:
        if column not in origin and column in table.raw.columns and column not in table.columns.values():
            origin[column] = np.where(clean_numeric(table.raw[column]).notna().to_numpy(), 0, -1).astype(np.int16)
    sources = [SourceInfo(table.source, CBS_LABEL, table.year, names, len(table.data))]
    for name in names:
        label = RIVM_LABEL if name == "geluidhinder_buren" else _label([name])  # RIVM's, not in KWB either
        if label not in (CBS_LABEL, None):
            position = next((k for k, s in enumerate(sources) if s.label == label), None)
            if position is None:
                position = len(sources)
                sources.append(SourceInfo(table.source, label, None, [], len(table.data)))
            sources[position].indicators.append(name)
            origin[name] = np.where(origin[name] >= 0, position, -1).astype(np.int16)
    return Provenance(sources, origin)


def _conflict(first, second, name, year, a, b):
    both = np.isfinite(a) & np.isfinite(b)
    differ = both & ~np.isclose(a, b, rtol=1e-6, atol=1e-9)
    if differ.any():
        label = schema.INDICATORS[name].label_en if name in schema.INDICATORS else name
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{first} and {second} both give '{indicator}' for {year}, with different values for "
                           "{count} buurten. Use one of them, or give one of them another year in YEARS."),
            first=first, second=second, indicator=label, year=year, count=int(differ.sum()))


def join(table, sources, extra=(), count_mask=None, overlays=()):
    """``table`` with the sources' indicators joined by buurt code, each value from its most recent year.

    ``sources``: :class:`Source` objects; ``extra``: own column names a theme uses; ``count_mask``: the rows whose
    codes are counted in the report (the selected gemeenten); ``overlays``: :class:`carry.Overlay` objects, other
    years' buurt polygons over the table's rows: a source in one of those indelingen is carried over by polygon
    overlap (see :mod:`carry`). Returns a new :class:`BuurtTable` whose ``provenance`` says which source and year
    gave each value; the input table is not changed.
    """
    if table.year is None:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: the year of the buurt layer cannot be found (no 'jaar' column, no year in "
                           "the name); give it in YEARS, e.g. input=2024."), source=table.source)
    base = provenance(table, extra)
    infos = [base.sources[0]]
    codes = table.data["code"].astype("string").str.upper()
    counted = np.ones(len(codes), dtype=bool) if count_mask is None else np.asarray(count_mask, dtype=bool)
    code_values = codes.to_numpy(dtype=object, na_value="")
    gemeente = pd.Series([c[2:6] for c in code_values], dtype=object)

    # candidates per column: (year, source position, values aligned to the table's rows)
    candidates = {}
    carried = {}
    known = set(code_values)
    for overlay in overlays:
        known.update(c for c in overlay.codes if isinstance(c, str))
    for name in base.origin:
        values = table.data[name] if name in table.data.columns else clean_numeric(table.raw[name])
        candidates.setdefault(name, []).append((table.year, 0, values.to_numpy(dtype=float)))
    this_year = datetime.date.today().year
    for source in sources:
        for part in prepare(source, extra, known=known):
            if part.year and part.year > this_year:  # it would win as 'the most recent'
                raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                    "BuurtKijker", "{source}: its figures are dated {year}, a year still to come. Check the year "
                                   "(its column, its file name, or YEARS)."), source=part.source, year=part.year)
            position = len(infos)
            overlay = bk_carry.choose(part.values.index, code_values, overlays)
            if overlay is not None:
                people = part.values["inwoners"] if "inwoners" in part.values.columns else None
                aligned, mode, share = bk_carry.carry(part.values, overlay, code_values, people)
                aligned.index = codes.index
                present = aligned.notna().any(axis=1).to_numpy()
                carried[position] = (mode, share)
            else:
                present = codes.isin(part.values.index).to_numpy()
                aligned = part.values.reindex(codes.to_numpy())
            covered = gemeente.isin({g[2:] for g in part.gemeenten}).to_numpy()
            info = SourceInfo(part.source, part.label, part.year, list(part.values.columns),
                              int((present & counted).sum()), int((~present & covered & counted).sum()),
                              int((~covered & counted).sum()))
            if overlay is not None:
                info.via = overlay.label()
                info.carried = int(((mode == bk_carry.CARRIED) & present & counted).sum())
                info.not_in_year = int((~present & counted).sum())
                info.not_covered = 0
            infos.append(info)
            for name in aligned.columns:
                candidates.setdefault(name, []).append((part.year, position, aligned[name].to_numpy(dtype=float)))

    data = table.data.copy()
    raw = table.raw.copy() if any(name not in schema.INDICATORS for name in candidates) else table.raw
    origin = {}
    for name, options in candidates.items():
        options.sort(key=lambda o: (-o[0], o[1]))
        values = np.full(len(codes), np.nan)
        where = np.full(len(codes), -1, dtype=np.int16)
        for k, (year, position, column) in enumerate(options):
            for other_year, other, other_column in options[:k]:
                if other_year == year:
                    _conflict(infos[other].name, infos[position].name, name, year, other_column, column)
            fill = np.isnan(values) & np.isfinite(column)
            values[fill] = column[fill]
            where[fill] = position
        origin[name] = where
        if name in schema.INDICATORS:
            data[name] = values
        else:
            raw[name] = values
    joined = BuurtTable(data, raw, table.level, table.columns, table.source, table.year, table.derived)
    joined.provenance = Provenance(infos, origin, carried)
    return joined


# -- what the output says about it -------------------------------------------------------------------------------

def years_text(table, names, rows=None):
    """Per row the text ``indicator:year;...`` for ``names`` that have a value (``bk_years``)."""
    prov = provenance(table, names)
    names = [n for n in names if n in prov.origin]
    n = len(table.data)
    rows = np.arange(n) if rows is None else np.asarray(rows)
    if not names:
        return [""] * len(rows)
    matrix = np.ascontiguousarray(np.column_stack([prov.years(name)[rows] for name in names]).astype(np.int16))
    # rows with the same years share one text: hash each row's bytes instead of sorting the matrix
    keys = matrix.view("S{}".format(2 * len(names))).reshape(-1)
    codes, unique_keys = pd.factorize(pd.Series(keys, dtype=object))
    first = pd.Series(np.arange(len(codes))).groupby(codes).first().to_numpy()
    texts = [";".join("{}:{}".format(name, year) for name, year in zip(names, matrix[i]) if year) for i in first]
    out = [texts[c] for c in codes]
    if prov.carried:  # values carried over from another indeling: "eenzaam:2020 (buurtgrenzen 2019, 87%)"
        origins = np.column_stack([prov.origin[name][rows] for name in names])
        touched = np.zeros(len(rows), dtype=bool)  # rows with at least one carried value get their own text
        for position, (mode, _) in prov.carried.items():
            touched |= ((origins == position) & (matrix != 0)).any(axis=1) & (mode[rows] == bk_carry.CARRIED)

        def text(k):
            items = []
            for name, year, position in zip(names, matrix[k], origins[k]):
                if not year:
                    continue
                mode, share = prov.carried.get(int(position), (None, None))
                if mode is not None and mode[rows[k]] == bk_carry.CARRIED:
                    items.append("{}:{} (buurtgrenzen {}, {:.0f}%)".format(
                        name, year, prov.sources[position].via, 100 * min(share[rows[k]], 1.0)))
                else:
                    items.append("{}:{}".format(name, year))
            return ";".join(items)

        chosen = np.nonzero(touched)[0]
        # rows with the same years, origins and rounded carried shares share one text (as above)
        key = [matrix[chosen], origins[chosen].astype(np.int16)]
        for mode, share in prov.carried.values():
            percent = np.rint(100 * np.minimum(share[rows[chosen]], 1.0))
            key.append(np.where(mode[rows[chosen]] == bk_carry.CARRIED, np.nan_to_num(percent, nan=-2), -1)
                       .astype(np.int16)[:, None])
        key = np.ascontiguousarray(np.column_stack(key))
        groups, _ = pd.factorize(pd.Series(key.view("S{}".format(key.shape[1] * 2)).reshape(-1), dtype=object))
        texts = {}
        for k, group in zip(chosen, groups):
            if group not in texts:
                texts[group] = text(k)
            out[k] = texts[group]
    return out


def used_sources(table, names, rows=None):
    """[(label, [years, newest first])] of the sources that gave at least one value of ``names`` in ``rows``."""
    prov = provenance(table, names)
    used = {}
    for name in names:
        if name not in prov.origin:
            continue
        where = prov.origin[name] if rows is None else prov.origin[name][rows]
        for position in np.unique(where[where >= 0]):
            info = prov.sources[position]
            year = info.year
            if info.via is not None and position in prov.carried:
                mode = prov.carried[position][0] if rows is None else prov.carried[position][0][rows]
                if ((where == position) & (mode == bk_carry.CARRIED)).any():
                    year = "{}~{}".format(info.year, info.via)  # 2020, partly via the 2019 buurtgrenzen
            used.setdefault(info.label, set()).add(year)
    order = {CBS_LABEL: 0, RIVM_LABEL: 1, RIVM_65_LABEL: 2, LBM_LABEL: 3}
    return [(label, sorted((y for y in years if y), key=lambda y: int(str(y)[:4]), reverse=True))
            for label, years in sorted(used.items(), key=lambda kv: (order.get(kv[0], 4), kv[0]))]


def sources_text(table, names, rows=None):
    """``label=2024,2019|label=2020``: the sources and years behind ``names`` (for the bk_sources field)."""
    return "|".join("{}={}".format(label, ",".join(map(str, years))) for label, years in
                    used_sources(table, names, rows))


def parse_sources_text(text):
    """[(label, [years])] from :func:`sources_text` output."""
    out = []
    for item in str(text or "").split("|"):
        label, _, years = item.rpartition("=")
        if label:
            out.append((label, [int(y) if y.strip().isdigit() else y.strip() for y in years.split(",")
                                if re.match(r"^\s*\d{4}(~\S+)?\s*$", y)]))
    return out


def coverage_by_gemeente(table, names, mask=None, min_population=50):
    """Per gemeente (rows, by code) and indicator (columns): the share of the inhabitants of its buurten (with at
    least ``min_population`` inhabitants) whose buurt has a value, 0..1: the run report's coverage table."""
    rows = np.ones(len(table.data), bool) if mask is None else np.asarray(mask, bool).copy()
    people = table.data["inwoners"].to_numpy(dtype=float) if "inwoners" in table.data else np.ones(len(rows))
    rows &= np.nan_to_num(people) >= min_population
    gemeente = table.data["gemeentecode"].to_numpy(dtype=object)
    present = {}
    for name in names:
        values = table.values(name)
        if values is not None:
            present[name] = people[rows] * values.notna().to_numpy()[rows]
    if not present:
        return pd.DataFrame()
    # one grouping for every indicator: the same per-column sums as one groupby per indicator
    frame = pd.DataFrame(present)
    frame.insert(0, "__people", people[rows])
    frame.insert(0, "__gemeente", gemeente[rows])
    sums = frame.groupby("__gemeente").sum()
    sums.index.name = "g"
    total = sums.pop("__people")
    return sums.div(total.where(total > 0), axis=0)
