"""Small widget helpers the dock's panels share: collapsible sections, tight layouts, narrow combo boxes."""

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import QComboBox


def tight(layout):
    layout.setContentsMargins(4, 2, 4, 4)
    layout.setSpacing(3)


def section(title, name, collapsed=False):
    """A collapsible section that remembers (per user, in QgsSettings) whether it was collapsed."""
    return remember_collapsed(QgsCollapsibleGroupBox(title), name, collapsed)


def remember_collapsed(group, name, collapsed=False):
    group.setObjectName(name)
    group.setSaveCollapsedState(True)
    group.setSettingGroup("BuurtKijker")
    group.setCollapsed(collapsed)
    return group


def combo(items):
    """A combo box of (key, label) items; long choices are shown whole in the open list, not forcing a wide dock."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(10)
    for key, label in items:
        box.addItem(label, key)
    return box


def set_combo(box, key):
    index = box.findData(key)
    if index >= 0:
        box.setCurrentIndex(index)
