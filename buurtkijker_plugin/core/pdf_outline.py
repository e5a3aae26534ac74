"""PDF bookmarks (the outline a PDF viewer shows beside the pages) added to a finished PDF, in plain Python.

Qt's PDF writer has no bookmarks. This appends them as an incremental update, the way PDF editors save: new
outline objects, a new catalog that points at them, a new cross-reference section; the pages written before stay
byte for byte as they were. It reads the simple files Qt writes (a cross-reference table, one page tree), and
says so when a file is of another kind.
"""

import re

from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError


class Entry:
    """One bookmark: its title, the page it opens (0-based) and bookmarks under it."""

    def __init__(self, title, page, children=(), open_=True):
        self.title, self.page, self.children, self.open = str(title), int(page), list(children), open_


def _text(title):
    """A PDF text string in UTF-16 (any buurt name, 's-Hertogenbosch or Súdwest-Fryslân)."""
    return "<FEFF{}>".format(title.encode("utf-16-be").hex().upper())


def _unreadable(path, what):
    return BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not add bookmarks to {path}: {reason}"),
                            path=path, reason=what)


def _objects(data, start):
    """Object number -> byte offset, from the cross-reference table at ``start`` (found without scanning the
    file: a 100-page PDF is tens of megabytes)."""
    if not data.startswith(b"xref", start):
        raise ValueError("no cross-reference table")
    offsets, position = {}, start + 4
    while True:
        header = re.compile(rb"\s*(\d+) (\d+)\s*?\r?\n").match(data, position)
        if header is None:
            break
        first, count = int(header.group(1)), int(header.group(2))
        position = header.end()
        for k in range(count):
            entry = data[position:position + 20]
            if entry[17:18] == b"n":
                offsets[first + k] = int(entry[:10])
            position += 20
    return offsets


def _object(data, offsets, number):
    start = offsets[number]
    return data[start:data.index(b"endobj", start)]


def _page_ids(data, path):
    tail = data[-1024:]
    trailer = tail[tail.rindex(b"trailer"):]
    root = re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer)
    size = re.search(rb"/Size\s+(\d+)", trailer)
    start = re.search(rb"startxref\s+(\d+)", trailer)
    if not (root and size and start):
        raise _unreadable(path, "no trailer")
    offsets = _objects(data, int(start.group(1)))
    catalog_id = int(root.group(1))
    catalog = re.search(rb"<<(.*)>>", _object(data, offsets, catalog_id), re.S)
    pages_ref = re.search(rb"/Pages\s+(\d+)\s+0\s+R", catalog.group(1)) if catalog else None
    if not pages_ref:
        raise _unreadable(path, "no page tree")
    kids = re.search(rb"/Kids\s*\[(.*?)\]", _object(data, offsets, int(pages_ref.group(1))), re.S)
    if not kids:  # Qt writes one flat page list
        raise _unreadable(path, "no page list")
    ids = [int(i) for i in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]
    info = re.search(rb"/Info\s+(\d+)\s+0\s+R", trailer)
    return ids, catalog_id, catalog.group(1), int(size.group(1)), int(start.group(1)), info


def add_outline(path, entries):
    """Append ``entries`` (a list of :class:`Entry`) as the PDF's bookmarks; the viewer opens with them shown."""
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        pages, catalog_id, catalog, size, previous, info = _page_ids(data, path)
    except (ValueError, KeyError):
        raise _unreadable(path, "not a PDF written by Qt") from None
    numbers, flat = {}, []  # entry -> object number, in document order

    def walk(items, parent):
        for item in items:
            numbers[id(item)] = size + 1 + len(flat)
            flat.append((item, parent, items))
            walk(item.children, item)
    walk(entries, None)
    root_id = size
    objects = {}

    def visible(item):
        return len(item.children) + sum(visible(c) for c in item.children if c.open) if item.open else 0

    for item, parent, siblings in flat:
        index = siblings.index(item)
        fields = ["/Title {}".format(_text(item.title)),
                  "/Parent {} 0 R".format(numbers[id(parent)] if parent is not None else root_id),
                  "/Dest [{} 0 R /XYZ null null null]".format(pages[min(max(item.page, 0), len(pages) - 1)])]
        if index > 0:
            fields.append("/Prev {} 0 R".format(numbers[id(siblings[index - 1])]))
        if index + 1 < len(siblings):
            fields.append("/Next {} 0 R".format(numbers[id(siblings[index + 1])]))
        if item.children:
            count = visible(item) if item.open else -len(item.children)
            fields += ["/First {} 0 R".format(numbers[id(item.children[0])]),
                       "/Last {} 0 R".format(numbers[id(item.children[-1])]), "/Count {}".format(count)]
        objects[numbers[id(item)]] = "<< {} >>".format(" ".join(fields))
    top = sum(1 + visible(e) for e in entries)
    objects[root_id] = "<< /Type /Outlines /First {} 0 R /Last {} 0 R /Count {} >>".format(
        numbers[id(entries[0])], numbers[id(entries[-1])], top) if entries else "<< /Type /Outlines /Count 0 >>"
    kept = re.sub(rb"/(Outlines|PageMode)\s+(\d+\s+0\s+R|/\w+)", b"", catalog).decode("latin-1").strip()
    objects[catalog_id] = "<< {} /Outlines {} 0 R /PageMode /UseOutlines >>".format(kept, root_id)

    out = bytearray(b"" if data.endswith(b"\n") else b"\n")  # appended to the file as it is
    base = len(data)
    offsets = {}
    for number in sorted(objects):
        offsets[number] = base + len(out)
        out += "{} 0 obj\n{}\nendobj\n".format(number, objects[number]).encode("latin-1")
    xref = base + len(out)
    out += b"xref\n"
    for start, run in _runs(sorted(offsets)):
        out += "{} {}\n".format(start, len(run)).encode("ascii")
        for number in run:
            out += "{:010d} 00000 n \n".format(offsets[number]).encode("ascii")
    new_size = max(size, max(objects) + 1)
    out += "trailer\n<< /Size {} /Root {} 0 R{} /Prev {} >>\nstartxref\n{}\n%%EOF\n".format(
        new_size, catalog_id, " /Info {} 0 R".format(info.group(1).decode()) if info else "", previous,
        xref).encode("ascii")
    with open(path, "ab") as handle:
        handle.write(out)
    return len(flat)


def _runs(numbers):
    """Consecutive object numbers grouped: [(first, [numbers])], one cross-reference subsection each."""
    runs = []
    for number in numbers:
        if runs and number == runs[-1][1][-1] + 1:
            runs[-1][1].append(number)
        else:
            runs.append((number, [number]))
    return runs
