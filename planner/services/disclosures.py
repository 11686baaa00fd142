"""The record of what left the laptop (GDPR Art. 5(2), 30): every file of
personal data written, every document printed, every e-mail sent or saved
as .eml, with when, what, to whom, where to, and whose data it held.

What leaves is described first (``Disclosed``, made by whoever knows the
content); it is recorded only once it has left: after the file was written
whole, after the server took the message. A failure to write records
nothing. A database opened read-only cannot keep the record: the file is
still written (a colleague may need the list), and nothing is recorded.

Not recorded, as they name nobody: statistics (counts), the mail
account's test message (to the sender's own address). Backups are copies
of the database itself, kept beside it, not data given out. Planner itself
writes no LIST: a list it writes is an export or a document."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import DisclosureKind
from planner.db.models import Disclosure, Event, Person
from planner.fileio import write_atomically
from planner.language import PLANNER_DOMAIN
from planner.services.labels import label
from planner.services.language import interface_language, marked, wording
from planner.services.search import fold

if TYPE_CHECKING:
    from planner.db.store import Store

EXPORT = DisclosureKind.EXPORT.value
DOCUMENT = DisclosureKind.DOCUMENT.value
MESSAGE = DisclosureKind.MESSAGE.value
LIST = DisclosureKind.LIST.value

# The CSV's columns, in the user's language where written.
COLUMNS = (
    marked("When (local time)"),
    marked("Kind"),
    marked("Event"),
    marked("What"),
    marked("To whom"),
    marked("File or server"),
    marked("How many people"),
    marked("Whose data"),
)


@dataclass(frozen=True)
class Disclosed:
    """What is about to leave: its kind, event, what it is (English words
    that name nobody, shown in the reader's language: "Participant list
    (PDF)", or a template's name), the addresses it goes to and whose data
    it holds."""

    kind: str
    event_id: int | None
    what: str
    person_ids: tuple[int, ...] = ()
    recipients: tuple[str, ...] = ()

    @property
    def names_anyone(self) -> bool:
        return bool(self.person_ids or self.recipients)


def disclosed(
    kind: str, event_id: int | None, what: str, person_ids: Iterable[int | None], recipients: Iterable[str] = ()
) -> Disclosed:
    """A Disclosed with the people once each, in order, and no None."""
    people = tuple(dict.fromkeys(person for person in person_ids if person is not None))
    addresses = tuple(dict.fromkeys(address.strip() for address in recipients if address and address.strip()))
    return Disclosed(kind, event_id, what, people, addresses)


def record(session: Session, what: Disclosed, destination: str, *, now: datetime | None = None) -> Disclosure | None:
    """Note that ``what`` left for ``destination`` (the file written, the
    mail server, the printer). Nothing when it names nobody."""
    if not what.names_anyone:
        return None
    if what.kind not in set(DisclosureKind):
        raise ValueError(f"{what.kind!r} is not a kind of disclosure")
    happened = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    row = Disclosure(
        happened_at=happened,
        kind=what.kind,
        event_id=what.event_id,
        what=what.what,
        recipients=list(what.recipients),
        destination=destination,
        person_ids=list(what.person_ids),
    )
    session.add(row)
    session.flush()
    return row


def record_in(store: Store, what: Disclosed, destination: str) -> None:
    """``record`` in a unit of work of its own (none when read-only)."""
    if store.read_only or not what.names_anyone:
        return
    with store.write() as session:
        record(session, what, destination)


def write_and_record(store: Store, path: Path, data: bytes, what: Disclosed) -> None:
    """Write ``data`` to ``path`` whole, then record it; a file that could
    not be written (PlannerError) records nothing."""
    write_atomically(path, data)
    record_in(store, what, str(path))


# -- reading the record back -----------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """One disclosure as the window and the CSV show it."""

    id: int
    happened_at: datetime  # UTC, naive
    kind: str
    event_id: int | None
    event_title: str
    what: str  # as stored (English or a template's name)
    recipients: tuple[str, ...]
    destination: str
    person_ids: tuple[int, ...]
    names: tuple[str, ...]  # of person_ids still known, in their order

    @property
    def local_time(self) -> datetime:
        """When, in this computer's time zone."""
        return self.happened_at.replace(tzinfo=UTC).astimezone()

    def what_in(self, language: str | None = None) -> str:
        """``what`` in ``language`` (the window's when None): translated
        where it is Planner's words, as typed where it is the user's."""
        return wording(language or interface_language(), PLANNER_DOMAIN).gettext(self.what)

    def matches(self, text: str) -> bool:
        """Whether a search for ``text`` finds it: in a name of whose data
        it held or an address it went to (case and accents aside)."""
        wanted = fold(text.strip())
        return not wanted or any(wanted in fold(value) for value in (*self.names, *self.recipients))


def disclosures(
    session: Session, *, event_id: int | None = None, person_id: int | None = None, email: str | None = None
) -> list[Shown]:
    """The record, newest first; only the event's with ``event_id``; only
    those about a person (``person_id`` among whose data it held, or their
    e-mail ``email`` among the recipients; with ``person_id`` alone, their
    address in the database is looked for too)."""
    query = select(Disclosure, col(Event.title)).outerjoin(Event, col(Event.id) == col(Disclosure.event_id))
    if event_id is not None:
        query = query.where(col(Disclosure.event_id) == event_id)
    query = query.order_by(col(Disclosure.happened_at).desc(), col(Disclosure.id).desc())
    rows: list[tuple[Disclosure, str | None]] = [(row, title) for row, title in session.execute(query)]
    if person_id is not None and email is None:
        person = session.get(Person, person_id)
        email = person.email if person is not None else None
    address = (email or "").strip().casefold()
    if person_id is not None or address:
        rows = [
            (row, title)
            for row, title in rows
            if (person_id is not None and person_id in row.person_ids)
            or (address and address in {recipient.casefold() for recipient in row.recipients})
        ]
    known = _names(session, {person for row, _title in rows for person in row.person_ids})
    return [
        Shown(
            row.id or 0,
            row.happened_at,
            row.kind,
            row.event_id,
            title or "",
            row.what,
            tuple(row.recipients),
            row.destination,
            tuple(row.person_ids),
            tuple(known[person] for person in row.person_ids if person in known),
        )
        for row, title in rows
    ]


def _names(session: Session, person_ids: set[int]) -> dict[int, str]:
    if not person_ids:
        return {}
    people = session.scalars(select(Person).where(col(Person.id).in_(person_ids)))
    return {person.id: person.full_name for person in people if person.id is not None and person.full_name}


# -- as a spreadsheet ------------------------------------------------------------------------

RECORD_CSV = marked("Record of what left the laptop (CSV)")


def record_disclosed(shown: Sequence[Shown], event_id: int | None = None) -> Disclosed:
    """The record written out names the people and the addresses of its rows."""
    people = [person for row in shown for person in row.person_ids]
    return disclosed(EXPORT, event_id, RECORD_CSV, people)


def csv_of(shown: Sequence[Shown], language: str | None = None) -> bytes:
    """The record as CSV (UTF-8 with BOM, for Excel), headings and kinds in
    ``language`` (the window's when None). The time is the computer's own,
    written as 2026-12-04 21:05 so that a spreadsheet sorts and reads it
    as a date whatever its language."""
    language = language or interface_language()
    words = wording(language, PLANNER_DOMAIN)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([words.gettext(column) for column in COLUMNS])
    for row in shown:
        writer.writerow(
            [
                f"{row.local_time:%Y-%m-%d %H:%M}",
                label(row.kind, language),
                row.event_title,
                row.what_in(language),
                ", ".join(row.recipients),
                row.destination,
                len(row.person_ids),
                ", ".join(row.names),
            ]
        )
    return stream.getvalue().encode("utf-8-sig")
