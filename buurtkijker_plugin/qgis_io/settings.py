"""BuurtKijker's user settings, declared once: key, default and allowed values (QgsSettings under ``BuurtKijker/``).

The Options page (Settings > Options > BuurtKijker) edits them; the dock starts from them and stores the choices
the user makes there, so they are the defaults next time. Only the standard library and QGIS: the Options page
works without pandas too.
"""

from qgis.core import QgsSettings

GROUP = "BuurtKijker/"
RESULTS_FOLDER = "results_folder"  # where results go while the project is not saved
METHOD, REFERENCE, CLASSIFICATION, LANGUAGE = "method", "reference", "classification", "language"

METHODS = ("zscore", "minmax", "rank", "imd")  # core.indices.METHODS (a test keeps them equal)
REFERENCES = ("selection", "national")
CLASSIFICATIONS = ("verdict", "jenks", "quantile", "equal", "pretty")
LANGUAGES = ("", "nl", "en")  # "": as QGIS speaks

CHOICES = {METHOD: METHODS, REFERENCE: REFERENCES, CLASSIFICATION: CLASSIFICATIONS, LANGUAGE: LANGUAGES}
DEFAULTS = {RESULTS_FOLDER: "", METHOD: "zscore", REFERENCE: "selection", CLASSIFICATION: "verdict", LANGUAGE: ""}


def value(name):
    """The stored value of setting ``name``, or its default (also for a value that is no longer allowed)."""
    stored = QgsSettings().value(GROUP + name, DEFAULTS[name])
    stored = "" if stored is None else str(stored)
    if name in CHOICES and stored not in CHOICES[name]:
        return DEFAULTS[name]
    return stored


def set_value(name, new):
    new = "" if new is None else str(new)
    if name in CHOICES and new not in CHOICES[name]:
        raise ValueError("{}: {!r} is not one of {}".format(name, new, CHOICES[name]))
    QgsSettings().setValue(GROUP + name, new)
