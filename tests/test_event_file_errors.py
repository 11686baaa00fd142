"""Every kind of invalid event file is refused with an error that names its
place, and the database is left exactly as it was (an import is all or
nothing, even when people and organisations were already added before the
failing part)."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from planner.db.models import ALL_TABLES
from planner.db.store import Store
from planner.exchange.event_file import EventFileError, dumps, parse
from planner.exchange.event_import import import_event, import_event_bytes
from planner.services import directory

# -- fixtures (``store`` comes from conftest.py) -----------------------------


@pytest.fixture
def seeded_store(store: Store) -> Store:
    """A database that already holds another event, with its own people and
    organisation, so that "unchanged" also means "nothing deleted"."""
    other = {
        "format": "planner-event",
        "version": 1,
        "event": {
            "title": "Earlier partner meeting",
            "kind": "meeting",
            "starts_on": "2008-11-12",
            "ends_on": "2008-11-12",
            "timezone": "Europe/Athens",
            "host": "corallia",
        },
        "organisations": [{"key": "corallia", "name": "Corallia", "kind": "cluster", "country": "GR"}],
        "people": [
            {"key": "eleni", "given_name": "Ελένη", "family_name": "Παπαδοπούλου", "organisation": "corallia",
             "email": "eleni@example.org"},
        ],
        "participants": [{"person": "eleni", "role": "host"}],
        "agenda": [{"starts_at": "2008-11-12T10:00", "ends_at": "2008-11-12T12:00", "title": "Round table",
                    "speakers": ["eleni"]}],
    }  # fmt: skip
    with store.write() as session:
        import_event(session, parse(dumps(other)))
    return store


def row_counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {table.__tablename__: session.scalar(select(func.count()).select_from(table)) for table in ALL_TABLES}


# -- a small valid document --------------------------------------------------


def valid_document() -> dict[str, Any]:
    return {
        "format": "planner-event",
        "version": 1,
        "event": {
            "title": "Improvement of management skills in biotech companies: the role of clusters",
            "kind": "workshop",
            "status": "held",
            "programme": "CLUNET",
            "starts_on": "2009-06-03",
            "ends_on": "2009-06-04",
            "timezone": "Europe/Madrid",
            "venue": {"name": "Madrid Biocluster", "city": "Madrid", "country": "ES"},
            "host": "madrid-biocluster",
            "organiser_email": "clusters@example.org",
            "summary": "Exchange of experiences on skills & training (IPR, management).",
            "objectives": ["Diagnose training needs", "Share on-line training tools"],
            "related": [
                {"relation": "outcomes_presented_at", "title": "CLUNET final conference",
                 "starts_on": "2009-06-05", "ends_on": "2009-06-05", "city": "Madrid"},
            ],
        },
        "organisations": [
            {"key": "madrid-biocluster", "name": "Madrid Biocluster", "kind": "cluster", "region": "Madrid",
             "country": "ES"},
            {"key": "bioregion", "name": "BioRegio Łódź", "kind": "association", "country": "PL"},
        ],
        "people": [
            {"key": "le-seyec", "honorific": "Mrs.", "given_name": "Jocelyne", "family_name": "Le Seyec",
             "region": "Brittany", "country": "FR", "email": "j.leseyec@example.org"},
            {"key": "garcia", "given_name": "María", "family_name": "García", "organisation": "madrid-biocluster",
             "country": "ES", "email": "m.garcia@example.org"},
            {"key": "nowak", "given_name": "Paweł", "family_name": "Nowak", "organisation": "bioregion",
             "country": "PL"},
        ],
        "participants": [
            {"person": "le-seyec", "role": "speaker", "status": "attended",
             "arrives_on": "2009-06-02", "departs_on": "2009-06-05"},
            {"person": "garcia", "role": "host", "status": "attended"},
            {"person": "nowak", "role": "participant", "status": "confirmed"},
        ],
        "agenda": [
            {"starts_at": "2009-06-03T09:30", "ends_at": "2009-06-03T11:00", "kind": "session",
             "title": "Diagnosis of training needs", "location": "Room A",
             "speakers": ["le-seyec", "nowak"], "moderator": "garcia", "topics": ["training", "IPR"]},
            {"starts_at": "2009-06-03T11:00", "ends_at": "2009-06-03T11:30", "kind": "break", "title": "Coffee"},
        ],
        "travel": [
            {"person": "le-seyec", "mode": "flight",
             "from": {"place": "Rennes", "at": "2009-06-02T16:10", "timezone": "Europe/Paris"},
             "to": {"place": "Madrid-Barajas", "at": "2009-06-02T18:05", "timezone": "Europe/Madrid"},
             "cost": {"amount": "212.40", "currency": "EUR"}},
        ],
        "stays": [
            {"person": "le-seyec", "name": "Hotel", "check_in": "2009-06-02", "check_out": "2009-06-05",
             "cost": {"amount": "360.00", "currency": "EUR"}},
        ],
        "costs": [
            {"category": "catering", "description": "Lunch, day 1", "amount": "540.00", "currency": "EUR",
             "funded_by": "CLUNET"},
        ],
        "minutes": {
            "summary": "Mechanisms and tools of the regions' biotech clusters were discussed.",
            "items": [
                {"kind": "proposal", "text": "Cooperate on matching companies and laboratories.",
                 "by": "le-seyec", "topic": "IPR"},
                {"kind": "proposal", "text": "Collaborate on e-training.", "organisation": "madrid-biocluster"},
                {"kind": "decision", "text": "Partners decided to continue their cooperation."},
                {"kind": "action", "text": "Circulate the on-line training tools.", "owner": "nowak",
                 "due": "2009-07-01", "state": "open"},
            ],
        },
    }  # fmt: skip


def test_the_valid_document_imports(seeded_store: Store):
    """The base of every broken case is itself valid, so each case below has
    exactly the one problem it introduces."""
    before = row_counts(seeded_store)
    with seeded_store.write() as session:
        event = import_event_bytes(session, dumps(valid_document()))
        assert event.id is not None
    after = row_counts(seeded_store)
    assert after["event"] == before["event"] + 1
    assert after["person"] == before["person"] + 3
    assert after["organisation"] == before["organisation"] + 2
    assert after["minutes_item"] == before["minutes_item"] + 4


# -- ways to break it --------------------------------------------------------

Mutation = Callable[[dict[str, Any]], Any]


def _set(path: str, value: Any) -> Mutation:
    """Set a value at a dotted path such as 'agenda.1.ends_at'."""

    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        del target[last]

    return mutate


def _all(*mutations: Mutation) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(document)

    return mutate


def _append(path: str, value: Any) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for part in path.split("."):
            target = target[int(part)] if isinstance(target, list) else target[part]
        target.append(value)

    return mutate


def _on_spring_forward_day(document: dict[str, Any]) -> None:
    """The event moves to 29 March 2026 in Berlin, when 02:00-03:00 does not exist."""
    document["event"] |= {"starts_on": "2026-03-29", "ends_on": "2026-03-29", "timezone": "Europe/Berlin"}
    document["agenda"][0] |= {"starts_at": "2026-03-29T09:30", "ends_at": "2026-03-29T11:00"}
    document["agenda"][1] |= {"starts_at": "2026-03-29T02:30", "ends_at": "2026-03-29T03:30"}


# The line of the second agenda item's kind in the valid file, where "not JSON" breaks it.
_BREAK_LINE = dumps(valid_document()).decode().splitlines().index('      "kind": "break",') + 1

# (id, mutation producing bytes or changing the dict, expected start of the message)
CASES: list[tuple[str, Mutation, str]] = [
    # -- not an event file at all
    ("not JSON", lambda d: dumps(d).replace(b'"kind": "break"', b'"kind": break'), f"line {_BREAK_LINE}, column "),
    ("not UTF-8", lambda d: dumps(d).replace("Łódź".encode(), "Łódź".encode("cp1250")), "byte "),
    ("a list", lambda d: json.dumps([d]).encode(), "the file must hold a JSON object, not a list"),
    ("wrong format", _set("format", "planner-agenda"), "format:"),
    ("version 2", _set("version", 2), "version:"),
    # -- unknown fields
    ("unknown top-level field", _set("attachments", []), "attachments: unknown field"),
    ("unknown event field", _set("event.colour", "red"), "event.colour: unknown field"),
    ("unknown travel from field", _set("travel.0.from.terminal", "T4"), "travel[0].from.terminal: unknown field"),
    ("unknown minutes item field", _set("minutes.items.2.votes", 7), "minutes.items[2].votes: unknown field"),
    # -- missing required fields
    ("missing event title", _delete("event.title"), "event.title: required field is missing"),
    ("missing event timezone", _delete("event.timezone"), "event.timezone: required field is missing"),
    ("missing agenda title", _delete("agenda.1.title"), "agenda[1].title: required field is missing"),
    ("missing person key", _delete("people.2.key"), "people[2].key: required field is missing"),
    ("missing travel to.timezone", _delete("travel.0.to.timezone"), "travel[0].to.timezone: required field is missing"),
    ("missing cost currency", _delete("costs.0.currency"), "costs[0].currency: required field is missing"),
    # -- wrong types
    ("title as a number", _set("event.title", 2009), "event.title: must be text, not a number"),
    ("speakers as text", _set("agenda.0.speakers", "le-seyec"), "agenda[0].speakers: must be a list, not text"),
    ("amount as a JSON number", _set("travel.0.cost.amount", 212.4), "travel[0].cost.amount:"),
    # -- unknown enumeration values
    ("event kind", _set("event.kind", "party"), "event.kind:"),
    ("participant role", _set("participants.1.role", "boss"), "participants[1].role:"),
    ("agenda kind", _set("agenda.1.kind", "nap"), "agenda[1].kind:"),
    ("travel mode", _set("travel.0.mode", "balloon"), "travel[0].mode:"),
    ("cost category", _set("costs.0.category", "bribes"), "costs[0].category:"),
    ("minutes kind", _set("minutes.items.1.kind", "rumour"), "minutes.items[1].kind:"),
    ("action state", _set("minutes.items.3.state", "pending"), "minutes.items[3].state:"),
    ("relation", _set("event.related.0.relation", "cousin_of"), "event.related[0].relation:"),
    # -- dangling keys
    ("event host", _set("event.host", "nobody"), "event.host:"),
    ("person's organisation", _set("people.1.organisation", "nobody"), "people[1].organisation:"),
    ("participant person", _set("participants.2.person", "nobody"), "participants[2].person:"),
    ("agenda speaker", _set("agenda.0.speakers", ["le-seyec", "nobody"]), "agenda[0].speakers[1]:"),
    ("agenda moderator", _set("agenda.0.moderator", "nobody"), "agenda[0].moderator:"),
    ("travel person", _set("travel.0.person", "nobody"), "travel[0].person:"),
    ("stay person", _set("stays.0.person", "nobody"), "stays[0].person:"),
    ("minutes by", _set("minutes.items.0.by", "nobody"), "minutes.items[0].by:"),
    ("minutes organisation", _set("minutes.items.1.organisation", "nobody"), "minutes.items[1].organisation:"),
    ("minutes owner", _set("minutes.items.3.owner", "nobody"), "minutes.items[3].owner:"),
    # -- duplicates and malformed values
    ("duplicate person key", _set("people.2.key", "garcia"), "people[2].key:"),
    ("duplicate organisation key", _set("organisations.1.key", "madrid-biocluster"), "organisations[1].key:"),
    ("same e-mail twice", _set("people.2.email", "J.LeSeyec@example.org"), "people[2].email:"),
    ("malformed e-mail", _set("people.1.email", "m.garcia@@example"), "people[1].email:"),
    ("invalid country", _set("people.2.country", "XX"), "people[2].country:"),
    ("invalid organisation country", _set("organisations.1.country", "Bavaria"), "organisations[1].country:"),
    # -- times and dates
    ("agenda end before start", _set("agenda.1.ends_at", "2009-06-03T10:45"), "agenda[1].ends_at:"),
    ("agenda item outside the event's days", _all(
        _set("agenda.1.starts_at", "2009-06-05T09:00"), _set("agenda.1.ends_at", "2009-06-05T10:00")),
        "agenda[1].starts_at:"),
    ("agenda item ending after the event's days", _all(
        _set("agenda.1.starts_at", "2009-06-04T23:00"), _set("agenda.1.ends_at", "2009-06-05T01:00")),
        "agenda[1].ends_at:"),
    ("agenda time that does not exist", _on_spring_forward_day, "agenda[1].starts_at:"),
    ("unknown event time zone", _set("event.timezone", "Europe/Atlantis"), "event.timezone:"),
    ("unknown travel time zone", _set("travel.0.to.timezone", "Europe/Madird"), "travel[0].to.timezone:"),
    ("travel arrives before it departs", _all(
        # 10:30 in Athens (UTC+3) is 07:30 UTC, before 10:00 in Madrid (UTC+2), 08:00 UTC.
        _set("travel.0.from", {"place": "Madrid", "at": "2009-06-05T10:00", "timezone": "Europe/Madrid"}),
        _set("travel.0.to", {"place": "Athens", "at": "2009-06-05T10:30", "timezone": "Europe/Athens"})),
        "travel[0].to.at:"),
    ("event ends before it starts", _set("event.ends_on", "2009-06-02"), "event.ends_on:"),
    ("stay check_out before check_in", _set("stays.0.check_out", "2009-06-01"), "stays[0].check_out:"),
    ("participant departs before arrives", _set("participants.0.departs_on", "2009-06-01"),
     "participants[0].departs_on:"),
    ("date not zero-padded", _set("event.starts_on", "2009-6-3"), "event.starts_on:"),
    ("date not in the calendar", _set("participants.0.arrives_on", "2009-02-30"), "participants[0].arrives_on:"),
    ("agenda time with an offset", _set("agenda.0.starts_at", "2009-06-03T09:30+02:00"), "agenda[0].starts_at:"),
    # -- money
    ("amount with a comma", _set("costs.0.amount", "12,50"), "costs[0].amount:"),
    ("amount not a number", _set("travel.0.cost.amount", "abc"), "travel[0].cost.amount:"),
    ("too many decimals for EUR", _set("stays.0.cost.amount", "0.105"), "stays[0].cost.amount:"),
    # -- the same person twice
    ("participant listed twice", _append("participants", {"person": "garcia", "role": "speaker"}),
     "participants[3].person:"),
]  # fmt: skip

# What else the message must say, beyond its place.
ALSO_SAYS: dict[str, str] = {
    "not JSON": "not valid JSON",
    "not UTF-8": "UTF-8",
    "version 2": "newer",
    "amount as a JSON number": "decimal string",
    "agenda end before start": "is before starts_at",
    "agenda item outside the event's days": "outside the event's days",
    "agenda item ending after the event's days": "outside the event's days",
    "agenda time that does not exist": "does not exist in Europe/Berlin",
    "event kind": "'party'",
    "event host": "'nobody'",
    "date not zero-padded": "YYYY-MM-DD",
    "date not in the calendar": "2009-02-30",
    "amount with a comma": "12.50",
    "too many decimals for EUR": "EUR",
    "unknown event time zone": "Europe/Atlantis",
}


assert set(ALSO_SAYS) <= {case[0] for case in CASES}


def broken_bytes(mutation: Mutation) -> bytes:
    document = copy.deepcopy(valid_document())
    result = mutation(document)
    return result if isinstance(result, bytes) else dumps(document)


@pytest.mark.parametrize(("name", "mutation", "place"), CASES, ids=[case[0] for case in CASES])
def test_invalid_file_is_refused_at_its_place(seeded_store: Store, name: str, mutation: Mutation, place: str):
    data = broken_bytes(mutation)
    before = row_counts(seeded_store)

    with pytest.raises(EventFileError) as raised, seeded_store.write() as session:
        import_event_bytes(session, data)

    message = str(raised.value)
    assert message.startswith(place), message
    assert raised.value.problems and raised.value.problems[0].startswith(place)
    assert "\n" not in message
    also = ALSO_SAYS.get(name)
    if also is not None:
        assert also in message, message
    assert row_counts(seeded_store) == before


def test_not_json_names_line_and_column():
    data = b'{\n  "format": "planner-event",\n  "version": 1,\n  "event": {"title": "x",}\n}\n'
    with pytest.raises(EventFileError) as raised:
        parse(data)
    assert str(raised.value).startswith("line 4, column 26: not valid JSON")


def test_a_field_twice_in_one_object_is_refused_at_its_place():
    """JSON allows a name twice in one object; the format does not. The
    error, like every other, names where: a line and column, or the path."""
    data = dumps(valid_document()).replace(b'"kind": "workshop",', b'"kind": "workshop",\n    "kind": "meeting",')
    with pytest.raises(EventFileError) as raised:
        parse(data)
    message = str(raised.value)
    assert "kind" in message
    assert re.match(r"(line \d+, column \d+|event\.kind): ", message), message


def test_version_true_is_a_wrong_type():
    """`"version": true` is not the number 1 (JSON true/false is no number)."""
    document = valid_document()
    document["version"] = True
    with pytest.raises(EventFileError, match=r"^version: "):
        parse(dumps(document))


def test_late_failure_rolls_back_people_and_organisations(seeded_store: Store):
    """People and organisations are written before the agenda is checked;
    an agenda problem takes them back out too."""
    document = valid_document()
    document["agenda"][1]["ends_at"] = "2009-06-03T10:45"
    before = row_counts(seeded_store)
    with (
        pytest.raises(EventFileError, match=r"^agenda\[1\]\.ends_at: 10:45 is before starts_at 11:00"),
        seeded_store.write() as session,
    ):
        import_event_bytes(session, dumps(document))
    assert row_counts(seeded_store) == before
    with seeded_store.read() as session:
        assert directory.find_person_by_email(session, "m.garcia@example.org") is None
        assert directory.find_organisation(session, "BioRegio Łódź") is None


def test_a_problem_in_a_reused_person_leaves_the_existing_person_untouched(seeded_store: Store):
    """A person already in the database (same e-mail) is completed with what
    the file knows; if the import then fails, that completion is undone."""
    document = valid_document()
    document["people"].append(
        {"key": "eleni", "given_name": "Ελένη", "family_name": "Παπαδοπούλου", "email": "eleni@example.org",
         "phone": "+30 210 000 0000", "position": "Cluster manager"}
    )  # fmt: skip
    document["participants"].append({"person": "eleni"})
    document["costs"][0]["amount"] = "abc"
    with pytest.raises(EventFileError, match=r"^costs\[0\]\.amount:"), seeded_store.write() as session:
        import_event_bytes(session, dumps(document))
    with seeded_store.read() as session:
        eleni = directory.find_person_by_email(session, "eleni@example.org")
        assert eleni is not None
        assert (eleni.phone, eleni.position) == ("", "")


# -- the command line --------------------------------------------------------


def test_cli_reports_one_line_naming_file_and_place(tmp_path: Path, monkeypatch, capsys):
    from planner.cli import main

    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    database = tmp_path / "planner.sqlite"
    document = valid_document()
    document["agenda"][1]["ends_at"] = "2009-06-03T10:45"
    event_file = tmp_path / "broken workshop.planner.json"
    event_file.write_bytes(dumps(document))

    assert main(["--db", str(database), "import-event", str(event_file)]) == 1

    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("planner: ")
    assert str(event_file) in lines[0]
    assert "agenda[1].ends_at: 10:45 is before starts_at 11:00" in lines[0]
    assert "Traceback" not in captured.err and "Traceback" not in captured.out

    store = Store.open(database, backup_dir=tmp_path / "backups")
    try:
        assert set(row_counts(store).values()) == {0}
    finally:
        store.close()


def test_cli_imports_the_valid_file(tmp_path: Path, monkeypatch, capsys):
    """The counterpart: the same command on the valid file succeeds, so the
    failure above is the file's, not the command's."""
    from planner.cli import main

    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    event_file = tmp_path / "workshop.planner.json"
    event_file.write_bytes(dumps(valid_document()))
    assert main(["--db", str(tmp_path / "planner.sqlite"), "import-event", str(event_file)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].isdigit()
