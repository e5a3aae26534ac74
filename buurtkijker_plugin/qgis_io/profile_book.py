"""The buurtprofielen PDF, page by page: a contents page (wijk, then buurt name, with page numbers), then the atlas
layout's page for each buurt in that order, then PDF bookmarks (contents, each wijk, each buurt under its wijk).

QGIS' atlas export writes one page per feature and knows no contents page or bookmarks; this draws the same
pages itself with ``QgsLayoutExporter.renderPage`` into one ``QPdfWriter`` (what the atlas export does inside), so
the layout is built once and only its atlas feature changes per page.
"""

import math

from qgis.core import Qgis, QgsLayoutExporter
from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPageSize, QPainter, QPdfWriter

from ..core import pdf_outline
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from .i18n import tr

FONT = "DejaVu Sans"
MARGIN = 10.0  # mm, as the profile pages
COLUMNS = 3
LINE = 4.0  # mm per contents line


def order(frame, codes):
    """``codes`` sorted by wijk (its name when the layer has one, else its code), then buurt name: the page order.
    Returns [(wijk heading, [(code, buurt name)])]."""
    rows = frame.drop_duplicates("code").set_index("code")
    wijk_name = "wijknaam" if "wijknaam" in rows.columns else None
    groups = {}
    for code in codes:
        wijk = rows.at[code, "wijkcode"] if "wijkcode" in rows.columns else None
        wijk = wijk if isinstance(wijk, str) and wijk else None
        name = rows.at[code, "naam"] if "naam" in rows.columns else None
        label = rows.at[code, wijk_name] if wijk_name else None
        if not (isinstance(label, str) and label):
            label = tr("Wijk {}").format(wijk) if wijk else tr("Without wijk")
        groups.setdefault((wijk is None, label.casefold(), wijk or ""), (label, []))[1].append(
            (code, name if isinstance(name, str) and name else code))
    return [(label, sorted(buurten, key=lambda b: (b[1].casefold(), b[0])))
            for _, (label, buurten) in sorted(groups.items())]


def ordered_codes(groups):
    return [code for _, buurten in groups for code, _ in buurten]


class ContentsPages:
    """The contents: a title, then the wijken with their buurten and page numbers in columns, over as many pages
    as they need (103 Eindhoven buurten in 22 wijken fit on one)."""

    def __init__(self, groups, title, subtitle, width_mm, height_mm):
        self.groups, self.title, self.subtitle = groups, title, subtitle
        self.width, self.height = width_mm, height_mm
        self.top = MARGIN + 22
        rows = max(1, int((height_mm - self.top - MARGIN - 6) // LINE))
        lines = []
        for label, buurten in groups:
            if lines and len(lines) % rows:  # a wijk never starts on a column's last line
                if len(lines) % rows == rows - 1:
                    lines.append(None)
                lines.append(None)
            lines.append(("wijk", label, buurten[0][0]))
            lines += [("buurt", name, code) for code, name in buurten]
        self.rows, self.lines = rows, lines
        self.count = max(1, math.ceil(len(lines) / (rows * COLUMNS)))

    def draw(self, painter, writer, first_page_of):
        """Draw every contents page (``writer.newPage()`` between them); ``first_page_of(code)``: 1-based page."""
        scale = writer.resolution() / 25.4  # device pixels per mm
        per_page = self.rows * COLUMNS
        column_width = (self.width - 2 * MARGIN - (COLUMNS - 1) * 6) / COLUMNS
        for page in range(self.count):
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)  # from here on in mm
            self._text(painter, self.title, MARGIN, MARGIN, self.width - 2 * MARGIN, 9, 18, True)
            self._text(painter, self.subtitle, MARGIN, MARGIN + 10, self.width - 2 * MARGIN, 7, 10.5, False,
                       "#555555")
            for index, line in enumerate(self.lines[page * per_page:(page + 1) * per_page]):
                if line is None:
                    continue
                column, row = divmod(index, self.rows)
                x, y = MARGIN + column * (column_width + 6), self.top + row * LINE
                kind, text, code = line
                number = str(first_page_of(code))
                if kind == "wijk":
                    self._text(painter, text, x, y, column_width, LINE, 7.5, True, elide=True)
                else:
                    self._text(painter, number, x, y, column_width, LINE, 7, False, align=Qt.AlignmentFlag.AlignRight)
                    self._text(painter, text, x + 3, y, column_width - 12, LINE, 7, False, elide=True)
            painter.restore()

    @staticmethod
    def _text(painter, text, x, y, width, height, size, bold, color="#222222", align=Qt.AlignmentFlag.AlignLeft,
              elide=False):
        font = QFont(FONT)
        font.setPointSizeF(size * 25.4 / painter.device().logicalDpiY())  # the painter is scaled to mm
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(QColor(color))
        if elide:
            text = QFontMetricsF(font, painter.device()).elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(x, y, width, height), int(align | Qt.AlignmentFlag.AlignVCenter), text)


def write(layout, groups, path, title, subtitle, feedback=None, dpi=300, progress=(0.0, 100.0)):
    """Write the contents and the atlas pages of ``layout`` (its coverage in the order of ``groups``) to ``path``
    (a PDF) and add the bookmarks. ``feedback``: progress within ``progress`` (from, to) and Cancel; returns False
    when cancelled (the caller discards the file)."""
    page = layout.pageCollection().page(0)
    width, height = page.pageSize().width(), page.pageSize().height()  # mm (the templates are in mm)
    writer = QPdfWriter(str(path))
    writer.setResolution(dpi)
    writer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(title)
    writer.setCreator("BuurtKijker")
    codes = ordered_codes(groups)
    contents = ContentsPages(groups, tr("Contents"), subtitle, width, height)
    page_of = {code: contents.count + n + 1 for n, code in enumerate(codes)}
    context = layout.renderContext()
    context.setDpi(dpi)
    context.setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
    exporter = QgsLayoutExporter(layout)
    atlas = layout.atlas()
    painter = QPainter()
    if not painter.begin(writer):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not write {path}: {reason}"), path=path,
                               reason=tr("the file cannot be created"))
    done = False
    try:
        contents.draw(painter, writer, page_of.get)
        if not atlas.beginRender():
            return False
        start, end = progress
        for number in range(atlas.count()):
            if feedback is not None and feedback.isCanceled():
                return False
            atlas.seekTo(number)
            writer.newPage()
            exporter.renderPage(painter, 0)
            if feedback is not None:
                feedback.setProgress(start + (end - start) * (number + 1) / max(atlas.count(), 1))
        atlas.endRender()
        done = True
    finally:
        painter.end()
    if not done:
        return False
    entries = [pdf_outline.Entry(tr("Contents"), 0)]
    many = len(groups) > 30
    for label, buurten in groups:
        entries.append(pdf_outline.Entry(label, page_of[buurten[0][0]] - 1,
                                         [pdf_outline.Entry(name, page_of[code] - 1) for code, name in buurten],
                                         open_=not many))
    pdf_outline.add_outline(str(path), entries)
    return True
