"""Where the plugin's resources live: beside the package in the installed zip, beside it in the repository."""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _first_existing(name):
    for base in (PACKAGE, PACKAGE.parent):
        if (base / name).exists():
            return base / name
    return PACKAGE / name


RESOURCES = _first_existing("resources")
I18N = _first_existing("i18n")
THEMES_FILE = RESOURCES / "themes" / "buurtkijker_themes.json"
DEMO_GPKG = RESOURCES / "demo" / "voorbeeldstad_buurten.gpkg"
ICON = RESOURCES / "icons" / "buurtkijker.svg"
LAYOUTS = RESOURCES / "layouts"
