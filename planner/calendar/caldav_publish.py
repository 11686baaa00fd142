"""An event's calendar published to a calendar on a CalDAV server, so that
partners who subscribe once always see the current programme.

The event's calendar (event_calendar.py: the event and one VEVENT per
agenda item, each with its stable UID and a SEQUENCE raised only when what
it says changed) is cut into one VCALENDAR per UID with the VTIMEZONEs it
uses, as RFC 4791 wants a calendar object resource. Then only what differs
is written: new items are created, changed ones replaced (same UID, higher
SEQUENCE), and items Planner published before that the event no longer has
are removed. Planner touches only its own items: those it recorded as put
there, and those with a UID of this database's items of this event; a
partner's own items in a shared calendar are never changed.

Each write is conditional. An item someone changed on the server since
Planner wrote it (its ETag is not the one Planner recorded) is left as it
is and reported, unless the organiser asks to overwrite; an item changed
while Planner writes fails its If-Match and is reported the same way.

As an option, each participant's personal calendar (personal_calendar.py:
the programme with their own part marked, their travel and their hotel)
goes to a calendar collection of its own, which Planner makes under a base
URL the organiser gives, so that the server's sharing can let each person
read their own and nobody else's. Each is kept up to date the same way.
A participant taken out of the event has Planner's items removed from
their collection; the collection itself stays, empty: deleting it would
take whatever the person or the organiser put there and the sharing set
up for it, and a collection is not deleted on condition as an item is."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from planner.calendar.caldav_server import CalDavProblem, CalendarOnServer, Conflict, ServerItem
from planner.calendar.event_calendar import event_calendar
from planner.calendar.personal_calendar import participant_calendar
from planner.errors import PlannerError
from planner.services import calendar_publications, calendar_state, directory, events, participants
from planner.services.calendar_publications import Publication, PublishedItem
from planner.services.common import id_of
from planner.services.language import say

if TYPE_CHECKING:
    from sqlmodel import Session

# Calendar properties a calendar object resource must not carry (METHOD,
# RFC 4791 4.1) or that belong to the collection (its name).
_LEFT_OUT = ("METHOD", "X-WR-CALNAME")
_TZID = re.compile(r';TZID=("[^"]*"|[^;:]*)', re.IGNORECASE)


@dataclass(frozen=True)
class Resource:
    """One item as it is put on the server."""

    uid: str
    summary: str
    body: bytes
    content: str  # a hash of the body without DTSTAMP: what it says


@dataclass
class PublishReport:
    url: str
    created: list[str] = field(default_factory=list)  # the items' titles
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    # Changed on the server by someone else since Planner published them:
    # left as they are.
    kept: list[str] = field(default_factory=list)
    # Why the publication stopped half-way ("" when it went through): what
    # was done before is recorded, the next one does the rest.
    problem: str = ""
    # A personal calendar's: whose it is.
    person: str = ""
    # The participants' personal calendars, each in its own collection.
    personal: list[PublishReport] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed) or any(each.changed for each in self.personal)

    @property
    def any_kept(self) -> bool:
        return bool(self.kept) or any(each.kept for each in self.personal)

    @property
    def problems(self) -> list[str]:
        return [each.problem for each in (self, *self.personal) if each.problem]


def _blocks(text: str) -> tuple[list[str], list[list[str]]]:
    """The calendar's own lines, and each component of it as its lines
    (a folded line stays one entry with its continuation)."""
    lines: list[str] = []
    for line in text.split("\r\n"):
        if line.startswith((" ", "\t")) and lines:
            lines[-1] += "\r\n" + line
        elif line:
            lines.append(line)
    head: list[str] = []
    components: list[list[str]] = []
    depth = 0
    for line in lines[1:-1]:  # inside BEGIN:VCALENDAR ... END:VCALENDAR
        if depth == 0 and not line.upper().startswith("BEGIN:"):
            head.append(line)
            continue
        if depth == 0:
            components.append([])
        components[-1].append(line)
        if line.upper().startswith("BEGIN:"):
            depth += 1
        elif line.upper().startswith("END:"):
            depth -= 1
    return head, components


def _unfold(line: str) -> str:
    return re.sub(r"\r\n[ \t]", "", line)


def _value(lines: list[str], name: str) -> str:
    for line in lines:
        flat = _unfold(line)
        if re.match(rf"{name}[;:]", flat, re.IGNORECASE):
            return flat.split(":", 1)[1] if ":" in flat else ""
    return ""


def resources(ical: bytes) -> dict[str, Resource]:
    """The calendar cut into one VCALENDAR per UID, each with the
    VTIMEZONEs its times name, byte for byte as the calendar wrote them."""
    head, components = _blocks(ical.decode("utf-8"))
    head = [line for line in head if not line.upper().startswith(_LEFT_OUT)]
    zones = {_value(block, "TZID").strip('"'): block for block in components if block[0].upper() == "BEGIN:VTIMEZONE"}
    found: dict[str, Resource] = {}
    for block in components:
        if block[0].upper() not in ("BEGIN:VEVENT", "BEGIN:VTODO"):
            continue
        uid = _value(block, "UID")
        used = sorted({match.strip('"') for line in block for match in _TZID.findall(_unfold(line))})
        lines = ["BEGIN:VCALENDAR", *head]
        for zone in used:
            lines += zones.get(zone, [])
        lines += [*block, "END:VCALENDAR"]
        body = ("\r\n".join(lines) + "\r\n").encode("utf-8")
        said = "\n".join(_unfold(line) for line in lines if not line.upper().startswith("DTSTAMP"))
        summary = re.sub(r"\\([,;\\])", r"\1", _value(block, "SUMMARY"))
        found[uid] = Resource(uid, summary, body, hashlib.sha256(said.encode("utf-8")).hexdigest())
    return found


def same_etag(one: str, other: str) -> bool:
    """Whether two ETags name the same version: a server may give one
    quoted in a header and unquoted in a listing, or mark it weak (W/)."""

    def bare(etag: str) -> str:
        return etag.strip().removeprefix("W/").strip('"')

    return bool(one and other) and bare(one) == bare(other)


def check_connection(url: str, user_name: str, password: str | None) -> str:
    """Whether Planner can reach the calendar: a sentence naming it;
    CalDavProblem when not."""
    url = calendar_publications.checked_url(url)
    name = CalendarOnServer(url, user_name, password).check()
    if name:
        return say("Connected: the calendar “{name}” at {url} can be published to.", name=name, url=url)
    return say("Connected: the calendar at {url} can be published to.", url=url)


def publish(
    session: Session, event_id: int, password: str | None, *, overwrite: bool = False, now: datetime | None = None
) -> PublishReport:
    """Bring the calendar on the server up to date with the event. Records
    each item's SEQUENCE and what was put where; call it in a writing
    session. CalDavProblem (nothing written) when the server cannot be
    reached or refuses at once; a problem half-way is in the report, with
    what was done before it recorded. ``overwrite``: replace or remove
    items someone else changed on the server too."""
    publication = calendar_publications.publication_of(session, event_id)
    if publication is None:
        raise PlannerError(say("this event is not published to a calendar server: set one up first"))
    wanted = resources(event_calendar(session, event_id, now=now))
    server = CalendarOnServer(publication.url, publication.user_name, password)
    server.check()
    report = PublishReport(publication.url)
    recorded = _bring_up_to_date(session, server, event_id, wanted, publication.items, report, overwrite)
    calendar_publications.record(session, event_id, recorded, now)
    if publication.personal_base_url:
        report.personal = _publish_personal(session, publication, password, overwrite, now)
    return report


def _bring_up_to_date(
    session: Session,
    server: CalendarOnServer,
    event_id: int,
    wanted: dict[str, Resource],
    items: dict[str, PublishedItem],
    report: PublishReport,
    overwrite: bool,
) -> dict[str, PublishedItem]:
    """Make one calendar hold ``wanted``, knowing Planner put ``items``
    there before; what Planner has there afterwards."""
    there = server.items()
    recorded = dict(items)
    try:
        _write(server, wanted, there, items, recorded, report, overwrite)
        ours = f".{calendar_state.database_uid(session)}@{calendar_state.UID_DOMAIN}"
        event_uid = calendar_state.item_uid(session, "event", event_id)
        # Planner's own items of this event it has no record of (a
        # publication set up anew): recognised by their UID.
        strays = {
            uid: item
            for uid, item in there.items()
            if uid not in wanted and uid not in items and uid.endswith(ours) and item.parent == event_uid
        }
        for uid, item in strays.items():
            recorded[uid] = PublishedItem(item.href, item.etag, "")
        _remove(server, [*items, *strays], wanted, there, recorded, report, overwrite)
    except CalDavProblem as error:
        report.problem = str(error)
    return recorded


def _slug(text: str, otherwise: str) -> str:
    """``text`` as a part of an address: "munich-study-visit"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40].strip("-") or otherwise


def personal_url(base_url: str, event_id: int, event_title: str, person_id: int) -> str:
    """The collection of one participant's calendar under ``base_url``:
    named after the event and the person's id, not their name, so that the
    address kept in the database (and in the server's logs) names nobody;
    the collection's display name on the server says whose it is."""
    name = f"{_slug(event_title, 'event')}-participant-{event_id}-{person_id}"
    return calendar_publications.checked_url(base_url) + name + "/"


def _publish_personal(
    session: Session, publication: Publication, password: str | None, overwrite: bool, now: datetime | None
) -> list[PublishReport]:
    """Each participant's calendar brought up to date in their collection
    (made the first time); Planner's items taken out of the collections of
    those no longer in the event."""
    event_id = publication.event_id
    event = events.get_event(session, event_id)
    made = calendar_publications.personal_collections(session, event_id)
    reports: list[PublishReport] = []
    present: set[int] = set()
    for _participation, person in participants.participations_of(session, event_id):
        person_id = id_of(person)
        present.add(person_id)
        collection = made.get(person_id)
        url = (
            collection.url
            if collection
            else personal_url(publication.personal_base_url, event_id, event.title, person_id)
        )
        report = PublishReport(url, person=person.full_name)
        reports.append(report)
        server = CalendarOnServer(url, publication.user_name, password)
        wanted = resources(participant_calendar(session, event_id, person_id, now=now))
        try:
            if collection is None:
                server.make(f"{event.title} — {person.full_name}")
            try:
                recorded = _bring_up_to_date(
                    session, server, event_id, wanted, collection.items if collection else {}, report, overwrite
                )
            except CalDavProblem as error:
                if not (error.missing and collection):
                    raise
                # Deleted on the server since: made again, with everything.
                server.make(f"{event.title} — {person.full_name}")
                recorded = _bring_up_to_date(session, server, event_id, wanted, {}, report, overwrite)
        except CalDavProblem as error:
            report.problem = str(error)
            continue
        calendar_publications.record_personal(session, event_id, person_id, url, recorded)
    for person_id, collection in made.items():
        if person_id in present:
            continue
        report = PublishReport(collection.url, person=_name(session, person_id))
        reports.append(report)
        server = CalendarOnServer(collection.url, publication.user_name, password)
        try:
            recorded = _bring_up_to_date(session, server, event_id, {}, collection.items, report, overwrite)
        except CalDavProblem as error:
            if error.missing:  # deleted on the server: nothing left to remove
                calendar_publications.record_personal(session, event_id, person_id, collection.url, None)
            else:
                report.problem = str(error)
            continue
        # Nothing of Planner's left there: the collection is forgotten (it
        # stays on the server, empty); items kept by someone stay recorded.
        calendar_publications.record_personal(session, event_id, person_id, collection.url, recorded or None)
    return reports


def _name(session: Session, person_id: int) -> str:
    try:
        return directory.get_person(session, person_id).full_name
    except PlannerError:  # gone from the Directory too
        return ""


def _write(
    server: CalendarOnServer,
    wanted: dict[str, Resource],
    there: dict[str, ServerItem],
    items: dict[str, PublishedItem],
    recorded: dict[str, PublishedItem],
    report: PublishReport,
    overwrite: bool,
) -> None:
    for uid, resource in wanted.items():
        before = items.get(uid)
        found = there.get(uid)
        try:
            if found is None:
                # New, or removed on the server by someone: Planner's programme has it.
                href = server.href_for(uid)
                etag = server.put(href, resource.body, new=True)
                recorded[uid] = PublishedItem(href, etag, resource.content)
                report.created.append(resource.summary)
                continue
            if before is not None and same_etag(before.etag, found.etag) and before.content == resource.content:
                report.unchanged += 1
                continue
            if before is not None and not same_etag(before.etag, found.etag) and not overwrite:
                report.kept.append(found.summary or resource.summary)
                continue
            etag = server.put(found.href, resource.body, if_match=found.etag)
            recorded[uid] = PublishedItem(found.href, etag, resource.content)
            report.updated.append(resource.summary)
        except Conflict:
            report.kept.append(resource.summary)


def _remove(
    server: CalendarOnServer,
    candidates: list[str],
    wanted: dict[str, Resource],
    there: dict[str, ServerItem],
    recorded: dict[str, PublishedItem],
    report: PublishReport,
    overwrite: bool,
) -> None:
    for uid in candidates:
        if uid in wanted:
            continue
        before = recorded[uid]
        found = there.get(uid)
        if found is None:  # gone from the server already
            recorded.pop(uid)
            continue
        if before.etag and not same_etag(before.etag, found.etag) and not overwrite:
            report.kept.append(found.summary)
            continue
        try:
            server.delete(found.href, if_match=found.etag)
        except Conflict:
            report.kept.append(found.summary)
            continue
        recorded.pop(uid)
        report.removed.append(found.summary)
