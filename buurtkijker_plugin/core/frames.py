"""pandas 1.5 to 3 in one place.

pandas 3 (January 2026, what ``pip install pandas`` gives QGIS users on Windows and macOS) reads text into its
``str`` dtype rather than ``object``, and under Copy-on-Write the arrays it hands out are read-only: write only into
``to_numpy(copy=True)``. Debian 12's pandas 1.5 has neither.
"""

import pandas as pd


def is_text(series):
    """Is ``series`` a text column: ``object`` (pandas < 3, or mixed), ``string`` or pandas 3's ``str``?"""
    dtype = series.dtype
    return dtype == object or isinstance(dtype, pd.StringDtype)
