"""Real calendars from the test suites of public calendar libraries and
clients (tests/data/ics/real/, sources in SOURCES.md): each comes in as a
user would check it (title, day, zone, the hours of its items, the notes
shown), or is refused with a message naming its place."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from planner.calendar.ics_import import IcsImportError, import_ics
from planner.services import agenda

REAL = Path(__file__).parent / "data" / "ics" / "real"

# file, event title, first day, zone, agenda items, first item (title, start, end)
CAME_IN = [
    ("bare_event_without_summary.ics", '(untitled)', "2015-09-05", "UTC", 1, ('(untitled)', '2015-09-05 09:00', '10:00')),
    ("baseball_instant.ics", 'ST. PAUL SAINTS -VS- DULUTH-SUPERIOR DUKES', "1997-07-01", "UTC", 1, ('ST. PAUL SAINTS -VS- DULUTH-SUPERIOR DUKES', '1997-07-01 20:00', '20:01')),
    ("custom_tzid_new_york.ics", 'an event with a custom tz name', "2014-08-29", "America/New_York", 1, ('an event with a custom tz name', '2014-08-29 08:00', '10:00')),
    ("days_with_a_tzid.ics", 'Vacances de la Toussaint', "2008-10-25", "Europe/Paris", 0, None),
    ("em_client_chicago.ics", 'Stars @ Blackhawks (Home Opener)', "2011-10-08", "America/Chicago", 1, ('Stars @ Blackhawks (Home Opener)', '2011-10-08 19:30', '22:30')),
    ("etar_android_alarm.ics", 'event with alarms android', "2024-10-05", "Europe/London", 1, ('event with alarms android', '2024-10-05 13:00', '14:00')),
    ("events_and_todos.ics", 'events_and_todos', "2025-01-15", "America/New_York", 2, ('Test Event 1', '2025-01-15 10:00', '11:00')),
    ("evolution_lightning_vendor_tzids.ics", 'evolution_lightning_vendor_tzids', "2020-04-26", "Europe/Berlin", 3, ('libical / Evolution globally unique TZID', '2020-04-26 14:00', '15:00')),
    ("exchange_2010_pacific.ics", 'Test 4', "2017-02-24", "America/Los_Angeles", 1, ('Test 4', '2017-02-24 12:00', '12:30')),
    ("windows_display_name_brasilia.ics", '(untitled)', "2017-05-11", "America/Sao_Paulo", 1, ('(untitled)', '2017-05-11 13:30', '14:00')),
    ("google_alarm.ics", 'event with alarms', "2024-10-04", "Europe/London", 1, ('event with alarms', '2024-10-04 19:15', '20:00')),
    ("google_duration.ics", 'Really long event name thing', "2012-06-30", "America/Los_Angeles", 1, ('Really long event name thing', '2012-06-30 06:00', '06:00')),
    ("custom_tzid_utc_plus_11.ics", 'TESTIN', "2017-02-28", "Asia/Magadan", 1, ('TESTIN', '2017-02-28 23:00', '23:30')),
    ("google_minimal.ics", 'Really long event name thing', "2012-06-30", "America/Los_Angeles", 1, ('Really long event name thing', '2012-06-30 06:00', '07:00')),
    ("google_recurring_among_singles.ics", "Breakfast at Tiffany's", "2009-08-17", "America/Toronto", 1, ("Breakfast at Tiffany's", '2009-08-17 07:00', '13:00')),
    ("khal_berlin.ics", 'Reifenwechsel', "2020-04-03", "Europe/Berlin", 1, ('Reifenwechsel', '2020-04-03 10:20', '11:30')),
    ("no_summary_all_day.ics", '(untitled)', "1997-01-01", "UTC", 0, None),
    ("only_dtstart_time.ics", 'Really long event name thing', "2012-06-30", "America/Los_Angeles", 1, ('Really long event name thing', '2012-06-30 06:00', '06:01')),
    ("outlook_2007_line_folds.ics", 'Example Calendar Export that Blows Up DDay.iCal', "2009-06-21", "UTC", 0, None),
    ("outlook_busy_past_midnight.ics", 'Busy', "2008-01-17", "UTC", 1, ('Busy', '2008-01-17 23:30', '02:30')),
    ("outlook_cyrillic_tzid.ics", '(untitled)', "2008-05-30", "Asia/Yekaterinburg", 1, ('(untitled)', '2008-05-30 15:00', '15:01')),
    ("plone_vienna.ics", 'artsprint 2012', "2012-02-13", "Europe/Vienna", 1, ('artsprint 2012', '2012-02-13 10:00', '18:00')),
    ("podio_text_after_end.ics", 'Termin 4353 und"so"', "2022-02-22", "Europe/Berlin", 1, ('Termin 4353 und"so"', '2022-02-22 19:30', '20:30')),
    ("radicale_london.ics", 'STG', "2016-06-16", "Europe/London", 1, ('STG', '2016-06-16 09:00', '16:20')),
    ("rfc9253_untitled_instants.ics", 'rfc9253_untitled_instants', "2025-10-28", "UTC", 2, ('(untitled)', '2025-10-28 09:22', '09:23')),
    ("statuses_without_length.ics", 'statuses_without_length', "2025-01-01", "UTC", 3, ('No status', '2025-01-01 10:00', '10:01')),
    ("tentative_review.ics", 'Annual Employee Review', "1997-09-03", "UTC", 1, ('Annual Employee Review', '1997-09-03 16:30', '19:00')),
    ("thunderbird_alarm.ics", 'event with alarms', "2024-10-23", "Europe/London", 1, ('event with alarms', '2024-10-23 15:00', '16:00')),
    ("two_calendars_in_one_file.ics", 'Christmas Day', "2003-12-25", "UTC", 0, None),
    ("tzid_new_york.ics", 'Anonymous Test Event for TZID', "2024-10-28", "America/New_York", 1, ('Anonymous Test Event for TZID', '2024-10-28 17:00', '18:00')),
    ("utc_negative_zero.ics", 'And another', "2012-08-21", "Etc/GMT", 1, ('And another', '2012-08-21 21:00', '21:30')),
    ("zero_length_utc.ics", 'Simple Event', "2025-01-01", "UTC", 1, ('Simple Event', '2025-01-01 10:00', '10:01')),
]  # fmt: skip

# Each refusal names the VEVENT and the property, the line, or what is wrong with the whole file.
REFUSED = {
    "bad_dtend.ics": 'VEVENT 1 ("Conference"): the end (DTEND): ',
    "broken_dtstart.ics": "VEVENT 1: the start (DTSTART): ",
    "holidays_over_months.ics": "the 3 events of this file run from 2022-01-01 to 2022-03-08, too long for one meeting",
    "made_up_zone.ics": "VEVENT 1 (\"A test event\"): the start (DTSTART): the time zone 'Nowhere/Middle' is unknown",
    # Its VTIMEZONE has Sydney's rules before 2008, which no zone has all of 2008.
    "outlook_outdated_sydney_zone.ics": "VEVENT 1: the start (DTSTART): the time zone 'Canberra, Melbourne, Sydney'",
    "recurring_only.ics": 'VEVENT 1 ("Test Event") (UID test-123): a recurring event (RRULE) cannot be imported',
    "ruby_recurring.ics": 'VEVENT 1 ("Something") (UID 2008-05-29T17:31:42+02:00_865561242): a recurring event',
    "unknown_zone_without_vtimezone.ics": "VEVENT 1 (\"Some event ':'\"): the start (DTSTART): the time zone "
    "'Western/Central Europe' is unknown",
}

UTC = (
    "the times are written in UTC and no place names a city or country: they are taken in UTC; "
    "set the event's time zone if it is elsewhere"
)
# What the user is told of what was changed or left aside.
NOTES = {
    "bare_event_without_summary.ics": ["VEVENT 1: no title (SUMMARY), called “(untitled)”", UTC],
    "baseball_instant.ics": [
        'VEVENT 1 ("ST. PAUL SAINTS -VS- DULUTH-SUPERIOR DUKES"): no length (its end is its start), so it lasts 1 minute',
        UTC,
    ],
    "podio_text_after_end.ics": ["line 36 onwards: what follows END:VCALENDAR was left aside"],
    "rfc9253_untitled_instants.ics": [
        "2 events have no title (SUMMARY), each is called “(untitled)” (VEVENT 1, 2)",
        "2 events have no length (their end is their start): each lasts 1 minute",
        UTC,
    ],
    "two_calendars_in_one_file.ics": ["line 46 onwards: what follows END:VCALENDAR was left aside"],
    "google_alarm.ics": [],
    "google_recurring_among_singles.ics": [
        (
            'VEVENT 1, 2 ("Repeater Event") (UID glk3in708vjsb4l66g5t1od1as@google.com): a recurring event '
            "(RECURRENCE-ID, RRULE) was left aside; create it by hand if it belongs here"
        ),
        (
            'VEVENT 3, 4, 5 ("Breakfast at Tims") (UID nc2o66s0u36iesitl2l0b8inn8@google.com): a recurring event '
            "(RECURRENCE-ID, RRULE) was left aside; create it by hand if it belongs here"
        ),
    ],
    "statuses_without_length.ics": ["3 events have no length (their end is their start): each lasts 1 minute", UTC],
    "exchange_2010_pacific.ics": [],
}


def test_every_real_calendar_is_listed_here_and_in_its_sources():
    files = {path.name for path in REAL.glob("*.ics")}
    assert 25 <= len(files) <= 40
    assert files == {row[0] for row in CAME_IN} | set(REFUSED)
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| (\S+\.ics) \| \S+/\S+ \| [^|]+ \| [0-9a-f]{40} \| [^|]+ \|$", sources, re.MULTILINE))
    assert listed == files


@pytest.mark.parametrize(("name", "title", "first_day", "zone", "items", "first_item"), CAME_IN)
def test_a_real_calendar_comes_in_right(session, name, title, first_day, zone, items, first_item):
    created = import_ics(session, (REAL / name).read_bytes(), file_name=name)
    [event] = created
    assert (event.title, str(event.starts_on), event.timezone) == (title, first_day, zone)
    agenda_items = agenda.items_of(session, event.id)
    assert len(agenda_items) == items
    if first_item:
        item = agenda_items[0]
        assert (item.title, f"{item.starts_at:%Y-%m-%d %H:%M}", f"{item.ends_at:%H:%M}") == first_item
    if name in NOTES:
        assert created.notes == NOTES[name]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_real_calendar_that_cannot_come_in_is_refused_naming_its_place(session, name):
    with pytest.raises(IcsImportError) as refused:
        import_ics(session, (REAL / name).read_bytes(), file_name=name)
    assert str(refused.value).startswith(REFUSED[name])
    assert "starts_at" not in str(refused.value) and "ends_at" not in str(refused.value)


def test_an_exchange_invitation_in_pacific_time_keeps_its_hours(session):
    [event] = import_ics(session, (REAL / "exchange_2010_pacific.ics").read_bytes())
    [item] = agenda.items_of(session, event.id)
    assert event.timezone == "America/Los_Angeles"  # "Pacific Standard Time"
    assert (item.starts_at, item.ends_at) == (datetime(2017, 2, 24, 12, 0), datetime(2017, 2, 24, 12, 30))
