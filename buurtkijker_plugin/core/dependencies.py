"""Python packages BuurtKijker needs beyond QGIS, whether this Python has them, and how to install them.

Official QGIS builds do not all carry them (QGIS 3.44 for macOS ships without pandas), so the plugin checks
before it imports them: it must load anyway and say what to install. Only the standard library is imported here.
"""

import importlib.util
import sys

from .errors import QT_TRANSLATE_NOOP

# What each package is needed for (a translatable phrase), in the order they are reported.
NEEDED_FOR = {
    "numpy": QT_TRANSLATE_NOOP("BuurtKijker", "computing, comparing and mapping buurt scores"),
    "pandas": QT_TRANSLATE_NOOP("BuurtKijker", "computing, comparing and mapping buurt scores"),
    "matplotlib": QT_TRANSLATE_NOOP("BuurtKijker", "charts (compare window, buurtprofielen, the CHART output)"),
}
DEBIAN_PACKAGES = {"numpy": "python3-numpy", "pandas": "python3-pandas", "matplotlib": "python3-matplotlib"}
COMPUTING = ("numpy", "pandas")  # without these nothing computes: the algorithms refuse, the dock stays closed


def available(name):
    """Whether ``name`` can be imported, found without importing it (importing pandas takes a second)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a blocked or half-removed module
        return False


def missing(names=tuple(NEEDED_FOR)):
    return [name for name in names if not available(name)]


def import_problem(names=COMPUTING):
    """``(missing, error)``: the packages of ``names`` that are not installed, or else the error of one that is
    installed but fails to import (a pandas built for another numpy raises ImportError or worse); ``([], "")`` when
    all import. This imports them (about a second for pandas): call it when they are needed anyway."""
    absent = missing(names)
    if absent:
        return absent, ""
    for name in names:
        try:
            __import__(name)
        except Exception as exc:  # noqa: BLE001 - whatever a broken installation raises, it is reported, not raised
            return [], "{}: {}: {}".format(name, type(exc).__name__, exc)
    return [], ""


def platform_name(platform=None):
    """'windows', 'macos' or 'linux' (any other Unix is treated as Linux)."""
    platform = platform or sys.platform
    if platform.startswith(("win", "cygwin")):
        return "windows"
    return "macos" if platform == "darwin" else "linux"


def install_command(names, platform=None):
    """The command that installs ``names`` into the Python QGIS runs on ``platform``."""
    kind = platform_name(platform)
    if kind == "windows":  # in the OSGeo4W Shell, whose python is QGIS' own
        return "python -m pip install {}".format(" ".join(names))
    if kind == "macos":  # the official QGIS.app (qgis.org, 3.44) carries its own Python, without pip scripts
        return "/Applications/QGIS.app/Contents/MacOS/python -m pip install --user {}".format(" ".join(names))
    return "sudo apt install {}".format(" ".join(DEBIAN_PACKAGES.get(n, "python3-" + n) for n in names))


# Where to type the command, per platform (translatable).
WHERE = {
    "windows": QT_TRANSLATE_NOOP("BuurtKijker", "in the OSGeo4W Shell (Start menu, QGIS folder) run"),
    "macos": QT_TRANSLATE_NOOP("BuurtKijker", "in Terminal run"),
    "linux": QT_TRANSLATE_NOOP("BuurtKijker", "in a terminal run (Debian, Ubuntu; with dnf or pip elsewhere)"),
}
