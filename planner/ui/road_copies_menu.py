"""Event ▸ Check out to a laptop copy… and Check in…, on a shared
database: an event taken on the road in a laptop file that nobody else
changes meanwhile, and brought back with its conflicts listed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.errors import PlannerError
from planner.ui.action import make_action

if TYPE_CHECKING:
    from planner.services.checkin import CheckedIn
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


class RoadCopiesMenu:
    """The two actions of the Event menu, and what they do."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.check_out_action = make_action(
            window, translate("RoadCopiesMenu", "Check &out to a laptop copy…"), self.check_out
        )
        self.check_in_action = make_action(
            window, translate("RoadCopiesMenu", "Check &in a laptop copy…"), self.check_in
        )

    def update(self) -> None:
        """Only on a shared database; checking out needs an event shown."""
        context = self.window.context
        shared = context.is_shared and not context.read_only
        self.check_out_action.setEnabled(shared and self.window.current_event_id() is not None)
        self.check_in_action.setEnabled(shared)

    def check_out(self) -> None:
        from planner.operations.road_copies import check_out_to

        event_id = self.window.current_event_id()
        if event_id is None:
            return
        title = translate("RoadCopiesMenu", "Check out to a laptop copy")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(Path.home() / "laptop-copy.sqlite"),
            translate("RoadCopiesMenu", "Planner databases (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing copy is added to, never overwritten
        )
        if not chosen:
            return
        try:
            check_out_to(self.window.context.store, event_id, Path(chosen))
        except PlannerError as error:
            QMessageBox.warning(self.window, title, str(error))
            return
        self.window.event_view.set_event(event_id)  # its header says who has it now
        QMessageBox.information(
            self.window,
            title,
            translate(
                "RoadCopiesMenu",
                "The event is checked out to {path}. Open that file on the laptop to change the event there; "
                "nobody can change it here until it is checked in.",
            ).format(path=chosen),
        )

    def check_in(self) -> None:
        from planner.operations.road_copies import check_in_from

        title = translate("RoadCopiesMenu", "Check in a laptop copy")
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, title, str(Path.home()), translate("RoadCopiesMenu", "Planner databases (*.sqlite)")
        )
        if not chosen:
            return
        store = self.window.context.store
        try:
            planned, _ = check_in_from(Path(chosen), store, dry_run=True)
            asked = QMessageBox(QMessageBox.Icon.Question, title, self._summary(planned), parent=self.window)
            asked.setInformativeText(translate("RoadCopiesMenu", "Bring these changes back and release the events?"))
            if planned.conflicts:
                asked.setDetailedText("\n".join(conflict.line() for conflict in planned.conflicts))
            asked.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
            if asked.exec() != QMessageBox.StandardButton.Ok:
                return
            done, kept = check_in_from(Path(chosen), store)
        except PlannerError as error:
            QMessageBox.warning(self.window, title, str(error))
            return
        if self.window.event_view.event_id is not None:
            self.window.event_view.set_event(self.window.event_view.event_id)
        told = self._summary(done)
        if kept is not None:
            told += "\n\n" + translate(
                "RoadCopiesMenu", "The conflicts (the server's values were kept) are listed in {path}."
            ).format(path=kept)
        QMessageBox.information(self.window, title, told)

    @staticmethod
    def _summary(done: CheckedIn) -> str:
        return translate(
            "RoadCopiesMenu",
            "{added} added, {changed} changed, {removed} removed, {other} rows of speakers, attendance and messages "
            "made as on the laptop; conflicts: {conflicts}",
        ).format(
            added=done.added,
            changed=done.changed,
            removed=done.removed,
            other=done.in_step,
            conflicts=len(done.conflicts),
        )
