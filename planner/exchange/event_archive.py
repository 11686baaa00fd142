"""Every event of a database as event files in one ZIP archive: the backup
an organiser can make of a shared database with no rights on the server
beyond reading it (its administrator keeps the server's own, pg_dump).
Each file reads back with `planner import-event`."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from planner.exchange.event_export import export_event
from planner.exchange.event_file import dumps
from planner.services import events

if TYPE_CHECKING:
    from sqlmodel import Session


def event_archive(session: Session) -> tuple[bytes, int]:
    """The archive, and how many events it holds (``event-<id>.json`` each)."""
    buffer = io.BytesIO()
    listed = events.list_events(session)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for event in listed:
            assert event.id is not None  # stored events have one
            archive.writestr(f"event-{event.id}.json", dumps(export_event(session, event.id)))
    return buffer.getvalue(), len(listed)
