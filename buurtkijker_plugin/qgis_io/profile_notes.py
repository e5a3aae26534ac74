"""The buurtprofiel's box "Wat we horen in de buurt": the buurt's notes (newest first, trimmed to fit, with dates and
roles) beside its numbers, never in them.

Kept apart from the profile's own layout code: :func:`add_notes` gives the atlas coverage layer a ``bk_notes``
field and the layout a heading and a text item; a template with items ``notes_title`` and ``notes`` gets those
filled instead, otherwise the box takes the lower part of the explanations column (``why``).
"""

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
from qgis.PyQt.QtCore import QObject, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QImage

from ..core import notes as core_notes
from . import compat

FIELD = "bk_notes"
SPLIT_FIELD = "bk_why_mm"  # per page: the height (mm) the explanations keep above the box
HEIGHT = 36  # mm of the explanations column the box takes (heading 6 + text 30)
MIN_BOX = 20  # mm the box keeps when the explanations need more room: its heading and four lines of notes
POINTS_FIELD, MIN_POINTS = "bk_why_pt", 6.0  # per page: the explanations' font size, and the least it gets


LINE_MM, CHAR_MM = 2.9, 1.3  # a line of the box's 6.5 pt text, and an average character's width


def texts(codes, notes, language="nl", theme_label=None, size=None, sizes=None):
    """code -> the box text of that buurt ('' without notes), trimmed to fit a box of ``size`` (mm, w x h), or of
    ``sizes[code]`` where given."""
    grouped = core_notes.by_buurt(notes)
    out = {}
    for code in codes:
        room, each = 700, 220
        box = (sizes or {}).get(code, size)
        if box is not None:
            chars, lines = max(int(box[0] / CHAR_MM), 20), max(int(box[1] / LINE_MM), 2)
            room, each = int(0.75 * chars * lines), 3 * chars  # line breaks waste about a quarter
        out[code] = core_notes.box_text(grouped.get(code, []), language, room, each, theme_label)
    return out


def add_notes(layout, coverage, notes, language="nl", theme_label=None):
    """Put the notes box on an atlas ``layout`` over ``coverage`` (code field); returns how many pages have notes.

    A box made under the explanations (a template without its own) starts :data:`HEIGHT` mm high; on a page whose
    explanations need more room it gives them what it can spare, down to :data:`MIN_BOX`, and holds fewer notes
    (:func:`fit_explanations`)."""
    provider = coverage.dataProvider()
    if coverage.fields().indexOf(FIELD) < 0:
        provider.addAttributes([compat.field(FIELD, compat.STRING)])
        coverage.updateFields()
    index = coverage.fields().indexOf(FIELD)
    title, body = layout.itemById("notes_title"), layout.itemById("notes")
    own = body is None and layout.itemById("why") is not None
    full = layout.itemById("why").sizeWithUnits().height() if own else 0  # the explanations' whole column
    splits = fit_explanations(layout, coverage, box=True) if own else {}
    if body is None:
        title, body = _make_box(layout)
    if body is None:
        return 0  # a template without explanations and without a notes box: nowhere to put them
    size = body.sizeWithUnits()
    codes = {f.id(): f["code"] for f in coverage.getFeatures()}
    by_code = texts(set(codes.values()), notes, language, theme_label, (size.width(), size.height()),
                    {code: (size.width(), full - height - 6.5) for code, (height, _) in splits.items()})
    empty = core_notes.NONE_YET.get(language, core_notes.NONE_YET["nl"])
    provider.changeAttributeValues({fid: {index: by_code.get(code) or empty} for fid, code in codes.items()})
    if title is not None:
        title.setText(core_notes.TITLE.get(language, core_notes.TITLE["nl"]))
    body.setText('[% "{}" %]'.format(FIELD))
    return sum(1 for text in by_code.values() if text)


def fit_explanations(layout, coverage, box=False):
    """Let each page's explanations (item ``why``, text from the coverage's ``bk_why``) fit their column: with
    ``box`` (the notes box under them) the column is split per page, the box between :data:`HEIGHT` and
    :data:`MIN_BOX` mm; what still does not fit gets a smaller font, down to :data:`MIN_POINTS`. Returns code ->
    (height mm, font size pt) and keeps both per page in the coverage (:data:`SPLIT_FIELD`, :data:`POINTS_FIELD`),
    applied on each atlas page by a :class:`_Fit` child of the layout. Nothing without a ``why`` item."""
    why = layout.itemById("why")
    if why is None or coverage.fields().indexOf("bk_why") < 0:
        return {}
    provider = coverage.dataProvider()
    for name in (SPLIT_FIELD, POINTS_FIELD):
        if coverage.fields().indexOf(name) < 0:
            provider.addAttributes([compat.field(name, compat.DOUBLE)])
    coverage.updateFields()
    split_index, points_index = coverage.fields().indexOf(SPLIT_FIELD), coverage.fields().indexOf(POINTS_FIELD)
    position, size = why.positionWithUnits(), why.sizeWithUnits()
    width, full = size.width(), size.height()
    font, margins = _label_font(why), (why.marginX(), why.marginY())
    out, changes = {}, {}
    for feature in coverage.getFeatures():
        text = feature["bk_why"] if isinstance(feature["bk_why"], str) else ""
        height = full
        if box:
            height = max(full - HEIGHT, min(text_height(font, width, text, margins), full - MIN_BOX))
        points = font.pointSizeF()
        while points > MIN_POINTS and text_height(_sized(font, points), width, text, margins) > height:
            points = max(MIN_POINTS, points - 0.25)
        out[feature["code"]] = (height, points)
        changes[feature.id()] = {split_index: float(height), points_index: float(points)}
    provider.changeAttributeValues(changes)
    fit = _Fit(layout, position, size, font, _label_color(why), box)
    layout.atlas().featureChanged.connect(fit.follow)
    return out


def _sized(font, points):
    font = QFont(font)
    font.setPointSizeF(points)
    return font


def _label_font(item):
    """The font of a layout text item, at its size in points."""
    if hasattr(item, "textFormat"):
        text = item.textFormat()
        return _sized(text.toQFont(), text.size())
    return item.font()


def _label_color(item):
    return item.textFormat().color() if hasattr(item, "textFormat") else item.fontColor()


def text_height(font, width, text, margins=(0.0, 0.0)):
    """The height (mm) ``text`` takes in ``font``, wrapped at ``width`` mm with ``margins`` (x, y) mm inside;
    measured at 72 dpi (a pixel is a point), with a little to spare for the layout's own line spacing."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(2835)  # 72 dpi
    image.setDotsPerMeterY(2835)
    points = 72 / 25.4
    room = QRectF(0, 0, (width - 2 * margins[0]) * points, 1e6)
    box = QFontMetricsF(font, image).boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
    return 1.02 * box.height() / points + 2 * margins[1] + 1


class _Fit(QObject):
    """Gives each atlas page's explanations the height and font size its coverage feature says and puts the notes
    box (``box``) under them. A child of the layout: it goes with it, and holds no Python reference to it."""

    def __init__(self, layout, position, size, font, color, box):
        super().__init__(layout)
        self.position, self.size, self.font, self.color, self.box = position, size, font, color, box

    def follow(self, *_):
        layout = self.parent()
        why, title, body = (layout.itemById(name) for name in ("why", "notes_title", "notes"))
        feature = layout.reportContext().feature()
        fields = feature.fields()
        if why is None or fields.indexOf(SPLIT_FIELD) < 0 or not isinstance(feature[SPLIT_FIELD], float):
            return
        height, points = feature[SPLIT_FIELD], feature[POINTS_FIELD]
        mm, x, top, width = compat.LAYOUT_MM, self.position.x(), self.position.y(), self.size.width()
        compat.set_label_font(why, _sized(self.font, points), self.color)
        why.attemptResize(QgsLayoutSize(width, height, mm))
        if self.box and title is not None and body is not None:
            title.attemptMove(QgsLayoutPoint(x, top + height + 1, mm))
            body.attemptMove(QgsLayoutPoint(x, top + height + 6.5, mm))
            body.attemptResize(QgsLayoutSize(width, self.size.height() - height - 6.5, mm))


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
