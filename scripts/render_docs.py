"""Render docs/*.md to HTML into a folder (run by `make package`: build/buurtkijker/docs/html).

    python scripts/render_docs.py build/buurtkijker/docs/html

Uses the plugin's own converter (core.markdown_html), the same that renders them at runtime from a checkout.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from buurtkijker_plugin.core import markdown_html  # noqa: E402


def main(argv):
    target = Path(argv[0]) if argv else ROOT / "build" / "docs_html"
    names = markdown_html.render_folder(ROOT / "docs", target)
    print("rendered {} help pages into {}".format(len(names), target))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
