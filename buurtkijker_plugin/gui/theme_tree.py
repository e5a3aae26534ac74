"""Checklist of themes; each expands to its indicators with direction and an editable weight."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from ..core import cbs_schema as schema
from ..qgis_io import safe_html
from ..qgis_io.i18n import tr

GREY = QBrush(QColor(150, 150, 150))
THEME_ROLE = Qt.ItemDataRole.UserRole + 1
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 2
SHORT = {"CBS Kerncijfers wijken en buurten": "CBS", "RIVM Gezondheidsmonitor": "RIVM",
         "RIVM Gezondheidsmonitor 65+": "RIVM 65+"}


def direction_text(direction):
    return tr("higher is better") if direction == schema.HIGHER_IS_BETTER else tr("higher is worse")


def weight_text(weight, language="nl"):
    """'1,5' in Dutch, '1.5' in English (weights are read back with either separator)."""
    text = "{:g}".format(weight)
    return text.replace(".", ",") if language == "nl" else text


def direction_sign(direction):
    return "+" if direction == schema.HIGHER_IS_BETTER else "\u2212"


class ThemeTree(QTreeWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([tr("Theme / indicator"), "\u00b1", tr("Weight")])
        self.headerItem().setToolTip(1, tr("+ higher is better, - higher is worse"))
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        trigger = QTreeWidget.EditTrigger
        self.setEditTriggers(trigger.DoubleClicked | trigger.EditKeyPressed | trigger.SelectedClicked)
        self.themes = []
        self.language = "nl"

    def set_themes(self, themes, language="nl"):
        self.themes = list(themes)
        self.language = language
        self.clear()
        for theme in self.themes:
            top = QTreeWidgetItem(self, [theme.label(language), "", ""])
            top.setData(0, THEME_ROLE, theme.id)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Unchecked)  # ticked by set_availability once a layer is read
            top.setToolTip(0, safe_html.tooltip(theme.description.get(language, "")))
            for item in theme.indicators:
                child = QTreeWidgetItem(top, [item.label(language), direction_sign(item.direction),
                                              weight_text(item.weight, language)])
                child.setToolTip(0, safe_html.tooltip(item.label(language)))
                child.setToolTip(1, direction_text(item.direction))
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
                child.setData(0, INDICATOR_ROLE, item.indicator)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)

    def sizeHint(self):  # noqa: N802  (a short list that grows with the dock: the dock fits a laptop screen)
        hint = super().sizeHint()
        hint.setHeight(self.minimumHeight() or 120)
        return hint

    def theme_items(self):
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def set_availability(self, available, empty=(), origins=None):
        """Grey out indicators the layer lacks (with the reason) and untick themes that cannot be computed; returns
        the labels of those themes (for a visible note).

        ``origins``: indicator -> [(source label, [years])]; shown after each available indicator ("· RIVM 2020")
        and in full in its tooltip."""
        origins = origins or {}
        lacking = []
        for top, theme in zip(self.theme_items(), self.themes):
            present, absent = 0.0, set()
            for k, item in enumerate(theme.indicators):
                child = top.child(k)
                origin = origins.get(item.indicator) or []
                if item.indicator in available:
                    present += item.weight
                    reason = ""
                elif item.indicator in empty:
                    reason = tr("no values in this layer")
                else:
                    reason = tr("not in this layer")
                for column in range(3):
                    child.setForeground(column, GREY if reason else QBrush())
                short = ", ".join("{} {}".format(SHORT.get(label, label), "/".join(map(str, years))).strip()
                                  for label, years in origin)
                child.setText(0, "{} \u00b7 {}".format(item.label(self.language), short) if short and not reason
                              else item.label(self.language))
                full = "; ".join("{} {}".format(label, ", ".join(map(str, years))).strip() for label, years in origin)
                child.setToolTip(0, safe_html.tooltip(
                    "{} ({})".format(item.label(self.language), reason) if reason
                    else "{}\n{}".format(item.label(self.language), full) if full else item.label(self.language)))
                if reason and item.indicator not in empty:
                    absent.add(item.indicator)
            needed = theme.needed_weight(absent)
            share = present / needed if needed else 0
            enough = share >= 0.5
            top.setCheckState(0, Qt.CheckState.Checked if enough else Qt.CheckState.Unchecked)
            top.setForeground(0, QBrush() if enough else GREY)
            top.setToolTip(0, tr("{:.0%} of the theme's weight is available; at least 50% is needed").format(share))
            if not enough:
                lacking.append(theme.label(self.language))
        return lacking

    def checked_ids(self):
        return [top.data(0, THEME_ROLE) for top in self.theme_items() if top.checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, theme_ids):
        for top in self.theme_items():
            checked = top.data(0, THEME_ROLE) in theme_ids
            top.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def weights(self, theme_id):
        for top, theme in zip(self.theme_items(), self.themes):
            if theme.id == theme_id:
                out = {}
                for k in range(top.childCount()):
                    child = top.child(k)
                    try:
                        out[child.data(0, INDICATOR_ROLE)] = max(float(child.text(2).replace(",", ".")), 0.0)
                    except ValueError:
                        out[child.data(0, INDICATOR_ROLE)] = theme.indicators[k].weight
                return out
        return {}

    def set_weight(self, theme_id, indicator, weight):
        for top in self.theme_items():
            if top.data(0, THEME_ROLE) == theme_id:
                for k in range(top.childCount()):
                    if top.child(k).data(0, INDICATOR_ROLE) == indicator:
                        top.child(k).setText(2, weight_text(weight, self.language))

    def edited_themes(self):
        """The themes with the weights as edited (weight 0 leaves an indicator out)."""
        return [theme.with_weights(self.weights(theme.id)) for theme in self.themes]
