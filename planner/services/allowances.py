"""Daily allowances and unit costs a funder pays for each traveller: a rate
per day away, or one amount per journey by distance band, entered by the
user per funder. What each traveller is due is worked out from their
travel legs (the days from their first departure to their last arrival)
and, without legs, from their stays (nights + 1); the distance is from
where their first leg starts to the event's city."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import CostCategory
from planner.db.models import AllowanceRate, Cost, Person, Stay, TravelLeg
from planner.services import values
from planner.services.budget import decimal_amount, same_funder
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.events import get_event
from planner.services.language import say

DAY, DISTANCE = "day", "distance"
BASES = (DAY, DISTANCE)
# The category each kind of allowance is a cost of.
CATEGORIES = {DAY: CostCategory.SUBSISTENCE.value, DISTANCE: CostCategory.TRAVEL.value}


# -- the rates --------------------------------------------------------------


def _km(value: object, field: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InvalidInput(
            field, say("'{value}' is not a whole number of kilometres", value=values.shown(value))
        ) from None
    if number < 0:
        raise InvalidInput(field, say("{number} is negative; distances start at 0 km", number=number))
    return number


def normalise_rate(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    basis = values.line(raw.get("basis"), "basis") or DAY
    if basis not in BASES:
        raise InvalidInput(
            "basis", say("'{basis}' is not one of: {choices}", basis=values.shown(basis), choices=", ".join(BASES))
        )
    code = values.currency(raw.get("currency"), "currency")
    amount = raw.get("amount_minor")
    if isinstance(amount, bool) or not isinstance(amount, int):
        amount = values.minor_units(amount, code, "amount")
    from_km, to_km = _km(raw.get("from_km"), "from_km"), _km(raw.get("to_km"), "to_km")
    if basis == DISTANCE:
        if from_km is None:
            raise InvalidInput("from_km", say("a distance band needs the distance it starts at (0 for the first band)"))
        if to_km is not None and to_km < from_km:
            raise InvalidInput(
                "to_km", say("the band ends at {end} km, before it starts at {start} km", end=to_km, start=from_km)
            )
    else:
        from_km = to_km = None  # a rate per day knows no distance
    return {
        "funder": values.required_line(raw.get("funder"), "funder"),
        "basis": basis,
        "from_km": from_km,
        "to_km": to_km,
        "amount_minor": amount,
        "currency": code,
    }


def add_rate(session: Session, **fields: Any) -> AllowanceRate:
    """``amount_minor`` may be given as a decimal string ("80.00")."""
    return create_row(session, AllowanceRate, fields, normalise_rate)


def update_rate(session: Session, rate_id: int, **changes: Any) -> AllowanceRate:
    return update_row(session, fetch(session, AllowanceRate, rate_id, "rate"), changes, normalise_rate)


def delete_rate(session: Session, rate_id: int) -> None:
    session.delete(fetch(session, AllowanceRate, rate_id, "rate"))
    session.flush()


def rates(session: Session, funder: str | None = None) -> list[AllowanceRate]:
    """Every rate (``funder``'s only when given): by funder, day rates first,
    then distance bands from the nearest."""
    found = [
        rate for rate in session.scalars(select(AllowanceRate)) if funder is None or same_funder(rate.funder, funder)
    ]
    return sorted(found, key=lambda rate: (rate.funder.casefold(), rate.basis != DAY, rate.from_km or 0, rate.id))


def rate_values(rate: AllowanceRate) -> dict[str, Any]:
    return {
        "funder": rate.funder,
        "basis": rate.basis,
        "from_km": "" if rate.from_km is None else str(rate.from_km),
        "to_km": "" if rate.to_km is None else str(rate.to_km),
        "amount_minor": values.format_minor_units(rate.amount_minor, rate.currency),
        "currency": rate.currency,
    }


def band_of(distance: int, bands: list[AllowanceRate]) -> AllowanceRate | None:
    """The band a distance falls in (both ends included; no end: and beyond)."""
    for band in bands:
        if (band.from_km or 0) <= distance and (band.to_km is None or distance <= band.to_km):
            return band
    return None


# -- what each traveller is due ---------------------------------------------


@dataclass(frozen=True)
class Trip:
    """A traveller's time away and distance, as their legs and stays say."""

    person_id: int
    name: str
    first_day: date | None
    last_day: date | None
    nights: int
    origin: str
    distance_km: int | None

    @property
    def days(self) -> int:
        if self.first_day is None or self.last_day is None:
            return 0
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class Allowance:
    """One amount a funder's rate gives a traveller."""

    person_id: int
    name: str
    funder: str
    basis: str
    units: int  # days (a day rate), 1 (a journey in a distance band)
    distance_km: int | None
    rate_minor: int
    currency: str

    @property
    def amount_minor(self) -> int:
        return self.rate_minor * self.units

    @property
    def amount(self) -> Decimal:
        return decimal_amount(self.amount_minor, self.currency)

    @property
    def rate(self) -> Decimal:
        return decimal_amount(self.rate_minor, self.currency)

    @property
    def category(self) -> str:
        return CATEGORIES[self.basis]

    def description(self) -> str:
        """What the cost line says, kept with the cost (so in one language):
        how the amount was reached, for the auditor to check."""
        rate = values.format_minor_units(self.rate_minor, self.currency)
        if self.basis == DAY:
            return f"Daily allowance: {self.units} day{'s' if self.units != 1 else ''} × {rate} {self.currency}"
        return f"Travel unit cost: {self.distance_km} km band, {rate} {self.currency}"


def trips(session: Session, event_id: int, *, with_distance: bool = True) -> list[Trip]:
    """Each person with travel legs or a stay at the event, by name."""
    event = get_event(session, event_id)
    legs: dict[int, list[TravelLeg]] = {}
    for leg in session.scalars(
        select(TravelLeg).where(col(TravelLeg.event_id) == event_id).order_by(col(TravelLeg.from_at))
    ):
        legs.setdefault(leg.person_id, []).append(leg)
    stays: dict[int, list[Stay]] = {}
    for stay in session.scalars(select(Stay).where(col(Stay.event_id) == event_id, col(Stay.person_id).is_not(None))):
        stays.setdefault(stay.person_id or 0, []).append(stay)
    found = []
    for person_id in set(legs) | set(stays):
        person = session.get(Person, person_id)
        mine, slept = legs.get(person_id, []), stays.get(person_id, [])
        nights = sum((stay.check_out - stay.check_in).days for stay in slept)
        first: date | None
        last: date | None
        if mine:
            first, last = mine[0].from_at.date(), max(leg.to_at for leg in mine).date()
        elif slept:
            first, last = min(stay.check_in for stay in slept), max(stay.check_out for stay in slept)
        else:
            first = last = None
        origin = mine[0].from_place if mine else ""
        distance = None
        if with_distance and origin:
            distance = _distance(origin, _destinations(event.venue_city, mine, event.starts_on))
        found.append(Trip(person_id, person.full_name if person else "", first, last, nights, origin, distance))
    return sorted(found, key=lambda trip: (trip.name.casefold(), trip.person_id))


def _destinations(venue_city: str, legs: list[TravelLeg], starts_on: date) -> list[str]:
    """Where a journey to the event ends, best first: the event's city (or
    each town of "Martinsried/Planegg"), then where the traveller last
    arrived before the event began (a village too small to be known is
    reached through the city whose airport or station they came to)."""
    places = [venue_city, *venue_city.replace("/", ",").split(",")]
    inbound = [leg for leg in legs if leg.to_at.date() <= starts_on]
    if inbound:
        places.append(inbound[-1].to_place)
    elif legs:
        places.append(legs[0].to_place)
    return [place.strip() for place in places if place.strip()]


def _distance(origin: str, destinations: list[str]) -> int | None:
    from planner.services.distances import distance_km  # reads GeoNames' cities: only when asked

    for destination in destinations:
        found = distance_km(origin, destination)
        if found is not None:
            return found
    return None


def allowances(session: Session, event_id: int, funder: str) -> list[Allowance]:
    """What ``funder``'s rates give each traveller of the event: a day rate
    times their days away, and the band their distance falls in."""
    funder_rates = rates(session, funder)
    day_rates = [rate for rate in funder_rates if rate.basis == DAY]
    bands = [rate for rate in funder_rates if rate.basis == DISTANCE]
    found = []
    for trip in trips(session, event_id, with_distance=bool(bands)):
        for rate in day_rates:
            if trip.days:
                found.append(
                    Allowance(
                        trip.person_id, trip.name, rate.funder, DAY, trip.days, None, rate.amount_minor, rate.currency
                    )
                )
        band = band_of(trip.distance_km, bands) if trip.distance_km is not None else None
        if band is not None:
            found.append(
                Allowance(
                    trip.person_id,
                    trip.name,
                    band.funder,
                    DISTANCE,
                    1,
                    trip.distance_km,
                    band.amount_minor,
                    band.currency,
                )
            )
    return found


def cost_values(allowance: Allowance) -> dict[str, Any]:
    """The cost line an allowance becomes (as ``add_cost`` takes it)."""
    return {
        "category": allowance.category,
        "description": allowance.description(),
        "amount_minor": allowance.amount_minor,
        "currency": allowance.currency,
        "person_id": allowance.person_id,
        "funded_by": allowance.funder,
        "payee": allowance.name,
    }


def already_added(session: Session, event_id: int, allowance: Allowance) -> bool:
    """Whether the event has this allowance as a cost already (the same
    person, funder, category and wording): added twice it would count twice."""
    return any(
        same_funder(cost.funded_by, allowance.funder)
        for cost in session.scalars(
            select(Cost).where(
                col(Cost.event_id) == event_id,
                col(Cost.person_id) == allowance.person_id,
                col(Cost.category) == allowance.category,
                col(Cost.description) == allowance.description(),
            )
        )
    )
