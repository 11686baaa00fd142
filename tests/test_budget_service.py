"""The budget of an event by funder: planned amounts as exact decimals per
currency, the costs against them (spent, left, over-spending), daily
allowances and distance bands worked out from travel legs and stays, and
the cost report an auditor reads for one funder."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from planner.services import allowances, budget, cost_report, logistics
from planner.services.errors import InvalidInput

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _leg(session, event_id, person_id, origin, zone, leaves, arrives, destination="Madrid"):
    return logistics.add_leg(
        session,
        event_id,
        person_id=person_id,
        mode="flight",
        from_place=origin,
        from_at=leaves,
        from_timezone=zone,
        to_place=destination,
        to_at=arrives,
        to_timezone="Europe/Madrid",
    )


@pytest.fixture
def people(session, workshop):
    from planner.services import directory

    workshop.venue_city = "Madrid"
    session.flush()
    anna = directory.create_person(session, given_name="Anna", family_name="Kowalska")
    nikos = directory.create_person(session, given_name="Nikos", family_name="Pappas")
    return anna.id, nikos.id


def test_budget_against_costs_is_exact_per_funder_category_and_currency(session, workshop):
    event = workshop.id
    budget.add_budget_line(session, event, funder="ECRI", category="travel", amount_minor="1000.10", currency="EUR")
    budget.add_budget_line(session, event, funder="ECRI", category="travel", amount_minor="0.20", currency="EUR")
    budget.add_budget_line(session, event, funder="ECRI", category="travel", amount_minor="4000", currency="PLN")
    budget.add_budget_line(session, event, funder="BioM", category="catering", amount_minor="300.00", currency="EUR")
    for amount, currency, funder, category in (
        ("0.10", "EUR", "ECRI", "travel"),
        ("0.20", "EUR", " ecri ", "travel"),  # the same funder, typed differently
        ("4500.00", "PLN", "ECRI", "travel"),
        ("120.00", "EUR", "ECRI", "venue"),  # nothing planned for the venue
        ("99.99", "EUR", "", "catering"),  # no funder: no one's to account for
    ):
        logistics.add_cost(session, event, category=category, amount_minor=amount, currency=currency, funded_by=funder)
    rows = {(row.funder, row.category, row.currency): row for row in budget.budget_against_costs(session, event)}
    assert set(rows) == {
        ("BioM", "catering", "EUR"),
        ("ECRI", "travel", "EUR"),
        ("ECRI", "travel", "PLN"),
        ("ECRI", "venue", "EUR"),
    }
    travel = rows[("ECRI", "travel", "EUR")]
    # 1000.10 + 0.20 - (0.10 + 0.20) exactly: floats would give 999.9999999999999.
    assert (travel.planned, travel.spent, travel.left, travel.over) == (
        Decimal("1000.30"),
        Decimal("0.30"),
        Decimal("1000.00"),
        False,
    )
    assert str(travel.left) == "1000.00"
    zloty = rows[("ECRI", "travel", "PLN")]
    assert (zloty.left, zloty.over) == (Decimal("-500.00"), True)
    venue = rows[("ECRI", "venue", "EUR")]
    assert (venue.planned, venue.spent, venue.over, venue.line_ids) == (Decimal("0.00"), Decimal("120.00"), True, ())
    assert rows[("BioM", "catering", "EUR")].spent == 0
    totals = {(total.funder, total.currency): total for total in budget.funder_totals(list(rows.values()))}
    assert totals[("ECRI", "EUR")].planned == Decimal("1000.30") and totals[("ECRI", "EUR")].spent == Decimal("120.30")
    assert budget.funders(session, event) == ["BioM", "ECRI"]
    assert [row.category for row in budget.budget_against_costs(session, event, "ecri")] == [
        "travel",
        "travel",
        "venue",
    ]


def test_currencies_without_minor_units_and_bad_amounts_are_refused_with_the_field_named(session, workshop):
    line = budget.add_budget_line(
        session, workshop.id, funder="JP", category="fees", amount_minor="5000", currency="jpy"
    )
    assert (line.amount_minor, line.currency) == (5000, "JPY")
    assert budget.decimal_amount(5000, "JPY") == Decimal("5000")
    with pytest.raises(InvalidInput, match=r"amount: 12\.5 has more decimals than JPY allows"):
        budget.add_budget_line(session, workshop.id, funder="JP", category="fees", amount_minor="12.5", currency="JPY")
    with pytest.raises(InvalidInput, match="amount: must be a decimal string"):
        budget.add_budget_line(session, workshop.id, funder="JP", category="fees", amount_minor=12.5, currency="EUR")
    with pytest.raises(InvalidInput, match="funder: must not be empty"):
        budget.add_budget_line(session, workshop.id, funder=" ", category="fees", amount_minor="1", currency="EUR")
    with pytest.raises(InvalidInput, match="currency: 'EURO' is not an ISO 4217"):
        budget.add_budget_line(session, workshop.id, funder="X", category="fees", amount_minor="1", currency="EURO")


def test_allowances_by_day_and_distance_band_from_legs_and_stays(session, workshop, people):
    anna, nikos = people
    # Anna flies from Warsaw on 2 June and back on 5 June: 4 days away.
    _leg(session, workshop.id, anna, "Warsaw", "Europe/Warsaw", datetime(2009, 6, 2, 9), datetime(2009, 6, 2, 13))
    logistics.add_leg(
        session,
        workshop.id,
        person_id=anna,
        mode="flight",
        from_place="Madrid",
        from_at=datetime(2009, 6, 5, 18),
        from_timezone="Europe/Madrid",
        to_place="Warsaw",
        to_at=datetime(2009, 6, 5, 22),
        to_timezone="Europe/Warsaw",
    )
    # Nikos has no travel entered, only a hotel for 2 nights: 3 days.
    logistics.add_stay(
        session, workshop.id, person_id=nikos, name="Hotel", check_in=date(2009, 6, 2), check_out=date(2009, 6, 4)
    )
    allowances.add_rate(session, funder="ECRI", basis="day", amount_minor="80.00", currency="EUR")
    allowances.add_rate(
        session, funder="ECRI", basis="distance", from_km="500", to_km="1999", amount_minor="275", currency="EUR"
    )
    allowances.add_rate(session, funder="ECRI", basis="distance", from_km="2000", amount_minor="360", currency="EUR")
    allowances.add_rate(session, funder="Other", basis="day", amount_minor="1", currency="EUR")
    found = allowances.allowances(session, workshop.id, "ecri")
    by_person = {(allowance.name, allowance.basis): allowance for allowance in found}
    assert set(by_person) == {("Anna Kowalska", "day"), ("Anna Kowalska", "distance"), ("Nikos Pappas", "day")}
    day = by_person[("Anna Kowalska", "day")]
    assert (day.units, day.amount, day.currency, day.category) == (4, Decimal("320.00"), "EUR", "subsistence")
    assert day.description() == "Daily allowance: 4 days × 80.00 EUR"
    band = by_person[("Anna Kowalska", "distance")]
    # Warsaw to Madrid is some 2,290 km as the crow flies.
    assert 2250 < (band.distance_km or 0) < 2330
    assert (band.amount, band.category) == (Decimal("360.00"), "travel")
    assert by_person[("Nikos Pappas", "day")].units == 3
    assert by_person[("Nikos Pappas", "day")].amount == Decimal("240.00")


def test_a_distance_band_needs_its_start_and_ends_after_it(session):
    with pytest.raises(InvalidInput, match="from_km: a distance band needs"):
        allowances.add_rate(session, funder="ECRI", basis="distance", amount_minor="1", currency="EUR")
    with pytest.raises(InvalidInput, match="to_km: the band ends at 10 km, before it starts at 100 km"):
        allowances.add_rate(
            session, funder="ECRI", basis="distance", from_km="100", to_km="10", amount_minor="1", currency="EUR"
        )
    with pytest.raises(InvalidInput, match="from_km: 'far' is not a whole number"):
        allowances.add_rate(session, funder="ECRI", basis="distance", from_km="far", amount_minor="1", currency="EUR")


def test_the_cost_report_of_one_funder_lists_its_costs_by_date_with_totals_per_currency(session, workshop, people):
    anna, _nikos = people
    event = workshop.id
    logistics.add_cost(
        session, event, category="venue", amount_minor="1200.00", currency="EUR", funded_by="ECRI",
        spent_on=date(2009, 6, 4), payee="Hotel Meliá", evidence="INV-2009-118",
    )  # fmt: skip
    logistics.add_cost(
        session, event, category="travel", amount_minor="1234.56", currency="PLN", funded_by="ECRI",
        person_id=anna, spent_on=date(2009, 5, 20), evidence="LOT e-ticket 080-123",
    )  # fmt: skip
    logistics.add_cost(session, event, category="catering", amount_minor="0.01", currency="EUR", funded_by="ecri")
    logistics.add_cost(session, event, category="catering", amount_minor="500", currency="EUR", funded_by="BioM")
    budget.add_budget_line(session, event, funder="ECRI", category="venue", amount_minor="1000", currency="EUR")
    report = cost_report.cost_report(session, event, "Ecri")
    assert report.funder == "ECRI"
    assert [(line.number, line.spent_on, line.payee, line.category, line.amount, line.currency, line.evidence)
            for line in report.lines] == [
        (1, date(2009, 5, 20), "Anna Kowalska", "travel", Decimal("1234.56"), "PLN", "LOT e-ticket 080-123"),
        (2, date(2009, 6, 4), "Hotel Meliá", "venue", Decimal("1200.00"), "EUR", "INV-2009-118"),
        (3, None, "", "catering", Decimal("0.01"), "EUR", ""),
    ]  # fmt: skip
    assert report.totals == [("EUR", Decimal("1200.01")), ("PLN", Decimal("1234.56"))]
    assert report.by_category == [
        ("travel", "PLN", Decimal("1234.56")),
        ("venue", "EUR", Decimal("1200.00")),
        ("catering", "EUR", Decimal("0.01")),
    ]
    venue = next(row for row in report.budget if row.category == "venue")
    assert venue.over and venue.left == Decimal("-200.00")
    with pytest.raises(InvalidInput, match="'Nobody' pays for nothing in this event; its funders are: BioM, ECRI"):
        cost_report.cost_report(session, event, "Nobody")


def test_a_village_venue_is_reached_through_the_city_the_traveller_arrived_in(store, samples):
    # The Munich visit is held in Martinsried/Planegg, too small to be known:
    # the distance runs to Munich, where each traveller's journey there ends.
    with store.read() as session:
        trips = {trip.name: trip for trip in allowances.trips(session, samples["ECRI"])}
    assert trips["Dimitra Alexiou"].origin == "Athens"
    assert trips["Dimitra Alexiou"].distance_km == 1496
    assert 600 < (trips["Agnieszka Wróbel"].distance_km or 0) < 700  # Kraków
    assert trips["Dimitra Alexiou"].days == 4
