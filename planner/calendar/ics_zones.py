"""Which IANA time zone an .ics TZID means: IANA names as they are, the
Windows names Outlook and Exchange write, and vendor-prefixed names."""

from __future__ import annotations

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from planner.services import values

#: Windows zone names Outlook and Exchange write, first the European ones.
WINDOWS_ZONES = {
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "Romance Standard Time": "Europe/Paris",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow",
    "Turkey Standard Time": "Europe/Istanbul",
    "Israel Standard Time": "Asia/Jerusalem",
    "UTC": "UTC",
    "Coordinated Universal Time": "UTC",
    "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "Tokyo Standard Time": "Asia/Tokyo",
}


def zone_by_name(tzid: str) -> str:
    """The IANA zone a TZID names (IANA, Windows or a vendor prefix), or ""."""
    cleaned = tzid.strip().strip('"')
    if cleaned in values.time_zones():
        return cleaned
    for name in (WINDOWS_ZONES.get(cleaned), WINDOWS_TO_OLSON.get(cleaned)):
        if name and name in values.time_zones():
            return name
    if cleaned.startswith("/"):  # "/mozilla.org/20050126_1/Europe/Berlin"
        parts = cleaned.strip("/").split("/")
        for first in range(1, len(parts)):
            if "/".join(parts[first:]) in values.time_zones():
                return "/".join(parts[first:])
    return ""
