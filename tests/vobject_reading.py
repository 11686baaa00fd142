"""vobject, the second parser that reads back the calendars Planner writes."""

from __future__ import annotations

import vobject


def read_calendar(text: str):
    """The calendar as vobject reads it. vobject keeps the zones it has read
    by TZID for the whole process: forget them first, so that each file is
    read with its own VTIMEZONEs and not with one an earlier test read."""
    registry = vars(vobject.icalendar)["__tzidMap"]
    registry.clear()
    registry["UTC"] = vobject.icalendar.utc
    return vobject.readOne(text)
