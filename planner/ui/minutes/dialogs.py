"""The outcome form: its kind decides which fields it shows (an action has
an owner, a due date and a state; the rest may say who proposed them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from planner.db.enums import ActionState, MinutesKind
from planner.db.models import MinutesItem
from planner.services import minutes
from planner.services.labels import choices, day
from planner.ui.context import AppContext
from planner.ui.forms import Field, FormDialog

PERSON, ORGANISATION = "person", "organisation"
ACTION_FIELDS = ("owner_id", "due", "state")


def who_key(item: MinutesItem) -> str | None:
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


def outcome_fields(
    people: list[tuple[int, str]], organisations: list[tuple[int, str]], events: list[tuple[int, str, Any]]
) -> list[Field]:
    who = [(f"{PERSON}:{ident}", name) for ident, name in people]
    who += [(f"{ORGANISATION}:{ident}", f"{name} (organisation)") for ident, name in organisations]
    return [
        Field("kind", "Kind", "choice", choices=choices(MinutesKind)),
        Field("text", "Outcome", "multiline"),
        Field("topic", "Topic", placeholder="IPR, training, funding…"),
        Field(
            "by",
            "By (person or organisation)",
            "reference",
            choices=who,
            aliases=("by_person_id", "by_organisation_id"),
        ),
        Field("owner_id", "Owner", "reference", choices=people),
        Field("due", "Due", "optional_date"),
        Field("state", "State", "choice", choices=choices(ActionState)),
        Field(
            "follow_up_event_id",
            "Leads to event",
            "reference",
            choices=[(ident, f"{title} ({day(starts_on)})") for ident, title, starts_on in events],
        ),
    ]


def outcome_values(item: MinutesItem) -> dict[str, Any]:
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


def service_values(fields: dict[str, Any], initial_who: str | None = None) -> dict[str, Any]:
    """The form's values as the minutes service takes them. Fields hidden
    for the kind keep what they held (an imported outcome loses nothing by
    being edited); only the state, which only actions have, is cleared."""
    values = dict(fields)
    who = values.pop("by", None)
    if who is None or who != initial_who:  # untouched, it keeps both a person and an organisation
        values |= _split_who(who)
    if values["kind"] != MinutesKind.ACTION:
        values["state"] = ""
    return values


def outcome_dialog(
    context: AppContext, parent: QWidget, event_id: int, item: MinutesItem | None = None, kind: str | None = None
) -> FormDialog:
    with context.read() as session:
        people, organisations = minutes.proposer_choices(session)
        events = minutes.follow_up_choices(session, event_id)
    if item is None:
        title, initial = "Add outcome", {"kind": kind or MinutesKind.CONCLUSION.value, "state": ActionState.OPEN.value}

        def submit(fields: dict[str, Any]):
            return context.edit(title, lambda session: minutes.add_item(session, event_id, **service_values(fields)))
    else:
        title, initial, ident = "Change outcome", outcome_values(item), item.id

        def submit(fields: dict[str, Any]):
            changes = service_values(fields, initial["by"])
            return context.edit(title, lambda session: minutes.update_item(session, ident, **changes))

    dialog = FormDialog(title, outcome_fields(people, organisations, events), submit, parent, initial)
    dialog.setMinimumWidth(560)
    kind_combo: QComboBox = dialog.form.widgets["kind"]
    kind_combo.currentIndexChanged.connect(lambda *_args: show_fields_of_kind(dialog))
    show_fields_of_kind(dialog)
    return dialog


def show_fields_of_kind(dialog: FormDialog) -> None:
    form = dialog.form
    is_action = form.value("kind") == MinutesKind.ACTION
    layout: QFormLayout = form.layout()
    for name in ACTION_FIELDS:
        layout.setRowVisible(form.widgets[name].parentWidget(), is_action)
    layout.setRowVisible(form.widgets["by"].parentWidget(), not is_action)
    dialog.adjustSize()


def follow_up_dialog(context: AppContext, parent: QWidget, event_id: int, item: MinutesItem) -> FormDialog:
    """Only the link to the event an outcome leads to."""
    with context.read() as session:
        events = minutes.follow_up_choices(session, event_id)
    field = Field(
        "follow_up_event_id",
        "Leads to event",
        "reference",
        choices=[(ident, f"{title} ({day(starts_on)})") for ident, title, starts_on in events],
    )
    ident = item.id

    def submit(fields: dict[str, Any]):
        return context.edit(
            "Link follow-up event",
            lambda session: minutes.update_item(session, ident, follow_up_event_id=fields["follow_up_event_id"]),
        )

    return FormDialog("Link follow-up event", [field], submit, parent, {"follow_up_event_id": item.follow_up_event_id})
