"""The edits of the Agenda tab: add, change, duplicate, delete, move and
stretch, each a named operation (``planner.operations.agenda``) that the
context makes one undoable step."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from planner.errors import PlannerError
from planner.operations import Operation
from planner.operations.agenda import (
    AddAgendaItem,
    ChangeAgendaItem,
    DeleteAgendaItem,
    DuplicateAgendaItem,
    MoveAgendaItem,
    ResizeAgendaItem,
    new_item_values,
)
from planner.services import agenda, labels
from planner.services.agenda import AgendaEntry, PersonName
from planner.services.language import SOURCE_LANGUAGE, interface_language
from planner.ui.agenda.block import SNAP_MINUTES
from planner.ui.agenda.item_dialog import item_dialog
from planner.ui.agenda.model import AgendaModel, time_span
from planner.ui.forms import FormDialog
from planner.ui.views import View

translate = QCoreApplication.translate


class AgendaEdits(View):
    """The base of AgendaTab: its edits, using the tab's state (event, day,
    selection), which the tab gives as declared here."""

    entries: list[AgendaEntry]
    selected_id: int | None
    model: AgendaModel
    shift_box: QCheckBox

    if TYPE_CHECKING:  # the tab's own; declared here only for the type checker

        def current_day(self) -> date | None: ...
        def shown_view(self) -> QWidget: ...
        def selected_entry(self) -> AgendaEntry | None: ...
        def _entry(self, item_id: int | None) -> AgendaEntry | None: ...
        def _select(self, item_id: int | None) -> None: ...
        def _show_day(self) -> None: ...

    def _rooms(self) -> list[str]:
        return sorted({entry.location for entry in self.entries if entry.location}, key=str.casefold)

    def _people(self, event_id: int) -> list[PersonName]:
        with self.context.read() as session:
            return agenda.people_for_agenda(session, event_id)

    def _saved(self, item_id: Any) -> None:
        """Show the item just saved, on its day."""
        if isinstance(item_id, int) and self.show_item("agenda_item", item_id):
            self.shown_view().setFocus()

    def add_dialog(self, start: datetime | None = None, room: str = "") -> FormDialog | None:
        """The dialog that adds an item, at ``start`` or the first free slot of the day."""
        day, event_id = self.current_day(), self.event_id
        if day is None or event_id is None:
            return None
        with self.context.read() as session:
            values = new_item_values(session, event_id, day, start, room)

        def submit(values: dict[str, Any]) -> int:
            return self.context.perform(AddAgendaItem(event_id, values))

        dialog = item_dialog(
            translate("AgendaEdits", "Add agenda item"), self._people(event_id), self._rooms(), submit, self, values
        )
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        return dialog

    def edit_dialog(self, item_id: int | None = None) -> FormDialog | None:
        entry, event_id = self._entry(item_id if item_id is not None else self.selected_id), self.event_id
        if entry is None or event_id is None:
            return None

        def submit(values: dict[str, Any]) -> int:
            return self.context.perform(ChangeAgendaItem(entry.id, values, self.shift_box.isChecked()))

        dialog = item_dialog(
            translate("AgendaEdits", "Change agenda item"),
            self._people(event_id),
            self._rooms(),
            submit,
            self,
            entry.values(),
        )
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        return dialog

    def add_item(self, start: datetime | None = None, room: str = "") -> None:
        dialog = self.add_dialog(start, room)
        if dialog is not None:
            dialog.exec()

    def edit_item(self, item_id: int | None = None) -> None:
        dialog = self.edit_dialog(item_id)
        if dialog is not None:
            dialog.exec()

    def duplicate_item(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return

        self._saved(self.context.try_perform(self, DuplicateAgendaItem(entry.id)))

    def delete_item(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            translate("AgendaEdits", "Delete agenda item"),
            translate("AgendaEdits", "Delete “{title}” ({day}, {time})?\n\nUndo (Ctrl+Z) brings it back.").format(
                title=entry.title, day=labels.day(entry.day), time=time_span(entry)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.model.row_of(entry.id)
        self.context.try_perform(self, DeleteAgendaItem(entry.id))
        if self._entry(entry.id) is None and self.model.rowCount():
            self.selected_id = self.model.entry(min(row or 0, self.model.rowCount() - 1)).id
            self._select(self.selected_id)

    def move_item(self, item_id: int, starts_at: datetime) -> None:
        self._timeline_edit(MoveAgendaItem(item_id, starts_at))

    def resize_item(self, item_id: int, ends_at: datetime) -> None:
        self._timeline_edit(ResizeAgendaItem(item_id, ends_at, self.shift_box.isChecked()))

    # The keyboard's drag: one press moves or stretches by one step of the drag.

    def nudge_item(self, steps: int) -> None:
        """Move the selected item ``steps`` steps later (earlier if negative)."""
        entry = self.selected_entry()
        if entry is not None:
            self.move_item(entry.id, entry.starts_at + steps * timedelta(minutes=SNAP_MINUTES))

    def stretch_item(self, steps: int) -> None:
        """Make the selected item ``steps`` steps longer (shorter if
        negative), never shorter than one step, as when dragged."""
        entry = self.selected_entry()
        if entry is None:
            return
        ends_at = entry.ends_at + steps * timedelta(minutes=SNAP_MINUTES)
        if ends_at - entry.starts_at >= timedelta(minutes=SNAP_MINUTES):
            self.resize_item(entry.id, ends_at)

    def _timeline_edit(self, operation: Operation[None]) -> None:
        try:
            self.context.perform(operation)
        except PlannerError as error:
            QMessageBox.warning(self, cannot(operation.shown_label), str(error))
            self._show_day()  # the block goes back where it was


def cannot(action: str) -> str:
    """ "Cannot move agenda item": English runs the edit's name into the
    sentence; other languages keep it as it is written."""
    if interface_language() == SOURCE_LANGUAGE:
        action = action[:1].lower() + action[1:]
    return translate("AgendaEdits", "Cannot {action}").format(action=action)
