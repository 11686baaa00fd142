"""File ▸ What left this laptop…: the action, made with the menus; the
dialog and the database code it needs are loaded when it is first chosen,
not while the window starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from planner.ui.action import make_action

if TYPE_CHECKING:
    from planner.ui.disclosures_dialog import DisclosuresDialog
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


def disclosures_action(window: MainWindow) -> QAction:
    return make_action(
        window,
        translate("DisclosuresMenu", "What &left this laptop…"),
        lambda: show_disclosures(window),
        tip=translate(
            "DisclosuresMenu",
            "Every file of personal data written, document printed and e-mail sent, with whose data it held",
        ),
    )


def show_disclosures(window: MainWindow) -> DisclosuresDialog:
    from planner.ui.disclosures_dialog import DisclosuresDialog

    dialog = DisclosuresDialog(window.context, None, window)
    dialog.show()
    return dialog
