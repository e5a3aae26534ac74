"""Computation core of BuurtKijker: plain Python, numpy and pandas; no Qt, no qgis.

GDAL (osgeo) is used only by :mod:`sources`, to read files without QGIS, with its exceptions on only inside
:func:`gdal_local.exceptions`.
"""
