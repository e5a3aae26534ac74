import json
from pathlib import Path

import pytest

from buurtkijker_plugin.core import themes
from buurtkijker_plugin.core.errors import BuurtKijkerError
from tests.conftest import THEMES

BUILT_IN = {"leefbaarheid", "sociale_veerkracht", "achterstand", "gezondheid", "veiligheid", "wonen", "voorzieningen",
            "demografie", "duurzaamheid"}


def write(tmp_path, document):
    path = tmp_path / "themes.json"
    path.write_text(json.dumps(document) if not isinstance(document, str) else document)
    return path


def test_built_in_themes_load_and_use_known_indicators():
    loaded = themes.load_themes(THEMES)
    assert {t.id for t in loaded} == BUILT_IN
    for theme in loaded:
        assert theme.label("nl") and theme.label("en") and theme.total_weight > 0
        assert all(item.known for item in theme.indicators), theme.id


def test_round_trip(tmp_path):
    loaded = themes.load_themes(THEMES)
    path = tmp_path / "copy.json"
    themes.save_themes(loaded, path)
    assert themes.load_themes(path) == loaded


def test_aliases_and_layer_columns_are_accepted(tmp_path):
    doc = {"themes": [{"id": "eigen", "name": "Eigen thema", "indicators": [
        {"indicator": "WOZ", "direction": "higher_is_better", "weight": 2},
        {"indicator": "EHV_score", "direction": "higher_is_worse", "weight": 1}]}]}
    theme = themes.load_themes(write(tmp_path, doc))[0]
    assert [i.indicator for i in theme.indicators] == ["woz", "EHV_score"]
    assert theme.label("en") == "Eigen thema"


@pytest.mark.parametrize("document, message", [
    ("{not json", "is not valid JSON"),
    ({"thema": []}, "not a BuurtKijker theme file"),
    ({"themes": [{"id": "Bad Id", "indicators": []}]}, "needs an 'id'"),
    ({"themes": [{"id": "a", "indicators": []}]}, "theme 'a' has no list of 'indicators'"),
    ({"themes": [{"id": "a", "indicators": [{"indicator": "woz", "direction": "up", "weight": 1}]}]},
     "theme 'a', entry 1 \\(woz\\): direction must be"),
    ({"themes": [{"id": "a", "indicators": [{"indicator": "woz", "direction": "higher_is_better", "weight": 0}]}]},
     "theme 'a', entry 1 \\(woz\\): weight must be a number greater than 0"),
    ({"themes": [{"id": "a", "indicators": [{"indicator": "woz", "direction": "higher_is_better", "weight": -2}]}]},
     "weight must be a number greater than 0"),
    ({"themes": [{"id": "a", "indicators": [{"indicator": "woz", "direction": "higher_is_better"},
                                            {"indicator": "p_leegstand", "direction": "higher_is_worse"},
                                            {"indicator": "WOZ", "direction": "higher_is_better"}]}]},
     "lists woz twice"),
    ({"themes": [{"id": "a", "indicators": [{"indicator": "bad name!", "direction": "higher_is_better"}]}]},
     "theme 'a', entry 1: unknown indicator 'bad name!'"),
    ({"themes": [{"id": "a", "indicators": [{"indicator": "buurtcode", "direction": "higher_is_better"}]}]},
     "unknown indicator 'buurtcode'"),
])
def test_bad_theme_files_name_theme_and_entry(tmp_path, document, message):
    with pytest.raises(BuurtKijkerError, match=message):
        themes.load_themes(write(tmp_path, document))


def test_select_and_weights():
    loaded = themes.load_themes(THEMES)
    chosen = themes.select(loaded, "veiligheid, wonen")
    assert [t.id for t in chosen] == ["veiligheid", "wonen"]
    assert themes.select(loaded, "") == loaded
    with pytest.raises(BuurtKijkerError, match="Unknown theme: geluk"):
        themes.select(loaded, "geluk")
    wonen = chosen[1].with_weights({"woz": 3, "p_leegstand": 0})
    assert [(i.indicator, i.weight) for i in wonen.indicators][:1] == [("woz", 3.0)]
    assert "p_leegstand" not in [i.indicator for i in wonen.indicators]


def test_themes_page_is_generated_from_the_theme_file():
    """docs/themes.md is what `make docs` writes from the built-in theme file: every theme, indicator, direction
    and weight as the plugin computes them (it once listed other indicators for 7 of 9 themes)."""
    import sys
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "scripts"))
    import make_docs
    page = (root / "docs" / "themes.md").read_text(encoding="utf-8")
    assert page == make_docs.render(), "docs/themes.md is stale: run `make docs`"
    for theme in themes.load_themes(make_docs.THEMES):
        assert "(`{}`)".format(theme.id) in page
        for item in theme.indicators:
            assert "| `{}` | {} | {:g} |".format(item.indicator, make_docs._direction(item), item.weight) in page


def test_worked_example_equals_a_fresh_run():
    """The worked example of docs/methodology.md is what a fresh run writes (`make docs`)."""
    import sys
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "scripts"))
    import worked_example
    if not worked_example.EINDHOVEN.exists():
        pytest.skip("real data not found beside the checkout")
    page = (root / "docs" / "methodology.md").read_text(encoding="utf-8")
    assert worked_example.render() in page, "docs/methodology.md's worked example is stale: run `make docs`"
