"""Translation for the QGIS side: one ``tr()``, the plugin translator, and translated core errors.

``pylupdate5`` files bare ``tr("...")`` calls under the ``@default`` context, wherever they stand; core messages
are marked with ``QT_TRANSLATE_NOOP("BuurtKijker", ...)``. Only plain literals are extracted: write
``tr("... {}").format(x)``.
"""

import contextlib

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import dependencies
from ..core.errors import CONTEXT, BuurtKijkerError
from ..paths import I18N

_translator = None
_language = None  # the language of the installed translator


def tr(text):
    return QCoreApplication.translate("@default", text)


def user_language():
    """'nl' or 'en': BuurtKijker's own language setting (Options page), else QGIS' locale (Dutch unless QGIS says
    otherwise and it is not Dutch)."""
    settings = QgsSettings()
    own = settings.value("BuurtKijker/language", "") or ""
    if own in ("nl", "en"):
        return own
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    return "en" if name and not name.lower().startswith("nl") else "nl"


def install_translator(language=None):
    """Load ``i18n/buurtkijker_<lang>.qm`` into the application; return the language used."""
    global _translator, _language
    language = language or user_language()
    remove_translator()
    translator = QTranslator()
    if translator.load(str(I18N / "buurtkijker_{}.qm".format(language))):
        QCoreApplication.installTranslator(translator)
        _translator = translator
        _language = language
    return language


@contextlib.contextmanager
def language_scope(language):
    """Let ``tr()`` speak ``language`` for a while: a map in Dutch from an English QGIS (or the other way round).

    The translator of that language is installed on top of the others (Qt asks the last installed first) and
    taken away afterwards. Only for work on the main thread (layouts): it changes what every tr() returns."""
    current = _language or "en"  # no translator installed: tr() gives the English source text
    if not language or language == current:
        yield language or current
        return
    translator = QTranslator()
    loaded = translator.load(str(I18N / "buurtkijker_{}.qm".format(language)))
    if loaded:
        QCoreApplication.installTranslator(translator)
    try:
        yield language
    finally:
        if loaded:
            QCoreApplication.removeTranslator(translator)


def remove_translator():
    global _translator, _language
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
        _language = None


def error_text(exc):
    """The message of an exception in the user's language."""
    if isinstance(exc, BuurtKijkerError):
        return exc.message(QCoreApplication.translate)
    return str(exc)


def missing_packages_text(names, platform=None):
    """What the user misses without the Python packages ``names`` and how to install them on ``platform``."""
    kind = dependencies.platform_name(platform)
    uses = []
    for name in names:
        use = QCoreApplication.translate(CONTEXT, dependencies.NEEDED_FOR[name])
        if use not in uses:
            uses.append(use)
    text = tr("This QGIS has no {packages}, needed for {uses}. To install: {where} {command} and restart QGIS.").format(
        packages=", ".join(names), uses="; ".join(uses),
        where=QCoreApplication.translate(CONTEXT, dependencies.WHERE[kind]),
        command=dependencies.install_command(names, platform))
    if set(names) & set(dependencies.COMPUTING):
        return text + " " + tr("Until then the BuurtKijker dock and algorithms are not available.")
    return text + " " + tr("Everything else works: the dock, computing indices, maps and layouts.")


def broken_packages_text(error, platform=None):
    """A package BuurtKijker computes with is installed but fails to import (``error``): how to install it again."""
    kind = dependencies.platform_name(platform)
    names = list(dependencies.COMPUTING)
    return tr("The Python packages {packages} are installed but do not work ({error}). To install them again: "
              "{where} {command} and restart QGIS. Until then the BuurtKijker dock and algorithms are not "
              "available.").format(packages=", ".join(names), error=error,
                                   where=QCoreApplication.translate(CONTEXT, dependencies.WHERE[kind]),
                                   command=dependencies.install_command(names, platform))


def computing_problem_text(platform=None):
    """Why BuurtKijker cannot compute here (numpy or pandas missing or broken) with the install line, or ""."""
    absent, error = dependencies.import_problem()
    if absent:
        return missing_packages_text(absent, platform)
    return broken_packages_text(error, platform) if error else ""
