"""The plugin's docs (docs/*.md) as HTML pages, offline and without python-markdown (QGIS installs lack it).

Covers what the docs use: ``#`` headings (with ids for links), paragraphs, ``-``/``*`` and numbered lists with
continuation lines, pipe tables, fenced code, ``>`` quotes, and inline code, bold, italic, links and images.
Links to another ``.md`` page point to its ``.html``. Text is escaped first; only this module's tags are markup.
"""

import html
import re
import shutil
from pathlib import Path

STYLE = ("body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.45;color:#222}"
         "code,pre{background:#f3f3f3;border-radius:3px}code{padding:0 .2em}pre{padding:.6em;overflow:auto}"
         "table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #bbb;padding:.25em .5em;"
         "vertical-align:top}th{background:#eee}img{max-width:100%}blockquote{border-left:4px solid #ccc;"
         "margin:0;padding-left:1em;color:#555}nav{font-size:90%;margin-bottom:1em}")

_CODE = re.compile(r"`([^`]+)`")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_LIST = re.compile(r"^(\s*)([-*]|\d+\.)\s+(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")


def slug(text):
    """The id of a heading, as GitHub makes it: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"<[^>]+>", "", text).lower()
    return re.sub(r"\s", "-", re.sub(r"[^\w\s-]", "", text).strip())


def _href(target):
    scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", target)
    if scheme and scheme.group(1).lower() not in ("http", "https", "mailto"):
        return "#"  # no javascript: or file: links from a page
    page, _, anchor = target.partition("#")
    if page.endswith(".md") and "://" not in page:
        page = page[:-3] + ".html"
    return page + ("#" + anchor if anchor else "")


def inline(text):
    """Escape ``text`` and turn its inline markdown into HTML."""
    codes = []

    def keep(match):
        codes.append("<code>{}</code>".format(html.escape(match.group(1), quote=False)))
        return "\0{}\0".format(len(codes) - 1)

    text = html.escape(_CODE.sub(keep, text), quote=False)
    text = _IMAGE.sub(lambda m: '<img alt="{}" src="{}">'.format(html.escape(m.group(1)), html.escape(m.group(2))),
                      text)
    text = _LINK.sub(lambda m: '<a href="{}">{}</a>'.format(html.escape(_href(m.group(2))), m.group(1)), text)
    text = _ITALIC.sub(r"<em>\1</em>", _BOLD.sub(r"<strong>\1</strong>", text))
    return re.sub("\0(\\d+)\0", lambda m: codes[int(m.group(1))], text)


def _cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table(lines):
    head, rows = _cells(lines[0]), [_cells(line) for line in lines[2:]]
    out = ["<table><tr>" + "".join("<th>{}</th>".format(inline(c)) for c in head) + "</tr>"]
    out += ["<tr>" + "".join("<td>{}</td>".format(inline(c)) for c in row) + "</tr>" for row in rows]
    return "\n".join(out) + "</table>"


def _list(lines):
    """Nested lists from ``lines`` (items and their continuation lines), by indentation."""
    out, stack = [], []  # stack of (indent, tag)
    for line in lines:
        match = _LIST.match(line)
        if not match:  # continuation of the open item
            out[-1] = out[-1] + " " + inline(line.strip())
            continue
        indent, marker, text = len(match.group(1)), match.group(2), match.group(3)
        tag = "ol" if marker[0].isdigit() else "ul"
        while stack and stack[-1][0] > indent:
            out.append("</li></{}>".format(stack.pop()[1]))
        if not stack or stack[-1][0] < indent:
            stack.append((indent, tag))
            out.append("<{}><li>{}".format(tag, inline(text)))
        else:
            out.append("</li><li>{}".format(inline(text)))
    while stack:
        out.append("</li></{}>".format(stack.pop()[1]))
    return "".join(out)


def body(markdown):
    """The HTML of a markdown text (without the page around it)."""
    lines = markdown.replace("\r\n", "\n").split("\n")
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("```"):
            end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("```")), len(lines))
            out.append("<pre><code>{}</code></pre>".format(html.escape("\n".join(lines[i + 1:end]), quote=False)))
            i = end + 1
            continue
        heading = _HEADING.match(line)
        if heading:
            level, text = len(heading.group(1)), inline(heading.group(2))
            out.append('<h{0} id="{1}">{2}</h{0}>'.format(level, slug(text), text))
            i += 1
            continue
        block, j = [], i
        while j < len(lines) and lines[j].strip() and not lines[j].startswith("```") and not (
                j > i and (_HEADING.match(lines[j]) or (_LIST.match(lines[j]) and not _LIST.match(lines[i])))):
            block.append(lines[j])
            j += 1
        i = j
        if len(block) > 1 and block[0].lstrip().startswith("|") and set(block[1].replace(" ", "")) <= set("|-:"):
            out.append(_table(block))
        elif _LIST.match(block[0]):
            out.append(_list(block))
        elif block[0].startswith(">"):
            out.append("<blockquote><p>{}</p></blockquote>".format(
                inline(" ".join(b.lstrip(">").strip() for b in block))))
        else:
            out.append("<p>{}</p>".format(inline(" ".join(b.strip() for b in block))))
    return "\n".join(out)


def page(markdown, title="BuurtKijker", nav=""):
    """A complete, self-contained HTML page (UTF-8, inline style, no scripts)."""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{}</title><style>{}</style></head>\n'
            '<body>{}\n{}\n</body></html>\n').format(html.escape(title), STYLE, nav, body(markdown))


_PAGE_IMAGE = re.compile(r"!\[[^\]]*\]\((img/[^)\s]+)\)")


def _nav(names, current):
    links = ['<a href="{0}.html">{0}</a>'.format(n) if n != current else "<strong>{}</strong>".format(n)
             for n in names]
    return "<nav>BuurtKijker: " + " | ".join(links) + "</nav>"


def render_folder(docs, target):
    """Every ``docs/*.md`` as ``target/<page>.html``, with the images the pages show in ``target/img``."""
    docs, target = Path(docs), Path(target)
    names = sorted(p.stem for p in docs.glob("*.md"))
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        text = (docs / (name + ".md")).read_text(encoding="utf-8")
        for image in _PAGE_IMAGE.findall(text):
            if (docs / image).is_file():
                (target / image).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(docs / image, target / image)
        (target / (name + ".html")).write_text(page(text, "BuurtKijker - " + name, _nav(names, name)),
                                               encoding="utf-8")
    return names
