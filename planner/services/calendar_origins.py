"""Where imported events came from: each VEVENT UID of a partner's calendar
with the event or agenda item it became and the SEQUENCE last applied, and
the UIDs Planner gives its own calendars, read back to their rows.

A calendar imported again is recognised by these: its UIDs name an event of
this database (Planner's own calendar, edited in a client) or one
remembered here (a partner's invitation or conference calendar).

A partner's timed invitation became both an event and its one agenda item
(its hours): the event is remembered under the VEVENT's UID, the item under
``hours_key(uid)``, so that deleting the item does not forget the event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import AgendaItem, CalendarIdentity, CalendarOrigin, Event
from planner.services.calendar_state import UID_DOMAIN

# "agenda-item-12.<database uid>@planner", as calendar_state.item_uid makes them.
_OWN_UID = re.compile(rf"^(event|agenda-item|invitation)-(\d+)\.([0-9a-z]+)@{re.escape(UID_DOMAIN)}$", re.IGNORECASE)
# Every kind Planner writes: travel legs, stays and actions besides.
_ANY_OWN_UID = re.compile(rf"^[a-z-]+-\d+\.[0-9a-z]+@{re.escape(UID_DOMAIN)}$", re.IGNORECASE)
# A space and a tab: no UID a calendar client makes starts so.
_HOURS = " \thours of "


@dataclass(frozen=True)
class Origin:
    """What a UID stands for here: an event, or one of its agenda items;
    ``sequence`` is None for Planner's own UIDs (nothing applied from them)."""

    event_id: int
    item_id: int | None
    sequence: int | None
    invitation: bool = False  # an invitation this database sent for the event
    hours_id: int | None = None  # the agenda item holding a partner's invitation's hours


def hours_key(uid: str) -> str:
    """The key under which the item holding the hours of the invitation
    ``uid`` is remembered."""
    return f"{_HOURS}{uid}"


def _own_database_uid(session: Session) -> str:
    """This database's UID part, or "" when it never wrote a calendar (read
    without making one: a plan changes nothing)."""
    row = session.scalars(select(CalendarIdentity).order_by(col(CalendarIdentity.id))).first()
    return row.database_uid if row is not None else ""


def origins(session: Session, uids: Iterable[str]) -> dict[str, Origin]:
    """The UIDs this database knows, by UID: its own events and agenda items
    that still exist, and the VEVENTs remembered from imports."""
    wanted = list(dict.fromkeys(uids))
    found: dict[str, Origin] = {}
    database = _own_database_uid(session)
    for uid in wanted:
        match = _OWN_UID.match(uid)
        if not (database and match and match.group(3).lower() == database.lower()):
            continue
        row_id = int(match.group(2))
        if match.group(1).lower() in ("event", "invitation"):
            if session.get(Event, row_id) is not None:
                found[uid] = Origin(row_id, None, None, invitation=match.group(1).lower() == "invitation")
        elif (item := session.get(AgendaItem, row_id)) is not None:
            found[uid] = Origin(item.event_id, row_id, None)
    hours: dict[str, int] = {}
    keys = wanted + [hours_key(uid) for uid in wanted]
    for start in range(0, len(keys), 500):  # below SQLite's limit of bound values
        chunk = keys[start : start + 500]
        for row in session.scalars(select(CalendarOrigin).where(col(CalendarOrigin.uid).in_(chunk))):
            if row.uid.startswith(_HOURS):
                if row.agenda_item_id is not None:
                    hours[row.uid.removeprefix(_HOURS)] = row.agenda_item_id
            else:
                found.setdefault(row.uid, Origin(row.event_id, row.agenda_item_id, row.sequence))
    for uid, item_id in hours.items():
        origin = found.get(uid)
        if origin is not None and origin.item_id is None and origin.sequence is not None:
            found[uid] = Origin(origin.event_id, None, origin.sequence, hours_id=item_id)
    return found


def is_own(uid: str) -> bool:
    """Whether ``uid`` has the shape of the UIDs Planner writes (for travel,
    stays and actions too)."""
    return _ANY_OWN_UID.match(uid) is not None


def remembered_items(session: Session, event_id: int) -> dict[str, int]:
    """The agenda items of ``event_id`` that came from a partner's calendar,
    by the UID of their VEVENT."""
    query = select(CalendarOrigin).where(
        col(CalendarOrigin.event_id) == event_id, col(CalendarOrigin.agenda_item_id).is_not(None)
    )
    return {
        row.uid: row.agenda_item_id
        for row in session.scalars(query)
        if row.agenda_item_id is not None and not row.uid.startswith(_HOURS)
    }


def remember(session: Session, uid: str, event_id: int, item_id: int | None, sequence: int) -> None:
    """Note that the VEVENT ``uid`` (at ``sequence``) became this event or item."""
    row = session.get(CalendarOrigin, uid)
    if row is None:
        session.add(CalendarOrigin(uid=uid, event_id=event_id, agenda_item_id=item_id, sequence=sequence))
    else:
        row.event_id, row.agenda_item_id, row.sequence = event_id, item_id, sequence
    session.flush()
