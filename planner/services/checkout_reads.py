"""What the window's event header says of a laptop copy and its check-outs,
read as plain SQL: the header is shown at the first paint, before the
database code is loaded (the rules are ``checkouts``)."""

from __future__ import annotations

from datetime import datetime

from planner.db.first_look import Rows


def read_only_copy(rows: Rows, event_id: int) -> bool:
    """Whether ``event_id`` is, in this laptop copy, a shared event not
    checked out to it: what the window's event header says."""
    if not rows("SELECT 1 FROM copy_origin", None):
        return False
    return not rows("SELECT 1 FROM event_checkout WHERE event_id = :id", {"id": event_id})


def held_elsewhere(rows: Rows, event_id: int) -> tuple[str, str, datetime] | None:
    """On a database that is no laptop copy, who has ``event_id`` checked
    out, to which copy, since when (UTC); None when nobody has."""
    if rows("SELECT 1 FROM copy_origin", None):
        return None
    found = rows("SELECT author, copy_name, since FROM event_checkout WHERE event_id = :id", {"id": event_id})
    if not found:
        return None
    author, copy_name, since = found[0]
    if isinstance(since, str):  # SQLite's plain reads give the text stored
        since = datetime.fromisoformat(since)
    return str(author), str(copy_name), since
