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

from planner.db.models import CalendarPublication, PersonalPublication
from planner.services import events
from planner.services.errors import InvalidInput
from planner.services.language import say

# The words of the dialog and the command line for the fields.
URL_FIELD = "calendar URL"
USER_FIELD = "user name"
PERSONAL_FIELD = "address for personal calendars"


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
    # Where each participant's personal calendar gets a collection of its
    # own ("" = personal calendars are not published).
    personal_base_url: str = ""


@dataclass(frozen=True)
class PersonalCollection:
    """One participant's collection, as Planner made it, and what it put there."""

    person_id: int
    url: str
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
    items = _items_of(row.items)
    published = row.published_at.replace(tzinfo=UTC) if row.published_at else None
    return Publication(row.event_id, row.url, row.user_name, published, items, row.personal_base_url or "")


def _items_of(stored: dict[str, dict[str, str]] | None) -> dict[str, PublishedItem]:
    return {
        uid: PublishedItem(item.get("href", ""), item.get("etag", ""), item.get("content", ""))
        for uid, item in (stored or {}).items()
    }


def _stored(items: dict[str, PublishedItem]) -> dict[str, dict[str, str]]:
    return {uid: {"href": i.href, "etag": i.etag, "content": i.content} for uid, i in sorted(items.items())}


def _personal_rows(session: Session, event_id: int) -> list[PersonalPublication]:
    query = select(PersonalPublication).where(col(PersonalPublication.event_id) == event_id)
    return list(session.scalars(query))


def personal_collections(session: Session, event_id: int) -> dict[int, PersonalCollection]:
    """The participants' collections Planner made for the event, by person."""
    return {
        row.person_id: PersonalCollection(row.person_id, row.url, _items_of(row.items))
        for row in _personal_rows(session, event_id)
    }


def record_personal(
    session: Session, event_id: int, person_id: int, url: str, items: dict[str, PublishedItem] | None
) -> None:
    """What is in a participant's collection after a publication; ``items``
    None: Planner has nothing there any more and forgets the collection."""
    row = next((each for each in _personal_rows(session, event_id) if each.person_id == person_id), None)
    if items is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(PersonalPublication(event_id=event_id, person_id=person_id, url=url, items=_stored(items)))
    else:
        row.url = url
        row.items = _stored(items)
    session.flush()


def _forget_personal(session: Session, event_id: int) -> None:
    for row in _personal_rows(session, event_id):
        session.delete(row)


def save(
    session: Session, event_id: int, url: str, user_name: str, personal_base_url: str | None = None
) -> Publication:
    """Publish the event to the calendar at ``url`` as ``user_name`` from
    now on; with ``personal_base_url`` (None: as before, "": no more) each
    participant's personal calendar to a collection of its own under it.
    Another calendar forgets what was put in the last one: Planner then
    never removes anything from a calendar it no longer publishes to."""
    events.get_event(session, event_id)  # NotFound for an event that is not there
    url = checked_url(url)
    if personal_base_url:
        try:
            personal_base_url = checked_url(personal_base_url)
        except InvalidInput as error:
            raise InvalidInput(PERSONAL_FIELD, error.message) from None
    user_name = user_name.strip()
    if any(c.isspace() or not c.isprintable() for c in user_name):
        raise InvalidInput(USER_FIELD, say("a user name holds no blanks"))
    row = _row(session, event_id)
    if row is None:
        row = CalendarPublication(
            event_id=event_id, url=url, user_name=user_name, items={}, personal_base_url=personal_base_url or ""
        )
        session.add(row)
    else:
        if row.url != url:
            row.items = {}
            row.published_at = None
        if personal_base_url is not None and personal_base_url.strip() != (row.personal_base_url or ""):
            # Collections elsewhere, or none: those made before are left as they are.
            _forget_personal(session, event_id)
            row.personal_base_url = personal_base_url.strip()
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
    _forget_personal(session, event_id)
    session.delete(row)
    session.flush()
    return True


def record(session: Session, event_id: int, items: dict[str, PublishedItem], now: datetime | None = None) -> None:
    """What is on the server after a publication, and when it was made."""
    row = _row(session, event_id)
    if row is None:
        return
    row.items = _stored(items)
    row.published_at = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    session.flush()
