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
