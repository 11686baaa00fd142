"""Stored rows as a user knows them: what each is called in a message, and
the rules each must meet. Undo and redo write rows back; these are how they
say which row stands in the way and check what they wrote."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from planner.db.models import Person
from planner.services import (
    agenda,
    directory,
    directory_bulk,
    events,
    labels,
    logistics,
    mail_settings,
    minutes,
    participants,
    participants_bulk,
    programmes,
    templates,
)
from planner.services.errors import InvalidInput, NotFound
from planner.services.language import say

Row = dict[str, Any]
Normaliser = Callable[[Session, dict[str, Any]], dict[str, Any]]

# Every table the user edits, with the check an edit of it passes.
RULES: dict[str, Normaliser] = {
    "organisation": directory.normalise_organisation,
    "person": directory.normalise_person,
    "event": events.normalise_event,
    "event_link": events.normalise_link,
    "agenda_item": agenda.normalise_agenda_item,
    "participation": participants.normalise_participation,
    "travel_leg": logistics.normalise_leg,
    "stay": logistics.normalise_stay,
    "cost": logistics.normalise_cost,
    "minutes_item": minutes.normalise_minutes_item,
    "mail_settings": mail_settings.normalise_row,
    "message_template": templates.normalise_template,
    "programme": programmes.normalise_programme,
}
# Tables whose rows have no rules of their own: the speakers of an item
# (checked by the database's keys) and the bookkeeping of calendars sent.
WITHOUT_RULES = frozenset(
    {
        "agenda_speaker",
        "calendar_identity",
        "calendar_item_state",
        "invitation_sent",
        "calendar_origin",
        "message_sent",
        "attendance_mark",
    }
)

COLUMN_NAMES = {
    "starts_on": "first day",
    "ends_on": "last day",
    "starts_at": "start",
    "ends_at": "end",
    "venue_name": "venue",
    "venue_city": "city",
    "venue_country": "country",
    "host_id": "host",
    "organisation_id": "organisation",
    "person_id": "person",
    "moderator_id": "moderator",
    "owner_id": "owner",
    "from_at": "departure",
    "to_at": "arrival",
    "amount_minor": "amount",
    "cost_minor": "cost",
    "minutes_summary": "summary of the meeting",
    "summary": "about the event",
    "follow_up_event_id": "follow-up event",
    "target_event_id": "related event",
}


def rule_broken(session: Session, table: str, row: Row) -> str:
    """Why ``row`` of ``table`` would be refused by an edit ("" if it is fine)."""
    check = RULES.get(table)
    if check is None:
        return ""
    try:
        check(session, dict(row))
    except (InvalidInput, NotFound) as problem:
        return str(problem)
    return ""


# Tables an import fills with thousands of rows: their rules are checked
# for all the rows undo or redo writes back at once, in a few queries.
MANY_AT_ONCE: dict[str, Callable[[Session, list[Row]], list[str]]] = {
    "person": directory_bulk.people_problems,
    "participation": participants_bulk.participation_problems,
}


def rules_broken(session: Session, table: str, rows: list[Row]) -> list[str]:
    """``rule_broken`` for each of ``rows``."""
    check = MANY_AT_ONCE.get(table)
    if check is None:
        return [rule_broken(session, table, row) for row in rows]
    return check(session, [dict(row) for row in rows])


def _quoted(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return f"‘{text if len(text) <= limit else text[: limit - 1] + '…'}’"


def _person_name(session: Session, person_id: int | None) -> str:
    person = session.get(Person, person_id) if person_id is not None else None
    return person.full_name if person is not None else say("person {id}", id=person_id)


def _event_title(session: Session, event_id: int | None) -> str:
    from planner.db.models import Event

    found = session.get(Event, event_id) if event_id is not None else None
    return _quoted(found.title) if found is not None else say("event {id}", id=event_id)


DESCRIPTIONS: dict[str, Callable[[Session, Row], str]] = {
    "organisation": lambda _s, row: say("the organisation {name}", name=_quoted(row["name"])),
    "person": lambda _s, row: say(
        "{name} in the Directory", name=_quoted(" ".join(p for p in (row["given_name"], row["family_name"]) if p))
    ),
    "event": lambda _s, row: say("the event {title}", title=_quoted(row["title"])),
    "event_link": lambda _s, row: say("the link to the related event {title}", title=_quoted(row["title"])),
    "agenda_item": lambda _s, row: say("the agenda item {title}", title=_quoted(row["title"])),
    "agenda_speaker": lambda s, row: say("{name} as a speaker", name=_person_name(s, row["person_id"])),
    "participation": lambda s, row: say(
        "the participation of {name} in {event}",
        name=_person_name(s, row["person_id"]),
        event=_event_title(s, row["event_id"]),
    ),
    "travel_leg": lambda s, row: say(
        "the travel leg {origin} → {destination} of {name}",
        origin=row["from_place"],
        destination=row["to_place"],
        name=_person_name(s, row["person_id"]),
    ),
    "stay": lambda _s, row: say("the stay at {name}", name=_quoted(row["name"])),
    "cost": lambda _s, row: say("the cost {name}", name=_quoted(row["description"] or row["category"])),
    "minutes_item": lambda _s, row: say("the outcome {text}", text=_quoted(row["text"])),
    "invitation_sent": lambda _s, row: say("the record of the invitation sent to {address}", address=row["email"]),
    "calendar_item_state": lambda _s, row: say("the record of a calendar sent"),
    "message_template": lambda _s, row: say("the message template {name}", name=_quoted(row["name"])),
    "message_sent": lambda _s, row: say(
        "the record of the message {template} sent to {address}",
        template=_quoted(row["template"]),
        address=row["email"],
    ),
    "calendar_identity": lambda _s, _row: say("the calendar identity of this database"),
    "mail_settings": lambda _s, _row: say("the mail settings"),
    "calendar_origin": lambda _s, _row: say("the record of a calendar imported"),
    "programme": lambda _s, row: say("the programme {name}", name=_quoted(row["name"])),
    "attendance_mark": lambda _s, row: say("a mark of attendance on {day}", day=labels.day(row["day"])),
    "budget_line": lambda _s, row: say("a budget line of {funder}", funder=_quoted(row["funder"])),
    "allowance_rate": lambda _s, row: say("an allowance rate of {funder}", funder=_quoted(row["funder"])),
}


def describe(session: Session, table: str, row: Row) -> str:
    """ "the agenda item ‘Coffee break’": a row as a message names it."""
    describing = DESCRIPTIONS.get(table)
    return describing(session, row) if describing is not None else say("a row of {table}", table=table)


def column_change(column: str, value: Any) -> str:
    """ "its title is now ‘Visit’": what a column holds now, for a message."""
    name = COLUMN_NAMES.get(column, column.replace("_", " "))
    if value is None or value == "":
        return f"its {name} is now empty"
    if isinstance(value, datetime):
        shown = f"{value:%a %d %b %Y %H:%M}"
    elif isinstance(value, date):
        shown = f"{value:%a %d %b %Y}"
    else:
        shown = _quoted(str(value), 40)
    return f"its {name} is now {shown}"
