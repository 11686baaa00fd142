"""Generated event files round-trip: import, export, import the export into
another database and export again gives the same file, and the first export
says what the generated file said (after the format's normalisation:
defaults filled in, empty fields left out, keys remade from names, lists in
a stable order)."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from planner.db.models import Organisation, Person
from planner.db.store import Store
from planner.exchange.event_export import export_event
from planner.exchange.event_file import dumps, parse
from planner.exchange.event_import import import_event_bytes
from tests.databases import new_database

ZONES = ["Europe/Berlin", "Europe/Athens", "Europe/Madrid", "Europe/Warsaw", "America/New_York", "Asia/Tokyo"]
# Days on which clocks change somewhere among ZONES, to exercise skipped and repeated hours.
DST_DAYS = [date(2026, 3, 29), date(2026, 10, 25), date(2026, 3, 8), date(2026, 11, 1), date(2009, 3, 29)]
COUNTRIES = ["DE", "GR", "ES", "PL", "FR", "US", "JP", "AT"]
DECIMALS = {"EUR": 2, "PLN": 2, "JPY": 0}

EVENT_KINDS = ["workshop", "meeting", "study_visit", "conference", "training", "other"]
EVENT_STATUSES = ["draft", "planned", "confirmed", "held", "cancelled"]
ORGANISATION_KINDS = ["cluster", "company", "university", "research", "hospital", "public_body", "association", "other"]
ROLES = ["organiser", "host", "speaker", "moderator", "participant", "observer"]
PARTICIPATION_STATUSES = ["invited", "registered", "confirmed", "declined", "cancelled", "attended", "no_show"]
AGENDA_KINDS = ["session", "presentation", "discussion", "break", "meal", "site_visit", "networking", "travel", "other"]
TRAVEL_MODES = ["flight", "train", "bus", "car", "taxi", "ferry", "other"]
COST_CATEGORIES = ["travel", "accommodation", "subsistence", "venue", "catering", "fees", "other"]
MINUTES_KINDS = ["conclusion", "proposal", "decision", "action", "best_practice", "discussion_point"]
ACTION_STATES = ["open", "done", "dropped"]
RELATIONS = ["held_alongside", "outcomes_presented_at", "follow_up_of", "part_of"]

# -- text --------------------------------------------------------------------

SPECIAL = list("ΑαΒβΓγΔδΩωΣσςάέήΆΈ") + list("ĄąĆćĘęŁłŃńÓóŚśŹźŻż") + list("ÄäÖöÜüß") + list("ñÑ¿¡")
SPECIAL += [*list("<>&;,\\\"'/{}[]#%€"), " ", "\n", "\t"]

# Control characters are dropped and every line break but LF becomes LF on
# the way in (tests/test_bounds_units.py): here, text that is stored as it is.
_characters = st.one_of(
    st.sampled_from(SPECIAL),
    st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")),
)


def _breaks_lines(character: str) -> bool:
    return len(f"a{character}a".splitlines()) > 1


# Any text, several lines, blanks anywhere: stored as it is.
free_text = st.text(_characters, max_size=40)
# A single line without surrounding blanks (names, places, titles): stored
# stripped (a tab in one becomes a space).
single_line = st.text(
    st.one_of(
        st.sampled_from([character for character in SPECIAL if not _breaks_lines(character) and character != "\t"]),
        st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    ),
    min_size=1,
    max_size=30,
).filter(lambda value: value == value.strip() and value and not any(_breaks_lines(c) for c in value))
optional_line = st.one_of(st.just(""), single_line)
optional_text = st.one_of(st.just(""), free_text)


def optional(value: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), value)


def put(target: dict[str, Any], name: str, value: Any) -> None:
    """Leave a field out when it is empty, as a writer of the format may."""
    if value not in (None, "", [], {}):
        target[name] = value


# -- times -------------------------------------------------------------------


def exists(wall_clock: datetime, zone: str) -> bool:
    aware = wall_clock.replace(tzinfo=ZoneInfo(zone))
    return aware.astimezone(UTC).astimezone(ZoneInfo(zone)).replace(tzinfo=None) == wall_clock


def existing(wall_clock: datetime, zone: str) -> datetime:
    """The time itself, or an hour later when the clocks skip it."""
    return wall_clock if exists(wall_clock, zone) else wall_clock + timedelta(hours=1)


def wall(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


first_days = st.one_of(
    st.sampled_from(DST_DAYS),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)),
)


@st.composite
def money(draw) -> dict[str, str]:
    currency = draw(st.sampled_from(sorted(DECIMALS)))
    minor = draw(st.integers(min_value=0, max_value=10**8))
    digits = DECIMALS[currency]
    value = Decimal(minor).scaleb(-digits)
    # Usually written with the currency's decimals ("212.40"); sometimes
    # shorter ("212.4", "5"), which the export writes out in full.
    amount = f"{value:.{digits}f}" if draw(st.integers(0, 3)) else format(value.normalize(), "f")
    return {"amount": amount, "currency": currency}


# -- documents ---------------------------------------------------------------


@st.composite
def event_documents(draw) -> dict[str, Any]:
    zone = draw(st.sampled_from(ZONES))
    starts_on = draw(first_days)
    ends_on = starts_on + timedelta(days=draw(st.integers(0, 2)))

    # Organisations and people: names unique whatever the case, as the import
    # takes the same name (case ignored) for the same organisation or person.
    organisation_names = draw(st.lists(single_line, max_size=3, unique_by=lambda name: name.lower()))
    organisations = []
    for index, name in enumerate(organisation_names):
        organisation = {"key": f"org-{index}", "name": name}
        put(organisation, "kind", draw(st.sampled_from(["", *ORGANISATION_KINDS])))
        put(organisation, "region", draw(optional_line))
        put(organisation, "country", draw(st.sampled_from(["", *COUNTRIES])))
        put(organisation, "website", draw(optional_line))
        organisations.append(organisation)
    organisation_keys = [organisation["key"] for organisation in organisations]
    optional_organisation = st.sampled_from(["", *organisation_keys])

    names = draw(
        st.lists(
            st.tuples(optional_line, optional_line).filter(lambda name: name[0] or name[1]),
            min_size=1,
            max_size=5,
            unique_by=lambda name: (name[0].lower(), name[1].lower()),
        )
    )
    people = []
    for index, (given_name, family_name) in enumerate(names):
        person = {"key": f"person-{index}"}
        put(person, "honorific", draw(st.sampled_from(["", "Mrs.", "Mr.", "Dr.", "Prof. Dr.-Ing."])))
        put(person, "given_name", given_name)
        put(person, "family_name", family_name)
        put(person, "organisation", draw(optional_organisation))
        put(person, "position", draw(optional_line))
        put(person, "region", draw(optional_line))
        put(person, "country", draw(st.sampled_from(["", *COUNTRIES])))
        if draw(st.booleans()):
            local = draw(st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8))
            person["email"] = f"{local}.{index}@example.org"
        put(person, "phone", draw(st.sampled_from(["", "+49 30 1234567", "+30 210 000 0000"])))
        put(person, "dietary", draw(optional_text))
        put(person, "accessibility", draw(optional_text))
        people.append(person)
    person_keys = [person["key"] for person in people]
    optional_person = st.sampled_from(["", *person_keys])

    event: dict[str, Any] = {
        "title": draw(single_line),
        "kind": draw(st.sampled_from(EVENT_KINDS)),
        "starts_on": starts_on.isoformat(),
        "ends_on": ends_on.isoformat(),
        "timezone": zone,
    }
    put(event, "status", draw(st.sampled_from(["", *EVENT_STATUSES])))
    put(event, "programme", draw(optional_line))
    put(event, "funding", draw(optional_text))
    venue: dict[str, str] = {}
    put(venue, "name", draw(optional_line))
    put(venue, "address", draw(optional_text))
    put(venue, "city", draw(optional_line))
    put(venue, "country", draw(st.sampled_from(["", *COUNTRIES])))
    put(event, "venue", venue)
    put(event, "host", draw(optional_organisation))
    put(event, "organiser_email", draw(st.sampled_from(["", "clusters@example.org", "info@example.org"])))
    put(event, "summary", draw(optional_text))
    put(event, "objectives", draw(st.lists(single_line, max_size=3)))
    related = []
    for _ in range(draw(st.integers(0, 2))):
        link = {"relation": draw(st.sampled_from(RELATIONS)), "title": draw(single_line)}
        if draw(st.booleans()):
            first = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)))
            link["starts_on"] = first.isoformat()
            link["ends_on"] = (first + timedelta(days=draw(st.integers(0, 3)))).isoformat()
        put(link, "city", draw(optional_line))
        related.append(link)
    put(event, "related", related)

    participants = []
    for key in draw(st.lists(st.sampled_from(person_keys), unique=True, max_size=len(person_keys))):
        participant = {"person": key}
        put(participant, "role", draw(st.sampled_from(["", *ROLES])))
        put(participant, "status", draw(st.sampled_from(["", *PARTICIPATION_STATUSES])))
        if draw(st.booleans()):
            arrives = starts_on - timedelta(days=draw(st.integers(0, 2)))
            participant["arrives_on"] = arrives.isoformat()
            participant["departs_on"] = (arrives + timedelta(days=draw(st.integers(0, 5)))).isoformat()
        put(participant, "notes", draw(optional_text))
        participants.append(participant)

    agenda = []
    for _ in range(draw(st.integers(0, 6))):
        day = starts_on + timedelta(days=draw(st.integers(0, (ends_on - starts_on).days)))
        start = datetime.combine(day, datetime.min.time()) + timedelta(minutes=draw(st.integers(0, 24 * 60 - 6)))
        start = existing(start, zone)
        # Ends after it starts, at the latest at midnight after the last day
        # (an item may run past midnight into the next day of the event).
        after_last = datetime.combine(ends_on + timedelta(days=1), datetime.min.time())
        end = min(existing(start + timedelta(minutes=draw(st.integers(5, 240))), zone), after_last)
        item: dict[str, Any] = {"starts_at": wall(start), "ends_at": wall(end), "title": draw(single_line)}
        put(item, "kind", draw(st.sampled_from(["", *AGENDA_KINDS])))
        put(item, "location", draw(optional_line))
        put(item, "speakers", draw(st.lists(st.sampled_from(person_keys), unique=True, max_size=3)))
        put(item, "moderator", draw(optional_person))
        put(item, "description", draw(optional_text))
        put(item, "topics", draw(st.lists(single_line, max_size=3)))
        agenda.append(item)

    travel = []
    for _ in range(draw(st.integers(0, 3))):
        from_zone, to_zone = draw(st.sampled_from(ZONES)), draw(st.sampled_from(ZONES))
        departs = datetime.combine(starts_on - timedelta(days=1), datetime.min.time())
        departs = existing(departs + timedelta(minutes=draw(st.integers(0, 3 * 24 * 60))), from_zone)
        # At least 90 minutes, so that an arrival in a repeated hour (read as
        # its first occurrence) is still after the departure.
        took = timedelta(minutes=draw(st.integers(90, 14 * 60)))
        arrives = (
            (departs.replace(tzinfo=ZoneInfo(from_zone)).astimezone(UTC) + took)
            .astimezone(ZoneInfo(to_zone))
            .replace(tzinfo=None)
        )
        leg: dict[str, Any] = {
            "person": draw(st.sampled_from(person_keys)),
            "from": {"place": draw(single_line), "at": wall(departs), "timezone": from_zone},
            "to": {"place": draw(single_line), "at": wall(arrives), "timezone": to_zone},
        }
        put(leg, "mode", draw(st.sampled_from(["", *TRAVEL_MODES])))
        put(leg, "carrier", draw(optional_line))
        put(leg, "number", draw(optional_line))
        put(leg, "reference", draw(optional_line))
        put(leg, "cost", draw(optional(money())))
        travel.append(leg)

    stays = []
    for _ in range(draw(st.integers(0, 2))):
        check_in = starts_on - timedelta(days=draw(st.integers(0, 2)))
        stay: dict[str, Any] = {
            "name": draw(single_line),
            "check_in": check_in.isoformat(),
            "check_out": (check_in + timedelta(days=draw(st.integers(1, 5)))).isoformat(),
        }
        put(stay, "person", draw(optional_person))
        put(stay, "address", draw(optional_text))
        put(stay, "reference", draw(optional_line))
        put(stay, "cost", draw(optional(money())))
        stays.append(stay)

    costs = []
    for _ in range(draw(st.integers(0, 3))):
        cost: dict[str, Any] = {"category": draw(st.sampled_from(COST_CATEGORIES)), **draw(money())}
        put(cost, "description", draw(optional_text))
        put(cost, "person", draw(optional_person))
        put(cost, "funded_by", draw(optional_line))
        costs.append(cost)

    document: dict[str, Any] = {"format": "planner-event", "version": 1, "event": event}
    put(document, "organisations", organisations)
    put(document, "people", people)
    put(document, "participants", participants)
    put(document, "agenda", agenda)
    put(document, "travel", travel)
    put(document, "stays", stays)
    put(document, "costs", costs)

    if draw(st.booleans()):
        items = []
        for kind in draw(st.lists(st.sampled_from(MINUTES_KINDS), max_size=6)):
            item = {"kind": kind, "text": draw(free_text.filter(lambda value: value.strip()))}
            put(item, "by", draw(optional_person))
            put(item, "organisation", draw(optional_organisation))
            put(item, "topic", draw(optional_line))
            if kind == "action":
                put(item, "owner", draw(optional_person))
                if draw(st.booleans()):
                    item["due"] = (ends_on + timedelta(days=draw(st.integers(1, 60)))).isoformat()
                put(item, "state", draw(st.sampled_from(["", *ACTION_STATES])))
            items.append(item)
        minutes: dict[str, Any] = {}
        put(minutes, "summary", draw(optional_text))
        put(minutes, "items", items)
        document["minutes"] = minutes
    return document


# -- comparing by content ----------------------------------------------------

DEFAULTS = {
    "event.status": "draft",
    "organisation.kind": "other",
    "participant.role": "participant",
    "participant.status": "invited",
    "agenda.kind": "session",
    "travel.mode": "other",
}


def _fields(part: dict[str, Any], names: list[str]) -> tuple:
    return tuple(part.get(name, "") for name in names)


def _sorted(values: list) -> list:
    return sorted(values, key=repr)


def _amount(cost: dict[str, str] | None) -> tuple | None:
    """The amount's value, written with the currency's decimals: "5" and
    "5.00" euros are the same (and sort the same)."""
    if not cost:
        return None
    digits = DECIMALS[cost["currency"]]
    return f"{Decimal(cost['amount']):.{digits}f}", cost["currency"]


def content(document: dict[str, Any]) -> dict[str, Any]:
    """What a document says, with keys resolved to the records they name,
    defaults filled in and unordered lists sorted. Only people and
    organisations something refers to are kept: nothing ties the others to
    the event, so an export cannot know them."""
    organisations = {
        part["key"]: (
            part["name"],
            part.get("kind") or DEFAULTS["organisation.kind"],
            *_fields(part, ["region", "country", "website"]),
        )
        for part in document.get("organisations", [])
    }
    people = {
        part["key"]: (
            *_fields(part, ["honorific", "given_name", "family_name"]),
            organisations.get(part.get("organisation", "")),
            *_fields(part, ["position", "region", "country", "email", "phone", "dietary", "accessibility"]),
        )
        for part in document.get("people", [])
    }

    def person(key: str) -> tuple | None:
        return people[key] if key else None

    def organisation(key: str) -> tuple | None:
        return organisations[key] if key else None

    event = document["event"]
    minutes = document.get("minutes", {})
    minutes_items = [
        (
            item["kind"],
            item["text"],
            person(item.get("by", "")),
            organisation(item.get("organisation", "")),
            item.get("topic", ""),
            person(item.get("owner", "")),
            item.get("due", ""),
            item.get("state") or ("open" if item["kind"] == "action" else ""),
        )
        for item in minutes.get("items", [])
    ]
    participants = [
        (
            person(part["person"]),
            part.get("role") or DEFAULTS["participant.role"],
            part.get("status") or DEFAULTS["participant.status"],
            *_fields(part, ["arrives_on", "departs_on", "notes"]),
        )
        for part in document.get("participants", [])
    ]
    agenda = [
        (
            *_fields(part, ["starts_at", "ends_at"]),
            part.get("kind") or DEFAULTS["agenda.kind"],
            *_fields(part, ["title", "location"]),
            tuple(person(key) for key in part.get("speakers", [])),
            person(part.get("moderator", "")),
            part.get("description", ""),
            tuple(part.get("topics", [])),
        )
        for part in document.get("agenda", [])
    ]
    travel = [
        (
            person(part["person"]),
            part.get("mode") or DEFAULTS["travel.mode"],
            *_fields(part, ["carrier", "number", "reference"]),
            _fields(part["from"], ["place", "at", "timezone"]),
            _fields(part["to"], ["place", "at", "timezone"]),
            _amount(part.get("cost")),
        )
        for part in document.get("travel", [])
    ]
    stays = [
        (
            person(part.get("person", "")),
            *_fields(part, ["name", "address", "check_in", "check_out", "reference"]),
            _amount(part.get("cost")),
        )
        for part in document.get("stays", [])
    ]
    costs = [
        (
            part["category"],
            part.get("description", ""),
            _amount(part),
            person(part.get("person", "")),
            part.get("funded_by", ""),
        )
        for part in document.get("costs", [])
    ]

    referenced_people = {entry[0] for entry in participants + travel}
    referenced_people |= {speaker for entry in agenda for speaker in entry[5]} | {entry[6] for entry in agenda}
    referenced_people |= {entry[0] for entry in stays} | {entry[3] for entry in costs}
    referenced_people |= {entry[2] for entry in minutes_items} | {entry[5] for entry in minutes_items}
    referenced_people.discard(None)
    referenced_organisations = {entry[3] for entry in referenced_people} | {organisation(event.get("host", ""))}
    referenced_organisations |= {entry[3] for entry in minutes_items}
    referenced_organisations.discard(None)

    return {
        "event": (
            event["title"],
            event["kind"],
            event.get("status") or DEFAULTS["event.status"],
            *_fields(event, ["programme", "funding", "starts_on", "ends_on", "timezone"]),
            _fields(event.get("venue", {}), ["name", "address", "city", "country"]),
            organisation(event.get("host", "")),
            *_fields(event, ["organiser_email", "summary"]),
            tuple(event.get("objectives", [])),
            tuple(
                _fields(link, ["relation", "title", "starts_on", "ends_on", "city"])
                for link in event.get("related", [])
            ),
        ),
        "organisations": _sorted(list(referenced_organisations)),
        "people": _sorted(list(referenced_people)),
        "participants": _sorted(participants),
        "agenda": _sorted(agenda),
        "travel": _sorted(travel),
        "stays": _sorted(stays),
        "costs": _sorted(costs),
        "minutes_summary": minutes.get("summary", ""),
        "minutes_items": minutes_items,  # in the order given
    }


# -- the property ------------------------------------------------------------


def import_then_export(folder: Path, data: bytes) -> dict[str, Any]:
    store = Store.open(new_database(folder / "planner.sqlite"), backup_dir=folder / "backups")
    try:
        with store.write() as session:
            event_id = import_event_bytes(session, data).id
        with store.read() as session:
            return export_event(session, event_id)
    finally:
        store.close()


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=event_documents())
def test_generated_event_files_round_trip(document: dict[str, Any]):
    data = dumps(document)
    parse(data)  # the generator makes valid files, as the format describes them
    with tempfile.TemporaryDirectory() as first_folder, tempfile.TemporaryDirectory() as second_folder:
        first = import_then_export(Path(first_folder), data)
        second = import_then_export(Path(second_folder), dumps(first))

    assert dumps(second) == dumps(first)
    assert second == first

    generated, exported = content(document), content(first)
    for part in generated:
        assert exported[part] == generated[part], part


def test_content_sees_a_lost_field():
    """The comparison is not blind: a changed title, a dropped speaker or a
    changed amount makes the contents differ."""
    document = {
        "format": "planner-event",
        "version": 1,
        "event": {"title": "Ω & <b>", "kind": "workshop", "starts_on": "2026-03-29", "ends_on": "2026-03-29",
                  "timezone": "Europe/Berlin"},
        "people": [{"key": "a", "given_name": "Zoë", "email": "zoe@example.org"}, {"key": "b", "family_name": "Łukasz"}],
        "agenda": [{"starts_at": "2026-03-29T03:00", "ends_at": "2026-03-29T04:00", "title": "x",
                    "speakers": ["a", "b"]}],
        "costs": [{"category": "venue", "amount": "10.00", "currency": "EUR"}],
    }  # fmt: skip
    original = content(document)
    assert content(document | {"event": document["event"] | {"title": "Ω &amp; <b>"}}) != original
    fewer = dict(document, agenda=[document["agenda"][0] | {"speakers": ["a"]}])
    assert content(fewer) != original
    cheaper = dict(document, costs=[document["costs"][0] | {"amount": "10.01"}])
    assert content(cheaper) != original
    same_amount = dict(document, costs=[document["costs"][0] | {"amount": "10.0"}])
    assert content(same_amount) == original


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=event_documents())
def test_importing_an_export_again_reuses_people_and_organisations(document: dict[str, Any]):
    """Keys are file-local, but people and organisations already in the
    database are found again: importing the export of an event into the same
    database adds a second event with the same content and no new person or
    organisation."""
    title = document["event"]["title"].lower()
    # A related event of the same title would now be found in the database and linked.
    assume(all(link["title"].lower() != title for link in document["event"].get("related", [])))

    def directory_size(session) -> tuple[int, int]:
        return (
            session.scalar(select(func.count()).select_from(Person)),
            session.scalar(select(func.count()).select_from(Organisation)),
        )

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(new_database(Path(folder) / "planner.sqlite"), backup_dir=Path(folder) / "backups")
        try:
            with store.write() as session:
                first_id = import_event_bytes(session, dumps(document)).id
            with store.read() as session:
                first = export_event(session, first_id)
                size = directory_size(session)
            with store.write() as session:
                second_id = import_event_bytes(session, dumps(first)).id
            with store.read() as session:
                assert directory_size(session) == size
                assert export_event(session, second_id) == first
                assert export_event(session, first_id) == first
        finally:
            store.close()
