"""Write output files so that a failure or Cancel leaves nothing half-written and an existing file as it was.

Everything is written into a temporary folder beside the target (same file system), checked, and only then moved
into place with ``os.replace`` (atomic per file). A shapefile's sidecar files move together; stale sidecars of an
older shapefile of the same name (``.qix``, ``.cpg`` ...) are removed after the move.
"""

import os
import shutil
import tempfile
from pathlib import Path

from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError

SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj", ".shp.xml")
PREFIX = ".buurtkijker-"


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

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, traceback):
        self.discard()
        return False

    def commit(self):
        """Move what was written into place, replacing the target (and, for a shapefile, its sidecars)."""
        if not self.folder.exists():
            return self.target
        refuse_open_geopackage(self.target)
        written = sorted(p.name for p in self.folder.iterdir())
        if not written:
            raise write_error(self.target, "nothing was written")
        if self.target.suffix.lower() == ".gpkg" and self.target.name in written:
            from .notes_store import carry_over  # a rerun into the same GeoPackage keeps its notes
            carry_over(self.target, self.folder / self.target.name)
        try:
            for name in written:
                os.replace(str(self.folder / name), str(self.target.parent / name))
        except OSError as exc:
            raise write_error(self.target, reason_of(exc))
        if self.target.suffix.lower() == ".shp":
            stem = self.target.name[:-4]
            for part in SHAPEFILE_PARTS:
                stale = self.target.parent / (stem + part)
                if stem + part not in written and stale.exists():
                    stale.unlink()
        self.discard()
        return self.target

    def discard(self):
        shutil.rmtree(str(self.folder), ignore_errors=True)


def refuse_open_geopackage(target):
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
