"""The window's part in keeping personal data no longer than needed: the
File menu's Data protection…, and a notice in the status bar when the
database opens with something past its retention date ("3 events past
their retention date — Review…"). The notice only proposes: nothing is
removed until the user reviews it and agrees. It is read once the window
is on screen, so that the first paint does not wait for it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMenu
from shiboken6 import isValid

from planner.ui import after_paint
from planner.ui.action import make_action

if TYPE_CHECKING:
    from planner.services.change_set import ChangeSet
    from planner.ui.data_protection import DataProtectionDialog
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


class RetentionNotice(QObject):
    """The notice and the menu entry of one window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("retention_notice")
        self.label.setStyleSheet(
            "QLabel { background: palette(tool-tip-base); color: palette(tool-tip-text); padding: 1px 8px; "
            "border-radius: 3px; }"
        )
        self.label.setToolTip(
            translate("RetentionNotice", "Personal data kept past the time set for it: review what to remove")
        )
        self.label.linkActivated.connect(lambda _link: self.review())
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.action = make_action(window, translate("RetentionNotice", "Data &protection…"), self.review)
        self.action.setToolTip(
            translate("RetentionNotice", "How long dietary and access needs are kept, and what is due for removal")
        )
        self.dialog: DataProtectionDialog | None = None
        window.context.store_replaced.connect(lambda: after_paint.later(self.check_now))
        window.context.data_changed.connect(self._data_changed)

    def _data_changed(self, changes: ChangeSet) -> None:
        """A removal made or undone, the days or an audit date changed: what is due may have too."""
        if {"purge", "data_policy", "programme"} & set(changes.tables()):
            self.check()

    def check_now(self) -> None:
        self.check()

    def check(self, today: date | None = None) -> int:
        """Show the notice if something is due (and the database may be
        changed); returns how many events are due."""
        if not isValid(self.label):
            return 0
        context = self.window.context
        if context.read_only:
            self.label.hide()
            return 0
        from planner.services import retention

        with context.read() as session:
            count = retention.due_events(retention.due_on(session, today or date.today()))
        if count:
            text = translate("RetentionNotice", "%n event(s) past their retention date", "", count)
            review = translate("RetentionNotice", "Review…")
            self.label.setText(f'{text} — <a href="review">{review}</a>')
        self.label.setVisible(bool(count))
        return count

    def review(self) -> DataProtectionDialog:
        from planner.ui.data_protection import show_data_protection

        if self.dialog is not None and isValid(self.dialog):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        self.dialog = show_data_protection(self.window.context, self.window)
        self.dialog.finished.connect(lambda _result: self.check())
        return self.dialog


def install(window: MainWindow, menu: QMenu) -> RetentionNotice:
    """File ▸ Data protection… in ``menu``, and the notice, checked once the window is on screen."""
    notice = RetentionNotice(window)
    menu.addAction(notice.action)
    after_paint.later(notice.check_now, unseen=True)
    return notice
