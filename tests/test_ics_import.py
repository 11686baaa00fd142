"""Importing a partner's .ics: invitations from Outlook and Google, a
conference calendar across the DST change, and files that are refused with
a message naming the place while nothing is written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.calendar.ics_import import IcsImportError, import_ics
from planner.db.models import ALL_TABLES
from planner.db.store import Store
from planner.services import agenda, events

DATA = Path(__file__).resolve().parent / "data" / "ics"


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def row_counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {table.__tablename__: session.scalar(select(func.count()).select_from(table)) for table in ALL_TABLES}


def imported(store: Store, data: bytes):
    with store.write() as session:
        return import_ics(session, data)


def refused(store: Store, data: bytes) -> str:
    """The message of a refused import; checks that nothing was written."""
    with store.write() as session:  # something already there must stay
        events.create_event(
            session,
            title="Already there",
            kind="workshop",
            starts_on=date(2024, 1, 10),
            ends_on=date(2024, 1, 10),
            timezone="Europe/Madrid",
        )
    before = row_counts(store)
    with pytest.raises(IcsImportError) as caught:
        imported(store, data)
    assert row_counts(store) == before
    return str(caught.value)


def calendar(*lines: str, method: str = "REQUEST") -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN"] + ([f"METHOD:{method}"] if method else [])
    return ("\r\n".join([*head, *lines, "END:VCALENDAR"]) + "\r\n").encode()


def vevent(*lines: str, summary: str = "Partner meeting") -> list[str]:
    return [
        "BEGIN:VEVENT",
        "UID:test-1@example.org",
        "DTSTAMP:20240101T000000Z",
        f"SUMMARY:{summary}",
        *lines,
        "END:VEVENT",
    ]


BERLIN_VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:{}",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]  # fmt: skip


# -- invitations -----------------------------------------------------------


def test_an_outlook_invitation_becomes_one_meeting_in_berlin(store):
    (event,) = imported(store, read("outlook_invitation.ics"))
    with store.read() as session:
        event = events.get_event(session, event.id)
        [item] = agenda.items_of(session, event.id)
    # its hours are kept as the meeting's one item, at the venue
    assert (item.starts_at, item.ends_at) == (datetime(2024, 6, 12, 9, 30), datetime(2024, 6, 13, 13, 30))
    assert (item.title, item.location, item.description) == (event.title, "", "")
    assert event.title == "Wizyta studyjna klastrów – Łódź, Αθήνα, München"
    assert event.kind == "meeting"
    assert event.status == "confirmed"
    assert (event.starts_on, event.ends_on) == (date(2024, 6, 12), date(2024, 6, 13))
    assert event.timezone == "Europe/Berlin"  # from "W. Europe Standard Time"
    assert (event.venue_name, event.venue_address, event.venue_city) == ("BioM", "Am Klopferspitz 19a", "Martinsried")
    assert event.organiser_email == "zaneta.wroblewska@klaster-lodz.pl"
    assert event.summary.startswith("Szanowni Państwo,\n\nzapraszamy na wizytę studyjną")
    assert "σας προσκαλούμε στην επίσκεψη μελέτης" in event.summary


def test_a_google_invitation_in_utc_takes_the_zone_it_names(store):
    (event,) = imported(store, read("google_invitation.ics"))
    assert event.title == "Cluster managers' workshop – Madrid"
    assert event.timezone == "Europe/Madrid"
    assert (event.starts_on, event.ends_on) == (date(2024, 9, 18), date(2024, 9, 18))
    assert (event.venue_name, event.venue_address, event.venue_city, event.venue_country) == (
        "Parque Científico de Madrid", "Calle Faraday 7", "Madrid", "ES",
    )  # fmt: skip
    assert event.organiser_email == "lucia.fernandez@madrimasd.org"


def test_a_utc_time_late_in_the_evening_is_the_next_day_where_the_meeting_is(store):
    data = calendar(
        "X-WR-TIMEZONE:Europe/Athens",
        *vevent("DTSTART:20241015T213000Z", "DTEND:20241015T230000Z"),
    )
    (event,) = imported(store, data)
    assert (event.starts_on, event.ends_on, event.timezone) == (date(2024, 10, 16), date(2024, 10, 16), "Europe/Athens")


def test_utc_and_floating_times_without_a_named_zone_are_in_utc(store):
    (utc,) = imported(store, calendar(*vevent("DTSTART:20241015T213000Z", "DTEND:20241015T230000Z")))
    (floating,) = imported(store, calendar(*vevent("DTSTART:20241016T090000", "DTEND:20241016T100000")))
    assert (utc.timezone, utc.starts_on) == ("UTC", date(2024, 10, 15))
    assert (floating.timezone, floating.starts_on) == ("UTC", date(2024, 10, 16))


def test_an_all_day_invitation_ends_the_day_before_its_dtend(store):
    data = calendar(*vevent("DTSTART;VALUE=DATE:20240703", "DTEND;VALUE=DATE:20240705", "LOCATION:Łódź"))
    (event,) = imported(store, data)
    assert (event.starts_on, event.ends_on) == (date(2024, 7, 3), date(2024, 7, 4))
    assert (event.venue_name, event.venue_city) == ("Łódź", "")


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Central European Standard Time", "Europe/Warsaw"),
        ("Central Europe Standard Time", "Europe/Budapest"),
        ("Romance Standard Time", "Europe/Paris"),
        ("GTB Standard Time", "Europe/Bucharest"),
        ("GMT Standard Time", "Europe/London"),
        ("E. Europe Standard Time", "Europe/Chisinau"),
        ("FLE Standard Time", "Europe/Kiev"),
        ("Europe/Lisbon", "Europe/Lisbon"),
        ("/mozilla.org/20050126_1/Europe/Vienna", "Europe/Vienna"),
    ],
)
def test_outlook_and_other_zone_names_become_iana_zones(store, tzid, zone):
    data = calendar(*vevent(f"DTSTART;TZID={tzid}:20240612T093000", f"DTEND;TZID={tzid}:20240612T170000"))
    (event,) = imported(store, data)
    assert event.timezone == zone


def test_a_customised_zone_is_recognised_by_its_vtimezone(store):
    tzid = "Customized Time Zone"
    data = calendar(
        *[line.format(tzid) for line in BERLIN_VTIMEZONE],
        *vevent(f"DTSTART;TZID={tzid}:20240612T093000", f"DTEND;TZID={tzid}:20240612T170000"),
    )
    (event,) = imported(store, data)
    assert event.timezone == "Europe/Berlin"


# -- a conference calendar -------------------------------------------------


def test_a_conference_calendar_becomes_one_event_with_its_agenda_across_the_dst_change(store):
    (event,) = imported(store, read("conference_dst.ics"))
    with store.read() as session:
        event = events.get_event(session, event.id)
        items = agenda.items_of(session, event.id)
    assert event.title == "CLUNET Partner Meeting Munich 2025"
    assert event.kind == "conference"
    assert (event.starts_on, event.ends_on, event.timezone) == (date(2025, 3, 29), date(2025, 3, 30), "Europe/Berlin")
    assert event.summary.startswith("Two days with the host cluster")
    assert (event.venue_name, event.venue_address, event.venue_city, event.venue_country) == (
        "IZB Innovations- und Gründerzentrum", "Am Klopferspitz 19", "Planegg-Martinsried", "DE",
    )  # fmt: skip
    # Wall-clock times in Berlin: 11:30Z is 12:30 in winter time (Saturday),
    # 07:00Z is 09:00 in summer time (Sunday, after the clocks went forward).
    assert [(item.starts_at, item.ends_at, item.kind, item.title, item.location) for item in items] == [
        (datetime(2025, 3, 29, 9, 0), datetime(2025, 3, 29, 10, 30), "session",
         "Opening session: welcome by the host cluster", "Hall A"),
        (datetime(2025, 3, 29, 10, 30), datetime(2025, 3, 29, 11, 0), "break", "Coffee", ""),
        (datetime(2025, 3, 29, 12, 30), datetime(2025, 3, 29, 13, 30), "meal", "Lunch", "Cafeteria"),
        (datetime(2025, 3, 30, 9, 0), datetime(2025, 3, 30, 10, 0), "presentation",
         "Keynote: Biotech clusters in Europe – Ελλάδα, Polska, Deutschland", "Hall A"),
        (datetime(2025, 3, 30, 10, 0), datetime(2025, 3, 30, 11, 30), "discussion",
         "Open discussion: areas of cooperation", "Hall A"),
        (datetime(2025, 3, 30, 12, 0), datetime(2025, 3, 30, 13, 0), "meal", "Closing lunch", "Restaurant Klopferspitz"),
    ]  # fmt: skip
    assert items[3].description == "Dr Anna Müller, BioM"
    assert items[4].topics == ["Internationalisation", "Funding"]  # the categories that name no kind
    assert "Lab tour (cancelled)" not in [item.title for item in items]


def test_a_calendar_without_a_name_or_an_all_day_event_is_titled_by_its_first_event(store):
    data = calendar(
        *vevent("DTSTART;TZID=Europe/Warsaw:20240910T090000", "DTEND;TZID=Europe/Warsaw:20240910T100000",
                "LOCATION:Klaster Łódź", summary="Powitanie"),
        *vevent("DTSTART;TZID=Europe/Warsaw:20240911T090000", "DTEND;TZID=Europe/Warsaw:20240911T100000",
                "LOCATION:Klaster Łódź", "CATEGORIES:Site visit", summary="Wizyta w laboratorium"),
        method="PUBLISH",
    )  # fmt: skip
    (event,) = imported(store, data)
    with store.read() as session:
        items = agenda.items_of(session, event.id)
    assert (event.title, event.kind, event.venue_name) == ("Powitanie", "meeting", "Klaster Łódź")
    assert (event.starts_on, event.ends_on, event.timezone) == (date(2024, 9, 10), date(2024, 9, 11), "Europe/Warsaw")
    assert [(item.title, item.kind, item.location) for item in items] == [
        ("Powitanie", "session", ""), ("Wizyta w laboratorium", "site_visit", ""),
    ]  # fmt: skip


# -- refused files: a message naming the place, nothing written ------------


def test_an_item_ending_before_it_starts_is_refused(store):
    message = refused(store, read("conference_coffee_ends_before_start.ics"))
    assert message == 'VEVENT 3 ("Coffee"): the end (DTEND) 10:00 is before the start (DTSTART) 10:30'


def test_a_problem_found_after_rows_were_created_leaves_nothing_behind(store):
    # 02:30 does not exist in Berlin on 2025-03-30: the event and the first
    # item are created before the service refuses the second.
    data = calendar(
        "X-WR-CALNAME:Night session",
        *vevent("DTSTART;TZID=Europe/Berlin:20250329T200000", "DTEND;TZID=Europe/Berlin:20250329T220000",
                summary="Dinner"),
        *vevent("DTSTART;TZID=Europe/Berlin:20250330T023000", "DTEND;TZID=Europe/Berlin:20250330T040000",
                summary="Stargazing"),
    )  # fmt: skip
    message = refused(store, data)
    assert message.startswith(
        'VEVENT 2 ("Stargazing"): the start (DTSTART): 2025-03-30T02:30 does not exist in Europe/Berlin'
    )


def test_a_truncated_file_is_refused(store):
    message = refused(store, read("truncated_invitation.ics"))
    assert message.startswith("line ")
    assert "inside VEVENT" in message and "cut short" in message


def test_a_file_cut_after_a_whole_line_is_refused(store):
    data = read("outlook_invitation.ics")
    data = data[: data.index(b"END:VEVENT")]
    message = refused(store, data)
    assert "the file ends inside VEVENT" in message and "cut short" in message


def test_garbage_is_refused(store):
    assert refused(store, read("garbage.ics")) == (
        "line 1: not an iCalendar file (it should begin with BEGIN:VCALENDAR)"
    )
    assert "not an iCalendar file" in refused(store, b"")


def test_a_file_that_is_not_utf8_is_refused_naming_the_line(store):
    data = calendar(*vevent("DTSTART:20240612T093000Z", "LOCATION:Łódź")).decode().encode("cp1250")
    message = refused(store, data)
    assert message.startswith("line 10: not UTF-8 text")  # LOCATION:Łódź


def test_a_line_that_is_not_a_property_is_refused_naming_it(store):
    data = calendar(*vevent("DTSTART:20240612T093000Z", "this is not a property")).decode().encode()
    assert refused(store, data) == "line 10: 'this is not a property' is not an iCalendar line (NAME:value)"


def test_a_cancellation_is_refused(store):
    assert refused(store, read("cancel.ics")) == "this is a cancellation (METHOD:CANCEL): there is nothing to create"


def test_a_reply_is_refused(store):
    data = calendar(*vevent("DTSTART:20240612T093000Z"), method="REPLY")
    assert "METHOD:REPLY" in refused(store, data)


def test_a_calendar_without_events_is_refused(store):
    assert refused(store, calendar()) == "the file holds no events (no VEVENT)"


def test_a_calendar_of_cancelled_events_is_refused(store):
    assert "cancelled" in refused(store, calendar(*vevent("DTSTART:20240612T093000Z", "STATUS:CANCELLED")))


def test_an_event_without_a_start_is_refused(store):
    assert (
        refused(store, calendar(*vevent("DTEND:20240612T093000Z")))
        == 'VEVENT 1 ("Partner meeting"): the start (DTSTART) is missing'
    )


def test_an_unreadable_start_is_refused(store):
    message = refused(store, calendar(*vevent("DTSTART:2024-06-12 9.30")))
    assert message.startswith('VEVENT 1 ("Partner meeting"): the start (DTSTART): ')


def test_an_unknown_zone_without_a_vtimezone_is_refused(store):
    data = calendar(*vevent("DTSTART;TZID=Atlantis Standard Time:20240612T093000"))
    assert refused(store, data) == (
        "VEVENT 1 (\"Partner meeting\"): the start (DTSTART): the time zone 'Atlantis Standard Time' is unknown "
        "and the file has no VTIMEZONE that matches a known one"
    )


def test_a_recurring_event_is_refused_naming_it(store):
    data = calendar(*vevent("DTSTART;TZID=Europe/Berlin:20240612T093000", "RRULE:FREQ=WEEKLY;COUNT=4",
                            summary="Jour fixe"))  # fmt: skip
    message = refused(store, data)
    assert message.startswith('VEVENT 1 ("Jour fixe") (UID test-1@example.org): a recurring event (RRULE)')


def test_a_service_refusal_names_the_vevent_and_the_property_in_the_users_words(store):
    message = refused(store, calendar(*vevent("DTSTART:20240612T093000Z", summary="Long " * 100)))
    assert message.startswith('VEVENT 1 ("Long Long') and "): the title (SUMMARY): " in message


def test_events_of_several_months_are_not_taken_for_one_meeting(store):
    data = calendar(
        *vevent("DTSTART:20240612T093000Z", "DTEND:20240612T103000Z", summary="June"),
        *vevent("DTSTART:20240912T093000Z", "DTEND:20240912T103000Z", summary="September"),
    )
    assert "too long for one meeting" in refused(store, data)


def test_import_ics_on_the_command_line_prints_the_event_and_its_id_last(db_path, capsys):
    from planner.cli import main

    assert main(["--db", str(db_path), "import-ics", str(DATA / "conference_dst.ics")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Imported 'CLUNET Partner Meeting Munich 2025' (2025-03-29 – 2025-03-30, 6 agenda items)."
    event_id = int(lines[-1])
    assert main(["--db", str(db_path), "events", "--json"]) == 0
    assert f'"id": {event_id}' in capsys.readouterr().out


def test_import_ics_refuses_a_bad_file_with_one_line_and_writes_nothing(db_path, capsys):
    from planner.cli import main

    path = DATA / "conference_coffee_ends_before_start.ics"
    assert main(["--db", str(db_path), "import-ics", str(path)]) == 1
    captured = capsys.readouterr()
    assert (
        captured.err
        == f'planner: {path}: VEVENT 3 ("Coffee"): the end (DTEND) 10:00 is before the start (DTSTART) 10:30\n'
    )
    assert main(["--db", str(db_path), "events", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            ["DTSTART:20240612T090000Z", "DTSTART:20240612T100000Z", "DTEND:20240612T110000Z"],
            "the start (DTSTART) is given 2 times",
        ),
        (
            ["DTSTART;VALUE=PERIOD:20240612T090000Z/PT1H", "DTEND:20240612T110000Z"],
            "the start (DTSTART): not a date, nor a date and time",
        ),
        (["DTSTART:20240612T090000Z", "DURATION:20240101"], "the length (DURATION): not a duration (such as PT1H30M)"),
    ],
)
def test_a_time_that_is_not_one_is_refused_naming_the_property(store, lines, message):
    assert message in refused(store, calendar(*vevent(*lines)))
