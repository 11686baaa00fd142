"""A personal calendar in its reader's language: the fixed words of
journeys, hotel stays and the items they take part in are German for a
traveller who reads German, weekdays and months too; titles and places
stay as typed. Read back with vobject. The items everyone's calendar
holds keep one SEQUENCE whatever language a calendar is written in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from planner.calendar.personal_calendar import personal_calendar
from planner.services import directory
from tests.vobject_reading import read_calendar

TRAVELLER = "d.alexiou@example.org"  # flies Athens → Munich, stays at the Isarbogen Garten, moderates an item
OTHER = "a.wrobel@example.org"
NOW = datetime(2018, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def munich(samples, store):
    with store.write() as session:
        traveller = directory.find_person_by_email(session, TRAVELLER)
        directory.update_person(session, traveller.id, language="de")
    return samples["ECRI"]


def _calendar(store, event_id: int, address: str):
    with store.write() as session:
        return read_calendar(personal_calendar(session, event_id, address, now=NOW).decode("utf-8"))


def _by_summary(calendar) -> dict[str, object]:
    return {vevent.summary.value: vevent for vevent in calendar.vevent_list}


def test_a_german_travellers_calendar_speaks_german(munich, store):
    items = _by_summary(_calendar(store, munich, TRAVELLER))

    flight = next(vevent for summary, vevent in items.items() if summary.endswith("(Aegean Airlines A3 820)"))
    assert flight.summary.value.split(" ", 1)[1] == "Athens → Munich (Aegean Airlines A3 820)"
    assert flight.description.value == (
        "Ab Athens Mi., 21. März 08:20 EET\nAn Munich Mi., 21. März 10:00 CET\nDauer 2 Std. 40 Min."
    )
    assert [str(category) for category in flight.categories.value] == ["Reise"]
    assert flight.dtstart.value.isoformat() == "2018-03-21T08:20:00+02:00"

    hotel = items["Hotel: Hotel Isarbogen Garten"]
    assert hotel.description.value == (
        "Check-in Mittwoch, 21. März 2018, Check-out Samstag, 24. März 2018\nBuchungsnummer: IG-44123"
    )
    assert [str(category) for category in hotel.categories.value] == ["Unterkunft"]

    moderated = next(vevent for summary, vevent in items.items() if summary.startswith("Identification of best"))
    description = moderated.description.value
    assert description.startswith("Sie moderieren diesen Programmpunkt.\n\nVortragende: ")
    assert "\nModeration: Dimitra Alexiou" in description
    assert "Ihr Beitrag" in [str(category) for category in moderated.categories.value]
    described = "\n".join(vevent.description.value for vevent in items.values() if "description" in vevent.contents)
    for english in ("Departs", "Arrives", "Duration", "Check-in Wed", "Booking reference", "Speakers:", "Moderator:"):
        assert english not in described


def test_shared_items_keep_their_sequence_whatever_the_language(munich, store):
    english = _by_summary(_calendar(store, munich, OTHER))
    german = _by_summary(_calendar(store, munich, TRAVELLER))
    again = _by_summary(_calendar(store, munich, OTHER))
    welcome = next(summary for summary in english if summary.startswith("Welcome"))
    assert english[welcome].uid.value == german[welcome].uid.value
    assert english[welcome].sequence.value == german[welcome].sequence.value == again[welcome].sequence.value == "0"
    assert english[welcome].description.value.startswith("Speaker: ")
    assert german[welcome].description.value.startswith("Vortragende Person: ")


def test_an_open_action_in_the_owners_language(samples, store):
    """Lucía Fernández Gil reads Spanish: her task from the Madrid minutes says so in Spanish."""
    with store.write() as session:
        owner = directory.find_person_by_email(session, "l.fernandez@example.org")
        directory.update_person(session, owner.id, language="es")
        ics = personal_calendar(session, samples["Improvement"], "l.fernandez@example.org", actions=True, now=NOW)
    [task] = read_calendar(ics.decode("utf-8")).vtodo_list
    assert task.summary.value.startswith("Send interested partners access to the Madrid on-line training tools")
    lines = task.description.value.splitlines()
    assert lines[1:] == [
        "Responsable: Lucía Fernández Gil",
        (
            "Del acta de «Improvement of management skills in biotechnological companies: the role of clusters» "
            "(3 de junio de 2009)"
        ),
    ]
    assert task.sequence.value == "0"
