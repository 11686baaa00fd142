"""The costs of an event as the app lists them: its costs, with the prices
booked on travel legs and stays beside them, and the totals per currency."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import CostCategory
from planner.db.models import Cost, Person, Stay, TravelLeg
from planner.services import values

# Where a cost line comes from (``CostLine.source``).
COST, TRAVEL_LEG, STAY = "cost", "travel_leg", "stay"


@dataclass(frozen=True)
class CostLine:
    """One amount: a cost of the event, or the price booked on a travel leg
    or a stay (``source``)."""

    source: str
    source_id: int
    category: str
    description: str
    person_id: int | None
    person_name: str
    funded_by: str
    amount_minor: int
    currency: str
    # A cost's date, payee and evidence reference (none on booked prices).
    spent_on: date | None = None
    payee: str = ""
    evidence: str = ""

    @property
    def is_cost(self) -> bool:
        """A cost of the event, not a price booked on a leg or a stay."""
        return self.source == COST

    def values(self) -> dict[str, Any]:
        """A cost's fields as ``add_cost``/``update_cost`` take them, the
        amount as a decimal string as it is typed."""
        return {
            "category": self.category,
            "description": self.description,
            "amount_minor": values.format_minor_units(self.amount_minor, self.currency),
            "currency": self.currency,
            "person_id": self.person_id,
            "funded_by": self.funded_by,
            "spent_on": self.spent_on,
            "payee": self.payee,
            "evidence": self.evidence,
        }


def _leg_description(leg: TravelLeg) -> str:
    service = " ".join(part for part in (leg.carrier, leg.number) if part)
    route = f"{leg.from_place} → {leg.to_place}, {leg.from_at:%a %d %b}"
    return f"{service}, {route}" if service else route


def cost_lines(session: Session, event_id: int) -> list[CostLine]:
    """The event's costs, then the prices of its travel legs and stays."""
    lines = [
        CostLine(
            COST,
            cost.id,
            cost.category,
            cost.description,
            cost.person_id,
            person.full_name if person else "",
            cost.funded_by,
            cost.amount_minor,
            cost.currency,
            cost.spent_on,
            cost.payee,
            cost.evidence,
        )
        for cost, person in session.execute(
            select(Cost, Person)
            .outerjoin(Person, col(Person.id) == col(Cost.person_id))
            .where(col(Cost.event_id) == event_id)
            .order_by(col(Cost.id))
        )
    ]
    legs = session.execute(
        select(TravelLeg, Person)
        .join(Person, col(Person.id) == col(TravelLeg.person_id))
        .where(col(TravelLeg.event_id) == event_id, col(TravelLeg.cost_minor).is_not(None))
        .order_by(col(TravelLeg.from_at), col(TravelLeg.id))
    )
    lines += [
        CostLine(
            TRAVEL_LEG,
            leg.id,
            CostCategory.TRAVEL.value,
            _leg_description(leg),
            leg.person_id,
            person.full_name,
            "",
            leg.cost_minor,
            leg.cost_currency,
        )
        for leg, person in legs
    ]
    stays = session.execute(
        select(Stay, Person)
        .outerjoin(Person, col(Person.id) == col(Stay.person_id))
        .where(col(Stay.event_id) == event_id, col(Stay.cost_minor).is_not(None))
        .order_by(col(Stay.check_in), col(Stay.id))
    )
    for stay, person in stays:
        nights = (stay.check_out - stay.check_in).days
        description = f"{stay.name}, {nights} night{'s' if nights != 1 else ''} from {stay.check_in:%a %d %b}"
        lines.append(
            CostLine(
                STAY,
                stay.id,
                CostCategory.ACCOMMODATION.value,
                description,
                stay.person_id,
                person.full_name if person else "",
                "",
                stay.cost_minor,
                stay.cost_currency,
            )
        )
    return lines


def _add(table: dict[str, dict[str, int]], key: str, currency: str, amount: int) -> None:
    table.setdefault(key, {})
    table[key][currency] = table[key].get(currency, 0) + amount


@dataclass
class CostTotals:
    """Sums in minor units, always per currency: EUR and PLN are never added.

    The event's costs make the totals. Prices booked on travel legs and
    stays are summed apart (``booked``): organisers usually also enter the
    invoice or claim for them as a cost, and adding both would count twice."""

    by_category: dict[str, dict[str, int]] = field(default_factory=dict)
    by_funder: dict[str, dict[str, int]] = field(default_factory=dict)  # "" = no funder given
    by_currency: dict[str, int] = field(default_factory=dict)
    booked: dict[str, dict[str, int]] = field(default_factory=dict)  # by category

    def currencies(self) -> list[str]:
        return sorted(set(self.by_currency).union(*self.booked.values()))


def cost_totals(lines: list[CostLine]) -> CostTotals:
    totals = CostTotals()
    for line in lines:
        if line.source != COST:
            _add(totals.booked, line.category, line.currency, line.amount_minor)
            continue
        _add(totals.by_category, line.category, line.currency, line.amount_minor)
        _add(totals.by_funder, line.funded_by, line.currency, line.amount_minor)
        totals.by_currency[line.currency] = totals.by_currency.get(line.currency, 0) + line.amount_minor
    return totals
