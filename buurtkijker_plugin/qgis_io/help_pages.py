"""The shipped docs (docs/*.md) as HTML, opened offline in the system browser: Help > Plugins > BuurtKijker, the ?
buttons and every algorithm's helpUrl().

``make package`` renders them into the plugin (docs/html/); from a checkout they are rendered on first use into
the profile folder (again when a page changed). docs/ stays the source.
"""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from ..core import markdown_html
from ..paths import PACKAGE

DOCS = next((p for p in (PACKAGE / "docs", PACKAGE.parent / "docs") if (p / "help.md").is_file()), PACKAGE / "docs")
PACKAGED = DOCS / "html"


def pages(docs=DOCS):
    return sorted(p.stem for p in Path(docs).glob("*.md"))


def render_all(target, docs=DOCS):
    """Every docs page as ``target/<page>.html``; the folder."""
    markdown_html.render_folder(docs, target)
    return Path(target)


def _fresh(folder, docs=DOCS):
    return all((folder / (n + ".html")).is_file() and
               (folder / (n + ".html")).stat().st_mtime >= (Path(docs) / (n + ".md")).stat().st_mtime
               for n in pages(docs))


def html_folder():
    """The folder with the rendered pages: the packaged one (made with the package's docs), else a copy in the
    profile, rendered again when a page changed (a checkout)."""
    if (PACKAGED / "help.html").is_file():
        return PACKAGED
    cache = Path(QgsApplication.qgisSettingsDirPath()) / "buurtkijker" / "help"
    if not _fresh(cache):
        render_all(cache)
    return cache


def page_url(page="help", anchor=""):
    """The file URL of a help page (``help``, ``change``, ...), at ``anchor`` if given."""
    name = page if (DOCS / (page + ".md")).is_file() else "help"
    url = QUrl.fromLocalFile(str(html_folder() / (name + ".html")))
    if anchor:
        url.setFragment(anchor)
    return url


def open_help(page="help", anchor=""):
    """Open a help page in the system browser; False if the desktop could not."""
    return QDesktopServices.openUrl(page_url(page, anchor))
