"""Peak memory of the national uncertainty run with the most draws the engine accepts (docs/errors.md, Memory).

Usage: .venv/bin/python scripts/uncertainty_memory.py [national CBS table]   (takes about a minute or two)
"""

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from buurtkijker_plugin.core import indices, sources, themes, uncertainty  # noqa: E402

TABLE = ROOT.parent / "shared" / "data" / "real" / "cbs_kwb_2024_buurten_nl_table" / "cbs_kwb_2024_buurten_nl.csv"


def main(path=TABLE):
    table = sources.load_table(path)
    loaded = themes.load_themes(ROOT / "resources" / "themes" / "buurtkijker_themes.json")
    draws = 5000  # the UNCERTAINTY parameter's maximum; the engine lowers it to what fits for this table
    result = indices.compute(table, loaded, None, indices.Options(reference="national"))
    columns = len(result.computed_themes) + 1
    draws = min(draws, uncertainty.max_draws(len(table.data), columns))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    start = time.monotonic()
    indices.compute(table, loaded, None, indices.Options(reference="national", uncertainty_draws=draws))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print("{} buurten, {} rank columns, {} draws: {:.1f} s, peak {} MiB ({} MiB before the run)".format(
        len(table.data), columns, draws, time.monotonic() - start, peak, before))


if __name__ == "__main__":
    main(*sys.argv[1:])
