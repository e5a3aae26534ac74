"""The docs' own markdown converter (the help pages shipped as HTML, offline, without python-markdown)."""

from pathlib import Path

from buurtkijker_plugin.core import markdown_html as md

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_blocks_and_inline_markup():
    html = md.body("# BuurtKijker — help\n\nSee [methods](methodology.md#5-one-verdict-per-buurt) and *this* "
                   "**bold** `a < b`.\n\n- one\n  continued\n- two\n  1. inner\n\n| a | b |\n| --- | --- |\n"
                   "| `x` | y |\n\n```\n<raw> & code\n```\n\n> quoted\n")
    assert '<h1 id="buurtkijker--help">BuurtKijker — help</h1>' in html
    assert '<a href="methodology.html#5-one-verdict-per-buurt">methods</a>' in html
    assert "<em>this</em> <strong>bold</strong> <code>a &lt; b</code>" in html
    assert "<ul><li>one continued</li><li>two<ol><li>inner</li></ol></li></ul>" in html
    assert "<table><tr><th>a</th><th>b</th></tr>\n<tr><td><code>x</code></td><td>y</td></tr></table>" in html
    assert "<pre><code>&lt;raw&gt; &amp; code</code></pre>" in html
    assert "<blockquote><p>quoted</p></blockquote>" in html


def test_text_is_escaped_never_markup():
    html = md.body('<script>alert(1)</script> [x](javascript:alert(1) "t") <img src=x onerror=y>')
    assert "<script>" not in html and "<img src=x" not in html and "&lt;script&gt;" in html
    assert md.body("[a](javascript:alert(1)) [b](https://cbs.nl)") == (
        '<p><a href="#">a</a>) <a href="https://cbs.nl">b</a></p>')


def test_every_docs_page_renders_with_its_headings_and_links(tmp_path):
    names = md.render_folder(DOCS, tmp_path)
    assert "help" in names and "methodology" in names
    for name in names:
        text = (DOCS / (name + ".md")).read_text(encoding="utf-8")
        page = (tmp_path / (name + ".html")).read_text(encoding="utf-8")
        assert page.startswith("<!DOCTYPE html>") and "<script" not in page.lower()
        for line in text.splitlines():
            if line.startswith("## ") and "`" not in line:
                assert 'id="{}"'.format(md.slug(md.inline(line[3:]))) in page, (name, line)
        for target in __import__("re").findall(r'href="([a-z_]+)\.html', page):
            assert (tmp_path / (target + ".html")).is_file(), (name, target)
    assert (tmp_path / "img" / "validation.png").is_file()  # the images a page shows travel with it
