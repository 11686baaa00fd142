"""The planned budget of an event, by funder, category and currency, and
the event's costs against it: what was planned, spent and is left, with
over-spending flagged. Amounts are exact decimals (``Decimal``) made from
integer minor units; EUR and PLN are never added together."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel.numbers import get_currency_precision
from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import CostCategory
from planner.db.models import BudgetLine, Cost
from planner.services import values
from planner.services.common import create_row, fetch, update_row
from planner.services.events import get_event

CATEGORY_ORDER = {category.value: number for number, category in enumerate(CostCategory)}


def decimal_amount(minor: int, currency: str) -> Decimal:
    """Minor units as the exact amount they are (21240 EUR -> 212.40)."""
    digits = get_currency_precision(currency)
    return Decimal(minor).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def same_funder(first: str, second: str) -> bool:
    """Funders are typed by hand: "ECRI" and " ecri" are one."""
    return first.strip().casefold() == second.strip().casefold()


# -- the budget lines -------------------------------------------------------


def normalise_budget_line(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    code = values.currency(raw.get("currency"), "currency")
    amount = raw.get("amount_minor")
    if isinstance(amount, bool) or not isinstance(amount, int):
        amount = values.minor_units(amount, code, "amount")
    return {
        "event_id": raw["event_id"],
        "funder": values.required_line(raw.get("funder"), "funder"),
        "category": values.choice(raw.get("category"), CostCategory, "category"),
        "amount_minor": amount,
        "currency": code,
        "note": values.line(raw.get("note"), "note", values.NOTE),
    }


def add_budget_line(session: Session, event_id: int, **fields: Any) -> BudgetLine:
    """``amount_minor`` may be given as a decimal string ("4800.00")."""
    get_event(session, event_id)
    return create_row(session, BudgetLine, fields | {"event_id": event_id}, normalise_budget_line)


def update_budget_line(session: Session, line_id: int, **changes: Any) -> BudgetLine:
    return update_row(session, fetch(session, BudgetLine, line_id, "budget line"), changes, normalise_budget_line)


def delete_budget_line(session: Session, line_id: int) -> None:
    session.delete(fetch(session, BudgetLine, line_id, "budget line"))
    session.flush()


def budget_lines(session: Session, event_id: int) -> list[BudgetLine]:
    found = session.scalars(select(BudgetLine).where(col(BudgetLine.event_id) == event_id))
    return sorted(found, key=lambda line: (line.funder.casefold(), CATEGORY_ORDER.get(line.category, 99), line.id))


def budget_line_values(line: BudgetLine) -> dict[str, Any]:
    """A line's fields as a form shows them (the amount as "4800.00")."""
    return {
        "funder": line.funder,
        "category": line.category,
        "amount_minor": values.format_minor_units(line.amount_minor, line.currency),
        "currency": line.currency,
        "note": line.note,
    }


# -- costs against the budget -----------------------------------------------


@dataclass(frozen=True)
class BudgetRow:
    """One funder's category in one currency: planned, spent, left."""

    funder: str
    category: str
    currency: str
    planned: Decimal
    spent: Decimal
    line_ids: tuple[int, ...]  # the budget lines it sums (none: spent without a budget)

    @property
    def left(self) -> Decimal:
        return self.planned - self.spent

    @property
    def over(self) -> bool:
        """More spent than planned (anything spent where nothing was planned)."""
        return self.spent > self.planned


def budget_against_costs(session: Session, event_id: int, funder: str | None = None) -> list[BudgetRow]:
    """Every (funder, category, currency) that has a budget or a cost, by
    funder then category; only ``funder``'s when given. Costs without a
    funder are left out: they are no funder's to account for."""
    planned: dict[tuple[str, str, str], int] = {}
    spent: dict[tuple[str, str, str], int] = {}
    ids: dict[tuple[str, str, str], list[int]] = {}
    names: dict[str, str] = {}  # the folded funder -> as first written

    def key(name: str, category: str, currency: str) -> tuple[str, str, str]:
        folded = name.strip().casefold()
        names.setdefault(folded, name.strip())
        return folded, category, currency

    for line in budget_lines(session, event_id):
        found = key(line.funder, line.category, line.currency)
        planned[found] = planned.get(found, 0) + line.amount_minor
        ids.setdefault(found, []).append(line.id or 0)
    for cost in session.scalars(select(Cost).where(col(Cost.event_id) == event_id, col(Cost.funded_by) != "")):
        found = key(cost.funded_by, cost.category, cost.currency)
        spent[found] = spent.get(found, 0) + cost.amount_minor
    rows = [
        BudgetRow(
            names[folded],
            category,
            currency,
            decimal_amount(planned.get((folded, category, currency), 0), currency),
            decimal_amount(spent.get((folded, category, currency), 0), currency),
            tuple(ids.get((folded, category, currency), ())),
        )
        for folded, category, currency in set(planned) | set(spent)
        if funder is None or same_funder(folded, funder)
    ]
    return sorted(rows, key=lambda row: (row.funder.casefold(), CATEGORY_ORDER.get(row.category, 99), row.currency))


@dataclass(frozen=True)
class FunderTotal:
    funder: str
    currency: str
    planned: Decimal
    spent: Decimal

    @property
    def left(self) -> Decimal:
        return self.planned - self.spent

    @property
    def over(self) -> bool:
        return self.spent > self.planned


def funder_totals(rows: list[BudgetRow]) -> list[FunderTotal]:
    """Each funder's planned, spent and left, per currency."""
    sums: dict[tuple[str, str], tuple[Decimal, Decimal]] = {}
    for row in rows:
        planned, spent = sums.get((row.funder, row.currency), (Decimal(0), Decimal(0)))
        sums[(row.funder, row.currency)] = (planned + row.planned, spent + row.spent)
    return [FunderTotal(funder, currency, *amounts) for (funder, currency), amounts in sums.items()]


def funders(session: Session, event_id: int) -> list[str]:
    """Every funder named by the event's budget or costs, as first written."""
    found: dict[str, str] = {}
    costs = session.scalars(select(Cost).where(col(Cost.event_id) == event_id, col(Cost.funded_by) != ""))
    for name in [line.funder for line in budget_lines(session, event_id)] + [cost.funded_by for cost in costs]:
        found.setdefault(name.strip().casefold(), name.strip())
    return sorted(found.values(), key=str.casefold)
