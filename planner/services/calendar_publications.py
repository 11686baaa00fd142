"""Where an event's calendar is published on a CalDAV server (one calendar
per event): its URL and the user name, when it was last published, and
what Planner put there, by UID (each resource's address, ETag and a hash
of what it said). The password is not here: it is kept in the system
keyring (services/caldav_password.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import CalendarPublication
from planner.services import events
from planner.services.errors import InvalidInput
from planner.services.language import say

# The words of the dialog and the command line for the fields.
URL_FIELD = "calendar URL"
USER_FIELD = "user name"


@dataclass(frozen=True)
class PublishedItem:
    """A calendar object resource Planner put on the server."""

    href: str  # its address, as the server gives it (a path)
    etag: str  # as the server gave it after Planner wrote it
    content: str  # a hash of what Planner wrote (without DTSTAMP)


@dataclass(frozen=True)
class Publication:
    event_id: int
    url: str
    user_name: str
    published_at: datetime | None = None  # UTC
    items: dict[str, PublishedItem] = field(default_factory=dict)  # by UID


def checked_url(url: str) -> str:
    """The calendar's URL, cleaned; InvalidInput when it is not an http(s)
    address of a server."""
    url = url.strip()
    if not url:
        raise InvalidInput(URL_FIELD, say("give the address of the calendar on the server"))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        raise InvalidInput(
            URL_FIELD,
            say("'{url}' is not a calendar's address (it begins with https:// and names a server)", url=url),
        )
    # A collection's address: with its slash, as servers write it.
    return url if url.endswith("/") else url + "/"


def _row(session: Session, event_id: int) -> CalendarPublication | None:
    query = select(CalendarPublication).where(col(CalendarPublication.event_id) == event_id)
    return session.scalars(query).first()


def publication_of(session: Session, event_id: int) -> Publication | None:
    """Where the event is published; None when it is not."""
    row = _row(session, event_id)
    if row is None:
        return None
    items = {
        uid: PublishedItem(item.get("href", ""), item.get("etag", ""), item.get("content", ""))
        for uid, item in (row.items or {}).items()
    }
    published = row.published_at.replace(tzinfo=UTC) if row.published_at else None
    return Publication(row.event_id, row.url, row.user_name, published, items)


def save(session: Session, event_id: int, url: str, user_name: str) -> Publication:
    """Publish the event to the calendar at ``url`` as ``user_name`` from
    now on. Another calendar forgets what was put in the last one: Planner
    then never removes anything from a calendar it no longer publishes to."""
    events.get_event(session, event_id)  # NotFound for an event that is not there
    url = checked_url(url)
    user_name = user_name.strip()
    if any(c.isspace() or not c.isprintable() for c in user_name):
        raise InvalidInput(USER_FIELD, say("a user name holds no blanks"))
    row = _row(session, event_id)
    if row is None:
        row = CalendarPublication(event_id=event_id, url=url, user_name=user_name, items={})
        session.add(row)
    else:
        if row.url != url:
            row.items = {}
            row.published_at = None
        row.url = url
        row.user_name = user_name
    session.flush()
    result = publication_of(session, event_id)
    assert result is not None
    return result


def forget(session: Session, event_id: int) -> bool:
    """Stop publishing the event (the calendar on the server stays as it
    is); whether it was published."""
    row = _row(session, event_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def record(session: Session, event_id: int, items: dict[str, PublishedItem], now: datetime | None = None) -> None:
    """What is on the server after a publication, and when it was made."""
    row = _row(session, event_id)
    if row is None:
        return
    row.items = {uid: {"href": i.href, "etag": i.etag, "content": i.content} for uid, i in sorted(items.items())}
    row.published_at = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    session.flush()
