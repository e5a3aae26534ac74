"""User-facing errors of the core, translatable without importing Qt.

Messages are English templates marked with ``QT_TRANSLATE_NOOP`` so that ``pylupdate5`` extracts them into
``i18n/*.ts``; the QGIS layer translates them with ``QCoreApplication.translate`` (see ``qgis_io.i18n``).
"""

CONTEXT = "BuurtKijker"


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    return text


class BuurtKijkerError(Exception):
    """An error meant for the user: a message template plus the values to fill in."""

    def __init__(self, template, **params):
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate=None):
        text = translate(CONTEXT, self.template) if translate else self.template
        return text.format(**self.params)


class Cancelled(BuurtKijkerError):
    """The user cancelled a computation; nothing was written."""

    def __init__(self):
        super().__init__(QT_TRANSLATE_NOOP("BuurtKijker", "Cancelled; nothing was written."))
