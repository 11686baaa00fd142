"""The dialog of one agenda item: its times, kind, title, room, speakers,
moderator, description and topics, on the shared form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from planner.services.agenda import PersonName
from planner.services.labels import choices
from planner.services.vocabulary import AgendaKind
from planner.ui.forms import Field, FormDialog

translate = QCoreApplication.translate


def item_fields(people: Sequence[PersonName]) -> list[Field]:
    names = [(person.id, person.label) for person in people]
    return [
        Field("starts_at", translate("AgendaItemDialog", "Starts"), "datetime"),
        Field("ends_at", translate("AgendaItemDialog", "Ends"), "datetime"),
        Field("kind", translate("AgendaItemDialog", "Kind"), "choice", choices=choices(AgendaKind)),
        Field(
            "title",
            translate("AgendaItemDialog", "Title"),
            placeholder=translate("AgendaItemDialog", "e.g. Welcome and introduction"),
        ),
        Field(
            "location",
            translate("AgendaItemDialog", "Room"),
            placeholder=translate("AgendaItemDialog", "e.g. Room A"),
            aliases=("room",),
        ),
        Field("speakers", translate("AgendaItemDialog", "Speakers"), "references", choices=names),
        Field(
            "moderator_id",
            translate("AgendaItemDialog", "Moderator"),
            "reference",
            choices=names,
            aliases=("moderator",),
        ),
        Field("description", translate("AgendaItemDialog", "Description"), "multiline"),
        Field(
            "topics",
            translate("AgendaItemDialog", "Topics"),
            "lines",
            placeholder=translate("AgendaItemDialog", "One topic a line"),
        ),
    ]


def item_dialog(
    title: str,
    people: Sequence[PersonName],
    rooms: Sequence[str],
    submit: Callable[[dict[str, Any]], Any],
    parent: QWidget | None = None,
    values: dict[str, Any] | None = None,
) -> FormDialog:
    dialog = FormDialog(title, item_fields(people), submit, parent, values)
    dialog.setObjectName("agenda_item_dialog")
    room = dialog.form.widget("location", QLineEdit)
    if rooms:
        # The rooms already used, offered as one types.
        completer = QCompleter(sorted(rooms, key=str.casefold), room)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        room.setCompleter(completer)
    # Small enough for a 720-pixel screen; the boxes scroll.
    dialog.form.widgets["description"].setMaximumHeight(110)
    dialog.form.widgets["topics"].setMaximumHeight(80)
    dialog.form.widgets["title"].setFocus()
    dialog.resize(560, dialog.sizeHint().height())
    return dialog
