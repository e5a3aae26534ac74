"""Every input's hash unchanged: ``with unchanged(path, ...):`` hashes the files (every file under a folder) before
the block and asserts after it that none was changed, removed or added beside them."""

import contextlib
import hashlib
from pathlib import Path


def hashes(*paths):
    out = {}
    for path in map(Path, paths):
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for item in files:
            out[str(item)] = hashlib.sha256(item.read_bytes()).hexdigest() if item.exists() else None
    return out


@contextlib.contextmanager
def unchanged(*paths):
    """Assert that the files (and folders) ``paths`` are byte for byte the same after the block, also when it
    raises (the assertion then comes after the block's exception is handled by the caller's pytest.raises)."""
    before = hashes(*paths)
    try:
        yield before
    finally:
        after = hashes(*paths)
        assert after == before, "inputs changed: {}".format(
            sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k)))
