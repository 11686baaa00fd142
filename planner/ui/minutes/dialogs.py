"""The outcome form: its kind decides which fields it shows (an action has
an owner, a due date and a state; the rest may say who proposed them)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from planner.operations.minutes import AddOutcome, ChangeOutcome, LinkFollowUp, new_outcome_values
from planner.services import minutes
from planner.services.events import event_details
from planner.services.labels import choices, day
from planner.services.minutes import ActionState, MinutesEntry, MinutesKind
from planner.ui.context import AppContext
from planner.ui.forms import Field, FormDialog

translate = QCoreApplication.translate

PERSON, ORGANISATION = "person", "organisation"
ACTION_FIELDS = ("owner_id", "due", "state")


def who_key(item: MinutesEntry) -> str | None:
    """The 'By' field holds one person or one organisation: 'person:7'."""
    if item.by_person_id is not None:
        return f"{PERSON}:{item.by_person_id}"
    if item.by_organisation_id is not None:
        return f"{ORGANISATION}:{item.by_organisation_id}"
    return None


def _split_who(key: str | None) -> dict[str, int | None]:
    kind, _sep, ident = (key or "").partition(":")
    return {
        "by_person_id": int(ident) if kind == PERSON else None,
        "by_organisation_id": int(ident) if kind == ORGANISATION else None,
    }


def _follow_up_field(events: list[tuple[int, str, date]]) -> Field:
    return Field(
        "follow_up_event_id",
        translate("OutcomeDialog", "Leads to event"),
        "reference",
        choices=[(ident, f"{title} ({day(starts_on)})") for ident, title, starts_on in events],
    )


def outcome_fields(
    people: list[tuple[int, str]], organisations: list[tuple[int, str]], events: list[tuple[int, str, date]]
) -> list[Field]:
    who = [(f"{PERSON}:{ident}", name) for ident, name in people]
    organisation = translate("OutcomeDialog", "{name} (organisation)")
    who += [(f"{ORGANISATION}:{ident}", organisation.format(name=name)) for ident, name in organisations]
    return [
        Field("kind", translate("OutcomeDialog", "Kind"), "choice", choices=choices(MinutesKind)),
        Field("text", translate("OutcomeDialog", "Outcome"), "multiline"),
        Field("topic", translate("OutcomeDialog", "Topic"), placeholder=translate("OutcomeDialog", "e.g. training")),
        Field(
            "by",
            translate("OutcomeDialog", "By (person or organisation)"),
            "reference",
            choices=who,
            aliases=("by_person_id", "by_organisation_id"),
        ),
        Field("owner_id", translate("OutcomeDialog", "Owner"), "reference", choices=people),
        Field("due", translate("OutcomeDialog", "Due"), "optional_date"),
        Field("state", translate("OutcomeDialog", "State"), "choice", choices=choices(ActionState)),
        _follow_up_field(events),
    ]


def outcome_values(item: MinutesEntry) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "text": item.text,
        "topic": item.topic,
        "by": who_key(item),
        "owner_id": item.owner_id,
        "due": item.due,
        "state": item.state or ActionState.OPEN.value,
        "follow_up_event_id": item.follow_up_event_id,
    }


def service_values(fields: dict[str, Any]) -> dict[str, Any]:
    """The form's values as the minutes service names them: the 'By' field
    is a person or an organisation."""
    values = dict(fields)
    if "by" in values:
        values |= _split_who(values.pop("by"))
    return values


def changed_values(fields: dict[str, Any], initial: dict[str, Any]) -> dict[str, Any]:
    """Only what the user changed in the form, as the service names it: an
    untouched 'By' keeps both a person and an organisation (an imported
    outcome can have both; the field shows one)."""
    return service_values({name: value for name, value in fields.items() if value != initial.get(name)})


def outcome_dialog(
    context: AppContext, parent: QWidget, event_id: int, item: MinutesEntry | None = None, kind: str | None = None
) -> FormDialog:
    """The form for a new outcome (of ``kind``) or for changing ``item``;
    OK saves it and gives its id as the dialog's ``result_value``."""
    with context.read() as session:
        people, organisations = minutes.proposer_choices(session)
        events = minutes.follow_up_choices(session, event_id)
        last_day = event_details(session, event_id).ends_on
    if item is None:
        title, initial = translate("OutcomeDialog", "Add outcome"), new_outcome_values(kind)

        def submit(fields: dict[str, Any]) -> int:
            return context.perform(AddOutcome(event_id, service_values(fields)))
    else:
        title, initial, ident = translate("OutcomeDialog", "Change outcome"), outcome_values(item), item.id

        def submit(fields: dict[str, Any]) -> int:
            return context.perform(ChangeOutcome(ident, changed_values(fields, initial)))

    dialog = FormDialog(title, outcome_fields(people, organisations, events), submit, parent, initial)
    dialog.setMinimumWidth(560)
    # An action falls due after the meeting: its calendar opens on the
    # meeting's month, or today's once the meeting is over.
    dialog.form.open_empty_days_on(max(last_day, date.today()))
    dialog.form.widget("kind", QComboBox).currentIndexChanged.connect(lambda *_args: show_fields_of_kind(dialog))
    show_fields_of_kind(dialog)
    return dialog


def show_fields_of_kind(dialog: FormDialog) -> None:
    form = dialog.form
    is_action = form.value("kind") == MinutesKind.ACTION
    for name in ACTION_FIELDS:
        form.form_layout.setRowVisible(form.rows[name], is_action)
    form.form_layout.setRowVisible(form.rows["by"], not is_action)
    dialog.adjustSize()


def follow_up_dialog(context: AppContext, parent: QWidget, event_id: int, item: MinutesEntry) -> FormDialog:
    """Only the link to the event an outcome leads to."""
    with context.read() as session:
        events = minutes.follow_up_choices(session, event_id)
    ident = item.id

    def submit(fields: dict[str, Any]) -> int:
        return context.perform(LinkFollowUp(ident, fields["follow_up_event_id"]))

    return FormDialog(
        translate("OutcomeDialog", "Link follow-up event"),
        [_follow_up_field(events)],
        submit,
        parent,
        {"follow_up_event_id": item.follow_up_event_id},
    )
