"""Operations on an event's budget (lines by funder and category), on the
rates funders pay per day or distance band, and the allowances those rates
give travellers, added as costs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import allowances, budget, logistics
from planner.services.common import id_of
from planner.services.language import marked

DEFAULT_CURRENCY = "EUR"


def new_budget_line_values() -> dict[str, Any]:
    """What the form for a new budget line proposes."""
    return {"currency": DEFAULT_CURRENCY}


def new_rate_values(funder: str = "") -> dict[str, Any]:
    return {"funder": funder, "basis": allowances.DAY, "currency": DEFAULT_CURRENCY}


@dataclass(frozen=True)
class AddBudgetLine(Operation[int]):
    """A planned amount for a funder and category (the amount as a decimal string, "4800.00"); its id."""

    event_id: int
    values: Mapping[str, Any]
    label = marked("Add budget line")

    def run(self, session: Session) -> int:
        return id_of(budget.add_budget_line(session, self.event_id, **self.values))


@dataclass(frozen=True)
class ChangeBudgetLine(Operation[int]):
    line_id: int
    values: Mapping[str, Any]
    label = marked("Change budget line")

    def run(self, session: Session) -> int:
        budget.update_budget_line(session, self.line_id, **self.values)
        return self.line_id


@dataclass(frozen=True)
class DeleteBudgetLine(Operation[None]):
    line_id: int
    label = marked("Delete budget line")

    def run(self, session: Session) -> None:
        budget.delete_budget_line(session, self.line_id)


@dataclass(frozen=True)
class DeleteBudgetLines(Operation[None]):
    """The lines of one funder's category in one currency, as one step."""

    line_ids: tuple[int, ...]
    label = marked("Delete budget lines")

    def run(self, session: Session) -> None:
        for line_id in self.line_ids:
            budget.delete_budget_line(session, line_id)


@dataclass(frozen=True)
class AddAllowanceRate(Operation[int]):
    """A funder's rate: per day (basis=day) or for a distance band
    (basis=distance, from_km, to_km); its id."""

    values: Mapping[str, Any]
    label = marked("Add allowance rate")

    def run(self, session: Session) -> int:
        return id_of(allowances.add_rate(session, **self.values))


@dataclass(frozen=True)
class ChangeAllowanceRate(Operation[int]):
    rate_id: int
    values: Mapping[str, Any]
    label = marked("Change allowance rate")

    def run(self, session: Session) -> int:
        allowances.update_rate(session, self.rate_id, **self.values)
        return self.rate_id


@dataclass(frozen=True)
class DeleteAllowanceRate(Operation[None]):
    rate_id: int
    label = marked("Delete allowance rate")

    def run(self, session: Session) -> None:
        allowances.delete_rate(session, self.rate_id)


@dataclass(frozen=True)
class AddAllowanceCosts(Operation[list[int]]):
    """The allowances a funder's rates give the event's travellers, added
    as cost lines (those added before are not added again); the new costs' ids."""

    event_id: int
    funder: str
    label = marked("Add allowances as costs")

    def run(self, session: Session) -> list[int]:
        added = []
        for allowance in allowances.allowances(session, self.event_id, self.funder):
            if not allowances.already_added(session, self.event_id, allowance):
                cost = logistics.add_cost(session, self.event_id, **allowances.cost_values(allowance))
                added.append(id_of(cost))
        return added
