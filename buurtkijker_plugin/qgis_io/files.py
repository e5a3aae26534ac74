"""Write output files so that a failure or Cancel leaves nothing half-written and an existing file as it was.

Everything is written into a temporary folder beside the target (same file system), checked, and only then moved
into place with ``os.replace`` (atomic per file). A set of files (a shapefile's parts, several maps of one run)
is committed all or nothing: the old files are moved aside first, then the new ones in, and on any failure (a
locked ``.shp``, a folder in the way) every file goes back where it was. Stale sidecars of an older shapefile of
the same name (``.qix``, ``.cpg`` ...) go with the old set. Staging folders older than a day (left by a run that
was killed) are removed when the next run writes into the same folder.
"""

import os
import shutil
import tempfile
import time
from pathlib import Path

from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError

SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj", ".shp.xml")
PREFIX = ".buurtkijker-"
STALE_AFTER = 24 * 3600  # seconds: a staging folder this old belongs to no running export
COMMIT_WAIT = 10.0  # seconds a commit waits for another writer of the same GeoPackage before it refuses


def write_error(path, reason):
    return BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not write {path}: {reason}"), path=path,
                            reason=reason)


def reason_of(exc):
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


class Staging:
    """A temporary folder beside ``target``; write to ``self.path``, then :meth:`commit` (or :meth:`discard`).

    As a context manager it discards the temporary folder when the block raises.
    """

    def __init__(self, target):
        self.target = Path(target)
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=str(self.target.parent)))
        except OSError as exc:
            raise write_error(self.target, reason_of(exc))
        self.path = self.folder / self.target.name
        remove_stale(self.target.parent)

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, traceback):
        self.discard()
        return False

    def commit(self):
        """Move what was written into place, replacing the target (and, for a shapefile, its sidecars)."""
        if not self.folder.exists():
            return self.target
        refuse_open_geopackage(self.target, wait=COMMIT_WAIT)
        written = sorted(p.name for p in self.folder.iterdir())
        if not written:
            raise write_error(self.target, "nothing was written")
        if self.target.suffix.lower() == ".gpkg" and self.target.name in written:
            from .notes_store import carry_over  # a rerun into the same GeoPackage keeps its notes
            carry_over(self.target, self.folder / self.target.name)
        replaced = list(written)
        if self.target.suffix.lower() == ".shp":  # the old set's other parts go too
            stem = self.target.name[:-4]
            replaced += [stem + part for part in SHAPEFILE_PARTS if stem + part not in written]
        self._swap(written, replaced)
        self.discard()
        return self.target

    def _swap(self, written, replaced):
        """Old files ``replaced`` aside (into the staging folder), new files ``written`` in; on any failure every
        file goes back where it was and :func:`write_error` is raised."""
        parent = self.target.parent
        for name in replaced:
            if (parent / name).is_dir():
                raise write_error(parent / name, "a folder of that name is in the way")
        aside = Path(tempfile.mkdtemp(prefix="old-", dir=str(self.folder)))
        moved_aside, moved_in = [], []
        try:
            for name in replaced:
                try:
                    os.replace(str(parent / name), str(aside / name))
                    moved_aside.append(name)
                except FileNotFoundError:  # not there, or no longer: another run writing the same file moved it
                    pass
            for name in written:
                os.replace(str(self.folder / name), str(parent / name))
                moved_in.append(name)
        except OSError as exc:
            for source, target in [(parent / n, self.folder / n) for n in moved_in] + \
                    [(aside / n, parent / n) for n in moved_aside]:
                try:
                    os.replace(str(source), str(target))
                except OSError:  # the old file stays in the staging folder, which is then kept
                    self.kept = True
            raise write_error(self.target, reason_of(exc))

    def discard(self):
        if not getattr(self, "kept", False):
            shutil.rmtree(str(self.folder), ignore_errors=True)


def remove_stale(folder):
    """Remove BuurtKijker staging folders in ``folder`` older than :data:`STALE_AFTER` (a run killed with kill -9
    left one behind, up to 22 MB)."""
    now = time.time()
    try:
        entries = list(os.scandir(str(folder)))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.name.startswith(PREFIX) and entry.is_dir(follow_symlinks=False) and \
                    now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:
            continue


def refuse_open_geopackage(target, wait=0.0):
    """:func:`refuse_busy_geopackage`, asked again every 0.1 s for up to ``wait`` seconds: another BuurtKijker run
    storing its maps into the same file holds it for a moment only (the rollback journal exists while it writes)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return refuse_busy_geopackage(target)
        except BuurtKijkerError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


def refuse_busy_geopackage(target):
    """An existing GeoPackage that another program is writing (or crashed while writing) must not be replaced or
    written into: SQLite would apply that program's write-ahead log (``-wal``) or roll its journal (``-journal``)
    back into the new file, and the other program's commit would fail. A ``-wal`` or ``-journal`` beside it, or a
    write lock held on it, is refused; the file is not opened when a journal is there (opening rolls it back)."""
    target = Path(target)
    if target.suffix.lower() != ".gpkg" or not target.is_file():
        return
    for suffix in ("-wal", "-journal"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{path} is open in QGIS or another program (it has a {wal} file): remove its layers "
                               "from the project or choose another file name."), path=target, wal=side.name)
    if _write_locked(target):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{path} is open in another program that is writing to it: wait until it is done, close "
                           "it there, or choose another file name."), path=target)


def _write_locked(path):
    """Does another connection hold a write lock on the SQLite file ``path``? (Asked without waiting and without
    changing anything: an immediate transaction that is rolled back at once.)"""
    import sqlite3
    try:
        db = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.Error:
        return False
    finally:
        db.close()


def write_file(target, write):
    """``write(path)`` into a temporary file, then move it to ``target``; errors become :class:`BuurtKijkerError`."""
    with Staging(target) as staging:
        try:
            write(staging.path)
        except (OSError, ValueError, RuntimeError) as exc:
            raise write_error(target, reason_of(exc))
        return staging.commit()
