"""Budget lines, rates and allowances as named operations: each one
undoable step that undo puts back exactly as it was."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from planner.db.models import AllowanceRate, BudgetLine, Cost
from planner.operations import perform, replay
from planner.operations.budget import (
    AddAllowanceCosts,
    AddAllowanceRate,
    AddBudgetLine,
    ChangeBudgetLine,
    DeleteAllowanceRate,
    DeleteBudgetLine,
)
from planner.services import budget, directory, events, logistics

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def _event(store) -> int:
    with store.write() as session:
        event = events.create_event(
            session, title="Visit", kind="study_visit", starts_on=datetime(2018, 3, 22).date(),
            ends_on=datetime(2018, 3, 23).date(), timezone="Europe/Berlin", venue_city="Munich",
        )  # fmt: skip
        person = directory.create_person(session, given_name="Eleni", family_name="Papadopoulou")
        for leaves, origin, zone, destination, arrives in (
            (datetime(2018, 3, 21, 8), "Athens", "Europe/Athens", "Munich", datetime(2018, 3, 21, 10)),
            (datetime(2018, 3, 24, 11), "Munich", "Europe/Berlin", "Athens", datetime(2018, 3, 24, 15)),
        ):
            logistics.add_leg(
                session, event.id, person_id=person.id, mode="flight", from_place=origin, from_at=leaves,
                from_timezone=zone, to_place=destination, to_at=arrives,
                to_timezone="Europe/Berlin" if destination == "Munich" else "Europe/Athens",
            )  # fmt: skip
        return event.id


def test_a_budget_line_added_changed_and_deleted_is_undone_step_by_step(store):
    event = _event(store)
    added = perform(
        store,
        AddBudgetLine(event, {"funder": "ECRI", "category": "travel", "amount_minor": "900.00", "currency": "EUR"}),
    )
    changed = perform(store, ChangeBudgetLine(added.result, {"amount_minor": "950.50"}))
    with store.read() as session:
        assert budget.budget_against_costs(session, event)[0].planned == budget.decimal_amount(95050, "EUR")
    replay(store, changed.changes, "before")
    with store.read() as session:
        assert str(budget.budget_against_costs(session, event)[0].planned) == "900.00"
    deleted = perform(store, DeleteBudgetLine(added.result))
    assert _count(store, BudgetLine) == 0
    replay(store, deleted.changes, "before")
    assert _count(store, BudgetLine) == 1
    replay(store, added.changes, "before")
    assert _count(store, BudgetLine) == 0


def test_allowances_are_added_as_costs_once_and_undone_at_once(store):
    event = _event(store)
    rate = perform(store, AddAllowanceRate({"funder": "ECRI", "basis": "day", "amount_minor": "80", "currency": "EUR"}))
    perform(
        store,
        AddAllowanceRate(
            {
                "funder": "ECRI",
                "basis": "distance",
                "from_km": "500",
                "to_km": "1999",
                "amount_minor": "275",
                "currency": "EUR",
            }
        ),
    )
    added = perform(store, AddAllowanceCosts(event, "ECRI"))
    assert len(added.result) == 2
    with store.read() as session:
        costs = sorted((cost.description, cost.amount_minor, cost.funded_by) for cost in session.scalars(select(Cost)))
    # 21 to 24 March: 4 days; Athens to Munich is about 1,500 km.
    assert costs == [
        ("Daily allowance: 4 days × 80.00 EUR", 32000, "ECRI"),
        ("Travel unit cost: 1496 km band, 275.00 EUR", 27500, "ECRI"),
    ]
    # Asked again, nothing is added twice.
    assert perform(store, AddAllowanceCosts(event, "ECRI")).result == []
    replay(store, added.changes, "before")
    assert _count(store, Cost) == 0
    deleted = perform(store, DeleteAllowanceRate(rate.result))
    assert _count(store, AllowanceRate) == 1
    replay(store, deleted.changes, "before")
    assert _count(store, AllowanceRate) == 2
