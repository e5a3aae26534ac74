"""Hostile files give a message, never a traceback: a THEME_FILE nested 100,000 deep, scenario CHANGES in
Windows-1252 (as Dutch Excel saves it) or of random bytes."""

import random

import pytest

from buurtkijker_plugin.core import scenario, themes
from buurtkijker_plugin.core.errors import BuurtKijkerError


def test_a_theme_file_nested_100000_deep_is_not_valid_json(tmp_path):
    path = tmp_path / "diep.json"
    path.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    with pytest.raises(BuurtKijkerError, match="not valid JSON: nested too deeply"):
        themes.load_themes(path)


def test_changes_saved_by_dutch_excel_are_read_like_the_sources(tmp_path):
    """cp1252, ';', decimal comma and a thousands point, Dutch column names: read as the numbers they are."""
    path = tmp_path / "wat_als.csv"
    path.write_bytes("buurtcode;indicator;waarde;verandering\r\nBU07721110;woz;1.234,5;\r\n"
                     "BU07721111;arbeidsparticipatie;;2,5\r\nBU07721112;woz;gemiddelde;\r\n"
                     "BU07721113;Súdwest-Fryslân;3,0;\r\n".encode("cp1252"))
    changes = scenario.parse_changes(path)
    assert [(c.code, c.indicator, c.value, c.delta) for c in changes] == [
        ("BU07721110", "woz", 1234.5, None), ("BU07721111", "arbeidsparticipatie", None, 2.5),
        ("BU07721112", "woz", "average", None), ("BU07721113", "Súdwest-Fryslân", 3.0, None)]


@pytest.mark.parametrize("seed", range(5))
def test_changes_of_random_bytes_give_a_message(tmp_path, seed):
    path = tmp_path / "ruis.csv"
    path.write_bytes(bytes(random.Random(seed).randrange(256) for _ in range(4096)))
    with pytest.raises(BuurtKijkerError):
        scenario.parse_changes(path)


def test_changes_with_a_nul_byte_give_a_message(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"code;indicator;value\nBU07721110;woz;1\x00\n")
    with pytest.raises(BuurtKijkerError):
        scenario.parse_changes(path)
