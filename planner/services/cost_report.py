"""What a cost report for one funder holds, line by line as an auditor
follows it: each cost the funder pays with its date, payee or person,
category, description, amount, currency and evidence reference; totals per
category and per currency (never added across currencies); and the
funder's budget against what was spent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import Cost, Person
from planner.services.budget import (
    CATEGORY_ORDER,
    BudgetRow,
    budget_against_costs,
    decimal_amount,
    funders,
    same_funder,
)
from planner.services.errors import InvalidInput
from planner.services.events import get_event
from planner.services.language import say


@dataclass(frozen=True)
class ReportLine:
    number: int
    spent_on: date | None
    payee: str  # whom it was paid to, else the person it is for
    person: str
    category: str
    description: str
    amount: Decimal
    currency: str
    evidence: str


@dataclass(frozen=True)
class CostReport:
    event_title: str
    starts_on: date
    ends_on: date
    programme: str
    funding: str
    funder: str
    lines: list[ReportLine]
    by_category: list[tuple[str, str, Decimal]]  # (category, currency, total)
    totals: list[tuple[str, Decimal]]  # (currency, total)
    budget: list[BudgetRow]


def funder_named(session: Session, event_id: int, name: str) -> str:
    """The funder as the event writes it; a clear refusal listing those it
    has when none matches."""
    known = funders(session, event_id)
    if not known:  # nothing charged to anyone yet: an empty report says so
        return name.strip()
    for funder in known:
        if same_funder(funder, name):
            return funder
    listed = ", ".join(known)
    raise InvalidInput(
        "funder",
        say("'{name}' pays for nothing in this event; its funders are: {funders}", name=name.strip(), funders=listed),
    )


def cost_report(session: Session, event_id: int, funder: str) -> CostReport:
    event = get_event(session, event_id)
    funder = funder_named(session, event_id, funder)
    costs = [
        (cost, person)
        for cost, person in session.execute(
            select(Cost, Person)
            .outerjoin(Person, col(Person.id) == col(Cost.person_id))
            .where(col(Cost.event_id) == event_id)
        )
        if same_funder(cost.funded_by, funder)
    ]
    # By date (undated last), then category, then as entered: the order of the books.
    costs.sort(
        key=lambda pair: (
            pair[0].spent_on is None,
            pair[0].spent_on or date.min,
            CATEGORY_ORDER.get(pair[0].category, 99),
            pair[0].id,
        )
    )
    lines = []
    category_sums: dict[tuple[str, str], int] = {}
    currency_sums: dict[str, int] = {}
    for number, (cost, person) in enumerate(costs, start=1):
        name = person.full_name if person else ""
        lines.append(
            ReportLine(
                number,
                cost.spent_on,
                cost.payee or name,
                name,
                cost.category,
                cost.description,
                decimal_amount(cost.amount_minor, cost.currency),
                cost.currency,
                cost.evidence,
            )
        )
        category_sums[(cost.category, cost.currency)] = category_sums.get((cost.category, cost.currency), 0) + (
            cost.amount_minor
        )
        currency_sums[cost.currency] = currency_sums.get(cost.currency, 0) + cost.amount_minor
    by_category = [
        (category, currency, decimal_amount(minor, currency))
        for (category, currency), minor in sorted(
            category_sums.items(), key=lambda item: (CATEGORY_ORDER.get(item[0][0], 99), item[0][1])
        )
    ]
    totals = [(currency, decimal_amount(minor, currency)) for currency, minor in sorted(currency_sums.items())]
    return CostReport(
        event.title,
        event.starts_on,
        event.ends_on,
        event.programme,
        event.funding,
        funder,
        lines,
        by_category,
        totals,
        budget_against_costs(session, event_id, funder),
    )
