"""Turn an index result into QGIS fields and features (for a Processing sink or a memory layer)."""

import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsFields

from ..core import cbs_schema as schema, result_fields as names
from . import compat

RUN_FIELD, YEARS_FIELD, SOURCES_FIELD = names.RUN, names.YEARS, names.SOURCES  # see core/result_fields.py
TEXT_FIELDS = names.TEXT
ID_FIELDS = (("code", compat.STRING), ("naam", compat.STRING), ("wijkcode", compat.STRING),
             ("gemeentecode", compat.STRING), ("gemeentenaam", compat.STRING))
ID_NAMES = tuple(name for name, _ in ID_FIELDS)


def result_frame(table, result):
    """One DataFrame with the identifying columns, population, the indicators used and the bk_* columns."""
    data = table.data.loc[result.scores.index]
    used = []
    for report in result.reports.values():
        used += [i for i in report.used if i not in used and i != "inwoners"]
    frame = pd.DataFrame({name: data[name] for name, _ in ID_FIELDS}, index=result.scores.index)
    frame["inwoners"] = data["inwoners"] if "inwoners" in data else np.nan
    for name in used + [n for n in _counts_behind(used) if n not in used and n != "inwoners"]:
        values = table.values(name)
        if values is not None:
            frame[name] = values.loc[result.scores.index]
    return pd.concat([frame, result.scores], axis=1)


def _counts_behind(used):
    """The bases and counts of the used rates and shares (dwellings, households, land area, crimes...), so that
    averages over the result layer are CBS' own: sum(numerators) / sum(denominators)."""
    out = []
    for name in used:
        base = schema.measure(name)[1]
        numerators, denominators, _ = schema.DERIVED.get(name, ((), (), 1))
        for other in (base,) + tuple(numerators) + tuple(denominators):
            if other and other not in out:
                out.append(other)
    return out


def run_description(options, year=None):
    return names.run_text(options.method, options.reference, options.min_population, year)


def read_run(values):
    """The run description of a layer's first feature as a dict (empty values when unknown)."""
    return names.split_run(values)


def fields_for(frame):
    fields = QgsFields()
    for name in frame.columns:
        if name in dict(ID_FIELDS) or name.endswith("_why") or name in TEXT_FIELDS:
            kind = compat.STRING
        elif _is_integral(name, frame[name]):
            kind = compat.INT
        else:
            kind = compat.DOUBLE
        field = compat.field(name, kind)
        indicator = schema.INDICATORS.get(name)
        if indicator is not None:
            field.setAlias(indicator.label_nl)
        fields.append(field)
    return fields


def _python_column(series, integral):
    """A column as plain Python values with None for missing, converted by numpy, not value by value."""
    if integral or series.dtype.kind == "f":
        values = series.to_numpy(dtype=float, na_value=np.nan)
        missing = ~np.isfinite(values)
        out = (np.where(missing, 0, values).astype(np.int64) if integral else values).tolist()
        for row in np.flatnonzero(missing).tolist():
            out[row] = None
        return out
    return series.to_numpy(dtype=object, na_value=None).tolist()


def python_rows(frame):
    """Rows as lists of plain Python values, None for missing (vectorised per column)."""
    return [list(row) for row in python_tuples(frame)]


def python_tuples(frame):
    """The same rows as tuples, lazily."""
    return zip(*python_columns(frame))


def python_columns(frame, fields=None):
    """The columns as lists of plain Python values, None for missing; ``fields``: those of :func:`fields_for` for
    this frame, whose Int fields say which columns are whole numbers (else each column is looked at)."""
    if fields is not None:
        return [_python_column(frame[name], fields.field(name).type() == compat.INT) for name in frame.columns]
    return [_python_column(frame[name], _is_integral(name, frame[name])) for name in frame.columns]


INT_MAX = 2 ** 31 - 1  # a QGIS Int field holds 32 bits


def _is_integral(name, series):
    """Counts (inhabitants, ranks, classes, indicator numbers) go into Int fields, but only when every value is a
    whole number that fits one: an odd source value (12.5 inhabitants, 1e12) is kept as it is in a Double field
    rather than cut or wrapped around."""
    if not (str(series.dtype) == "Int64" or name == "inwoners" or name.endswith("_n")):
        return False
    values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    values = values[np.isfinite(values)]
    return bool(np.all((np.abs(values) <= INT_MAX) & (values == np.round(values))))


def features_for(frame, fields, geometries):
    """QgsFeatures in frame order; ``geometries`` maps the frame's index (feature id) to a QgsGeometry."""
    return list(iter_features(frame, fields, geometries))


def iter_features(frame, fields, geometries):
    """The same features one at a time (a sink can write them in batches, Cancel checked in between)."""
    for fid, row in zip(frame.index, python_tuples(frame)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        geometry = geometries.get(fid)
        if geometry is not None:
            feature.setGeometry(geometry)
        yield feature
