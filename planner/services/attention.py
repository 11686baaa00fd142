"""What needs the organiser's attention in one event, for its home page:
conflicts, people coming without travel or a hotel where others have them,
invitations nobody answered, and minutes actions past their due day.

Each need is counted and says where it is, so the window can take the user
there in one click."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import ActionState, EventStatus, MinutesKind
from planner.db.models import InvitationSent, MinutesItem, Participation, Person, Stay, TravelLeg
from planner.services.conflicts import Conflict, find_conflicts
from planner.services.events import get_event
from planner.services.language import say, say_n
from planner.services.participants import NOT_COMING

# The kinds of need, in the order the home page lists them.
CONFLICTS = "conflicts"
NO_TRAVEL = "no_travel"
NO_HOTEL = "no_hotel"
UNANSWERED = "unanswered"
OVERDUE = "overdue"
NAMES_SHOWN = 8  # in the line's tooltip; the rest are counted


@dataclass(frozen=True)
class Need:
    """One line of the home page: what, how many, and where to look."""

    kind: str
    count: int
    text: str  # "3 people coming without travel", "Ana Nowak is coming without a hotel"
    # Where a click goes: the people concerned (for the participant list),
    # or the first item concerned of the tab that holds it.
    person_ids: frozenset[int] = frozenset()
    # The first of them by family name, to say who they are.
    first_names: tuple[str, ...] = ()
    target: str = ""  # "minutes_item", "agenda_item", "stay", "traveller" (a person)
    target_id: int | None = None


def needs_of(session: Session, event_id: int, today: date, conflicts: list[Conflict] | None = None) -> list[Need]:
    """What needs attention in the event, nothing listed that needs none.
    Once the event is over or called off, travel, hotels and answers to
    invitations no longer do; conflicts and actions still may."""
    event = get_event(session, event_id)  # NotFound when the event is gone
    ahead = event.ends_on >= today and event.status not in (EventStatus.HELD, EventStatus.CANCELLED)
    needs: list[Need] = []
    if conflicts is None:
        conflicts = find_conflicts(session, event_id)
    if conflicts:
        text = say_n("{count} conflict", "{count} conflicts", len(conflicts))
        target, target_id = conflicts[0].target, conflicts[0].target_id
        needs.append(Need(CONFLICTS, len(conflicts), text, target=target, target_id=target_id))
    if ahead:
        needs += _logistics_needs(session, event_id)
    unanswered = _unanswered(session, event_id) if ahead else set()
    if unanswered:
        text = say_n("{count} invitation not answered", "{count} invitations not answered", len(unanswered))
        names = tuple(name for _ident, name in _first_by_name(session, unanswered))
        needs.append(Need(UNANSWERED, len(unanswered), text, frozenset(unanswered), names))
    overdue = _overdue_actions(session, event_id, today)
    if overdue:
        text = say_n("{count} action overdue", "{count} actions overdue", len(overdue))
        needs.append(Need(OVERDUE, len(overdue), text, target="minutes_item", target_id=overdue[0]))
    return needs


def _logistics_needs(session: Session, event_id: int) -> list[Need]:
    """People coming with no travel (or no hotel) booked, counted only where
    someone else's is: an event nobody travels to has no travel to miss."""
    coming = set(
        session.scalars(
            select(col(Participation.person_id)).where(
                col(Participation.event_id) == event_id, col(Participation.status).not_in(NOT_COMING)
            )
        )
    )
    travelling = set(session.scalars(select(col(TravelLeg.person_id)).where(col(TravelLeg.event_id) == event_id)))
    staying = {
        person_id
        for person_id in session.scalars(select(col(Stay.person_id)).where(col(Stay.event_id) == event_id))
        if person_id is not None
    }
    needs = []
    for kind, booked in ((NO_TRAVEL, travelling), (NO_HOTEL, staying)):
        missing = coming - booked
        if booked and missing:
            first = _first_by_name(session, missing)
            # One person is named in the line itself: who it is, at a glance.
            if len(missing) == 1:
                if kind == NO_TRAVEL:
                    text = say("{name} is coming without travel", name=first[0][1])
                else:
                    text = say("{name} is coming without a hotel", name=first[0][1])
            elif kind == NO_TRAVEL:
                text = say_n(
                    "{count} person coming without travel", "{count} people coming without travel", len(missing)
                )
            else:
                text = say_n(
                    "{count} person coming without a hotel", "{count} people coming without a hotel", len(missing)
                )
            needs.append(
                Need(
                    kind,
                    len(missing),
                    text,
                    frozenset(missing),
                    tuple(name for _ident, name in first),
                    target="traveller",
                    target_id=first[0][0],
                )
            )
    return needs


def _first_by_name(session: Session, person_ids: set[int], count: int = NAMES_SHOWN) -> list[tuple[int, str]]:
    """The first of these people as the Logistics tab lists them (by family
    name): their ids and names."""
    people = session.scalars(
        select(Person)
        .where(col(Person.id).in_(person_ids))
        .order_by(col(Person.family_name), col(Person.given_name), col(Person.id))
        .limit(count)
    )
    return [(person.id, person.full_name) for person in people if person.id is not None]


def _unanswered(session: Session, event_id: int) -> set[int]:
    """The people sent an invitation (not a cancellation) who did not answer
    it, and are not marked as declined or cancelled since."""
    not_coming = set(
        session.scalars(
            select(col(Participation.person_id)).where(
                col(Participation.event_id) == event_id, col(Participation.status).in_(NOT_COMING)
            )
        )
    )
    rows = session.scalars(
        select(col(InvitationSent.person_id)).where(
            col(InvitationSent.event_id) == event_id,
            col(InvitationSent.method) == "REQUEST",
            col(InvitationSent.reply) == "",
            col(InvitationSent.person_id).is_not(None),
        )
    )
    return {person_id for person_id in rows if person_id is not None and person_id not in not_coming}


def _overdue_actions(session: Session, event_id: int, today: date) -> list[int]:
    """The open actions due before today, the one due first first."""
    rows = session.execute(
        select(col(MinutesItem.id), col(MinutesItem.due))
        .where(
            col(MinutesItem.event_id) == event_id,
            col(MinutesItem.kind) == MinutesKind.ACTION.value,
            col(MinutesItem.state) == ActionState.OPEN.value,
            col(MinutesItem.due).is_not(None),
            col(MinutesItem.due) < today,
        )
        .order_by(col(MinutesItem.due), col(MinutesItem.position))
    ).all()
    return [ident for ident, _due in rows]
