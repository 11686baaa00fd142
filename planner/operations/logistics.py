"""Operations on the logistics of an event (travel legs, hotel stays,
costs), and what the form for a new one proposes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlmodel import Session

from planner.db.enums import TravelMode
from planner.operations.base import Operation
from planner.services import logistics, times
from planner.services.common import id_of
from planner.services.language import marked
from planner.services.travel_days import fill_travel_days

# What a new leg, stay or cost is priced in until the user says otherwise.
DEFAULT_CURRENCY = "EUR"
# A new leg is proposed two hours long, two hours after the last one arrives.
PROPOSED_LENGTH = timedelta(hours=2)
PROPOSED_CONNECTION = timedelta(hours=2)
# A first leg towards the event is proposed the day before it, at 09:00.
PROPOSED_DEPARTURE = time(9, 0)


# -- what a form proposes ------------------------------------------------------


def new_leg_values(session: Session, event_id: int, person_id: int | None) -> dict[str, Any]:
    """What the form for a new leg proposes. After a person's last leg (by
    departure), the way back: from where it arrived to where it came from,
    the same way and in the same currency; on the morning after the event,
    as long as the way there, when that leg brought them to the event's
    city (the day their stay is proposed to end), otherwise two hours
    later, as a connection. For
    someone without travel yet (or no one chosen), a flight towards the
    event's city on the day before it."""
    event = logistics.logistics_event(session, event_id)
    mine = [leg for leg in logistics.leg_rows(session, event_id) if leg.person_id == person_id]
    if mine:
        last = mine[-1]
        start = last.to_at + PROPOSED_CONNECTION
        end = start + PROPOSED_LENGTH
        came_to_the_event = (
            bool(event.venue_city.strip())
            and last.to_place.strip().casefold() == event.venue_city.strip().casefold()
            and last.to_at.date() <= event.ends_on
        )
        if came_to_the_event:
            start = datetime.combine(event.ends_on + timedelta(days=1), PROPOSED_DEPARTURE)
            # As long as the way there took, in the zone it arrives in.
            took = times.duration(last.from_at, last.from_timezone, last.to_at, last.to_timezone)
            end = times.convert(start + took, last.to_timezone, last.from_timezone)
        return {
            "person_id": person_id,
            "mode": last.mode,
            "from_place": last.to_place,
            "from_at": start,
            "from_timezone": last.to_timezone,
            "to_place": last.from_place,
            "to_at": end,
            "to_timezone": last.from_timezone,
            "cost_currency": last.cost_currency or DEFAULT_CURRENCY,
        }
    start = datetime.combine(event.starts_on - timedelta(days=1), PROPOSED_DEPARTURE)
    return {
        "person_id": person_id,
        "mode": TravelMode.FLIGHT.value,
        "from_at": start,
        "from_timezone": event.timezone,
        "to_place": event.venue_city,
        "to_at": start + PROPOSED_LENGTH,
        "to_timezone": event.timezone,
        "cost_currency": DEFAULT_CURRENCY,
    }


def new_stay_values(session: Session, event_id: int, person_id: int | None) -> dict[str, Any]:
    """What the form for a new stay proposes: from the night before the
    event to the morning after it, priced in euros."""
    event = logistics.logistics_event(session, event_id)
    return {
        "person_id": person_id,
        "check_in": event.starts_on - timedelta(days=1),
        "check_out": event.ends_on + timedelta(days=1),
        "cost_currency": DEFAULT_CURRENCY,
    }


def new_cost_values() -> dict[str, Any]:
    """What the form for a new cost proposes: an amount in euros."""
    return {"currency": DEFAULT_CURRENCY}


# -- travel legs ---------------------------------------------------------------


@dataclass(frozen=True)
class AddTravelLeg(Operation[int]):
    """A new leg for a person of the event (``values`` as ``add_leg`` takes
    them; an empty price is no price, whatever the currency); its id."""

    event_id: int
    values: Mapping[str, Any]
    label = marked("Add travel leg")

    def run(self, session: Session) -> int:
        leg = logistics.add_leg(session, self.event_id, **self.values)
        fill_travel_days(session, leg)  # one step with the leg: undone with it
        return id_of(leg)


@dataclass(frozen=True)
class ChangeTravelLeg(Operation[int]):
    """Save some fields of a leg; its id."""

    leg_id: int
    values: Mapping[str, Any]
    label = marked("Change travel leg")

    def run(self, session: Session) -> int:
        fill_travel_days(session, logistics.update_leg(session, self.leg_id, **self.values))
        return self.leg_id


@dataclass(frozen=True)
class DeleteTravelLeg(Operation[None]):
    leg_id: int
    label = marked("Delete travel leg")

    def run(self, session: Session) -> None:
        logistics.delete_leg(session, self.leg_id)


# -- stays ---------------------------------------------------------------------


@dataclass(frozen=True)
class AddStay(Operation[int]):
    """A new hotel stay, for a person of the event or no one in particular; its id."""

    event_id: int
    values: Mapping[str, Any]
    label = marked("Add stay")

    def run(self, session: Session) -> int:
        return id_of(logistics.add_stay(session, self.event_id, **self.values))


@dataclass(frozen=True)
class ChangeStay(Operation[int]):
    stay_id: int
    values: Mapping[str, Any]
    label = marked("Change stay")

    def run(self, session: Session) -> int:
        logistics.update_stay(session, self.stay_id, **self.values)
        return self.stay_id


@dataclass(frozen=True)
class DeleteStay(Operation[None]):
    stay_id: int
    label = marked("Delete stay")

    def run(self, session: Session) -> None:
        logistics.delete_stay(session, self.stay_id)


# -- costs ---------------------------------------------------------------------


@dataclass(frozen=True)
class AddCost(Operation[int]):
    """A new cost of the event (the amount as a decimal string, "612.00"); its id."""

    event_id: int
    values: Mapping[str, Any]
    label = marked("Add cost")

    def run(self, session: Session) -> int:
        return id_of(logistics.add_cost(session, self.event_id, **self.values))


@dataclass(frozen=True)
class ChangeCost(Operation[int]):
    cost_id: int
    values: Mapping[str, Any]
    label = marked("Change cost")

    def run(self, session: Session) -> int:
        logistics.update_cost(session, self.cost_id, **self.values)
        return self.cost_id


@dataclass(frozen=True)
class DeleteCost(Operation[None]):
    cost_id: int
    label = marked("Delete cost")

    def run(self, session: Session) -> None:
        logistics.delete_cost(session, self.cost_id)
