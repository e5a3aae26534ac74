"""The ? of the dock and of every BuurtKijker dialog: opens the page of the shipped help (offline, system browser)."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDialogButtonBox, QToolButton

from ..qgis_io.help_pages import open_help
from ..qgis_io.i18n import tr


def help_button(page="help", anchor="", parent=None):
    """A small ? tool button opening ``docs/<page>.md`` (as HTML) at ``anchor``."""
    button = QToolButton(parent)
    button.setObjectName("bkHelpButton")
    button.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
    button.setText("?")
    button.setToolTip(tr("Help (opens the BuurtKijker help in your browser)"))
    button.setAutoRaise(True)
    button.clicked.connect(lambda: open_help(page, anchor))
    return button


def add_help(buttons, page="help", anchor=""):
    """Give a dialog's QDialogButtonBox a Help button opening ``docs/<page>.md`` at ``anchor``."""
    buttons.addButton(QDialogButtonBox.StandardButton.Help)
    buttons.helpRequested.connect(lambda: open_help(page, anchor))
    return buttons
