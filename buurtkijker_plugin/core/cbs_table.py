"""Turn the raw attribute table of a CBS buurt (or wijk) layer into one clean, canonical table."""

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import cbs_schema as schema
from . import codes as bk_codes
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from .frames import is_text

WATER_YES = {"JA", "J", "YES", "Y", "TRUE", "1", "WATER"}


@dataclass
class BuurtTable:
    """Canonical view of a layer's attributes, one row per feature, in the layer's order.

    ``data`` holds the identifying roles (``code``, ``naam``, ``wijkcode``, ``gemeentecode``, ``gemeentenaam``,
    ``water``) and every recognised indicator as float with CBS no-data codes turned into NaN.
    ``raw`` keeps the source columns so a theme may use a column the alias table does not know.
    """

    data: pd.DataFrame
    raw: pd.DataFrame
    level: str  # "buurt" or "wijk"
    columns: dict  # canonical id -> source column name
    source: str
    year: object = None
    derived: list = field(default_factory=list)
    provenance: object = None  # join_sources.Provenance: source and year of each value, when sources were joined
    duplicates: list = field(default_factory=list)  # codes that were in the layer twice as identical rows (one kept)

    @property
    def indicators(self):
        """Indicator ids that have at least one value."""
        return [c for c in self.data.columns if c in schema.INDICATORS and self.data[c].notna().any()]

    def has(self, name):
        return name in self.data.columns or name in self.raw.columns

    def values(self, name):
        """Float values of an indicator id or a source column, no-data codes as NaN (None if absent)."""
        if name in self.data.columns and name in schema.INDICATORS:
            return self.data[name]
        if name in self.raw.columns:
            return clean_numeric(self.raw[name])
        return None

    def gemeenten(self):
        """Gemeenten in the table: DataFrame with ``gemeentecode`` and ``gemeentenaam``, sorted by name."""
        return gemeente_list(self.data)

    def statistics_mask(self, min_population=0):
        """Rows that take part in statistics: not water-only, and at least ``min_population`` inhabitants."""
        mask = ~self.data["water"].to_numpy(dtype=bool)
        if min_population and "inwoners" in self.data:
            mask = mask & (self.data["inwoners"].fillna(-1) >= min_population).to_numpy()
        return mask

    def subset(self, mask):
        mask = np.asarray(mask, dtype=bool)
        return BuurtTable(self.data[mask], self.raw[mask], self.level, self.columns, self.source, self.year,
                          self.derived, self.provenance.subset(mask) if self.provenance is not None else None)


_DECIMAL_COMMA = re.compile(r"^\s*[-+]?(\d{1,3}(\.\d{3})+|\d*),\d+\s*$")  # 1,7  -0,25  1.234,5 (Dutch Excel)


def clean_numeric(series):
    """Numbers as float; CBS no-data codes (<= -99990), empty strings and text such as '.' become NaN.

    Text with a decimal comma, as Dutch Excel writes it ('1,7', '1.234,5'), is read as that number."""
    if is_text(series):
        text = series.astype("string")
        comma = text.str.match(_DECIMAL_COMMA).fillna(False).to_numpy(dtype=bool)
        if comma.any():
            series = text.where(~comma, text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False))
    values = pd.to_numeric(series, errors="coerce").astype(float)
    return values.mask(values <= schema.NODATA_THRESHOLD)


def gemeente_list(data):
    cols = ["gemeentecode", "gemeentenaam"]
    out = data[cols].dropna(subset=["gemeentecode"]).drop_duplicates("gemeentecode")
    out = out.assign(gemeentenaam=out["gemeentenaam"].fillna(out["gemeentecode"]))
    return out.sort_values("gemeentenaam", key=lambda s: s.str.lower()).reset_index(drop=True)


GEMEENTE_ROLES = ("gemeentecode", "gemeentenaam", "buurtcode", "wijkcode")


def gemeente_columns(found):
    """The source columns needed to list the gemeenten, given ``match_columns`` output."""
    return [found[r] for r in GEMEENTE_ROLES if r in found]


def gemeenten_from_raw(raw, found):
    """Gemeenten (code, name) from raw columns; the code is derived from buurt/wijk codes when absent."""
    table = pd.DataFrame(index=raw.index)
    code = found.get("buurtcode") or found.get("wijkcode")
    derived = ("GM" + raw[code].astype("string").str.slice(2, 6)) if code else pd.NA
    table["gemeentecode"] = raw[found["gemeentecode"]].astype("string") if "gemeentecode" in found else derived
    table["gemeentenaam"] = raw[found["gemeentenaam"]].astype("string") if "gemeentenaam" in found else pd.NA
    return gemeente_list(table)


def _text(series):
    """Stripped text, missing for empty (one pass in Python: faster than three pandas string operations)."""
    values = [(v.strip() or None) if isinstance(v, str) else
              None if v is None or v is pd.NA or v != v else (str(v).strip() or None) for v in series.tolist()]
    return pd.Series(values, index=series.index, dtype="string")


def _codes(series, level):
    """A code column cleaned (upper-case, no spaces: :func:`codes.clean`); a column of numbers only, as Dutch
    Excel leaves a code column (prefix and leading zeros lost), gets them back."""
    values = bk_codes.cleaned(series.tolist())
    present = [v for v in values if v is not None]
    if present and not bk_codes.mask(present, level).any():
        repaired = [bk_codes.repair_number(v, level) for v in values]
        if all(r is not None for r, v in zip(repaired, values) if v is not None):
            values = np.array(repaired, dtype=object)
    return pd.Series(values, index=series.index, dtype="string")


def normalise(raw, source, year=None):
    """Build a :class:`BuurtTable` from raw attributes; raise :class:`BuurtKijkerError` if it is not usable."""
    found = schema.match_columns(raw.columns)
    level, codes = _level(raw, found, source)
    raw, codes = _one_level(raw, codes, level)
    raw, duplicates = _unique(raw, codes, found, level, source)
    data = pd.DataFrame(index=raw.index)
    data["code"] = codes.loc[raw.index]
    name_role = "buurtnaam" if level == "buurt" else "wijknaam"
    data["naam"] = _text(raw[found[name_role]]) if name_role in found else data["code"]
    data["wijkcode"] = _codes(raw[found["wijkcode"]], "wijk") if "wijkcode" in found else pd.NA
    # A code such as BU07721110 carries its gemeente: GM + the four digits after the prefix.
    derived_gm = ("GM" + data["code"].str.slice(2, 6)).astype("string")
    data["gemeentecode"] = _text(raw[found["gemeentecode"]]).fillna(derived_gm) if "gemeentecode" in found \
        else derived_gm
    data["gemeentenaam"] = _text(raw[found["gemeentenaam"]]) if "gemeentenaam" in found else pd.NA
    data["water"] = (_text(raw[found["water"]]).str.upper().isin(WATER_YES).fillna(False).astype(bool)
                     if "water" in found else False)

    indicator_ids = [cid for cid in found if cid in schema.INDICATORS]
    for cid in indicator_ids:
        data[cid] = clean_numeric(raw[found[cid]])
    derived = _derive(data)
    if not [cid for cid in indicator_ids + derived if cid != "inwoners"]:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: no known CBS indicator found (columns: {columns})."),
            source=source, columns=_preview(raw.columns))
    if year is None:
        year = _year(raw, found, source)
    return BuurtTable(data, raw, level, found, source, year, derived, duplicates=duplicates)


def _unique(raw, codes, found, level, source):
    """One row per code: rows repeated exactly (a layer appended twice) are kept once and their codes returned;
    different rows under one code are refused, naming the codes: which of them is the buurt? A layer with buurt
    names but no buurt codes, read at wijk level, repeats its wijk codes: refused as such."""
    twice = codes.notna() & codes.duplicated(keep=False)
    if not twice.any():
        return raw, []
    rows = raw[twice.to_numpy()].astype(str)
    rows.insert(0, "__code", codes[twice].to_numpy())
    distinct = rows.drop_duplicates()
    differing = sorted(set(distinct["__code"][distinct["__code"].duplicated()]))
    if differing and level == "wijk" and "buurtnaam" in found:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: no buurt code column (BU_CODE or buurtcode), though it has buurt names: its "
                           "{rows} rows share {codes} wijk codes. Use the CBS buurt layer with its buurt codes."),
            source=source, rows=len(raw), codes=codes.nunique())
    if differing:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: {count} codes occur more than once with different figures ({codes}): one row "
                           "per {level} is needed. Remove the duplicates (e.g. two years or a wrong join)."),
            source=source, count=len(differing), level=level,
            codes=", ".join(differing[:5]) + (", ..." if len(differing) > 5 else ""))
    keep = ~(codes.notna() & codes.duplicated(keep="first"))
    return raw[keep.to_numpy()], sorted(set(codes[twice]))


def _one_level(raw, codes, level):
    """The rows of ``level`` only, when a CBS table mixes Nederland, gemeente, wijk and buurt rows (kwb-YYYY.xlsx
    with ``recs``, StatLine with ``SoortRegio``): its code column (``codes``, cleaned by :func:`_codes`) then holds
    NL00, GM, WK and BU codes. Returns the rows and their codes."""
    values = codes.to_numpy(dtype=object, na_value=None)
    wanted = bk_codes.mask(values, level)
    if not wanted.any():
        return raw, codes
    other = np.zeros(len(values), dtype=bool)  # a code of ``level`` is of no other level
    other[~wanted] = [bk_codes.level_of(v) not in (None, level) or v in ("NL00", "NL01") for v in values[~wanted]]
    return (raw[~other], codes[~other]) if other.any() else (raw, codes)


def _level(raw, found, source):
    """The level of the table (buurt or wijk) and its code column cleaned (:func:`_codes`)."""
    for role, level, prefix in (("buurtcode", "buurt", "BU"), ("wijkcode", "wijk", "WK")):
        if role in found:
            codes = _codes(raw[found[role]], level)
            present = codes.dropna()
            if len(present) and not present.str.startswith(prefix).any():
                raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                    "BuurtKijker", "{source}: column {column} does not hold CBS codes such as {example}."),
                    source=source, column=found[role], example=bk_codes.EXAMPLE[level])
            if role == "wijkcode" and "buurtcode" in found:
                continue
            return level, codes
    if "gemeentecode" in found:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: this is a gemeente layer, not a buurt layer (no buurt or wijk code column)."),
            source=source)
    raise BuurtKijkerError(QT_TRANSLATE_NOOP(
        "BuurtKijker", "{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found "
                       "among {columns}."), source=source, columns=_preview(raw.columns))


def derived_inputs():
    """Each derived indicator and the columns it is made from."""
    out = {cid: num + den for cid, (num, den, _) in schema.DERIVED.items()}
    out.update({cid: pair for cid, pair in schema.MEAN_RATIOS.items()})
    out.update({cid: (other,) for cid, (other, _) in schema.COMPLEMENTS.items()})
    return out


def derive_one(cid, column):
    """The values of derived indicator ``cid`` from ``column(name)`` (a Series, or None when absent), or None."""
    inputs = [column(name) for name in derived_inputs()[cid]]
    if any(values is None for values in inputs):
        return None
    if cid in schema.COMPLEMENTS:  # built from 2000 = 100 - built before 2000
        return schema.COMPLEMENTS[cid][1] - inputs[0]
    if cid in schema.MEAN_RATIOS:
        value, divisor = inputs
        return value / divisor.where(divisor > 0)
    numerators, _, factor = schema.DERIVED[cid]
    denominator = sum(inputs[len(numerators):])
    return factor * sum(inputs[:len(numerators)]) / denominator.where(denominator > 0)


def _derive(data):
    """Add derived indicators (shares from counts, ratios of means) where the layer lacks them; return their ids."""
    added = []
    for cid in derived_inputs():
        if cid in data and data[cid].notna().any():
            continue
        values = derive_one(cid, lambda name: data[name] if name in data else None)
        if values is not None and values.notna().any():
            data[cid] = values
            added.append(cid)
    return added


def _year(raw, found, source):
    if "jaar" in found:
        years = pd.to_numeric(raw[found["jaar"]], errors="coerce").dropna()
        if len(years):
            return int(years.mode().iloc[0])
    return year_from_text(source)


def year_from_text(text):
    """A year such as 2024 in a file or layer name, or None."""
    match = re.search(r"(?<!\d)(20[12]\d)(?!\d)", str(text))
    return int(match.group(1)) if match else None


def _preview(columns, n=8):
    names = [str(c) for c in columns]
    return ", ".join(names[:n]) + (", ..." if len(names) > n else "")
