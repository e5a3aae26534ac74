"""Notes per buurt: checked on the way in, CSV as Dutch Excel writes it, newest first, trimmed for a page."""

import pytest

from buurtkijker_plugin.core import notes
from buurtkijker_plugin.core.errors import BuurtKijkerError


def test_csv_round_trip_with_bom_semicolons_and_dutch_characters(tmp_path):
    items = [notes.make("bu07724210", "14-3-2025", "Bewoner", "Geluidsoverlast; café \"De Zwaan\"", "veiligheid"),
             notes.make("BU07724210", "2025-01-02", "gemeente", "Wijkbudget: € 5000 voor groen")]
    path = notes.write_csv(items, tmp_path / "n.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"buurtcode;datum;rol;thema;tekst" in raw
    back = notes.read_csv(path)
    assert [(n.code, n.date, n.role, n.theme, n.text) for n in back] == [
        ("BU07724210", "2025-03-14", "bewoner", "veiligheid", 'Geluidsoverlast; café "De Zwaan"'),
        ("BU07724210", "2025-01-02", "gemeente", "", "Wijkbudget: € 5000 voor groen")]


def test_english_headers_commas_and_windows_1252(tmp_path):
    path = tmp_path / "n.csv"
    path.write_bytes("code,date,role,text\nBU1,2025-02-03,resident,Caf\xe9 dicht\n".encode("cp1252"))
    (note,) = notes.read_csv(path)
    assert (note.role, note.text) == ("bewoner", "Café dicht")


@pytest.mark.parametrize("line, word", [("BU1;32-1-2025;bewoner;x", "not a date"),
                                        ("BU1;2025-01-01;burgemeester;x", "not one of"),
                                        ("BU1;2025-01-01;bewoner;", "empty")])
def test_a_bad_row_says_which_line_and_what(tmp_path, line, word):
    path = tmp_path / "n.csv"
    path.write_text("buurtcode;datum;rol;tekst\n" + line + "\n", encoding="utf-8")
    with pytest.raises(BuurtKijkerError, match="line 2: .*" + word):
        notes.read_csv(path)


def test_missing_columns_are_named(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("buurt;tekst\nBU1;x\n", encoding="utf-8")
    with pytest.raises(BuurtKijkerError, match="datum, rol"):
        notes.read_csv(path)


def test_summary_and_box_newest_first_and_trimmed():
    items = [notes.make("BU1", "2024-05-01", "bewoner", "oud " * 10),
             notes.make("BU1", "2025-05-01", "corporatie", "nieuw " * 100)]
    assert notes.summary(items).startswith("2 notities; laatste 2025-05-01 (corporatie): nieuw")
    box = notes.box_text(items, room=300, each=100)
    first, second = box.split("\n")[:2]
    assert first.startswith("2025-05-01, corporatie: nieuw") and first.endswith("\u2026") and len(first) < 140
    assert second.startswith("2024-05-01, bewoner: oud")
    assert notes.box_text(items * 5, room=200, each=100).endswith("... en nog 9 notities")
