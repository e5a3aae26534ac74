"""PDF bookmarks appended to a finished PDF (plain Python): the pages stay as they were, the outline points at them."""

import re

import pytest

from buurtkijker_plugin.core import pdf_outline
from buurtkijker_plugin.core.errors import BuurtKijkerError


def tiny_pdf(path, pages=3):
    """A PDF as Qt writes one: objects, one flat page list, a cross-reference table, a trailer."""
    objects = {1: "<< /Producer (test) >>", 2: "<< /Type /Catalog /Pages 3 0 R >>",
               3: "<< /Type /Pages /Kids [{}] /Count {} >>".format(
                   " ".join("{} 0 R".format(10 + k) for k in range(pages)), pages)}
    for k in range(pages):
        objects[10 + k] = "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>"
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += "{} 0 obj\n{}\nendobj\n".format(number, objects[number]).encode()
    size = max(objects) + 1
    xref = len(out)
    out += "xref\n0 {}\n0000000000 65535 f \n".format(size).encode()
    for number in range(1, size):
        out += ("{:010d} 00000 n \n".format(offsets[number]) if number in offsets else "0000000000 65535 f \n").encode()
    out += "trailer\n<< /Size {} /Info 1 0 R /Root 2 0 R >>\nstartxref\n{}\n%%EOF\n".format(size, xref).encode()
    path.write_bytes(bytes(out))
    return bytes(out)


def test_bookmarks_point_at_the_pages_and_the_pages_stay(tmp_path):
    path = tmp_path / "profielen.pdf"
    before = tiny_pdf(path)
    entries = [pdf_outline.Entry("Inhoud", 0),
               pdf_outline.Entry("Wijk 11", 1, [pdf_outline.Entry("Bokt", 1), pdf_outline.Entry("Súdwest 's-Gr", 2)])]
    assert pdf_outline.add_outline(str(path), entries) == 4
    after = path.read_bytes()
    assert after.startswith(before)  # an incremental update: what was written stays byte for byte
    tail = after[len(before):].decode("latin-1")
    assert "/Outlines" in tail and "/PageMode /UseOutlines" in tail and "/Prev {}".format(
        before.index(b"\nxref\n") + 1) in tail
    titles = {m.group(1): m.group(2) for m in re.finditer(r"/Title <FEFF([0-9A-F]*)> .*?/Dest \[(\d+) 0 R", tail)}
    names = {bytes.fromhex(k).decode("utf-16-be"): int(v) for k, v in titles.items()}
    assert names == {"Inhoud": 10, "Wijk 11": 11, "Bokt": 11, "Súdwest 's-Gr": 12}
    # the new cross-reference section gives each new object's true offset
    start = int(re.search(r"startxref\n(\d+)", tail).group(1))
    section = after[start:].decode("latin-1").split("trailer")[0].splitlines()[1:]
    number = None
    for line in section:
        parts = line.split()
        if len(parts) == 2:
            number = int(parts[0])
            continue
        assert after[int(parts[0]):].startswith("{} 0 obj".format(number).encode())
        number += 1


def test_a_file_that_is_not_such_a_pdf_is_refused_clearly(tmp_path):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.4\nnot really\ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n")
    with pytest.raises(BuurtKijkerError, match="Could not add bookmarks"):
        pdf_outline.add_outline(str(path), [pdf_outline.Entry("x", 0)])
