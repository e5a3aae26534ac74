"""Check a plugin zip the way the QGIS plugin repository's upload does, before uploading (run by `make lint`).

    python scripts/check_package.py buurtkijker.zip

One top folder with ``__init__.py`` (``classFactory``) and a complete ``metadata.txt``; no compiled or hidden
files; the icon, licence and help page inside; QGIS 4 admitted; the changelog names the version. Prints each
problem and exits 1 if there is any. (flake8 and bandit run on the unpacked zip in the Makefile.)
"""

import configparser
import re
import sys
import zipfile

REQUIRED = ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version", "author",
            "email", "homepage", "tracker", "repository", "tags", "changelog", "icon", "category")
MAX_BYTES = 25 * 1024 * 1024  # the plugin repository's upload limit
HELP_PAGE = "docs/help.md"


def version_tuple(text):
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def problems(path):
    found = []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        tops = {name.split("/")[0] for name in names}
        if len(tops) != 1:
            return ["the zip must hold exactly one folder, not {}".format(sorted(tops))]
        top = tops.pop()
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", top):
            found.append("folder name {!r} is not a Python identifier".format(top))
        for name in names:
            parts = name.split("/")
            if "__pycache__" in parts or name.endswith((".pyc", ".pyo")) or any(
                    p.startswith(".") for p in parts if p) or "__MACOSX" in parts:
                found.append("compiled or hidden file: {}".format(name))
        if sum(info.file_size for info in archive.infolist()) > MAX_BYTES:
            found.append("larger than the repository's 25 MB")
        inside = set(names)
        for required in ("__init__.py", "metadata.txt", "LICENSE", HELP_PAGE):
            if "{}/{}".format(top, required) not in inside:
                found.append("missing {}".format(required))
        if "{}/__init__.py".format(top) in inside and b"def classFactory" not in archive.read(
                "{}/__init__.py".format(top)):
            found.append("__init__.py has no classFactory")
        if "{}/metadata.txt".format(top) not in inside:
            return found
        meta = configparser.ConfigParser(interpolation=None)
        meta.read_string(archive.read("{}/metadata.txt".format(top)).decode("utf-8"))
    general = meta["general"] if meta.has_section("general") else {}
    for key in REQUIRED:
        if not (general.get(key) or "").strip():
            found.append("metadata.txt: {} is missing or empty".format(key))
    if "supportsQt6" in general:
        found.append("metadata.txt: supportsQt6 is deprecated (removed from QGIS); qgisMaximumVersion says it")
    if found:
        return found
    if version_tuple(general["qgisMaximumVersion"]) < (4, 0):
        found.append("metadata.txt: qgisMaximumVersion {} does not admit QGIS 4".format(general["qgisMaximumVersion"]))
    if version_tuple(general["qgisMinimumVersion"]) > (3, 22):
        found.append("metadata.txt: qgisMinimumVersion above 3.22")
    if general["version"] not in general["changelog"]:
        found.append("metadata.txt: the changelog does not mention version {}".format(general["version"]))
    for key in ("homepage", "tracker", "repository"):
        if not general[key].startswith("https://"):
            found.append("metadata.txt: {} is not an https address".format(key))
    if not general["homepage"].endswith(HELP_PAGE):
        found.append("metadata.txt: homepage should be the help page ({})".format(HELP_PAGE))
    if "{}/{}".format(top, general["icon"]) not in inside:
        found.append("metadata.txt: icon {} is not in the zip".format(general["icon"]))
    if len(general["about"]) < 100:
        found.append("metadata.txt: about is too short to tell users what the plugin does")
    return found


def main(argv):
    path = argv[1] if len(argv) > 1 else "buurtkijker.zip"
    found = problems(path)
    for problem in found:
        print("{}: {}".format(path, problem))
    if not found:
        print("{}: ready for the plugin repository".format(path))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
