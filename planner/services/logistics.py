"""Travel legs, hotel stays and costs of an event: adding, changing and
deleting them. What the app shows of them is read in ``costs`` (cost lines
and totals) and ``movements`` (travellers, arrivals and departures)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from planner.db.enums import CostCategory, TravelMode
from planner.db.models import Cost, Person, Stay, TravelLeg
from planner.services import times, values
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.events import get_event


def _optional_money(raw: dict[str, Any], amount_key: str, currency_key: str, field: str) -> tuple[int | None, str]:
    """An optional amount: both amount and currency, or neither."""
    amount, code = raw.get(amount_key), values.line(raw.get(currency_key), f"{field}.currency")
    if amount in (None, "") and not code:
        return None, ""
    code = values.currency(code, f"{field}.currency")
    if amount in (None, ""):
        raise InvalidInput(f"{field}.amount", "an amount is required with a currency")
    if isinstance(amount, int) and not isinstance(amount, bool):
        return amount, code  # already in minor units
    return values.minor_units(amount, code, f"{field}.amount"), code


def _person(session: Session, person_id: int | None, field: str, *, required: bool) -> int | None:
    if person_id is None:
        if required:
            raise InvalidInput(field, "a person is required")
        return None
    if session.get(Person, person_id) is None:
        raise InvalidInput(field, f"there is no person {person_id}")
    return person_id


# -- travel ----------------------------------------------------------------


def normalise_leg(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cost_minor, cost_currency = _optional_money(raw, "cost_minor", "cost_currency", "cost")
    cleaned = {
        "event_id": raw["event_id"],
        "person_id": _person(session, raw.get("person_id"), "person", required=True),
        "mode": values.choice(raw.get("mode"), TravelMode, "mode", default=TravelMode.OTHER),
        "carrier": values.line(raw.get("carrier"), "carrier"),
        "number": values.line(raw.get("number"), "number"),
        "reference": values.line(raw.get("reference"), "reference"),
        "from_place": values.required_line(raw.get("from_place"), "from.place"),
        "from_at": times.wall_clock(raw.get("from_at"), "from.at"),
        "from_timezone": values.time_zone(raw.get("from_timezone"), "from.timezone"),
        "to_place": values.required_line(raw.get("to_place"), "to.place"),
        "to_at": times.wall_clock(raw.get("to_at"), "to.at"),
        "to_timezone": values.time_zone(raw.get("to_timezone"), "to.timezone"),
        "cost_minor": cost_minor,
        "cost_currency": cost_currency,
    }
    times.require_existing(cleaned["from_at"], cleaned["from_timezone"], "from.at")
    times.require_existing(cleaned["to_at"], cleaned["to_timezone"], "to.at")
    took = times.duration(cleaned["from_at"], cleaned["from_timezone"], cleaned["to_at"], cleaned["to_timezone"])
    if took.total_seconds() <= 0:
        raise InvalidInput(
            "to.at",
            f"arrives {times.format_wall_clock(cleaned['to_at'])} {cleaned['to_timezone']}, "
            f"not after it departs {times.format_wall_clock(cleaned['from_at'])} {cleaned['from_timezone']}",
        )
    return cleaned


def add_leg(session: Session, event_id: int, **fields: Any) -> TravelLeg:
    get_event(session, event_id)
    return create_row(session, TravelLeg, fields | {"event_id": event_id}, normalise_leg)


def update_leg(session: Session, leg_id: int, **changes: Any) -> TravelLeg:
    return update_row(session, fetch(session, TravelLeg, leg_id, "travel leg"), changes, normalise_leg)


def delete_leg(session: Session, leg_id: int) -> None:
    session.delete(fetch(session, TravelLeg, leg_id, "travel leg"))
    session.flush()


def legs_of(session: Session, event_id: int) -> list[TravelLeg]:
    legs = session.scalars(select(TravelLeg).where(TravelLeg.event_id == event_id))
    return sorted(legs, key=lambda leg: (times.to_utc(leg.from_at, leg.from_timezone), leg.id))


def leg_duration(leg: TravelLeg):
    return times.duration(leg.from_at, leg.from_timezone, leg.to_at, leg.to_timezone)


# -- stays -----------------------------------------------------------------


def normalise_stay(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cost_minor, cost_currency = _optional_money(raw, "cost_minor", "cost_currency", "cost")
    cleaned = {
        "event_id": raw["event_id"],
        "person_id": _person(session, raw.get("person_id"), "person", required=False),
        "name": values.required_line(raw.get("name"), "name"),
        "address": values.text(raw.get("address"), "address"),
        "check_in": values.day(raw.get("check_in"), "check_in"),
        "check_out": values.day(raw.get("check_out"), "check_out"),
        "reference": values.line(raw.get("reference"), "reference"),
        "cost_minor": cost_minor,
        "cost_currency": cost_currency,
    }
    if cleaned["check_out"] <= cleaned["check_in"]:
        relation = "the same day as" if cleaned["check_out"] == cleaned["check_in"] else "before"
        raise InvalidInput("check_out", f"{cleaned['check_out']} is {relation} check_in {cleaned['check_in']}")
    return cleaned


def add_stay(session: Session, event_id: int, **fields: Any) -> Stay:
    get_event(session, event_id)
    return create_row(session, Stay, fields | {"event_id": event_id}, normalise_stay)


def update_stay(session: Session, stay_id: int, **changes: Any) -> Stay:
    return update_row(session, fetch(session, Stay, stay_id, "stay"), changes, normalise_stay)


def delete_stay(session: Session, stay_id: int) -> None:
    session.delete(fetch(session, Stay, stay_id, "stay"))
    session.flush()


def stays_of(session: Session, event_id: int) -> list[Stay]:
    query = select(Stay).where(Stay.event_id == event_id).order_by(Stay.check_in, Stay.id)
    return list(session.scalars(query))


# -- costs -----------------------------------------------------------------


def normalise_cost(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    code = values.currency(raw.get("currency"), "currency")
    amount = raw.get("amount_minor")
    if isinstance(amount, bool) or not isinstance(amount, int):
        amount = values.minor_units(amount, code, "amount")
    return {
        "event_id": raw["event_id"],
        "category": values.choice(raw.get("category"), CostCategory, "category"),
        "description": values.text(raw.get("description"), "description"),
        "amount_minor": amount,
        "currency": code,
        "person_id": _person(session, raw.get("person_id"), "person", required=False),
        "funded_by": values.line(raw.get("funded_by"), "funded_by"),
    }


def add_cost(session: Session, event_id: int, **fields: Any) -> Cost:
    """``amount_minor`` may be given as a decimal string ("0.10")."""
    get_event(session, event_id)
    return create_row(session, Cost, fields | {"event_id": event_id}, normalise_cost)


def update_cost(session: Session, cost_id: int, **changes: Any) -> Cost:
    return update_row(session, fetch(session, Cost, cost_id, "cost"), changes, normalise_cost)


def delete_cost(session: Session, cost_id: int) -> None:
    session.delete(fetch(session, Cost, cost_id, "cost"))
    session.flush()


def costs_of(session: Session, event_id: int) -> list[Cost]:
    return list(session.scalars(select(Cost).where(Cost.event_id == event_id).order_by(Cost.id)))
