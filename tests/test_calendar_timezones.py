"""VTIMEZONEs as yearly rules that reproduce zoneinfo's transitions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule
from icalendar import Timezone

from planner.calendar import timezones
from planner.calendar.timezones import transitions


def vtimezone(zone, years):
    """The component as a client reads it: from its text."""
    return Timezone.from_ical(timezones.vtimezone(zone, years).to_ical())


ZONES = ["Europe/Berlin", "Europe/Athens", "Europe/Madrid", "America/New_York", "Asia/Tokyo", "Australia/Sydney"]
YEARS = [2009, 2018, 2026]

DAYS = {"MO": rrule.MO, "TU": rrule.TU, "WE": rrule.WE, "TH": rrule.TH, "FR": rrule.FR, "SA": rrule.SA, "SU": rrule.SU}


def _offset_by_rules(component, instant: datetime) -> timedelta:
    """The UTC offset at ``instant`` as a client computes it from the
    VTIMEZONE: the latest onset (DTSTART or RRULE occurrence) before it."""
    latest = None
    for part in component.subcomponents:
        start = part["DTSTART"].dt
        offset_from, offset_to = part["TZOFFSETFROM"].td, part["TZOFFSETTO"].td
        if "RRULE" in part:
            rule = part["RRULE"]
            nth, day = rule["BYDAY"][0][:-2], rule["BYDAY"][0][-2:]
            onsets = rrule.rrule(
                rrule.YEARLY,
                dtstart=start,
                bymonth=rule["BYMONTH"][0],
                byweekday=DAYS[day](int(nth)),
                until=instant.replace(tzinfo=None) + timedelta(days=1),
            )
        else:
            onsets = [start]
        for onset in onsets:
            onset_utc = (onset - offset_from).replace(tzinfo=UTC)
            if onset_utc <= instant and (latest is None or onset_utc > latest[0]):
                latest = (onset_utc, offset_to)
    assert latest is not None, f"{instant} is before every onset"
    return latest[1]


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("year", YEARS)
def test_the_rules_give_zoneinfo_offset_every_day_and_around_each_change(zone, year):
    component = vtimezone(zone, [year])
    assert "RDATE" not in component.to_ical().decode()
    instants = [datetime(year, 1, 1, 1, tzinfo=UTC) + timedelta(days=day) for day in range(365)]
    for change in transitions(zone, year, year):
        instants += [change.at_utc - timedelta(seconds=1), change.at_utc]
    for instant in instants:
        assert _offset_by_rules(component, instant) == instant.astimezone(ZoneInfo(zone)).utcoffset(), (zone, instant)


def test_berlin_is_last_sunday_of_march_and_october_as_outlook_writes_it():
    text = vtimezone("Europe/Berlin", [2018]).to_ical().decode()
    assert "BEGIN:DAYLIGHT\r\nDTSTART:20170326T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "BEGIN:STANDARD\r\nDTSTART:20171029T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200" in text and "TZNAME:CEST" in text


def test_sydney_has_summer_time_at_the_end_of_the_year():
    component = vtimezone("Australia/Sydney", [2026])
    parts = {part.name: part for part in component.subcomponents}
    assert parts["DAYLIGHT"]["RRULE"]["BYMONTH"] == [10] and parts["STANDARD"]["RRULE"]["BYMONTH"] == [4]
    assert parts["DAYLIGHT"]["TZOFFSETTO"].td == timedelta(hours=11)


def test_a_zone_without_summer_time_has_one_standard_part():
    component = vtimezone("Asia/Tokyo", [2018])
    assert [part.name for part in component.subcomponents] == ["STANDARD"]
    assert component.subcomponents[0]["TZOFFSETTO"].td == timedelta(hours=9)
    assert "RRULE" not in component.subcomponents[0]


def test_a_zone_whose_rules_changed_in_the_range_gets_dated_parts_without_rdate():
    # The United States moved summer time in 2007.
    component = vtimezone("America/New_York", [2006, 2007])
    assert all("RRULE" not in part for part in component.subcomponents)
    assert "RDATE" not in component.to_ical().decode()
    for instant in (
        datetime(2006, 4, 1, 12, tzinfo=UTC),
        datetime(2006, 4, 3, 12, tzinfo=UTC),
        datetime(2007, 3, 12, 12, tzinfo=UTC),
        datetime(2007, 11, 1, 12, tzinfo=UTC),
    ):
        assert _offset_by_rules(component, instant) == instant.astimezone(ZoneInfo("America/New_York")).utcoffset()


def test_several_years_share_one_rule_when_it_holds_in_each():
    component = vtimezone("Europe/Madrid", [2009, 2010, 2011])
    assert sorted(part.name for part in component.subcomponents) == ["DAYLIGHT", "STANDARD"]


def test_transitions_are_found_to_the_second():
    found = transitions("Europe/Athens", 2018, 2018)
    assert [(t.local, t.is_dst) for t in found] == [
        (datetime(2018, 3, 25, 3, 0), True),
        (datetime(2018, 10, 28, 4, 0), False),
    ]
