"""What real clients write comes in, with a note where Planner changed or
left something aside: timed invitations keep their hours, items without
length or title, a zone name with a trailing blank, text after the
calendar, a recurring event among single ones, a conference written in
UTC (the venue's zone), a calendar named after its file; and Planner's own
calendar comes back as it went out."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from planner.calendar import ics_entries
from planner.calendar.event_calendar import event_calendar
from planner.calendar.ics_import import import_ics
from planner.calendar.venue_zones import venue_zone
from planner.services import agenda, events
from tests.test_ics_import import BERLIN_VTIMEZONE, calendar, imported, refused, vevent


def items_of(store, event_id: int) -> list[tuple[str, datetime, datetime]]:
    with store.read() as session:
        return [(item.title, item.starts_at, item.ends_at) for item in agenda.items_of(session, event_id)]


def reread(store, event_id: int):
    with store.read() as session:
        return events.get_event(session, event_id)


# -- invitations keep their hours ------------------------------------------


PARIS_VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "END:VTIMEZONE",
]  # fmt: skip


def test_a_thunderbird_invitation_at_six_in_the_evening_keeps_its_hours_as_an_item(session):
    data = calendar(
        *PARIS_VTIMEZONE,
        *vevent("DTSTART;TZID=Europe/Paris:20241119T180000", "DTEND;TZID=Europe/Paris:20241119T193000",
                "LOCATION:Station F, 5 Parvis Alan Turing, Paris", summary="Apéro des clusters"),
    )  # fmt: skip
    created = import_ics(session, data)
    [event] = created
    assert (event.title, event.timezone, event.starts_on) == ("Apéro des clusters", "Europe/Paris", date(2024, 11, 19))
    assert [
        (item.title, item.starts_at, item.ends_at, item.location) for item in agenda.items_of(session, event.id)
    ] == [("Apéro des clusters", datetime(2024, 11, 19, 18, 0), datetime(2024, 11, 19, 19, 30), "")]
    assert created.notes == []


def test_an_exchange_invitation_in_pacific_standard_time_is_in_los_angeles(store):
    data = calendar(*vevent('DTSTART;TZID="Pacific Standard Time":20250305T083000',
                            'DTEND;TZID="Pacific Standard Time":20250305T100000'))  # fmt: skip
    (event,) = imported(store, data)
    assert event.timezone == "America/Los_Angeles"
    assert items_of(store, event.id) == [("Partner meeting", datetime(2025, 3, 5, 8, 30), datetime(2025, 3, 5, 10, 0))]


@pytest.mark.parametrize("tzid", ['"Mitteleuropäische Zeit "', "Mitteleuropäische Zeit "])
def test_a_zone_named_with_a_trailing_blank_is_found_by_its_own_vtimezone(store, tzid):
    # Thunderbird and GroupWise write Windows' display name, blank included;
    # other readers take it as 17:00 CEST.
    data = calendar(
        *[line.format("Mitteleuropäische Zeit ") for line in BERLIN_VTIMEZONE],
        *vevent(f"DTSTART;TZID={tzid}:20240612T170000", f"DTEND;TZID={tzid}:20240612T183000",
                summary="Projekttreffen"),
    )  # fmt: skip
    (event,) = imported(store, data)
    assert event.timezone == "Europe/Berlin"
    assert items_of(store, event.id) == [
        ("Projekttreffen", datetime(2024, 6, 12, 17, 0), datetime(2024, 6, 12, 18, 30))
    ]


def test_an_outlook_zone_of_its_own_is_matched_once_for_two_hundred_items(session, monkeypatch):
    tzid = "Customized Time Zone"
    lines = [line.format(tzid) for line in BERLIN_VTIMEZONE]
    for number in range(200):
        day, hour = 3 + number % 3, 8 + number // 3 % 10
        lines += vevent(f"DTSTART;TZID={tzid}:202603{day:02d}T{hour:02d}{number % 50:02d}00",
                        f"DTEND;TZID={tzid}:202603{day:02d}T{hour:02d}{number % 50 + 5:02d}00",
                        summary=f"Talk {number}")  # fmt: skip
    matched: list[str] = []
    original = ics_entries.Zones._match
    monkeypatch.setattr(ics_entries.Zones, "_match", lambda self, *args: matched.append("") or original(self, *args))
    (event,) = import_ics(session, calendar(*lines, method="PUBLISH"), file_name="talks.ics")
    assert (event.timezone, len(agenda.items_of(session, event.id)), len(matched)) == ("Europe/Berlin", 200, 1)


# -- valid files that were refused ----------------------------------------


def test_a_schedule_of_items_without_length_comes_in_with_one_minute_each_and_says_so(session):
    lines = ["X-WR-CALNAME:Lightning talks", "X-WR-TIMEZONE:Europe/Brussels"]
    for number in range(162):
        at = f"202502{1 + number // 81:02d}T{9 + number % 81 // 9:02d}{number % 9 * 6:02d}00"
        lines += vevent(f"DTSTART;TZID=Europe/Brussels:{at}", f"DTEND;TZID=Europe/Brussels:{at}",
                        summary=f"Talk {number + 1}")  # fmt: skip
    created = import_ics(session, calendar(*lines, method="PUBLISH"))
    [event] = created
    items = agenda.items_of(session, event.id)
    assert (event.title, event.kind, len(items)) == ("Lightning talks", "conference", 162)
    assert (items[0].starts_at, items[0].ends_at) == (datetime(2025, 2, 1, 9, 0), datetime(2025, 2, 1, 9, 1))
    assert created.notes == ["162 events have no length (their end is their start): each lasts 1 minute"]


def test_an_event_without_a_title_is_untitled_and_said_so(session):
    data = calendar(*vevent("DTSTART;TZID=Europe/Vienna:20240612T093000", "DTEND;TZID=Europe/Vienna:20240612T103000",
                            summary=""))  # fmt: skip
    created = import_ics(session, data)
    assert created[0].title == "(untitled)"
    assert created.notes == ["VEVENT 1: no title (SUMMARY), called “(untitled)”"]


def test_an_all_day_event_ending_on_its_first_day_lasts_that_day(session):
    data = calendar(*vevent("DTSTART;VALUE=DATE:20240703", "DTEND;VALUE=DATE:20240703"))
    [event] = import_ics(session, data)
    assert (event.starts_on, event.ends_on) == (date(2024, 7, 3), date(2024, 7, 3))


def test_text_after_the_calendar_is_left_aside(session):
    data = calendar(*vevent("DTSTART;TZID=Europe/Vienna:20240612T093000", "DTEND;TZID=Europe/Vienna:20240612T103000"))
    data += b"\r\n-- \r\nSent from my phone\r\n"
    created = import_ics(session, data)
    assert created[0].title == "Partner meeting"
    assert created.notes == ["line 14 onwards: what follows END:VCALENDAR was left aside"]


def test_a_signature_in_another_encoding_after_the_calendar_is_left_aside(session):
    data = calendar(*vevent("DTSTART;TZID=Europe/Vienna:20240612T093000", "DTEND;TZID=Europe/Vienna:20240612T103000"))
    data += "\r\nGrüße aus Köln\r\n".encode("cp1252")
    created = import_ics(session, data)
    assert created[0].title == "Partner meeting"
    assert created.notes == ["line 14 onwards: what follows END:VCALENDAR was left aside"]


def test_a_recurring_event_among_single_ones_is_left_aside_and_reported(session):
    data = calendar(
        "X-WR-CALNAME:Study visit",
        *vevent("DTSTART;TZID=Europe/Warsaw:20240910T090000", "DTEND;TZID=Europe/Warsaw:20240910T100000",
                summary="Welcome"),
        *vevent("DTSTART;TZID=Europe/Warsaw:20240910T080000", "DTEND;TZID=Europe/Warsaw:20240910T083000",
                "RRULE:FREQ=DAILY;COUNT=3", summary="Breakfast"),
        *vevent("DTSTART;TZID=Europe/Warsaw:20240911T090000", "DTEND;TZID=Europe/Warsaw:20240911T120000",
                summary="Lab tour"),
        method="PUBLISH",
    )  # fmt: skip
    created = import_ics(session, data)
    assert [item.title for item in agenda.items_of(session, created[0].id)] == ["Welcome", "Lab tour"]
    assert created.notes == [
        (
            'VEVENT 2 ("Breakfast") (UID test-1@example.org): a recurring event (RRULE) was left aside; '
            "create it by hand if it belongs here"
        )
    ]


def test_an_end_given_as_a_duration_is_named_so_when_it_is_before_the_start(store):
    message = refused(store, calendar(*vevent("DTSTART:20240612T093000Z", "DURATION:-PT1H")))
    assert message == (
        'VEVENT 1 ("Partner meeting"): the end (DTSTART + DURATION) 08:30 is before the start (DTSTART) 09:30'
    )


def test_a_service_message_names_the_start_in_the_users_words(store):
    data = calendar(*vevent("DTSTART;TZID=Europe/Berlin:20250330T023000", "DTEND;TZID=Europe/Berlin:20250330T040000"))
    message = refused(store, data)
    assert message.startswith('VEVENT 1 ("Partner meeting"): the start (DTSTART): ')
    assert "starts_at" not in message


# -- the zone and the name of a conference calendar -------------------------


def test_a_conference_written_in_utc_takes_the_zone_of_its_venue(session):
    lines = []
    for number, (start, end) in enumerate([("0800", "0900"), ("0900", "1030"), ("1100", "1200")]):
        lines += vevent(f"DTSTART:20250612T{start}00Z", f"DTEND:20250612T{end}00Z",
                        "LOCATION:CCH Congress Center\\, Congressplatz 1\\, Hamburg\\, Germany",
                        summary=f"Session {number + 1}")  # fmt: skip
    created = import_ics(session, calendar(*lines, method="PUBLISH"), file_name="CCH programme.ics")
    [event] = created
    assert (event.title, event.timezone) == ("CCH programme", "Europe/Berlin")
    assert (event.venue_name, event.venue_city, event.venue_country) == ("CCH Congress Center", "Hamburg", "DE")
    items = agenda.items_of(session, event.id)
    assert [(item.starts_at.hour, item.ends_at.hour) for item in items] == [(10, 11), (11, 12), (13, 14)]
    assert created.notes == [
        (
            "the times are written in UTC: they are taken in Europe/Berlin, the time zone of "
            "CCH Congress Center, Congressplatz 1, Hamburg, Germany"
        )
    ]


def test_without_a_zone_or_a_known_venue_the_times_stay_in_utc(session):
    data = calendar(*vevent("DTSTART:20250612T080000Z", "DTEND:20250612T090000Z", "LOCATION:Room 101"))
    created = import_ics(session, data)
    assert created[0].timezone == "UTC"
    assert created.notes == [
        (
            "the times are written in UTC and no place names a city or country: they are taken in UTC; "
            "set the event's time zone if it is elsewhere"
        )
    ]


@pytest.mark.parametrize(
    ("city", "country", "location", "zone"),
    [
        ("Hamburg", "DE", "", "Europe/Berlin"),
        ("", "FR", "", "Europe/Paris"),
        ("Lisboa", "PT", "", "Europe/Lisbon"),
        ("San Francisco", "US", "", "America/Los_Angeles"),
        ("New York", "", "", "America/New_York"),
        ("São Paulo", "BR", "", "America/Sao_Paulo"),
        ("", "", "Hall B, Messe, 81823 München", "Europe/Berlin"),  # a city named as people there write it
        ("", "", "Hall B, Vienna", "Europe/Vienna"),
        ("Paris", "US", "", "America/Chicago"),  # Paris, Texas: not the Paris of Europe/Paris
    ],
)
def test_the_zone_of_a_venue(city, country, location, zone):
    assert venue_zone(city, country, location) == zone


# -- Planner's own calendar comes back ---------------------------------------


def planner_event(session, **changes) -> int:
    event = events.create_event(
        session,
        **{
            "title": 'Partners\' day, "Lab\\Tech"; Berlin',
            "kind": "workshop",
            "status": "confirmed",
            "starts_on": date(2025, 5, 20),
            "ends_on": date(2025, 5, 21),
            "timezone": "Europe/Berlin",
            "venue_name": "Hotel Adlon, Conference Wing",
            "venue_address": "Unter den Linden 77",
            "venue_city": "Berlin",
            "venue_country": "DE",
        }
        | changes,
    )
    for title, start, end, kind, location in [
        ("Welcome", datetime(2025, 5, 20, 9), datetime(2025, 5, 20, 10), "session", ""),
        ("Working groups", datetime(2025, 5, 20, 10, 30), datetime(2025, 5, 20, 12), "discussion", "Room 2"),
        ("Dinner", datetime(2025, 5, 20, 19), datetime(2025, 5, 20, 22), "meal", "Restaurant Borchardt"),
        ("Site visit", datetime(2025, 5, 21, 9), datetime(2025, 5, 21, 12), "site_visit", "BER Airport"),
    ]:
        agenda.create_item(session, event.id, title=title, starts_at=start, ends_at=end, kind=kind, location=location)
    return event.id


def test_planners_own_calendar_comes_back_as_it_went_out(store, tmp_path):
    with store.write() as session:
        data = event_calendar(session, planner_event(session))
    with store.write() as session:
        created = import_ics(session, data, file_name="partners-day.ics")
        [event] = created
        items = agenda.items_of(session, event.id)
        assert event.title == 'Partners\' day, "Lab\\Tech"; Berlin'
        assert (event.kind, event.status, event.timezone) == ("workshop", "confirmed", "Europe/Berlin")
        assert (event.starts_on, event.ends_on) == (date(2025, 5, 20), date(2025, 5, 21))
        assert (event.venue_name, event.venue_address, event.venue_city, event.venue_country) == (
            "Hotel Adlon, Conference Wing", "Unter den Linden 77", "Berlin", "DE",
        )  # fmt: skip
        assert [(item.title, item.kind, item.location, item.starts_at) for item in items] == [
            ("Welcome", "session", "", datetime(2025, 5, 20, 9)),
            ("Working groups", "discussion", "Room 2", datetime(2025, 5, 20, 10, 30)),
            ("Dinner", "meal", "Restaurant Borchardt", datetime(2025, 5, 20, 19)),
            ("Site visit", "site_visit", "BER Airport", datetime(2025, 5, 21, 9)),
        ]
        assert created.notes == []


def test_planners_calendar_of_a_cancelled_event_comes_in_cancelled(store):
    with store.write() as session:
        data = event_calendar(session, planner_event(session, status="cancelled", kind="study_visit"))
    with store.write() as session:
        created = import_ics(session, data)
        [event] = created
        assert (event.status, event.kind, len(agenda.items_of(session, event.id))) == ("cancelled", "study_visit", 4)
        assert created.notes == ["the event is cancelled (STATUS:CANCELLED): it is imported as cancelled"]


def test_planners_calendar_of_an_event_without_agenda_keeps_its_kind_and_venue(store):
    with store.write() as session:
        event = events.create_event(
            session, title="Board; meeting", kind="training", status="planned", starts_on=date(2025, 6, 3),
            ends_on=date(2025, 6, 3), timezone="Europe/Madrid", venue_name="Parque Científico, Edificio A",
            venue_city="Madrid", venue_country="ES",
        )  # fmt: skip
        data = event_calendar(session, event.id)
    with store.write() as session:
        [copy] = import_ics(session, data)
        # all day, without times: the zone of its venue
        assert (copy.title, copy.kind, copy.status) == ("Board; meeting", "training", "planned")
        assert copy.timezone == "Europe/Madrid"
        assert (copy.venue_name, copy.venue_city, copy.venue_country) == (
            "Parque Científico, Edificio A",
            "Madrid",
            "ES",
        )


# -- where the notes are shown ---------------------------------------------


def test_the_command_line_prints_each_note(db_path, capsys, tmp_path):
    from planner.cli import main

    path = tmp_path / "Open day.ics"
    path.write_bytes(
        calendar(
            *vevent("DTSTART;TZID=Europe/Rome:20250910T090000", "DTEND;TZID=Europe/Rome:20250910T090000",
                    summary="Doors open"),
            *vevent("DTSTART;TZID=Europe/Rome:20250910T093000", "DTEND;TZID=Europe/Rome:20250910T103000",
                    summary=""),
            method="PUBLISH",
        )
    )  # fmt: skip
    assert main(["--db", str(db_path), "import-ics", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Imported 'Open day' (2025-09-10, 2 agenda items)."
    assert lines[1:3] == [
        "Note: VEVENT 2: no title (SUMMARY), called “(untitled)”",
        'Note: VEVENT 1 ("Doors open"): no length (its end is its start), so it lasts 1 minute',
    ]
    assert lines[3].isdigit()


def test_an_invitation_file_named_after_nothing_keeps_its_summary(session, tmp_path: Path):
    created = import_ics(
        session, calendar(*vevent("DTSTART:20240612T093000Z", "DTEND:20240612T103000Z")), file_name="invite.ics"
    )
    assert created[0].title == "Partner meeting"


def test_a_kind_or_status_planner_does_not_know_is_passed_over(session):
    data = calendar(
        *vevent("DTSTART;VALUE=DATE:20250520", "DTEND;VALUE=DATE:20250521", "X-PLANNER-KIND:hackathon",
                "X-PLANNER-STATUS:postponed", "CATEGORIES:Workshop", "STATUS:TENTATIVE"),
    )  # fmt: skip
    [event] = import_ics(session, data)
    assert (event.kind, event.status) == ("workshop", "planned")  # from CATEGORIES and STATUS
