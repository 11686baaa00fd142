"""A person's data as one ZIP, what a person receives who asks Planner's
user what is held about them: ``person.json`` (their record and every row
about them, planner/services/person_data.py) and their itinerary of each
event they take part in, in their own language."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from planner import __version__
from planner.documents.catalogue import render
from planner.documents.options import DocumentOptions
from planner.services.person_data import person_data

if TYPE_CHECKING:
    from sqlmodel import Session


def person_archive(session: Session, person_id: int, *, made_at: datetime | None = None) -> bytes:
    held = person_data(session, person_id)
    made_at = made_at or datetime.now(UTC)
    record = {
        "about": "Everything this Planner database holds about one person, table by table.",
        "made_at": made_at.isoformat(timespec="seconds"),
        "planner": __version__,
        "tables": held,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("person.json", json.dumps(record, ensure_ascii=False, indent=2))
        email = (held["person"][0].get("email") or "").strip()
        for participation in held.get("participation", []) if email else []:
            event_id = participation["event_id"]
            options = DocumentOptions(person_email=email, printed_on=made_at.date())
            archive.writestr(f"itinerary-{event_id}.pdf", render(session, "itinerary", event_id, options))
    return buffer.getvalue()
