"""The sample events shipped in resources/demo, added on demand or when a
new default database is created."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planner import config
from planner.exchange.event_file import EventFileError, parse
from planner.exchange.event_import import import_event
from planner.fileio import read_bytes
from planner.services import events

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event


def sample_files() -> list[Path]:
    return sorted(config.resource_path("demo").glob("*.planner.json"))


def add_samples(session: Session) -> tuple[list[Event], list[str]]:
    """Import every sample event not already present (same title and first
    day). Returns the events added and the titles skipped."""
    added, skipped = [], []
    for path in sample_files():
        try:
            document = parse(read_bytes(path))
        except EventFileError as error:
            raise EventFileError([f"{path.name}: {error}"]) from None
        existing = events.find_event(session, document.event.title, document.event.starts_on)
        if existing is not None:
            skipped.append(existing.title)
            continue
        added.append(import_event(session, document, as_sample=True))
    return added, skipped
