"""Programmes: what the documents of a programme's events show of its
funding (its logo, the funder's emblem with the funding statement, the
grant agreement number). An event belongs to the programme whose name
its own "programme" field holds, case and spacing aside."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from planner.db.models import Event, Programme
from planner.services import values
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.language import say

# Logos are small pictures: a large photograph is refused rather than
# copied into every document.
LARGEST_IMAGE = 5 * 1024 * 1024
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"
IMAGES = {"logo": "logo", "emblem": "funder's emblem"}


@dataclass(frozen=True)
class ProgrammeDetails:
    """A programme as documents and the window show it."""

    name: str
    funding_statement: str = ""
    grant_number: str = ""
    logo: bytes | None = None
    emblem: bytes | None = None

    @property
    def shown(self) -> bool:
        """Whether documents have anything of it to show."""
        return bool(self.funding_statement or self.grant_number or self.logo or self.emblem)


def image_kind(data: bytes) -> str:
    """ "png" or "jpeg" by the file's first bytes ("" for anything else)."""
    if data.startswith(PNG):
        return "png"
    if data.startswith(JPEG):
        return "jpeg"
    return ""


def checked_image(data: bytes | None, field: str) -> bytes | None:
    if data is None or data == b"":
        return None
    emblem = field == "emblem"
    if not image_kind(data):
        if emblem:
            raise InvalidInput(field, say("the funder's emblem must be a PNG, JPEG or SVG picture"))
        raise InvalidInput(field, say("the logo must be a PNG, JPEG or SVG picture"))
    if len(data) > LARGEST_IMAGE:
        if emblem:
            raise InvalidInput(field, say("the funder's emblem is larger than 5 MB; please use a smaller picture"))
        raise InvalidInput(field, say("the logo is larger than 5 MB; please use a smaller picture"))
    return bytes(data)


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def normalise_programme(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {
        "name": values.required_line(raw.get("name"), "programme", values.TITLE),
        "funding_statement": values.line(raw.get("funding_statement"), "funding statement", values.TITLE),
        "grant_number": values.line(raw.get("grant_number"), "grant agreement number"),
        "logo": checked_image(raw.get("logo"), "logo"),
        "emblem": checked_image(raw.get("emblem"), "emblem"),
    }
    other = _find(session, cleaned["name"])
    if other is not None and other.id != raw.get("id"):
        raise InvalidInput("programme", say("there is already a programme called '{name}'", name=other.name))
    return cleaned


def _find(session: Session, name: str) -> Programme | None:
    key = name_key(name)
    if not key:
        return None
    return next((row for row in session.scalars(select(Programme)) if name_key(row.name) == key), None)


def details(row: Programme) -> ProgrammeDetails:
    return ProgrammeDetails(row.name, row.funding_statement, row.grant_number, row.logo, row.emblem)


def programme_named(session: Session, name: str) -> ProgrammeDetails | None:
    found = _find(session, name)
    return details(found) if found is not None else None


def event_programme(session: Session, event_id: int) -> ProgrammeDetails | None:
    """The programme the event belongs to, None when it names none that
    is recorded."""
    event = fetch(session, Event, event_id, "event")
    return programme_named(session, event.programme)


def save_programme(session: Session, wanted: ProgrammeDetails) -> ProgrammeDetails:
    """Record the programme ``wanted.name``, or change the one of that name."""
    fields = {
        "name": " ".join(wanted.name.split()),
        "funding_statement": wanted.funding_statement,
        "grant_number": wanted.grant_number,
        "logo": wanted.logo,
        "emblem": wanted.emblem,
    }
    existing = _find(session, wanted.name)
    if existing is None:
        return details(create_row(session, Programme, fields, normalise_programme))
    programme_id = existing.id

    def normalise(inner: Session, raw: dict[str, Any]) -> dict[str, Any]:
        return normalise_programme(inner, raw | {"id": programme_id})

    return details(update_row(session, existing, fields | {"name": existing.name}, normalise))
