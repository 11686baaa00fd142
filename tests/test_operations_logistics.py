"""The logistics of an event as named operations: what a new travel leg,
stay or cost proposes, the rule that a currency alone is no price, and
adding, changing and deleting each as one step that undo puts back
exactly as it was."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from planner.db.models import Cost, Stay, TravelLeg
from planner.operations import perform, replay
from planner.operations.logistics import (
    AddCost,
    AddStay,
    AddTravelLeg,
    ChangeCost,
    ChangeStay,
    ChangeTravelLeg,
    DeleteCost,
    DeleteStay,
    DeleteTravelLeg,
    new_cost_values,
    new_leg_values,
    new_stay_values,
)
from planner.services import directory, events, logistics, movements, participants
from planner.services.errors import InvalidInput, NotFound
from planner.services.history import ReplayRefused
from tests.databases import data_of

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL

ATHENS_TO_MUNICH = {
    "mode": "flight",
    "carrier": "Aegean Airlines",
    "number": "A3 822",
    "from_place": "Athens",
    "from_at": datetime(2018, 3, 22, 8, 20),
    "from_timezone": "Europe/Athens",
    "to_place": "Munich",
    "to_at": datetime(2018, 3, 22, 10, 0),
    "to_timezone": "Europe/Berlin",
    "cost_minor": "246.00",
    "cost_currency": "EUR",
}
HOTEL = {
    "name": "Hotel Isarbogen Garten",
    "address": "Munich-Neuhausen",
    "check_in": date(2018, 3, 22),
    "check_out": date(2018, 3, 24),
    "cost_minor": "258.00",
    "cost_currency": "EUR",
}
COFFEE = {"category": "catering", "description": "Coffee", "amount_minor": "12.50", "currency": "EUR"}


def _rows(store, model) -> list[tuple]:
    """Every stored row of a table, as the database holds it."""
    with store.engine.connect() as connection:
        return sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)


def _person(store, event_id: int, family_name: str) -> int:
    with store.read() as session:
        return next(row.person_id for row in movements.travellers(session, event_id) if row.name.endswith(family_name))


def _newcomer(store, event_id: int) -> int:
    """A participant of the event with no travel or stay yet."""
    with store.write() as session:
        person = directory.create_person(session, given_name="Katrin", family_name="Weber")
        participants.add_participant(session, event_id, person.id)
        return person.id


# -- what a form for a new one proposes ---------------------------------------------


def test_a_first_leg_is_a_flight_to_the_events_city_on_the_day_before(store, samples):
    ecri = samples["ECRI"]  # Friday 23 March 2018, Europe/Berlin, at BioM in Martinsried/Planegg
    katrin = _newcomer(store, ecri)
    with store.read() as session:
        proposed = new_leg_values(session, ecri, katrin)
    assert proposed == {
        "person_id": katrin,
        "mode": "flight",
        "from_at": datetime(2018, 3, 22, 9, 0),
        "from_timezone": "Europe/Berlin",
        "to_place": "Martinsried/Planegg",
        "to_at": datetime(2018, 3, 22, 11, 0),
        "to_timezone": "Europe/Berlin",
        "cost_currency": "EUR",
    }


def test_a_leg_after_the_last_one_goes_back_where_it_came_from(store, samples):
    ecri = samples["ECRI"]
    alexiou = _person(store, ecri, "Alexiou")  # Athens → Munich on Wednesday, Munich → Athens on Saturday
    with store.read() as session:
        last = [leg for leg in logistics.leg_rows(session, ecri) if leg.person_id == alexiou][-1]
        proposed = new_leg_values(session, ecri, alexiou)
    assert (last.from_place, last.to_place) == ("Munich", "Athens")
    assert proposed == {
        "person_id": alexiou,
        "mode": last.mode,
        "from_place": "Athens",
        "from_at": last.to_at + timedelta(hours=2),
        "from_timezone": last.to_timezone,
        "to_place": "Munich",
        "to_at": last.to_at + timedelta(hours=4),
        "to_timezone": last.from_timezone,
        "cost_currency": last.cost_currency,
    }


def test_after_the_way_there_the_way_back_is_the_morning_after_the_event(store, samples):
    """Flying in on the Wednesday, the way back is not proposed two hours
    after landing but on the Saturday morning, when the stay ends, and takes
    as long as the way there (2 h 40 min: 11:40 in Munich is 12:40 in Athens)."""
    ecri = samples["ECRI"]  # Friday 23 March 2018, in Martinsried/Planegg
    katrin = _newcomer(store, ecri)
    there = {"from_place": "Athens", "from_at": datetime(2018, 3, 21, 8, 20), "from_timezone": "Europe/Athens"}
    there |= {"to_place": "martinsried/planegg", "to_at": datetime(2018, 3, 21, 10), "to_timezone": "Europe/Berlin"}
    perform(store, AddTravelLeg(ecri, there | {"person_id": katrin, "mode": "flight", "cost_currency": "EUR"}))
    with store.read() as session:
        proposed = new_leg_values(session, ecri, katrin)
        stay = new_stay_values(session, ecri, katrin)
    assert (proposed["from_place"], proposed["to_place"]) == ("martinsried/planegg", "Athens")
    assert (proposed["from_at"], proposed["to_at"]) == (datetime(2018, 3, 24, 9, 0), datetime(2018, 3, 24, 12, 40))
    assert (proposed["from_timezone"], proposed["to_timezone"]) == ("Europe/Berlin", "Europe/Athens")
    assert proposed["from_at"].date() == stay["check_out"]


def test_the_last_leg_is_the_last_to_depart_across_time_zones(store, samples):
    """10:00 in London is later than 10:30 in Berlin: the London leg is the last."""
    ecri = samples["ECRI"]
    katrin = _newcomer(store, ecri)
    for leg in (
        {"from_place": "London", "from_at": datetime(2018, 3, 21, 10, 0), "from_timezone": "Europe/London"}
        | {"to_place": "Dublin", "to_at": datetime(2018, 3, 21, 11, 20), "to_timezone": "Europe/Dublin"},
        {"from_place": "Berlin", "from_at": datetime(2018, 3, 21, 10, 30), "from_timezone": "Europe/Berlin"}
        | {"to_place": "Munich", "to_at": datetime(2018, 3, 21, 11, 35), "to_timezone": "Europe/Berlin"},
    ):
        perform(store, AddTravelLeg(ecri, leg | {"person_id": katrin, "mode": "train", "cost_currency": "PLN"}))
    with store.read() as session:
        proposed = new_leg_values(session, ecri, katrin)
    assert (proposed["from_place"], proposed["from_at"], proposed["to_place"]) == (
        "Dublin",
        datetime(2018, 3, 21, 13, 20),
        "London",
    )
    # No price was given: the proposal is in euros again, the mode kept.
    assert (proposed["mode"], proposed["cost_currency"]) == ("train", "EUR")


def test_a_new_stay_is_from_the_night_before_to_the_morning_after(store, samples):
    ecri = samples["ECRI"]
    katrin = _newcomer(store, ecri)
    with store.read() as session:
        assert new_stay_values(session, ecri, katrin) == {
            "person_id": katrin,
            "check_in": date(2018, 3, 22),
            "check_out": date(2018, 3, 24),
            "cost_currency": "EUR",
        }
        assert new_stay_values(session, ecri, None)["person_id"] is None  # a stay for no one in particular
    assert new_cost_values() == {"currency": "EUR"}


def test_a_place_typed_again_gets_the_zone_it_had(store, samples):
    with store.read() as session:
        zones = logistics.place_zones(logistics.leg_rows(session, samples["ECRI"]))
    assert (zones["kraków"], zones["athens"], zones["munich"]) == ("Europe/Warsaw", "Europe/Athens", "Europe/Berlin")


# -- a currency alone is no price ---------------------------------------------------


def test_a_currency_without_an_amount_is_no_price(store, samples):
    ecri = samples["ECRI"]
    katrin = _newcomer(store, ecri)
    leg_id = perform(
        store, AddTravelLeg(ecri, ATHENS_TO_MUNICH | {"person_id": katrin, "cost_minor": " ", "cost_currency": "EUR"})
    ).result
    stay_id = perform(store, AddStay(ecri, HOTEL | {"person_id": katrin, "cost_minor": ""})).result
    with store.read() as session:
        leg, stay = session.get(TravelLeg, leg_id), session.get(Stay, stay_id)
        assert (leg.cost_minor, leg.cost_currency) == (None, "")
        assert (stay.cost_minor, stay.cost_currency) == (None, "")


def test_clearing_the_amount_of_a_price_removes_it_and_its_currency(store, samples):
    ecri = samples["ECRI"]
    katrin = _newcomer(store, ecri)
    leg_id = perform(store, AddTravelLeg(ecri, ATHENS_TO_MUNICH | {"person_id": katrin})).result
    with store.read() as session:
        assert session.get(TravelLeg, leg_id).cost_minor == 24600
    perform(store, ChangeTravelLeg(leg_id, {"cost_minor": ""}))
    with store.read() as session:
        leg = session.get(TravelLeg, leg_id)
        assert (leg.cost_minor, leg.cost_currency) == (None, "")


def test_an_amount_still_needs_a_currency_and_a_cost_an_amount(store, samples):
    ecri = samples["ECRI"]
    katrin = _newcomer(store, ecri)
    before = _rows(store, TravelLeg), _rows(store, Cost)
    with pytest.raises(InvalidInput) as refused:
        perform(store, AddTravelLeg(ecri, ATHENS_TO_MUNICH | {"person_id": katrin, "cost_currency": ""}))
    assert refused.value.field == "cost.currency"
    with pytest.raises(InvalidInput) as refused:
        perform(store, AddCost(ecri, COFFEE | {"amount_minor": ""}))
    assert refused.value.field == "amount"
    with pytest.raises(InvalidInput, match=r"use a point: 12\.50") as refused:
        perform(store, AddCost(ecri, COFFEE | {"amount_minor": "12,50"}))
    assert (_rows(store, TravelLeg), _rows(store, Cost)) == before


# -- adding, changing, deleting, and undoing each -----------------------------------


def test_the_edit_menu_names_each_operation():
    assert [
        operation.label
        for operation in (
            AddTravelLeg(1, {}),
            ChangeTravelLeg(1, {}),
            DeleteTravelLeg(1),
            AddStay(1, {}),
            ChangeStay(1, {}),
            DeleteStay(1),
            AddCost(1, {}),
            ChangeCost(1, {}),
            DeleteCost(1),
        )
    ] == [
        "Add travel leg",
        "Change travel leg",
        "Delete travel leg",
        "Add stay",
        "Change stay",
        "Delete stay",
        "Add cost",
        "Change cost",
        "Delete cost",
    ]


def _edits(store, ecri: int) -> list:
    """One of each operation, on rows of the study visit."""
    alexiou = _person(store, ecri, "Alexiou")
    with store.read() as session:
        leg = next(leg for leg in logistics.leg_rows(session, ecri) if leg.number == "A3 820")
        stay = next(stay for stay in logistics.stay_rows(session, ecri) if stay.reference == "IG-44123")
        cost = next(cost for cost in logistics.costs_of(session, ecri) if cost.description.startswith("Taxi"))
    return [
        AddTravelLeg(ecri, ATHENS_TO_MUNICH | {"person_id": alexiou}),
        ChangeTravelLeg(leg.id, {"to_at": datetime(2018, 3, 21, 10, 30), "number": "A3 824"}),
        DeleteTravelLeg(leg.id),
        AddStay(ecri, HOTEL | {"person_id": alexiou}),
        ChangeStay(stay.id, {"check_out": date(2018, 3, 25), "cost_minor": "516.00"}),
        DeleteStay(stay.id),
        AddCost(ecri, COFFEE),
        ChangeCost(cost.id, {"amount_minor": "100.00", "funded_by": "BioM"}),
        DeleteCost(cost.id),
    ]


EDITS = ["add leg", "change leg", "delete leg", "add stay", "change stay", "delete stay"]
EDITS += ["add cost", "change cost", "delete cost"]


@pytest.mark.parametrize("which", range(len(EDITS)), ids=EDITS)
def test_undo_puts_back_exactly_what_was_there_and_redo_what_the_edit_left(store, samples, which):
    operation = _edits(store, samples["ECRI"])[which]
    tables = (TravelLeg, Stay, Cost)
    before = [_rows(store, table) for table in tables]
    done = perform(store, operation)
    after = [_rows(store, table) for table in tables]
    assert after != before
    replay(store, done.changes, "before", operation.label)
    assert [_rows(store, table) for table in tables] == before
    replay(store, done.changes, "after", operation.label)
    assert [_rows(store, table) for table in tables] == after


def test_a_refused_change_changes_nothing(store, samples):
    ecri = samples["ECRI"]
    with store.read() as session:
        stay = logistics.stay_rows(session, ecri)[0]
    before = _rows(store, Stay)
    with pytest.raises(InvalidInput, match="before check_in") as refused:
        perform(store, ChangeStay(stay.id, {"check_out": stay.check_in.replace(day=stay.check_in.day - 1)}))
    assert refused.value.field == "check_out"
    with pytest.raises(InvalidInput, match="not after it departs"):
        perform(
            store,
            AddTravelLeg(ecri, ATHENS_TO_MUNICH | {"person_id": stay.person_id, "to_at": datetime(2018, 3, 22, 7)}),
        )
    assert _rows(store, Stay) == before


def test_duplicating_a_leg_for_a_colleague_copies_every_field_but_the_traveller(store, samples):
    ecri = samples["ECRI"]
    katrin = _newcomer(store, ecri)
    with store.read() as session:
        flight = next(leg for leg in logistics.leg_rows(session, ecri) if leg.number == "LH 1751")
    copy_id = perform(store, AddTravelLeg(ecri, flight.values() | {"person_id": katrin})).result
    with store.read() as session:
        copy = next(leg for leg in logistics.leg_rows(session, ecri) if leg.id == copy_id)
    assert copy.person_id == katrin
    assert copy.values() | {"person_id": flight.person_id} == flight.values()


def test_undoing_a_change_of_a_cost_changed_elsewhere_since_is_refused(store, samples):
    ecri = samples["ECRI"]
    with store.read() as session:
        cost = logistics.costs_of(session, ecri)[0]
    done = perform(store, ChangeCost(cost.id, {"amount_minor": "100.00"}))
    with store.engine.begin() as connection:  # another Planner, or a command
        connection.execute(update(Cost).where(Cost.id == cost.id).values(amount_minor=20000))
    with pytest.raises(ReplayRefused, match="changed elsewhere since"):
        replay(store, done.changes, "before", "Change cost")
    with store.read() as session:
        assert session.scalars(select(Cost.amount_minor).where(Cost.id == cost.id)).one() == 20000


def test_an_event_gone_meanwhile_refuses_a_new_leg(store, samples):
    ecri = samples["ECRI"]
    alexiou = _person(store, ecri, "Alexiou")
    with store.write() as session:
        events.delete_event(session, ecri)
    with pytest.raises(NotFound, match="no such event"):
        perform(store, AddTravelLeg(ecri, ATHENS_TO_MUNICH | {"person_id": alexiou}))
