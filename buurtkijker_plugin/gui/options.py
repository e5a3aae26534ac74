"""Settings > Options > BuurtKijker: results folder, default method, reference, classification and language
(:mod:`qgis_io.settings`). The dock starts from these and stores its last choices in the same settings."""

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from ..paths import ICON
from ..qgis_io import settings
from ..qgis_io.i18n import tr
from .help_button import help_button


def _labels():
    """Display names of the choices (the method names from the shared vocabulary when pandas is there)."""
    try:
        from ..core import vocabulary
        from ..qgis_io.i18n import user_language
        methods = {m: vocabulary.method_name(m, user_language()) for m in settings.METHODS}
    except Exception:  # noqa: BLE001 - without pandas: the method keys
        methods = {m: m for m in settings.METHODS}
    return {
        settings.METHOD: methods,
        settings.REFERENCE: {"selection": tr("the chosen gemeenten"),
                             "national": tr("all buurten in the layer (national)")},
        settings.CLASSIFICATION: {"verdict": tr("Verdict classes (one word per buurt)"),
                                  "jenks": tr("Natural breaks (Jenks)"), "quantile": tr("Quantile"),
                                  "equal": tr("Equal interval"), "pretty": tr("Pretty breaks")},
        settings.LANGUAGE: {"": tr("As QGIS (Dutch unless QGIS speaks another language)"), "nl": "Nederlands",
                            "en": "English"},
    }


class BuurtKijkerOptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("bkOptionsPage")
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        intro = QLabel(tr("Defaults of the BuurtKijker dock. The dock also remembers the choices you make in it."))
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        top.addWidget(help_button("help", "getting-started", self))
        box.addLayout(top)
        form = QFormLayout()
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(settings.value(settings.RESULTS_FOLDER))
        self.folder.setToolTip(tr("Where results are saved while the project is not saved (a saved project's "
                                  "results go to its folder)."))
        form.addRow(tr("Results folder"), self.folder)
        self.combos = {}
        labels = _labels()
        for name, title in ((settings.METHOD, tr("Method")), (settings.REFERENCE, tr("Reference")),
                            (settings.CLASSIFICATION, tr("Classification")), (settings.LANGUAGE, tr("Language"))):
            combo = QComboBox()
            for key in settings.CHOICES[name]:
                combo.addItem(labels[name].get(key, key), key)
            combo.setCurrentIndex(max(0, combo.findData(settings.value(name))))
            self.combos[name] = combo
            form.addRow(title, combo)
        box.addLayout(form)
        note = QLabel(tr("A new language applies after QGIS restarts."))
        note.setWordWrap(True)
        box.addWidget(note)
        box.addStretch(1)

    def apply(self):
        settings.set_value(settings.RESULTS_FOLDER, self.folder.filePath().strip())
        for name, combo in self.combos.items():
            settings.set_value(name, combo.currentData())

    def helpKey(self):  # noqa: N802
        return ""


class BuurtKijkerOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("BuurtKijker"))

    def icon(self):
        return QIcon(str(ICON))

    def createWidget(self, parent):  # noqa: N802
        return BuurtKijkerOptionsPage(parent)


def remember(combo, name):
    """Start ``combo`` (items carrying the setting's values as data) at setting ``name`` and store every choice made
    in it there: the dock's last choice is the default next time."""
    index = combo.findData(settings.value(name))
    if index >= 0:
        combo.setCurrentIndex(index)
    combo.currentIndexChanged.connect(lambda _: settings.set_value(name, combo.currentData()))
