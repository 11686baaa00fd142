"""Event ▸ Attendance…: who is present, ticked at the door or copied from a
signed sheet, day by day (and morning and afternoon where the event's
sheets have both). Each tick is one undoable step and marks the participant
as attended; the number present is what the day's signature sheet prints.
Typing a name finds it among many."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.operations.attendance import MarkPresent, SignInHalves
from planner.services import attendance, events, labels
from planner.services.change_set import ChangeSet
from planner.services.participants import NOT_COMING, participant_rows
from planner.services.search import name_order
from planner.services.times import day_range
from planner.ui.context import AppContext

translate = QCoreApplication.translate

PERSON = Qt.ItemDataRole.UserRole


class DoorCheckIn(QDialog):
    def __init__(self, context: AppContext, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.event_id = context, event_id
        self.setWindowTitle(translate("DoorCheckIn", "Attendance"))
        self.setMinimumSize(520, 560)
        with context.read() as session:
            event = events.get_event(session, event_id)
            self.days = day_range(event.starts_on, event.ends_on)
            halves = event.attendance_halves

        self.day = QComboBox(self)
        for day in self.days:
            self.day.addItem(labels.day(day), day)
        today = date.today()
        if today in self.days:
            self.day.setCurrentIndex(self.days.index(today))
        self.halves = QCheckBox(translate("DoorCheckIn", "Signed &morning and afternoon apart"), self)
        self.halves.setChecked(halves)
        self.part = QComboBox(self)
        self.part.addItem(translate("DoorCheckIn", "Morning"), "morning")
        self.part.addItem(translate("DoorCheckIn", "Afternoon"), "afternoon")
        self.source = QComboBox(self)
        self.source.addItem(translate("DoorCheckIn", "Ticked at the door"), "door")
        self.source.addItem(translate("DoorCheckIn", "From a signed sheet"), "sheet")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("DoorCheckIn", "Type a name to find it"))
        self.search.setClearButtonEnabled(True)
        self.people = QListWidget(self)
        self.count = QLabel(self)

        form = QFormLayout()
        form.addRow(translate("DoorCheckIn", "&Day"), self.day)
        form.addRow("", self.halves)
        self.part_label = QLabel(translate("DoorCheckIn", "&Part of the day"), self)
        self.part_label.setBuddy(self.part)
        form.addRow(self.part_label, self.part)
        form.addRow(translate("DoorCheckIn", "&Source"), self.source)
        form.addRow(translate("DoorCheckIn", "&Find"), self.search)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)

        self._filling = False
        self.day.currentIndexChanged.connect(self.refresh)
        self.part.currentIndexChanged.connect(self.refresh)
        self.halves.toggled.connect(self._halves_toggled)
        self.search.textChanged.connect(self._filter)
        self.people.itemChanged.connect(self._ticked)
        context.data_changed.connect(self._changed)
        self.finished.connect(lambda _result: context.data_changed.disconnect(self._changed))
        self.refresh()

    @property
    def part_of_day(self) -> str:
        return str(self.part.currentData()) if self.halves.isChecked() else attendance.WHOLE_DAY

    @property
    def chosen_day(self) -> date:
        return self.day.currentData()

    def refresh(self) -> None:
        """The list as the database has it now, for the day and part shown."""
        self.part.setVisible(self.halves.isChecked())
        self.part_label.setVisible(self.halves.isChecked())
        with self.context.read() as session:
            rows = [row for row in participant_rows(session, self.event_id) if row.status not in NOT_COMING]
            present = attendance.present_people(session, self.event_id, self.chosen_day, self.part_of_day)
        rows.sort(key=lambda row: name_order(row.family_name, row.given_name))
        self._filling = True
        self.people.clear()
        for row in rows:
            name = ", ".join(part for part in (row.family_name, row.given_name) if part)
            item = QListWidgetItem(" · ".join(part for part in (name, row.organisation) if part))
            item.setData(PERSON, row.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.person_id in present else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self._filling = False
        self._filter(self.search.text())
        self._count()

    def _count(self) -> None:
        ticked = sum(
            self.people.item(index).checkState() == Qt.CheckState.Checked for index in range(self.people.count())
        )
        self.count.setText(
            translate("DoorCheckIn", "Present: {present} of {total}").format(present=ticked, total=self.people.count())
        )

    def _filter(self, text: str) -> None:
        wanted = text.casefold().split()
        for index in range(self.people.count()):
            item = self.people.item(index)
            item.setHidden(not all(word in item.text().casefold() for word in wanted))

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        present = item.checkState() == Qt.CheckState.Checked
        operation = MarkPresent(
            self.event_id,
            int(item.data(PERSON)),
            self.chosen_day,
            self.part_of_day,
            present,
            str(self.source.currentData()),
        )
        if self.context.try_perform(self, operation) is None:
            self.refresh()  # refused: show what is saved
        self._count()

    def _halves_toggled(self, halves: bool) -> None:
        if self._filling:
            return
        self.context.try_perform(self, SignInHalves(self.event_id, halves))
        self.refresh()

    def _changed(self, changes: ChangeSet) -> None:
        # An undo or another edit of this event's attendance: show it again.
        if changes.tables() & {"attendance_mark", "participation", "event"}:
            with self.context.read() as session:
                halves = events.get_event(session, self.event_id).attendance_halves
            self._filling = True
            self.halves.setChecked(halves)
            self._filling = False
            self.refresh()


def open_door_check_in(context: AppContext, event_id: int | None, parent: QWidget) -> None:
    if event_id is None:
        return
    DoorCheckIn(context, event_id, parent).exec()
