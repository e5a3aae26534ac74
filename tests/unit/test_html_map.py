"""The HTML buurtkaart's pure parts: compact path data, escaping of every value, the grid."""

import json
import re

from buurtkijker_plugin.core import html_map

CRAFTED = '</script><img src=x onerror="alert(1)">&amp; "Oost"'


def data(name=CRAFTED, note=CRAFTED):
    return {"language": "nl", "title": name, "subtitle": name, "source": "Bron: CBS", "date": "1 maart 2025",
            "method": "zscore", "reference": "de buurten van X", "width": 20, "height": 20,
            "themes": [{"id": "total", "label": name, "scale": "z", "context": False,
                        "words": ["a", "b", "c", "d", "e"], "colours": ["#1", "#2", "#3", "#4", "#5"]}],
            "indicators": [[name, "%, 2020"]], "gemeenten": {"GM1": {"name": name, "values": ["1,0"]}},
            "buurten": [{"code": "BU1", "name": name, "gemeente": "GM1", "path": "M1 1l5 0 0 5z", "label_at": (3, 3),
                         "scores": [["101,0", 3, 1]], "why": [name], "change": None, "values": ["2,0"],
                         "notes": [["2025-03-14", "bewoner", "", note]]}]}


def test_path_data_is_relative_and_drops_repeated_and_tiny_rings():
    rings = [[(0.2, 0.1), (10, 0), (10.2, 0.3), (10, 10), (0, 10), (0, 0)], [(1, 1), (1.2, 1.1), (1, 1)]]
    assert html_map.path_data(rings) == "M0 0l10 0 0 10-10 0z"


def test_every_value_is_text_never_markup():
    page = html_map.page(data())
    assert "<img" not in page and "</script><img" not in page
    payload = re.search(r'<script type="application/json" id="bk-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in payload and ">" not in payload
    decoded = json.loads(payload)
    assert decoded["buurten"][0]["n"] == CRAFTED and decoded["buurten"][0]["t"][0][3] == CRAFTED
    assert "&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page  # title, labels, option


def test_csp_allows_only_the_page_script_by_its_hash():
    page = html_map.page(data())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert csp.startswith("default-src 'none'; script-src 'sha256-")
    assert "unsafe-eval" not in csp and "http" not in page.replace('http-equiv', '')


def test_grid_is_finer_for_more_buurten():
    assert html_map.grid((0, 0, 10000, 5000), 100)[1:] == (1002, 502)
    scale, width, _ = html_map.grid((0, 0, 280000, 300000), 14574)
    assert 11000 < width < 12000


def test_help_is_in_plain_dutch_and_says_notes_do_not_count():
    lines = html_map.help_lines("nl", "zscore", "de buurten van Eindhoven")
    assert any("100 is gemiddeld" in line for line in lines)
    assert any("tellen niet mee" in line for line in lines)
