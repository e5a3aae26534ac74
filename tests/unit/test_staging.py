"""Staging commits a set of files all or nothing: a shapefile whose .shp cannot be replaced (locked, as on Windows)
keeps its whole old set; a folder in the way is refused before anything moves; staging folders older than a day
are removed at the next run. (No QGIS needed: files.py is plain Python.)"""

import os
import time

import pytest

from buurtkijker_plugin.core.errors import BuurtKijkerError
from buurtkijker_plugin.qgis_io import files
from tests.input_hashes import hashes

PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def old_set(folder):
    for part in PARTS:
        (folder / ("uit" + part)).write_bytes(b"old " + part.encode())
    return hashes(*[folder / ("uit" + p) for p in PARTS])


def staged(folder):
    staging = files.Staging(folder / "uit.shp")
    for part in PARTS[:4]:  # the new set has no .cpg: the old one must go with the old set
        (staging.folder / ("uit" + part)).write_bytes(b"new " + part.encode())
    return staging


def test_a_new_shapefile_set_replaces_the_whole_old_set(tmp_path):
    old_set(tmp_path)
    staged(tmp_path).commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit" + p for p in sorted(PARTS[:4])]
    assert all((tmp_path / ("uit" + p)).read_bytes().startswith(b"new") for p in PARTS[:4])


@pytest.mark.parametrize("locked", ["old", "new"])
def test_a_locked_shp_keeps_the_old_set_whole(tmp_path, monkeypatch, locked):
    """The .shp cannot be moved (aside, or the new one in): nothing of the old set is replaced or lost."""
    before = old_set(tmp_path)
    staging = staged(tmp_path)
    real = os.replace

    def replace(source, target):
        moving_old_aside = str(source) == str(tmp_path / "uit.shp")
        moving_new_in = str(source) == str(staging.folder / "uit.shp")
        if (locked == "old" and moving_old_aside) or (locked == "new" and moving_new_in):
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real(source, target)
    monkeypatch.setattr(files.os, "replace", replace)
    with pytest.raises(BuurtKijkerError, match="Could not write"):
        staging.commit()
    monkeypatch.undo()
    staging.discard()
    assert hashes(*[tmp_path / ("uit" + p) for p in PARTS]) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted("uit" + p for p in PARTS)


def test_a_folder_in_the_way_is_refused_before_anything_moves(tmp_path):
    before = old_set(tmp_path)
    (tmp_path / "uit.shp").unlink()
    (tmp_path / "uit.shp").mkdir()  # a folder named like the shapefile
    staging = staged(tmp_path)
    with pytest.raises(BuurtKijkerError, match="a folder of that name is in the way"):
        staging.commit()
    staging.discard()
    del before[str(tmp_path / "uit.shp")]
    assert hashes(*[tmp_path / ("uit" + p) for p in PARTS[1:]]) == before
    assert not files.remove_stale(tmp_path) and not [p for p in tmp_path.iterdir() if p.name.startswith(".bu")]


def test_staging_folders_older_than_a_day_are_removed_at_the_next_run(tmp_path):
    old = tmp_path / (files.PREFIX + "killed")
    old.mkdir()
    (old / "uit.gpkg").write_bytes(b"x" * 1000)
    day_ago = time.time() - files.STALE_AFTER - 60
    os.utime(old, (day_ago, day_ago))
    young = tmp_path / (files.PREFIX + "running")
    young.mkdir()
    mine = tmp_path / "mijn.buurtkijker-notities"
    mine.mkdir()
    os.utime(mine, (day_ago, day_ago))
    files.write_file(tmp_path / "uit.csv", lambda path: path.write_text("a;b\n"))
    assert not old.exists() and young.exists() and mine.exists() and (tmp_path / "uit.csv").exists()


def test_an_old_file_another_run_moves_away_meanwhile_is_no_error(tmp_path, monkeypatch):
    """Two runs writing the same output: the old file can vanish between our look and our move (the other run
    moved it aside). That is no failure: the new file goes in (the last run's file stays, as with one run after the
    other). Seen once in CI as "Could not write samen.gpkg: No such file or directory"."""
    (tmp_path / "uit.gpkg").write_bytes(b"old")
    staging = files.Staging(tmp_path / "uit.gpkg")
    (staging.folder / "uit.gpkg").write_bytes(b"new")
    real_replace = os.replace

    def raced(source, target):
        if str(source) == str(tmp_path / "uit.gpkg"):  # the other run was first
            os.remove(source)
        return real_replace(source, target)
    monkeypatch.setattr(files.os, "replace", raced)
    assert staging.commit() == tmp_path / "uit.gpkg"
    assert (tmp_path / "uit.gpkg").read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.gpkg"]
