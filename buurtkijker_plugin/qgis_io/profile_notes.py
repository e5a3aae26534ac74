"""The buurtprofiel's box "Wat we horen in de buurt": the buurt's notes (newest first, trimmed to fit, with dates and
roles) beside its numbers, never in them.

Kept apart from the profile's own layout code: :func:`add_notes` gives the atlas coverage layer a ``bk_notes``
field and the layout a heading and a text item; a template with items ``notes_title`` and ``notes`` gets those
filled instead, otherwise the box takes the lower part of the explanations column (``why``).
"""

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core import notes as core_notes
from . import compat

FIELD = "bk_notes"
HEIGHT = 36  # mm of the explanations column the box takes (heading 6 + text 30)


LINE_MM, CHAR_MM = 2.9, 1.3  # a line of the box's 6.5 pt text, and an average character's width


def texts(codes, notes, language="nl", theme_label=None, size=None):
    """code -> the box text of that buurt ('' without notes), trimmed to fit a box of ``size`` (mm, w x h)."""
    grouped = core_notes.by_buurt(notes)
    room, each = 700, 220
    if size is not None:
        chars, lines = max(int(size[0] / CHAR_MM), 20), max(int(size[1] / LINE_MM), 2)
        room, each = int(0.75 * chars * lines), 3 * chars  # line breaks waste about a quarter
    return {code: core_notes.box_text(grouped.get(code, []), language, room, each, theme_label)
            for code in codes}


def add_notes(layout, coverage, notes, language="nl", theme_label=None):
    """Put the notes box on an atlas ``layout`` over ``coverage`` (code field); returns how many pages have notes."""
    provider = coverage.dataProvider()
    if coverage.fields().indexOf(FIELD) < 0:
        provider.addAttributes([compat.field(FIELD, compat.STRING)])
        coverage.updateFields()
    index = coverage.fields().indexOf(FIELD)
    title, body = layout.itemById("notes_title"), layout.itemById("notes")
    if body is None:
        title, body = _make_box(layout)
    if body is None:
        return 0  # a template without explanations and without a notes box: nowhere to put them
    size = body.sizeWithUnits()
    codes = {f.id(): f["code"] for f in coverage.getFeatures()}
    by_code = texts(set(codes.values()), notes, language, theme_label, (size.width(), size.height()))
    empty = core_notes.NONE_YET.get(language, core_notes.NONE_YET["nl"])
    provider.changeAttributeValues({fid: {index: by_code.get(code) or empty} for fid, code in codes.items()})
    if title is not None:
        title.setText(core_notes.TITLE.get(language, core_notes.TITLE["nl"]))
    body.setText('[% "{}" %]'.format(FIELD))
    return sum(1 for text in by_code.values() if text)


def text_item(layout, item_id, points):
    """A text item of the page's small print (DejaVu Sans, ``points`` pt, dark grey, from the top left), added."""
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    compat.set_label_font(item, font, QColor(34, 34, 34))
    item.setHAlign(Qt.AlignmentFlag.AlignLeft)
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(item)
    return item


def _make_box(layout):
    """A heading and a text item under the explanations (which give up :data:`HEIGHT` mm for them)."""
    why = layout.itemById("why")
    if why is None:
        return None, None
    mm = compat.LAYOUT_MM
    position, size = why.positionWithUnits(), why.sizeWithUnits()
    height = max(size.height() - HEIGHT, size.height() / 2)
    why.attemptResize(QgsLayoutSize(size.width(), height, mm))
    top = position.y() + height + 1
    title = QgsLayoutItemLabel(layout)
    title.setId("notes_title")
    compat.set_label_font(title, QFont("DejaVu Sans", 9, QFont.Weight.Bold), QColor(34, 34, 34))
    layout.addLayoutItem(title)
    title.attemptMove(QgsLayoutPoint(position.x(), top, mm))
    title.attemptResize(QgsLayoutSize(size.width(), 5, mm))
    body = text_item(layout, "notes", 6.5)
    body.setFrameEnabled(False)
    body.setBackgroundEnabled(True)
    body.setBackgroundColor(QColor(247, 246, 251))
    body.setMarginX(1)
    body.setMarginY(1)
    body.attemptMove(QgsLayoutPoint(position.x(), top + 5.5, mm))
    body.attemptResize(QgsLayoutSize(size.width(), size.height() - height - 6.5, mm))
    return title, body
