"""Read CBS buurt data from files with GDAL/OGR, read-only, without QGIS.

Handles the forms municipalities have: the CBS/PDOK GeoPackage (layers ``buurten``/``wijken``/``gemeenten``),
shapefiles (also zipped), GeoJSON from PDOK WFS / OGC API downloads, GML, and the attribute-only CSV tables.
Attributes are read in bulk through GDAL's Arrow interface; a gemeente filter is passed to the driver as an
attribute filter so that only that gemeente's rows are read.
"""

import os

import pandas as pd

from . import cbs_schema as schema
from .cbs_table import gemeente_columns, gemeenten_from_raw, normalise
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from .gdal_local import exceptions as gdal_exceptions
from .gemeenten import resolve


def gdal_path(path):
    path = str(path)
    if path.lower().endswith(".zip") and not path.startswith("/vsizip/"):
        return "/vsizip/" + os.path.abspath(path)
    return path


class VectorSource:
    """An open, read-only vector data source and the buurt layer chosen in it.

    Keep the object alive while its layer is used (GDAL frees the layer with the dataset).
    """

    def __init__(self, path, layer=None):
        self.path = str(path)
        self.name = os.path.basename(self.path.rstrip("/"))
        if not os.path.exists(self.path):
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "File not found: {path}"), path=self.path)
        try:
            with gdal_exceptions() as gdal:
                self.dataset = gdal.OpenEx(gdal_path(self.path), gdal.OF_VECTOR | gdal.OF_READONLY)
        except RuntimeError as exc:
            self.dataset = None
            reason = str(exc)
        else:
            reason = ""
        if self.dataset is None or self.dataset.GetLayerCount() == 0:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or "
                               "CSV). {reason}"), name=self.name, reason=reason)
        self.layer = self._choose_layer(layer)
        self.layer_name = self.layer.GetName()
        self.fields = [f.GetName() for f in self.layer.schema]
        self.has_geometry = self.layer.GetGeomType() != 100  # ogr.wkbNone: an attribute-only table
        if self.has_geometry and self.layer.GetSpatialRef() is None:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{name}: the coordinate reference system is unknown (no .prj or CRS). Add it, e.g. "
                               "EPSG:28992 (RD New) for CBS data."), name=self.name)

    def layer_names(self):
        return [self.dataset.GetLayer(i).GetName() for i in range(self.dataset.GetLayerCount())]

    def _choose_layer(self, wanted):
        layers = [self.dataset.GetLayer(i) for i in range(self.dataset.GetLayerCount())]
        if wanted:
            for lyr in layers:
                if lyr.GetName() == wanted:
                    return lyr
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{name} has no layer '{layer}'; it has: {layers}."),
                name=self.name, layer=wanted, layers=", ".join(lyr.GetName() for lyr in layers))
        if len(layers) == 1:
            return layers[0]

        def score(lyr):
            roles = {schema.canonical_name(f.GetName()) for f in lyr.schema}
            name = lyr.GetName().lower()
            return ("buurtcode" in roles, "buurt" in name, "wijkcode" in roles, "wijk" in name)

        return max(layers, key=score)

    def gemeenten(self):
        """Gemeenten in the layer (code, name), read from the data itself."""
        found = schema.match_columns(self.fields)
        return gemeenten_from_raw(self.read(gemeente_columns(found)), found)

    def read(self, columns=None, where=None):
        """Attributes (no geometry) as a DataFrame; ``where`` is an OGR attribute filter run by the driver.

        GDAL 3.6's Arrow stream returns empty batches for some GeoPackages, so this iterates features with the
        geometry and unused fields ignored, which the driver then never decodes.
        """
        columns = [c for c in (columns or self.fields) if c in self.fields]
        lyr = self.layer
        lyr.SetAttributeFilter(where)
        lyr.SetIgnoredFields(["OGR_GEOMETRY", "OGR_STYLE"] + [f for f in self.fields if f not in columns])
        try:
            defn = lyr.GetLayerDefn()
            index = [defn.GetFieldIndex(c) for c in columns]
            lyr.ResetReading()
            rows = [[feature.GetField(i) for i in index] for feature in lyr]
        finally:
            lyr.SetIgnoredFields([])
            lyr.SetAttributeFilter(None)
        if not rows:
            return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        return pd.DataFrame(rows, columns=columns)

    def gemeente_filter(self, codes):
        """OGR attribute filter selecting the gemeenten ``codes``."""
        found = schema.match_columns(self.fields)
        quoted = ", ".join("'{}'".format(c.replace("'", "''")) for c in codes)
        if "gemeentecode" in found:
            return '"{}" IN ({})'.format(found["gemeentecode"], quoted)
        code = found.get("buurtcode") or found.get("wijkcode")
        return "SUBSTR(\"{}\", 3, 4) IN ({})".format(code, ", ".join("'{}'".format(c[2:]) for c in codes))


def read_csv(path):
    """A CSV table as text: UTF-8 (with or without BOM) or, failing that, Windows-1252 as Excel saves it; comma,
    semicolon (Dutch Excel) or tab separated, found from the header line."""
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text_encoding = "utf-8-sig"
        data.decode(text_encoding)
    except UnicodeDecodeError:
        text_encoding = "cp1252"
    header = data.split(b"\n", 1)[0]
    separator = max((",", ";", "\t"), key=lambda s: header.count(s.encode()))
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding=text_encoding,
                       sep=separator).replace("", pd.NA)


def load_table(path, layer=None, gemeenten=None):
    """Read a buurt layer or table into a :class:`~.cbs_table.BuurtTable`, optionally one or more gemeenten only.

    The file is opened read-only; nothing in it is ever changed.
    """
    name = os.path.basename(str(path))
    if str(path).lower().endswith((".csv", ".txt")):
        if not os.path.exists(path):
            raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "File not found: {path}"), path=path)
        try:
            table = normalise(read_csv(path), name)
        except (UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{name} cannot be read as a CSV table: {reason}"), name=name, reason=exc)
        codes = resolve(gemeenten, table.gemeenten())
        return table if codes is None else table.subset(table.data["gemeentecode"].isin(codes).to_numpy())
    source = VectorSource(path, layer)
    codes = resolve(gemeenten, source.gemeenten()) if gemeenten else None
    where = source.gemeente_filter(codes) if codes else None
    return normalise(source.read(where=where), "{} ({})".format(name, source.layer_name) if
                     len(source.layer_names()) > 1 else name)
