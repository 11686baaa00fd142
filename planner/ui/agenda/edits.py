"""The edits of the Agenda tab: add, change, duplicate, delete, move and
stretch, each one undoable edit through ``AppContext.edit``."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox
from sqlmodel import Session

from planner.services import agenda, labels
from planner.services.agenda import AgendaEntry, PersonName
from planner.ui.agenda.item_dialog import item_dialog
from planner.ui.agenda.model import time_span
from planner.ui.forms import FormDialog

if TYPE_CHECKING:
    from planner.ui.agenda.tab import AgendaTab

DEFAULT_LENGTH = timedelta(hours=1)


class AgendaEdits:
    """Mixed into AgendaTab, whose state (event, day, selection) it uses."""

    def _rooms(self: AgendaTab) -> list[str]:
        return sorted({entry.location for entry in self.entries if entry.location}, key=str.casefold)

    def _people(self: AgendaTab) -> list[PersonName]:
        with self.context.read() as session:
            return agenda.people_for_agenda(session, self.event_id)

    def _saved(self: AgendaTab, item_id: Any) -> None:
        """Show the item just saved, on its day."""
        if isinstance(item_id, int) and self.show_item("agenda_item", item_id):
            self.stack.currentWidget().setFocus()

    def add_dialog(self: AgendaTab, start: datetime | None = None, room: str = "") -> FormDialog | None:
        """The dialog that adds an item, at ``start`` or the first free slot of the day."""
        day, event_id = self.current_day(), self.event_id
        if day is None or event_id is None:
            return None
        if start is None:
            with self.context.read() as session:
                start = agenda.free_slot(session, event_id, day, DEFAULT_LENGTH)
            start = start or datetime.combine(day, time(9))
        end = min(start + DEFAULT_LENGTH, datetime.combine(start.date() + timedelta(days=1), time()))
        values = {"starts_at": start, "ends_at": end, "kind": "session", "location": room}

        def submit(values: dict[str, Any]) -> int:
            return self.context.edit(
                "Add agenda item", lambda session: agenda.create_item(session, event_id, **values).id
            )

        dialog = item_dialog("Add agenda item", self._people(), self._rooms(), submit, self, values)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        return dialog

    def edit_dialog(self: AgendaTab, item_id: int | None = None) -> FormDialog | None:
        entry = self._entry(item_id if item_id is not None else self.selected_id)
        if entry is None:
            return None

        def submit(values: dict[str, Any]) -> int:
            shift = self.shift_box.isChecked()
            return self.context.edit("Change agenda item", lambda session: _save_changes(session, entry, values, shift))

        dialog = item_dialog("Change agenda item", self._people(), self._rooms(), submit, self, entry.values())
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        return dialog

    def add_item(self: AgendaTab, start: datetime | None = None, room: str = "") -> None:
        dialog = self.add_dialog(start, room)
        if dialog is not None:
            dialog.exec()

    def edit_item(self: AgendaTab, item_id: int | None = None) -> None:
        dialog = self.edit_dialog(item_id)
        if dialog is not None:
            dialog.exec()

    def duplicate_item(self: AgendaTab) -> None:
        entry = self.selected_entry()
        if entry is None:
            return

        def work(session: Session) -> int:
            # The copy goes to the first free slot after the original, if the day has one.
            start = agenda.free_slot(
                session, self.event_id, entry.day, entry.ends_at - entry.starts_at, after=entry.ends_at
            )
            return agenda.duplicate_item(session, entry.id, starts_at=start).id

        self._saved(self.context.try_edit(self, "Duplicate agenda item", work))

    def delete_item(self: AgendaTab) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete agenda item",
            f"Delete “{entry.title}” ({labels.day(entry.day)}, {time_span(entry)})?\n\nUndo (Ctrl+Z) brings it back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.model.row_of(entry.id)
        self.context.try_edit(self, "Delete agenda item", lambda session: agenda.delete_item(session, entry.id))
        if self._entry(entry.id) is None and self.model.rowCount():
            self.selected_id = self.model.entry(min(row or 0, self.model.rowCount() - 1)).id
            self._select(self.selected_id)

    def move_item(self: AgendaTab, item_id: int, starts_at: datetime) -> None:
        self._timeline_edit("Move agenda item", lambda session: agenda.move_item(session, item_id, starts_at))

    def resize_item(self: AgendaTab, item_id: int, ends_at: datetime) -> None:
        shift = self.shift_box.isChecked()
        self._timeline_edit(
            "Change length of agenda item",
            lambda session: agenda.resize_item(session, item_id, ends_at, shift_following=shift),
        )

    def _timeline_edit(self: AgendaTab, label: str, work) -> None:
        done = self.context.try_edit(self, label, lambda session: work(session) or True)
        if not done:
            self._show_day()  # the block goes back where it was


def _save_changes(session: Session, entry: AgendaEntry, values: dict[str, Any], shift_following: bool) -> int:
    """Save the dialog's values; a new length with "Move following items"
    moves the items after it on that day too."""
    if shift_following and values["starts_at"] == entry.starts_at and values["ends_at"] != entry.ends_at:
        agenda.update_item(session, entry.id, **{name: value for name, value in values.items() if name != "ends_at"})
        agenda.resize_item(session, entry.id, values["ends_at"], shift_following=True)
    else:
        agenda.update_item(session, entry.id, **values)
    return entry.id
