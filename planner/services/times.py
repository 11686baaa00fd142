"""Wall-clock times in IANA zones: existence across DST, true durations,
the names of zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from planner.services.errors import InvalidInput
from planner.services.language import say
from planner.services.values import within_years


@cache
def zone(zone_name: str) -> ZoneInfo:
    """The zone named, read from the zone files once. ZoneInfo keeps only a
    few zones it is not still holding, so a list of travel legs across many
    zones read the same files again for every leg. A name that is no zone
    raises (and is not kept)."""
    return ZoneInfo(zone_name)


def to_utc(wall_clock: datetime, zone_name: str) -> datetime:
    """The instant a wall-clock time in a zone names. An ambiguous time (the
    hour repeated when clocks go back) is taken as its first occurrence."""
    return wall_clock.replace(tzinfo=zone(zone_name), fold=0).astimezone(UTC)


def convert(wall_clock: datetime, from_zone: str, to_zone: str) -> datetime:
    """The wall-clock time in ``to_zone`` at the moment given in ``from_zone``."""
    return to_utc(wall_clock, from_zone).astimezone(zone(to_zone)).replace(tzinfo=None)


def exists(wall_clock: datetime, zone_name: str) -> bool:
    """False for a time skipped when clocks go forward (02:30 on the last
    Sunday of March in Europe/Berlin)."""
    back = to_utc(wall_clock, zone_name).astimezone(zone(zone_name)).replace(tzinfo=None)
    return back == wall_clock.replace(tzinfo=None)


def require_existing(wall_clock: datetime, zone_name: str, field: str) -> None:
    if not exists(wall_clock, zone_name):
        raise InvalidInput(
            field,
            say(
                "{moment} does not exist in {zone} (the clocks skip that hour for summer time)",
                moment=format_wall_clock(wall_clock),
                zone=zone_name,
            ),
        )


def duration(start: datetime, start_zone: str, end: datetime, end_zone: str) -> timedelta:
    """Real time elapsed between two wall-clock times, each in its own zone."""
    return to_utc(end, end_zone) - to_utc(start, start_zone)


def utc_offset(wall_clock: datetime, zone_name: str) -> timedelta:
    return wall_clock.replace(tzinfo=zone(zone_name), fold=0).utcoffset() or timedelta(0)


def format_wall_clock(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def format_duration(value: timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def day_range(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def wall_clock(value: object, field: str) -> datetime:
    """A naive date and time, to the minute, in the years people plan in."""
    if not isinstance(value, datetime):
        raise InvalidInput(
            field, say("a date and time is required") if value is None else say("must be a date and time")
        )
    if value.tzinfo is not None:
        raise InvalidInput(field, say("must be a wall-clock time without an offset; its zone is stored beside it"))
    return within_years(value.replace(second=0, microsecond=0), field)


def zone_abbreviation(wall_clock: datetime, zone_name: str) -> str:
    """EET, CEST: the zone's name at that moment; "UTC+03" where it has none."""
    moment = wall_clock.replace(tzinfo=zone(zone_name), fold=0)
    name = moment.tzname() or ""
    if name and name[0] in "+-":
        offset = moment.utcoffset() or timedelta(0)
        sign, minutes = ("+" if offset >= timedelta(0) else "-"), abs(int(offset.total_seconds())) // 60
        return f"UTC{sign}{minutes // 60:02d}" + (f":{minutes % 60:02d}" if minutes % 60 else "")
    return name
