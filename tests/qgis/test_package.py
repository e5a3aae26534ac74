"""make package builds a zip that QGIS' "Install from ZIP" accepts."""

import configparser
import subprocess
import zipfile

from tests.conftest import ROOT


def test_package_structure():
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    with zipfile.ZipFile(ROOT / "buurtkijker.zip") as archive:
        names = archive.namelist()
        tops = {n.split("/")[0] for n in names}
        assert tops == {"buurtkijker"}
        for required in ("__init__.py", "plugin.py", "metadata.txt", "LICENSE", "core/indices.py",
                         "resources/themes/buurtkijker_themes.json", "resources/icons/buurtkijker.svg",
                         "resources/demo/voorbeeldstad_buurten.gpkg", "i18n/buurtkijker_nl.qm"):
            assert "buurtkijker/" + required in names, required
        assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n]
        meta = configparser.ConfigParser()
        meta.read_string(archive.read("buurtkijker/metadata.txt").decode())
    general = meta["general"]
    assert general["qgisMinimumVersion"] == "3.22" and general["hasProcessingProvider"] == "yes"
    for key in ("name", "description", "about", "version", "author", "email", "tracker", "repository", "icon"):
        assert general[key], key
    assert "buurtkijker/" + general["icon"] in names


def _checker():
    import importlib.util
    spec = importlib.util.spec_from_file_location("check_package", ROOT / "scripts" / "check_package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_package_passes_the_plugin_repository_checks():
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    assert _checker().problems(ROOT / "buurtkijker.zip") == []


def test_package_check_finds_what_the_repository_would_refuse(tmp_path):
    """A zip without qgisMaximumVersion (QGIS 4 would not offer it), with the deprecated supportsQt6, a .pyc and
    without the help page."""
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(ROOT / "buurtkijker.zip") as good, zipfile.ZipFile(bad, "w") as out:
        for info in good.infolist():
            if info.filename == "buurtkijker/docs/help.md":
                continue
            data = good.read(info)
            if info.filename == "buurtkijker/metadata.txt":
                data = b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"qgisMaximumVersion"))
                data += b"\nsupportsQt6=True\n"
            out.writestr(info, data)
        out.writestr("buurtkijker/core/__pycache__/indices.cpython-311.pyc", b"\0")
    found = _checker().problems(bad)
    assert any("missing docs/help.md" in p for p in found)
    assert any("compiled or hidden file" in p for p in found)
    assert any("qgisMaximumVersion" in p for p in found)
    assert any("supportsQt6 is deprecated" in p for p in found)
