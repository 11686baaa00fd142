"""The itinerary as a traveller and the host read it: days in order, each
leg's times in the zone where they happen, hotels, the programme, whom to
call; one traveller's own with --person."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from conftest import GERMAN, GREEK, POLISH, add_event, hostile_event_data, make_pdf, page_size, pdf_pages, pdf_text

from planner.services import participants
from planner.services.errors import NotFound
from planner.services.times import format_duration

ECRI_DAYS = [
    "Wednesday 21 March 2018",
    "Thursday 22 March 2018",
    "Friday 23 March 2018",
    "Saturday 24 March 2018",
    "Sunday 25 March 2018",
]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _expected_leg(departs: datetime, arrives: datetime) -> str:
    """What the itinerary should print for a leg, worked out with zoneinfo
    alone: "08:20 EET → 10:00 CET", and the real time between."""
    return f"{departs:%H:%M} {departs.tzname()} → {arrives:%H:%M} {arrives.tzname()}"


def _day(text: str, heading: str, following: str | None) -> str:
    """The part of ``text`` under one day's heading."""
    start = text.index(heading)
    return text[start : text.index(following, start) if following else None]


def _person_id(store, event_id: int, family_name: str) -> int:
    with store.read() as session:
        return next(
            row.person_id for row in participants.participant_rows(session, event_id) if row.family_name == family_name
        )


def test_days_in_order_from_the_first_travel_day_to_the_last(store, samples):
    text = pdf_text(make_pdf(store, "itinerary", samples["ECRI"]))
    # The visit is one day (23 March); travel starts on the 21st and ends on the 25th.
    positions = [text.index(day) for day in ECRI_DAYS]
    assert positions == sorted(positions)
    assert "Tuesday 20 March 2018" not in text and "Monday 26 March 2018" not in text


@pytest.mark.parametrize(
    "departs, arrives, service",
    [
        # Athens → Munich: two zones in winter time.
        (
            datetime(2018, 3, 21, 8, 20, tzinfo=ZoneInfo("Europe/Athens")),
            datetime(2018, 3, 21, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")),
            "Aegean Airlines A3 820",
        ),
        # Munich → Athens on Sunday 25 March 2018, the day summer time starts.
        (
            datetime(2018, 3, 25, 11, 50, tzinfo=ZoneInfo("Europe/Berlin")),
            datetime(2018, 3, 25, 15, 15, tzinfo=ZoneInfo("Europe/Athens")),
            "Lufthansa LH 1754",
        ),
        (
            datetime(2018, 3, 25, 10, 40, tzinfo=ZoneInfo("Europe/Berlin")),
            datetime(2018, 3, 25, 12, 50, tzinfo=ZoneInfo("Europe/Madrid")),
            "Lufthansa LH 1812",
        ),
    ],
)
def test_each_end_of_a_leg_in_its_own_zone_with_the_true_duration(store, samples, departs, arrives, service):
    text = _flat(pdf_text(make_pdf(store, "itinerary", samples["ECRI"])))
    assert _expected_leg(departs, arrives) in text
    assert f"{service} · {format_duration(arrives - departs)}" in text


def test_the_return_after_the_clocks_change_shows_summer_time(store, samples):
    sunday = _day(pdf_text(make_pdf(store, "itinerary", samples["ECRI"])), ECRI_DAYS[-1], None)
    flat = _flat(sunday)
    assert "11:50 CEST → 15:15 EEST" in flat and "Lufthansa LH 1754 · 2 h 25 min" in flat
    assert " CET" not in flat and " EET" not in flat


def test_legs_are_on_their_day_with_the_travellers_name(store, samples):
    text = pdf_text(make_pdf(store, "itinerary", samples["ECRI"]))
    wednesday = _flat(_day(text, ECRI_DAYS[0], ECRI_DAYS[1]))
    assert "Athens → Munich Aegean Airlines A3 820 · 2 h 40 min Dimitra Alexiou" in wednesday
    assert "LH 1751" not in wednesday  # Vlachos flies on Thursday
    thursday = _flat(_day(text, ECRI_DAYS[1], ECRI_DAYS[2]))
    assert "06:00 EET → 07:35 CET" in thursday and "Nikolaos Vlachos" in thursday
    # In time order: Athens 06:00 EET (05:00 CET) leaves before Kraków 06:15 CET.
    assert thursday.index("LH 1751") < thursday.index("LH 1619") < thursday.index("LH 1863")


def test_hotel_with_its_address_on_the_check_in_and_check_out_days(store, hostile_event):
    text = pdf_text(make_pdf(store, "itinerary", hostile_event))
    arrival_day = _flat(_day(text, "Friday 27 March 2026", "Saturday 28 March 2026"))
    assert "Check-in Hotel <Am> Spreebogen Alt-Moabit 99, 10559 Berlin 3 nights, until Mon 30 Mar" in arrival_day
    leaving_day = _flat(_day(text, "Monday 30 March 2026", None))
    assert "Check-out Hotel <Am> Spreebogen" in leaving_day
    # The check-out comes before the flight home.
    assert leaving_day.index("Check-out") < leaving_day.index("Berlin BER → Αθήνα")
    assert "11:10 CEST → 15:05 EEST" in leaving_day and "Aegean A3 821 · 2 h 55 min" in leaving_day


def test_programme_with_the_site_visits_address(store, hostile_event):
    text = pdf_text(make_pdf(store, "itinerary", hostile_event))
    saturday = _flat(_day(text, "Saturday 28 March 2026", "Sunday 29 March 2026"))
    assert "10:00–11:30 Session Welcome & <introductions> Saal 1" in saturday
    assert "14:00–16:00 Site visit Visit to <the> lab Address: BioM, Am Klopferspitz 19a, Martinsried" in saturday
    # Summer time begins on the second day (29 March 2026): both are told.
    assert (
        "Programme times are Berlin time: CET (UTC+01:00) on 28 March, CEST (UTC+02:00) from 29 March 2026."
        in _flat(text)
    )


def test_contacts_name_the_host_and_the_organisers(store, hostile_event):
    text = _flat(pdf_text(make_pdf(store, "itinerary", hostile_event)))
    contacts = text[text.index("Contacts") : text.index("Friday 27 March 2026")]
    assert "Host: Bio-Netzwerk Süd" in contacts
    assert f"Dr. Jürgen {GERMAN} Host" in contacts
    assert "j.grossmann@example.org" in contacts and "+49 89 123456" in contacts
    assert "Organiser's e-mail: buero@example.org" in contacts
    assert POLISH not in contacts  # a moderator, not a contact


def test_the_overall_itinerary_starts_with_the_travellers(store, samples):
    text = _flat(pdf_pages(make_pdf(store, "itinerary", samples["ECRI"]))[0])
    table = text[text.index("Travellers") :]
    assert (
        "Dimitra Alexiou HBio Wed 21 Mar 10:00 CET A3 820 · from Athens Sat 24 Mar 11:05 CET A3 821 · to Athens "
        "Hotel Isarbogen Garten Wed 21 Mar – Sat 24 Mar" in table
    )
    # By family name as a reader looks it up: Łoś among the L's, before Pons Sastre.
    names = ["Alexiou", "Ferrer Vidal", "Ferrero", "Łoś", "Pons Sastre", "Rinaldi", "Vlachos", "Wróbel"]
    positions = [table.index(name) for name in names]
    assert positions == sorted(positions)
    assert "Domdey" not in table  # the host does not travel


def test_one_travellers_own_itinerary(store, samples):
    data = make_pdf(store, "itinerary", samples["ECRI"], person_email="n.vlachos@example.org")
    pages = pdf_pages(data)
    text = _flat("\n".join(pages))
    assert "Itinerary for Mr. Nikolaos Vlachos" in text
    assert all("Itinerary for Mr. Nikolaos Vlachos" in page for page in pages[1:])  # running header
    assert "06:00 EET → 07:35 CET" in text and "11:50 CEST → 15:15 EEST" in text
    assert "Hotel Würmtal Residenz" in text and "Booking reference WR-2232" in text
    # Nobody else's travel or hotel; he flies in on Thursday.
    for other in (
        "Łoś",
        "Pons Sastre",
        "A3 820",
        "LH 1619",
        "Hotel Isarbogen Garten",
        "Travellers",
        "Wednesday 21 March 2018",
    ):
        assert other not in text
    assert "Saturday 24 March 2018: no travel, hotel change or programme. Night at Hotel Würmtal Residenz." in text
    # The programme and the contacts are everybody's.
    assert "Open discussion" in text and "Prof. Dr. Horst Domdey" in text
    assert "You speak" in text  # he is one of the four partners who reflect on their cluster


@pytest.mark.parametrize(
    "email, message",
    [
        ("nobody@example.org", "nobody@example.org: there is no person with this e-mail address"),
        (
            "f.colombo@example.org",
            "f.colombo@example.org: Francesca Colombo is not a participant of 'ECRI study visit to BioM, Munich'",
        ),
    ],
)
def test_an_e_mail_of_someone_not_taking_part_is_refused(store, samples, email, message):
    with pytest.raises(NotFound) as refused:
        make_pdf(store, "itinerary", samples["ECRI"], person_email=email)
    assert str(refused.value) == message


def test_a_selection_of_travellers(store, samples):
    event_id = samples["ECRI"]
    chosen = frozenset({_person_id(store, event_id, "Łoś"), _person_id(store, event_id, "Vlachos")})
    text = _flat(pdf_text(make_pdf(store, "itinerary", event_id, person_ids=chosen)))
    assert "For a selection of 2 participants, 2 of them with travel or a hotel." in text
    assert "Kraków → Munich Lufthansa LH 1619 · 1 h 30 min Paweł Łoś" in text
    assert "Athens → Munich Lufthansa LH 1751 · 2 h 35 min Nikolaos Vlachos" in text
    for other in ("A3 820", "LH 1817", "Hotel Schwabinger Linde", "Pons Sastre"):
        assert other not in text


def test_people_who_do_not_come_are_left_out_unless_asked_for(store, hostile_event):
    with store.write() as session:
        row = next(row for row in participants.participant_rows(session, hostile_event) if row.family_name == GREEK)
        participants.update_participation(session, row.participation_id, status="cancelled")
    assert "A3 820" not in pdf_text(make_pdf(store, "itinerary", hostile_event))
    own = pdf_text(make_pdf(store, "itinerary", hostile_event, person_email="g.papadopoulos@example.org"))
    assert "A3 820" in own and GREEK in own


def test_an_overnight_leg_says_the_day_it_arrives_and_quiet_days_are_one_line(store):
    data = hostile_event_data()
    data["travel"].append(
        {
            "person": "małgorzata-żurawska",
            "mode": "train",
            "carrier": "PKP Intercity",
            "number": "EN 447",
            "from": {"place": "Kraków Główny", "at": "2026-03-21T21:40", "timezone": "Europe/Warsaw"},
            "to": {"place": "Berlin Hbf", "at": "2026-03-22T08:05", "timezone": "Europe/Berlin"},
        }
    )
    text = _flat(pdf_text(make_pdf(store, "itinerary", add_event(store, data))))
    assert "21:40 CET → 08:05 CET (Sun 22 Mar) Arrival Train Kraków Główny → Berlin Hbf" in text
    assert "PKP Intercity EN 447 · 10 h 25 min" in text
    assert "Sunday 22 March 2026 – Thursday 26 March 2026: no travel, hotel change or programme." in text


def test_letter_paper(store, samples):
    data = make_pdf(store, "itinerary", samples["Improvement"], paper="letter")
    assert page_size(data) == (612.0, 792.0)
    text = pdf_text(data)
    assert "Tuesday 2 June 2009" in text and "Saturday 6 June 2009" in text
    assert "Thessaloniki → Athens" in text and "06:50 EEST → 07:40 EEST" in _flat(text)
