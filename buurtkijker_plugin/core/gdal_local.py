"""GDAL exceptions for the plugin's own calls only: never a process-wide ``gdal.UseExceptions()``.

QGIS and every other plugin share one GDAL. Turning its exceptions on at import makes another plugin's
``gdal.Open`` raise where it expects None (QGIS 3.22), so the plugin turns them on around its own calls and puts the
previous state back: ``gdal.ExceptionMgr`` where GDAL has it (3.7+), the same by hand before.
"""

from contextlib import contextmanager


@contextmanager
def exceptions():
    """``with exceptions() as gdal:`` GDAL calls in the block raise RuntimeError; afterwards the state is as before."""
    from osgeo import gdal, ogr  # noqa: F401  (ogr registers the vector drivers' constants)
    if hasattr(gdal, "ExceptionMgr"):
        with gdal.ExceptionMgr(useExceptions=True):
            yield gdal
        return
    before = gdal.GetUseExceptions()
    if not before:
        gdal.UseExceptions()
    try:
        yield gdal
    finally:
        if not before:
            gdal.DontUseExceptions()
