"""The costs of an event as listed: cost lines with the prices booked on
legs and stays, and totals per currency."""

from __future__ import annotations

import pytest

from planner.services import costs
from planner.services.costs import COST, STAY, TRAVEL_LEG, CostLine

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _line(source, category, amount, currency, funder=""):
    return CostLine(source, 1, category, "", None, "", funder, amount, currency)


def test_totals_are_per_currency_by_category_and_funder_in_minor_units():
    lines = [
        _line(COST, "travel", 64200, "EUR", "ECRI (COSME)"),
        _line(COST, "travel", 262300, "PLN", "ECRI (COSME)"),
        _line(COST, "catering", 61200, "EUR", "BioM"),
        _line(COST, "catering", 5, "EUR", ""),
        _line(TRAVEL_LEG, "travel", 24600, "EUR"),
        _line(STAY, "accommodation", 38700, "EUR"),
    ]
    totals = costs.cost_totals(lines)
    assert totals.by_currency == {"EUR": 125405, "PLN": 262300}
    assert totals.by_category == {"travel": {"EUR": 64200, "PLN": 262300}, "catering": {"EUR": 61205}}
    assert totals.by_funder == {"ECRI (COSME)": {"EUR": 64200, "PLN": 262300}, "BioM": {"EUR": 61200}, "": {"EUR": 5}}
    # Prices booked on legs and stays are summed apart, never added to the costs.
    assert totals.booked == {"travel": {"EUR": 24600}, "accommodation": {"EUR": 38700}}
    assert totals.currencies() == ["EUR", "PLN"]
    assert all(isinstance(amount, int) for table in totals.by_category.values() for amount in table.values())


def test_cost_lines_of_the_munich_visit_hold_costs_then_booked_prices(store, samples):
    with store.read() as session:
        lines = costs.cost_lines(session, samples["ECRI"])
    sources = [line.source for line in lines]
    assert sources.count(COST) == 8 and sources.count(TRAVEL_LEG) == 16 and sources.count(STAY) == 9
    taxi = next(line for line in lines if line.description.startswith("Taxi"))
    assert (taxi.person_name, taxi.amount_minor, taxi.currency) == ("Dimitra Alexiou", 9650, "EUR")
    flight = next(line for line in lines if line.source == TRAVEL_LEG and "A3 820" in line.description)
    assert flight.description == "Aegean Airlines A3 820, Athens → Munich, Wed 21 Mar"
    totals = costs.cost_totals(lines)
    assert totals.by_currency == {"EUR": 601500, "PLN": 405800}
    assert totals.by_funder == {"ECRI (COSME)": {"EUR": 601500, "PLN": 405800}}
    # The hotel nights cost equals what was booked on the stays.
    assert totals.by_category["accommodation"] == totals.booked["accommodation"] == {"EUR": 286600}
