"""Adding a participant (someone from the Directory, or a new person) and
changing a participation. Each dialog saves one edit through the context;
a refusal keeps it open with the field marked."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.operations.base import Operation
from planner.operations.participants import (
    AddNewParticipant,
    AddParticipant,
    ChangeParticipation,
    new_participation_values,
)
from planner.services import directory, participants
from planner.services.errors import InvalidInput
from planner.services.labels import label
from planner.services.participants import ROLE_CHOICES, STATUS_CHOICES, ParticipantRow
from planner.ui.consent.section import ConsentSection
from planner.ui.context import AppContext
from planner.ui.directory.dialogs import (
    PersonDialog,
    person_fields,
    prepare_person_form,
    read_person,
)
from planner.ui.forms import Field, FormDialog, FormWidget
from planner.ui.health_data import mark_health_fields

translate = QCoreApplication.translate


def participation_fields() -> list[Field]:
    # The words of the values in the window's language, asked for now.
    roles = [(value, label(value)) for value, _text in ROLE_CHOICES]
    statuses = [(value, label(value)) for value, _text in STATUS_CHOICES]
    return [
        Field("role", translate("ParticipationDialog", "Role"), "choice", choices=roles),
        Field("status", translate("ParticipationDialog", "Status"), "choice", choices=statuses),
        Field("arrives_on", translate("ParticipationDialog", "Arrives"), "optional_date"),
        Field("departs_on", translate("ParticipationDialog", "Departs"), "optional_date"),
        Field("notes", translate("ParticipationDialog", "Notes"), "multiline"),
    ]


def open_calendars_at(form: FormWidget, day: date | None) -> None:
    if day is None:
        return
    form.open_empty_days_on(day)


class AddParticipantDialog(QDialog):
    """Pick a person not yet in the event, or create one ("New person…"),
    and say how they take part: one edit, "Add participant"."""

    def __init__(self, context: AppContext, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.saved_id: int | None = None
        self.setWindowTitle(translate("AddParticipantDialog", "Add participant"))
        with context.read() as session:
            people = participants.people_not_in_event(session, event_id)
            organisations = directory.organisation_choices(session)
            event_start = participants.listed_event(session, event_id).starts_on

        # Who: a picker, or the fields of a new person.
        person = Field(
            "person_id", translate("AddParticipantDialog", "Person"), "reference", choices=people, aliases=("person",)
        )
        self.picker = FormWidget([person], self)
        picker = self.picker.widget("person_id", QComboBox)
        typed = picker.lineEdit()
        assert typed is not None  # a reference field's combo is editable
        typed.setPlaceholderText(translate("AddParticipantDialog", "Type to search the Directory"))
        picker.setEditText("")
        self.new_button = QPushButton(translate("AddParticipantDialog", "New person…"), self)
        self.new_button.setToolTip(
            translate("AddParticipantDialog", "The person is not in the Directory yet: enter their details")
        )
        self.new_button.clicked.connect(lambda: self.set_new_person(True))
        pick_page = QWidget(self)
        pick_layout = QVBoxLayout(pick_page)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        pick_layout.addWidget(self.picker)
        not_in = translate(
            "AddParticipantDialog", "%n person(s) of the Directory not in this event yet.", "", len(people)
        )
        hint = QLabel(not_in, pick_page)
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.new_button)
        pick_layout.addLayout(row)
        pick_layout.addStretch(1)

        self.person_form = FormWidget(person_fields(organisations), self)
        prepare_person_form(self.person_form)
        mark_health_fields(self.person_form, context)
        self.back_button = QPushButton(translate("AddParticipantDialog", "Pick from the Directory instead"), self)
        self.back_button.clicked.connect(lambda: self.set_new_person(False))
        new_page = QWidget(self)
        new_layout = QVBoxLayout(new_page)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(self.person_form)
        new_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Pages shown one at a time (not a QStackedWidget, which would keep
        # the picker as tall as the new person's form).
        self.pages = (pick_page, new_page)
        new_page.hide()
        who = QGroupBox(translate("AddParticipantDialog", "Person"), self)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(pick_page)
        who_layout.addWidget(new_page)

        # How: role, status, days, notes.
        self.participation = FormWidget(participation_fields(), self)
        self.participation.set_values(new_participation_values())
        open_calendars_at(self.participation, event_start)
        self.participation.widgets["notes"].setMaximumHeight(110)
        how = QGroupBox(translate("AddParticipantDialog", "In this event"), self)
        how_layout = QVBoxLayout(how)
        how_layout.addWidget(self.participation)
        how_layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AddParticipantDialog", "Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(who, 3)
        columns.addWidget(how, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.setMinimumWidth(820)

    @property
    def new_person(self) -> bool:
        return not self.pages[1].isHidden()

    def set_new_person(self, new: bool) -> None:
        self.pages[0].setVisible(not new)
        self.pages[1].setVisible(new)
        self.adjustSize()
        focus = self.person_form.widgets["given_name"] if new else self.picker.widgets["person_id"]
        focus.setFocus()

    def _forms(self) -> list[FormWidget]:
        return [self.person_form if self.new_person else self.picker, self.participation]

    def _show(self, problem: InvalidInput) -> None:
        forms = self._forms()
        form = next((form for form in forms if form.field_for(problem.field) is not None), forms[0])
        form.show_problem(problem)
        # Room for the message, which may wrap onto more lines.
        self.adjustSize()

    def accept(self) -> None:
        for form in (self.picker, self.person_form, self.participation):
            form.clear_problems()
        how = self.participation.values()
        try:
            operation: Operation[int]
            if self.new_person:
                person, organisation_name = read_person(self.person_form)
                operation = AddNewParticipant(self.event_id, person, organisation_name, how)
            else:
                person_id = self.picker.value("person_id")
                if person_id is None:
                    raise InvalidInput(
                        "person_id",
                        translate("AddParticipantDialog", "pick someone from the list, or add a new person"),
                    )
                operation = AddParticipant(self.event_id, person_id, how)
            self.saved_id = self.context.perform(operation)
        except InvalidInput as problem:
            self._show(problem)
            return
        except PlannerError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        super().accept()


class ParticipationDialog(FormDialog):
    """How one person takes part: role, status, days, notes. "Person
    details…" opens the person's own dialog (a separate edit)."""

    def __init__(
        self, context: AppContext, row: ParticipantRow, event_start: date | None, parent: QWidget | None = None
    ):
        self.context = context
        self.row = row
        super().__init__(row.name, participation_fields(), self._save, parent, row.participation_values())
        open_calendars_at(self.form, event_start)
        heading = QLabel(f"<b>{_escape(row.name)}</b><br>{_escape(row.organisation)}", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        cast(QVBoxLayout, self.layout()).insertWidget(0, heading)
        self.consent = ConsentSection(context, row.participation_id, self)
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(layout.count() - 1, self.consent)  # above OK and Cancel
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None  # the form dialog's OK and Cancel
        self.person_button = buttons.addButton(
            translate("ParticipationDialog", "Person details…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.person_button.setToolTip(
            translate("ParticipationDialog", "Name, organisation, contact, dietary and access needs")
        )
        self.person_button.clicked.connect(self.edit_person)

    def _save(self, values: dict[str, Any]) -> None:
        edit = ChangeParticipation(self.row.participation_id, values)
        self.context.perform(self.consent.with_edit(edit, changed=values != self.row.participation_values()))

    def edit_person(self) -> None:
        PersonDialog(self.context, self.row.person_id, self).exec()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
