"""Layouts and buurtprofielen are written to a staging file, read back (PDF trailer and page count, SVG
well-formed, PNG decodes) and only then moved into place: a full disk gives an error and no partial file (it gave
exit 0 and a truncated PDF), an existing file stays as it was."""

import shutil

import pytest
from qgis.core import QgsProcessingException

from tests.input_hashes import unchanged
from tests.qgis.test_robustness import digest, disk_limit, leftovers


def export(params):
    import processing
    return processing.run("buurtkijker:exportlayout", params)


@pytest.mark.parametrize("name, template, limit", [("kaart.pdf", "a4_landscape", 60000),
                                                   ("kaart.svg", "a4_landscape", 60000),
                                                   ("kaart.png", "a4_landscape", 60000),
                                                   ("profielen.pdf", "buurtprofiel", 150000)])
def test_a_full_disk_gives_an_error_and_no_partial_file(provider, eindhoven_indices, tmp_path, name, template, limit):
    out = tmp_path / name
    params = {"INPUT": str(eindhoven_indices), "THEME": "total", "TEMPLATE": template, "OUTPUT": str(out)}
    if template == "buurtprofiel":
        params["BUURTEN"] = "BU07721150,BU07725230,BU07723370"
    with unchanged(eindhoven_indices):
        with disk_limit(limit), pytest.raises(QgsProcessingException, match="Could not write"):
            export(params)
    assert not out.exists() and not leftovers(tmp_path)
    written = export(params)  # with room on the disk: the whole file, read back
    assert out.exists() and not leftovers(tmp_path) and written


def test_an_existing_map_stays_as_it_was_when_the_disk_fills(provider, eindhoven_indices, tmp_path):
    out = tmp_path / "kaart.pdf"
    export({"INPUT": str(eindhoven_indices), "THEME": "total", "OUTPUT": str(out)})
    before = digest(out)
    with disk_limit(60000), pytest.raises(QgsProcessingException, match="Could not write"):
        export({"INPUT": str(eindhoven_indices), "THEME": "total", "TEMPLATE": "a3_landscape", "OUTPUT": str(out)})
    assert digest(out) == before and not leftovers(tmp_path)


@pytest.mark.parametrize("name", ["kaart.pdf", "kaart.svg", "kaart.png"])
def test_the_read_back_rejects_cut_short_files(eindhoven_indices, provider, tmp_path, name):
    from buurtkijker_plugin.core.errors import BuurtKijkerError
    from buurtkijker_plugin.qgis_io import readback
    whole = tmp_path / name
    export({"INPUT": str(eindhoven_indices), "THEME": "total", "OUTPUT": str(whole)})
    assert readback.check(whole, pages=1 if name.endswith(".pdf") else None) == whole
    cut = tmp_path / "cut" / name
    cut.parent.mkdir()
    shutil.copy(whole, cut)
    with open(cut, "r+b") as handle:
        handle.truncate(cut.stat().st_size * 2 // 3)
    with pytest.raises(BuurtKijkerError, match="cut short"):
        readback.check(cut)
    if name.endswith(".pdf"):
        with pytest.raises(BuurtKijkerError, match="1 of 2 pages"):
            readback.check(whole, pages=2)


def test_output_and_list_commit_together(provider, tmp_path):
    """vulnerabilitynuisance with a LIST that cannot be written: its OUTPUT is not written either (it was)."""
    import processing
    from tests.conftest import EINDHOVEN, RIVM
    (tmp_path / "geen_map").write_text("a file where the LIST's folder should be")
    out = tmp_path / "veerkracht.gpkg"
    with unchanged(EINDHOVEN, RIVM), pytest.raises(QgsProcessingException, match="Could not write"):
        processing.run("buurtkijker:vulnerabilitynuisance", {
            "INPUT": str(EINDHOVEN), "SOURCES": [str(RIVM)], "OUTPUT": str(out),
            "LIST": str(tmp_path / "geen_map" / "aandacht.csv")})
    assert not out.exists() and not leftovers(tmp_path)
