"""Footnotes under a buurtprofiel's indicator table: an average that rests on part of the area's buurten shows its
figure with a mark ('34,9 ¹') and says from how much under the table ('¹ Gemiddelde uit 48 van 116 buurten, 74 % van
de inwoners; ...'), instead of wrapping that sentence over four lines of a narrow number cell.

:class:`Footnotes` gives the marks per page; :func:`add` puts the notes on the layout: a text item that follows the
table's end on every atlas page (field :data:`FIELD` of the coverage layer).
"""

from qgis.core import QgsLayoutPoint, QgsLayoutSize, QgsLayoutUtils
from qgis.PyQt.QtCore import QObject

from . import compat, profile_notes
from .i18n import tr

FIELD = "bk_table_notes"
MARKS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # superscript 1 to 9
HEIGHT = 8.0  # mm kept free under the table for the notes (two lines of 6 pt and a gap)


class Footnotes:
    """The marks of one page: the same coverage text gets the same mark, the next text the next one."""

    def __init__(self):
        self.texts = []

    def cell(self, number, coverage):
        """``number`` as shown in the cell: with a mark when ``coverage`` (a coverage text or None) says the
        average rests on part of the area."""
        if not coverage:
            return number
        if coverage not in self.texts:
            self.texts.append(coverage)
        return "{} {}".format(number, self.mark(self.texts.index(coverage)))

    @staticmethod
    def mark(position):
        return MARKS[position] if position < len(MARKS) else "({})".format(position + 1)

    def text(self):
        """The notes, one a line ('' when no cell has a mark)."""
        return "\n".join(tr("{mark} Average {coverage}; the other buurten have no figure.").format(
            mark=self.mark(k), coverage=text) for k, text in enumerate(self.texts))


def add(layout, frame_id="table_frame"):
    """A notes item under the table of ``frame_id``, moved on each atlas page to the end of the table's rows. A
    page whose rows leave less than :data:`HEIGHT` mm of the frame free gives up its last rows' room to the notes.
    Returns the item (None without a table)."""
    frame = layout.itemById(frame_id)
    if frame is None or layout.itemById("table_notes") is not None:
        return layout.itemById("table_notes")
    mm = compat.LAYOUT_MM
    size = frame.sizeWithUnits()
    notes = profile_notes.text_item(layout, "table_notes", 6)
    notes.setText('[% "{}" %]'.format(FIELD))
    notes.attemptResize(QgsLayoutSize(size.width(), HEIGHT - 1, mm))
    follower = _Follower(layout, frame_id, size)
    follower.follow()
    layout.atlas().featureChanged.connect(follower.follow)
    return notes


class _Follower(QObject):
    """Moves the notes to the end of the table's rows on each atlas page. A child of the layout: it goes with the
    layout, and holds no Python reference to it (which would keep a layout alive past its project)."""

    def __init__(self, layout, frame_id, size):
        super().__init__(layout)
        self.frame_id, self.size = frame_id, size

    def follow(self, *_):  # QGIS refreshed the table's rows for the page before it says the page changed
        layout = self.parent()
        frame, notes = layout.itemById(self.frame_id), layout.itemById("table_notes")
        if frame is None or notes is None:
            return
        mm, size = compat.LAYOUT_MM, self.size
        feature = layout.reportContext().feature()
        has_notes = feature.fields().indexOf(FIELD) >= 0 and bool(feature[FIELD])
        frame.attemptResize(size)
        used = rows_height(layout, frame.multiFrame(), frame)
        if has_notes and used > size.height() - HEIGHT:
            frame.attemptResize(QgsLayoutSize(size.width(), size.height() - HEIGHT, mm))
            used = size.height() - HEIGHT
        position = frame.positionWithUnits()
        notes.attemptMove(QgsLayoutPoint(position.x(), position.y() + used + 1.2, mm))


def rows_height(layout, table, frame):
    """The height (mm) the table's header and rows take in ``frame``: the least height that shows them all (the
    table's own totalHeight() is the frame's, whatever its rows take). The frame's height when that is unknown."""
    height = frame.sizeWithUnits().height()
    rows = len(table.contents())
    try:
        context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        if table.rowsVisible(context, height, 0, True, False) < rows:
            return height  # they do not all fit
        low, high = 0.0, height
        while high - low > 0.2:
            middle = (low + high) / 2
            if table.rowsVisible(context, middle, 0, True, False) >= rows:
                high = middle
            else:
                low = middle
        return high
    except TypeError:  # another QGIS' signature
        return height
