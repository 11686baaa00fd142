"""VTIMEZONE components from zoneinfo, written the way Outlook writes them.

A zone with summer time becomes one STANDARD and one DAYLIGHT part, each
with a yearly RRULE (``BYMONTH=3;BYDAY=-1SU``). icalendar's own
``add_missing_timezones`` lists every transition as RDATEs instead, and
some parsers (ical.js among them) read only the first one, which puts
every summer-time item an hour off. Rules are derived from the actual
transitions and checked against every year the calendar covers; when a
zone changed its rules within those years, each period gets its own dated
part instead (still no RDATE).
"""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from planner.services import times

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    at_utc: datetime
    local: datetime  # the wall-clock time it happens at, before the change
    offset_from: timedelta
    offset_to: timedelta
    name: str  # the zone's abbreviation after it
    is_dst: bool


@dataclass(frozen=True)
class YearlyRule:
    month: int
    nth: int  # 1..4 or -1 for the last
    weekday: int  # 0 = Monday
    time: tuple[int, int, int]

    def date_in(self, year: int) -> date:
        days = month_calendar.monthrange(year, self.month)[1]
        if self.nth == -1:
            last = date(year, self.month, days)
            return last - timedelta(days=(last.weekday() - self.weekday) % 7)
        first = date(year, self.month, 1)
        return first + timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1))

    def local_in(self, year: int) -> datetime:
        return datetime.combine(self.date_in(year), datetime.min.time()).replace(
            hour=self.time[0], minute=self.time[1], second=self.time[2]
        )

    @property
    def rrule(self) -> dict[str, str | int]:
        return {"FREQ": "YEARLY", "BYMONTH": self.month, "BYDAY": f"{self.nth}{WEEKDAYS[self.weekday]}"}


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    return instant.astimezone(zone).utcoffset() or timedelta(0)


def transitions(zone_name: str, first_year: int, last_year: int) -> list[Transition]:
    """Every change of UTC offset from the start of ``first_year`` to the
    end of ``last_year``, found day by day and then to the second."""
    zone = times.zone(zone_name)
    found: list[Transition] = []
    day = datetime(first_year, 1, 1, tzinfo=UTC) - timedelta(days=1)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC) + timedelta(days=1)
    while day < end:
        following = day + timedelta(days=1)
        if _offset(zone, day) != _offset(zone, following):
            low, high = day, following  # the offset changes in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == _offset(zone, low):
                    low = middle
                else:
                    high = middle
            high = high.replace(microsecond=0)
            before, after = _offset(zone, low), high.astimezone(zone)
            if first_year <= (high + before).year <= last_year:
                found.append(
                    Transition(
                        at_utc=high,
                        local=(high + before).replace(tzinfo=None),
                        offset_from=before,
                        offset_to=after.utcoffset() or timedelta(0),
                        name=after.tzname() or "",
                        is_dst=bool(after.dst()),
                    )
                )
        day = following
    return found


def _rule_candidates(transition: Transition) -> set[YearlyRule]:
    local = transition.local
    time = (local.hour, local.minute, local.second)
    days = month_calendar.monthrange(local.year, local.month)[1]
    candidates = {YearlyRule(local.month, (local.day - 1) // 7 + 1, local.weekday(), time)}
    if local.day > days - 7:
        candidates.add(YearlyRule(local.month, -1, local.weekday(), time))
    return candidates


def _yearly_rule(group: list[Transition], first_year: int, last_year: int) -> YearlyRule | None:
    """The one rule that gives exactly these transitions, one a year in
    every covered year, with the same offsets; None if there is none."""
    if len(group) != last_year - first_year + 1 or len({(t.offset_from, t.offset_to, t.name) for t in group}) != 1:
        return None
    candidates = set.intersection(*(_rule_candidates(t) for t in group))
    for rule in sorted(candidates, key=lambda rule: rule.nth):  # a fixed nth before "last" when both fit
        if all(rule.local_in(t.local.year) == t.local for t in group):
            return rule
    return None


def _part(
    transition_like: Transition, start: datetime, rule: YearlyRule | None = None
) -> TimezoneDaylight | TimezoneStandard:
    part = TimezoneDaylight() if transition_like.is_dst else TimezoneStandard()
    part.add("DTSTART", start)
    part.add("TZOFFSETFROM", transition_like.offset_from)
    part.add("TZOFFSETTO", transition_like.offset_to)
    if transition_like.name:
        part.add("TZNAME", transition_like.name)
    if rule is not None:
        part.add("RRULE", rule.rrule)
    return part


def vtimezone(zone_name: str, years: Iterable[int]) -> Timezone:
    """The VTIMEZONE for ``zone_name`` that is right in every one of
    ``years`` (the years of the dates the calendar uses)."""
    years = list(years)
    first_year, last_year = min(years), max(years)
    # Rules start a year early, so that January of the first year is governed.
    found = transitions(zone_name, first_year - 1, last_year)
    component = Timezone()
    component.add("TZID", zone_name)
    # The rules must hold in the covered years; the year before only
    # carries their DTSTART (America/New_York in 2007 is fine, 2006 differs).
    covered = [t for t in found if t.local.year >= first_year]
    dst_on = [t for t in covered if t.is_dst]
    dst_off = [t for t in covered if not t.is_dst]
    on_rule = _yearly_rule(dst_on, first_year, last_year) if dst_on and dst_off else None
    off_rule = _yearly_rule(dst_off, first_year, last_year) if dst_on and dst_off else None
    if on_rule is not None and off_rule is not None:
        for group, rule in ((dst_off, off_rule), (dst_on, on_rule)):
            component.add_component(_part(group[0], rule.local_in(first_year - 1), rule))
        return component
    # No summer time, or rules that changed: the offset in force at the start,
    # then each change as its own dated part.
    start = datetime(first_year - 1, 1, 1)
    moment = start.replace(tzinfo=times.zone(zone_name))
    offset = moment.utcoffset() or timedelta(0)
    initial = Transition(start, start, offset, offset, moment.tzname() or "", bool(moment.dst()))
    component.add_component(_part(initial, start))
    for transition in found:
        component.add_component(_part(transition, transition.local))
    return component
