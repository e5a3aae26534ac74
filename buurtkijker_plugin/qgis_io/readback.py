"""Read a written map or document back before it is moved into place: a full disk can cut a file short while QGIS'
layout exporter still reports success (a PDF without its trailer, an SVG without ``</svg>``, a PNG without its end).

:func:`check` raises :class:`BuurtKijkerError` ("Could not write <path>: ...") for a file that is not whole, so the
staging folder is discarded and an existing file keeps its place.
"""

import re
import xml.etree.ElementTree as ElementTree  # nosec B405
from pathlib import Path

from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_OBJECT = re.compile(rb"(\d+)\s+\d+\s+obj\b")


def _incomplete(path, reason):
    return BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not write {path}: {reason}"), path=path,
                            reason=reason)


def pdf_pages(path):
    """The number of pages of a PDF written by Qt (uncompressed object table), or -1 when it is cut short: no
    ``%PDF-`` header, or no ``startxref`` and ``%%EOF`` at its end."""
    data = Path(path).read_bytes()
    tail = data[-2048:]
    if not data.startswith(b"%PDF-") or b"startxref" not in tail or b"%%EOF" not in tail:
        return -1
    pages = set()  # page objects by number: QGIS rewrites a page in an incremental update (georeferencing)
    for chunk in data.split(b"endobj"):
        number = _OBJECT.search(chunk)
        if number and _PAGE.search(chunk, number.end()):
            pages.add(int(number.group(1)))
    return len(pages)


def svg_whole(path):
    """Our own freshly written SVG parses (a cut-off one does not)."""
    try:
        root = ElementTree.parse(str(path)).getroot()  # nosec B314
    except (ElementTree.ParseError, OSError):
        return False
    return root.tag.endswith("svg")


def png_whole(path):
    data = Path(path).read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or b"IEND" not in data[-16:]:
        return False
    from qgis.PyQt.QtGui import QImage
    return not QImage(str(path)).isNull()


def check(path, written_as=None, pages=None):
    """``path`` (the staged file; ``written_as``: the name in messages) is a whole PDF (with at least ``pages``
    pages), SVG or PNG, by its extension; else BuurtKijkerError."""
    path = Path(path)
    shown = written_as or path
    if not path.is_file() or path.stat().st_size == 0:
        raise _incomplete(shown, "nothing was written")
    kind = path.suffix.lower()
    if kind == ".pdf":
        found = pdf_pages(path)
        if found < 0:
            raise _incomplete(shown, "the PDF is cut short (no trailer): is the disk full?")
        if pages is not None and found < pages:
            raise _incomplete(shown, "the PDF has {} of {} pages".format(found, pages))
    elif kind == ".svg" and not svg_whole(path):
        raise _incomplete(shown, "the SVG is cut short (not well-formed): is the disk full?")
    elif kind == ".png" and not png_whole(path):
        raise _incomplete(shown, "the PNG is cut short (it does not decode): is the disk full?")
    return path
