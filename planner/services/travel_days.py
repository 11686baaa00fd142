"""A travel leg tells when its traveller arrives at the event and leaves
it: a leg into the event's city gives the participant's arrival day, a leg
out of it the departure day, where none was given yet (a day already
entered is never changed)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from planner.db.models import TravelLeg
from planner.services.errors import InvalidInput
from planner.services.events import get_event
from planner.services.participants import participations_by_person, update_participation
from planner.services.search import fold


def _in_city(place: str | None, city: str) -> bool:
    # "Kraków Airport (KRK)" and "Krakow Główny" are in Kraków.
    return bool(city) and city in fold(place or "")


def fill_travel_days(session: Session, leg: TravelLeg) -> None:
    if leg.person_id is None:
        return
    city = fold(get_event(session, leg.event_id).venue_city or "").strip()
    participation = participations_by_person(session, leg.event_id).get(leg.person_id)
    if participation is None or participation.id is None or not city:
        return
    days: dict[str, Any] = {}
    arrives, departs = _in_city(leg.to_place, city), _in_city(leg.from_place, city)
    if arrives and not departs and participation.arrives_on is None:
        days["arrives_on"] = leg.to_at.date()
    if departs and not arrives and participation.departs_on is None:
        days["departs_on"] = leg.from_at.date()
    if not days:
        return
    try:
        update_participation(session, participation.id, **days)
    except InvalidInput:
        # A day that contradicts the other one entered (leaving before
        # arriving): the participant's days stay as they are.
        return
