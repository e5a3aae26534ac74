"""Turn an index result into QGIS fields and features (for a Processing sink or a memory layer)."""

import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

from ..core import cbs_schema as schema

ID_FIELDS = (("code", QVariant.String), ("naam", QVariant.String), ("wijkcode", QVariant.String),
             ("gemeentecode", QVariant.String), ("gemeentenaam", QVariant.String))


def result_frame(table, result):
    """One DataFrame with the identifying columns, population, the indicators used and the bk_* columns."""
    data = table.data.loc[result.scores.index]
    used = []
    for report in result.reports.values():
        used += [i for i in report.used if i not in used and i != "inwoners"]
    frame = pd.DataFrame({name: data[name] for name, _ in ID_FIELDS}, index=result.scores.index)
    frame["inwoners"] = data["inwoners"] if "inwoners" in data else np.nan
    for name in used:
        frame[name] = table.values(name).loc[result.scores.index]
    return pd.concat([frame, result.scores], axis=1)


def fields_for(frame):
    fields = QgsFields()
    for name in frame.columns:
        dtype = frame[name].dtype
        if name in dict(ID_FIELDS):
            kind = QVariant.String
        elif name == "inwoners" or str(dtype) == "Int64" or name.endswith("_n"):
            kind = QVariant.Int
        else:
            kind = QVariant.Double
        field = QgsField(name, kind)
        indicator = schema.INDICATORS.get(name)
        if indicator is not None:
            field.setAlias(indicator.label_nl)
        fields.append(field)
    return fields


def python_rows(frame):
    """Rows as lists of plain Python values, None for missing (vectorised per column)."""
    columns = []
    for name in frame.columns:
        series = frame[name]
        if str(series.dtype) == "Int64" or name == "inwoners" or name.endswith("_n"):
            values = [None if pd.isna(v) else int(v) for v in series.astype("Float64").to_numpy(dtype=object,
                                                                                               na_value=None)]
        elif series.dtype.kind == "f":
            arr = series.to_numpy(dtype=float)
            values = np.where(np.isfinite(arr), arr, np.nan).astype(object)
            values[~np.isfinite(arr)] = None
            values = values.tolist()
        else:
            values = series.astype(object).where(series.notna(), None).tolist()
        columns.append(values)
    return [list(row) for row in zip(*columns)]


def features_for(frame, fields, geometries):
    """QgsFeatures in frame order; ``geometries`` maps the frame's index (feature id) to a QgsGeometry."""
    out = []
    for fid, row in zip(frame.index, python_rows(frame)):
        feature = QgsFeature(fields)
        feature.setAttributes(row)
        geometry = geometries.get(fid)
        if geometry is not None:
            feature.setGeometry(geometry)
        out.append(feature)
    return out
