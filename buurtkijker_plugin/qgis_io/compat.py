"""The QGIS API differences between 3.22 and QGIS 4 (Qt6), in one place.

- Field types: ``QgsField(name, QVariant.Type)`` is deprecated from QGIS 3.38 (and QVariant.Type is gone in Qt6);
  3.38 and later take ``QMetaType.Type``. :data:`STRING`, :data:`INT`, :data:`DOUBLE` are the type this QGIS
  wants, and also what ``QgsField.type()`` returns here, so comparisons with them hold on every version.
- Legend fonts: ``QgsLegendStyle.font()`` is deprecated from 3.30 in favour of its text format.
- Layout label fonts: ``QgsLayoutItemLabel.setFont()`` gives way to ``setTextFormat()`` (3.24; deprecated on 3.40).
- Scoped enums that moved into ``Qgis`` in 3.30 (layout and distance units, WKB types): the pre-3.30 scoped
  spelling (``QgsUnitTypes.LayoutUnit.LayoutMillimeters``) is gone in QGIS 4, the new one is missing on 3.22.
  :data:`LAYOUT_MM`, :data:`KILOMETERS`, :data:`NO_GEOMETRY` are right on each.
"""

from qgis.core import Qgis, QgsField

QGIS_VERSION = Qgis.versionInt()  # e.g. 32216 for 3.22.16, 34015 for 3.40.15
QMETATYPE_FIELDS = QGIS_VERSION >= 33800
LEGEND_TEXT_FORMAT = QGIS_VERSION >= 33000

if QMETATYPE_FIELDS:
    from qgis.PyQt.QtCore import QMetaType
    STRING, INT, LONG, DOUBLE = (QMetaType.Type.QString, QMetaType.Type.Int, QMetaType.Type.LongLong,
                                 QMetaType.Type.Double)
else:
    from qgis.PyQt.QtCore import QVariant
    STRING, INT, LONG, DOUBLE = QVariant.String, QVariant.Int, QVariant.LongLong, QVariant.Double

if QGIS_VERSION >= 33000:
    LAYOUT_MM, KILOMETERS, NO_GEOMETRY = (Qgis.LayoutUnit.Millimeters, Qgis.DistanceUnit.Kilometers,
                                          Qgis.WkbType.NoGeometry)
else:  # pragma: no cover - QGIS < 3.30
    from qgis.core import QgsUnitTypes, QgsWkbTypes
    LAYOUT_MM, KILOMETERS, NO_GEOMETRY = (QgsUnitTypes.LayoutUnit.LayoutMillimeters,
                                          QgsUnitTypes.DistanceUnit.DistanceKilometers, QgsWkbTypes.Type.NoGeometry)


def field(name, kind, type_name="", length=0, precision=0):
    """A QgsField of ``kind`` (:data:`STRING`, :data:`INT`, :data:`LONG` or :data:`DOUBLE`)."""
    return QgsField(name, kind, type_name, length, precision)


def legend_font(style):
    """The QFont of a QgsLegendStyle (its text format's font from 3.30, where ``font()`` is deprecated)."""
    if LEGEND_TEXT_FORMAT:
        return style.textFormat().toQFont()
    return style.font()


def save_style_to_database(layer, name, description, default):
    """Store the layer's current style in its data source (a GeoPackage's ``layer_styles`` table) under ``name``;
    the error text, empty on success. QGIS 3.44 deprecates ``saveStyleToDatabase`` for ``saveStyleToDatabaseV2``."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        return layer.saveStyleToDatabaseV2(name, description, default, "")[1]
    return layer.saveStyleToDatabase(name, description, default, "")


def set_label_font(item, font, color=None):
    """Give a QgsLayoutItemLabel ``font`` and optionally ``color`` (through its text format where this QGIS has
    one; ``setFont``/``setFontColor`` are deprecated from 3.24)."""
    if hasattr(item, "setTextFormat"):
        from qgis.core import QgsTextFormat
        text = QgsTextFormat.fromQFont(font)
        if font.pointSizeF() > 0:
            text.setSize(font.pointSizeF())
        if color is not None:
            text.setColor(color)
        item.setTextFormat(text)
    else:
        item.setFont(font)
        if color is not None:
            item.setFontColor(color)


def export_sld(layer):
    """The layer's current style as an SLD QDomDocument: ``exportSldStyleV3`` on QGIS 3.44+ (where
    ``exportSldStyle`` is deprecated), ``exportSldStyle`` before."""
    if hasattr(layer, "exportSldStyleV3"):
        from qgis.core import QgsSldExportContext
        return layer.exportSldStyleV3(QgsSldExportContext())
    from qgis.PyQt.QtXml import QDomDocument
    sld = QDomDocument()
    layer.exportSldStyle(sld, "")
    return sld
