#!/usr/bin/env python3
"""Fill the unfinished entries of i18n/*.ts after ``make update-ts``: English as the source text, Dutch from a
JSON file ``{source: text}``; prints the sources still without a Dutch text. The files' own layout is kept.

Run: ``python3 scripts/fill_ts.py nieuw_nl.json``.
"""

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MESSAGE = re.compile(r"(<source>([^<]*)</source>\s*)<translation type=\"unfinished\">([^<]*)</translation>")


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
            .replace('"', "&quot;"))


def fill(language, texts):
    path = ROOT / "i18n" / "buurtkijker_{}.ts".format(language)
    missing = []

    def replace(match):
        source = html.unescape(match.group(2))
        text = source if language == "en" else texts.get(source)
        if text is None:
            missing.append(source)
            return match.group(0)
        return "{}<translation>{}</translation>".format(match.group(1), escape(text))

    path.write_text(MESSAGE.sub(replace, path.read_text(encoding="utf-8")), encoding="utf-8")
    return missing


if __name__ == "__main__":
    dutch = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")) if len(sys.argv) > 1 else {}
    fill("en", {})
    for source in fill("nl", dutch):
        print(repr(source))
