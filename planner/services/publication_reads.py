"""Whether an event is published to a calendar server, read as plain SQL
(``Rows``: see event_reads.py), so that the Calendar menu can say it from
the window's first look, before the database code is loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.db.first_look import Rows


def is_published(rows: Rows, event_id: int, *, up_to_date: bool = False) -> bool:
    """``up_to_date``: the database was opened (brought up to date, a file
    or a shared one); else it is a file's first look, which comes before the
    migrations and may have no such table yet: nothing is published there."""
    if not up_to_date:
        table = rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'calendar_publication'", None)
        if not table:
            return False
    return bool(rows("SELECT 1 FROM calendar_publication WHERE event_id = :id", {"id": event_id}))
