"""Whether an event is published to a calendar server, read as plain SQL
(``Rows``: see event_reads.py), so that the Calendar menu can say it from
the window's first look, before the database code is loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.db.first_look import Rows


def is_published(rows: Rows, event_id: int) -> bool:
    # A database not brought up to date yet (the first look comes before
    # the migrations) has no such table: nothing is published there.
    table = rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'calendar_publication'", None)
    return bool(table) and bool(rows("SELECT 1 FROM calendar_publication WHERE event_id = :id", {"id": event_id}))
