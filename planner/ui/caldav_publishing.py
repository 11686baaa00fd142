"""Calendar ▸ Publish to a calendar server… and Calendar ▸ Publish now: the
event's calendar put on a CalDAV calendar that partners subscribe to once
(the dialog and the work: caldav_publish_dialog.py, loaded when first
used, as the database code is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from planner.ui.action import make_action

if TYPE_CHECKING:
    from planner.ui import tasks
    from planner.ui.caldav_publish_dialog import CalDavPublishDialog
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


class CalDavPublishing(QObject):
    """The two actions of the Calendar menu."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.set_up_action = make_action(
            window, translate("CalDavPublishing", "Publish to a calendar &server…"), self.set_up
        )
        self.set_up_action.setStatusTip(
            translate(
                "CalDavPublishing",
                "Put the programme into a CalDAV calendar (Nextcloud, Radicale…) that partners subscribe to",
            )
        )
        self.now_action = make_action(window, translate("CalDavPublishing", "Publish &now"), self.publish_now)
        self.now_action.setStatusTip(
            translate("CalDavPublishing", "Bring the published calendar up to date with the programme")
        )
        self.actions = [self.set_up_action, self.now_action]
        self.context.current_event_changed.connect(self._update)
        self.context.store_replaced.connect(self._update)
        self.context.data_changed.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        from planner.services.publication_reads import is_published

        event_id = self.window.current_event_id()
        # Publishing records what each item said (its SEQUENCE): not on a read-only database.
        can = event_id is not None and not self.context.read_only
        self.set_up_action.setEnabled(can)
        if can and event_id is not None:
            with self.context.rows() as rows:  # the first look's, before the database is open
                can = is_published(rows, event_id, up_to_date=self.context.store_is_open)
        self.now_action.setEnabled(can)

    def set_up(self) -> CalDavPublishDialog | None:
        from planner.ui.caldav_publish_dialog import CalDavPublishDialog

        event_id = self.window.current_event_id()
        if event_id is None:
            return None
        dialog = CalDavPublishDialog(self.context, event_id, self.window)
        dialog.open()
        return dialog

    def publish_now(self) -> tasks.Task | None:
        from planner.ui.caldav_publish_dialog import publish_now

        event_id = self.window.current_event_id()
        if event_id is None:
            return None
        return publish_now(self.window, self.context, event_id)
