"""Names for the buttons that show only an icon, so that a screen reader
can say them and the mouse's tooltip explains them.

Most are Qt's own (the arrow that shows a toolbar's hidden tools, the clear
button of a search box, a calendar's month arrows); Planner's own take the
text of their action or their tooltip."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QToolButton, QWidget

from planner.ui.marking import QT_TRANSLATE_NOOP

# Qt's icon-only buttons, by the object name Qt gives them.
QT_BUTTONS = {
    "qt_toolbar_ext_button": QT_TRANSLATE_NOOP("MainWindow", "More tools"),
    "qt_menubar_ext_button": QT_TRANSLATE_NOOP("MainWindow", "More menus"),
    "qt_calendar_prevmonth": QT_TRANSLATE_NOOP("MainWindow", "Previous month"),
    "qt_calendar_nextmonth": QT_TRANSLATE_NOOP("MainWindow", "Next month"),
    "ScrollLeftButton": QT_TRANSLATE_NOOP("MainWindow", "Scroll left"),
    "ScrollRightButton": QT_TRANSLATE_NOOP("MainWindow", "Scroll right"),
}
translate = QCoreApplication.translate


def _plain(text: str) -> str:
    """A menu text or a tooltip as a name: no mnemonic, no ellipsis, no keys."""
    text = text.replace("&", "").rstrip("…").strip()
    return re.sub(r"\s*\([^()]*\)$", "", text)


def _name_for(button: QAbstractButton) -> str:
    if button.objectName() in QT_BUTTONS:
        return translate("MainWindow", QT_BUTTONS[button.objectName()])
    if isinstance(button.parentWidget(), QLineEdit):
        return translate("MainWindow", "Clear")  # the clear button of a search or text box
    action = button.defaultAction() if isinstance(button, QToolButton) else None
    if action is not None and action.text():
        return _plain(action.text())
    return _plain(button.toolTip())


def name_icon_buttons(root: QWidget) -> None:
    """Give every icon-only button under ``root`` an accessible name and a
    tooltip where it lacks them."""
    for button in root.findChildren(QAbstractButton):
        if button.text().replace("&", "").strip():
            continue  # its text is its name
        name = button.accessibleName().strip() or _name_for(button)
        if not name:
            continue
        if not button.accessibleName().strip():
            button.setAccessibleName(name)
        if not button.toolTip().strip():
            button.setToolTip(name)
