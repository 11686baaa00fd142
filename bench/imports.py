"""Imports of 5,000 new people into the large database, by Planner (the
operation the window and the command line run, one unit of work with its
undo record) and by the bare floor: the file parsed with the standard
library and the same rows written with sqlite3's executemany in one
transaction. Each run works on a fresh copy of the database, so every
import meets the same file; each function returns the seconds it took."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path

PEOPLE = 5000
ORGANISATIONS = 50
EVENT = {
    "title": "Bench import",
    "kind": "conference",
    "starts_on": "2027-03-01",
    "ends_on": "2027-03-03",
    "timezone": "Europe/Berlin",
}


def _person(number: int) -> dict[str, str]:
    return {
        "given_name": f"Given{number}",
        "family_name": f"Family{number}",
        "email": f"bench{number}@example.org",
        "organisation": f"Bench Organisation {number % ORGANISATIONS}",
        "country": "DE",
    }


def participant_csv() -> bytes:
    """A participant list of 5,000 people new to the database."""
    lines = ["Given name;Family name;E-mail;Organisation;Country"]
    lines += [";".join(_person(number).values()) for number in range(PEOPLE)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def event_file() -> bytes:
    """An event file (format planner-event, version 1) of 5,000 people new
    to the database, each a participant, in 50 new organisations."""
    organisations = [
        {"key": f"org-{number}", "name": f"Bench Organisation {number}", "kind": "cluster", "country": "DE"}
        for number in range(ORGANISATIONS)
    ]
    people = []
    for number in range(PEOPLE):
        person = _person(number)
        people.append(
            {
                "key": f"p{number}",
                "given_name": person["given_name"],
                "family_name": person["family_name"],
                "email": person["email"],
                "organisation": f"org-{number % ORGANISATIONS}",
                "country": person["country"],
            }
        )
    participants = [{"person": f"p{number}", "role": "participant", "status": "registered"} for number in range(PEOPLE)]
    document = {
        "format": "planner-event",
        "version": 1,
        "event": EVENT,
        "organisations": organisations,
        "people": people,
        "participants": participants,
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _fresh_copy(database: Path, folder: Path) -> Path:
    copy = folder / "import.sqlite"
    for leftover in folder.glob("import.sqlite*"):
        leftover.unlink()
    shutil.copyfile(database, copy)
    return copy


def _participants_of(copy: Path, title: str) -> int:
    connection = sqlite3.connect(copy)
    try:
        return connection.execute(
            "SELECT count(*) FROM participation p JOIN event e ON e.id = p.event_id WHERE e.title = ?", (title,)
        ).fetchone()[0]
    finally:
        connection.close()


def _check(copy: Path, title: str) -> None:
    found = _participants_of(copy, title)
    if found != PEOPLE:
        raise RuntimeError(f"the import left {found} participants in “{title}”, not {PEOPLE}")


# -- Planner ----------------------------------------------------------------------


def planner_csv_import(database: Path, folder: Path, data: bytes) -> float:
    """Read the list, guess its columns, run the import operation."""
    from planner.db.store import Store
    from planner.exchange.participant_table import guess_mapping, read_table
    from planner.operations.base import perform
    from planner.operations.participant_lists import ImportParticipantList
    from planner.services import events

    copy = _fresh_copy(database, folder)
    store = Store.open(copy)
    try:
        with store.write() as session:
            event_id = events.create_event(
                session,
                title="Bench list",
                kind="meeting",
                starts_on=date(2027, 1, 1),
                ends_on=date(2027, 1, 1),
                timezone="Europe/Berlin",
            ).id
        assert event_id is not None
        started = time.perf_counter()
        table = read_table(data, "bench.csv")
        perform(store, ImportParticipantList(event_id, table, guess_mapping(table.headers)))
        elapsed = time.perf_counter() - started
    finally:
        store.close()
    _check(copy, "Bench list")
    return elapsed


def planner_event_import(database: Path, folder: Path, data: bytes) -> float:
    """Run the import operation on the file, its reading and checking included."""
    from planner.db.store import Store
    from planner.operations.base import perform
    from planner.operations.files import ImportEventFile

    copy = _fresh_copy(database, folder)
    path = folder / "bench.planner.json"
    path.write_bytes(data)
    store = Store.open(copy)
    try:
        started = time.perf_counter()
        perform(store, ImportEventFile(path))
        elapsed = time.perf_counter() - started
    finally:
        store.close()
    _check(copy, EVENT["title"])
    return elapsed


# -- the bare floor ---------------------------------------------------------------


def _write_people(connection: sqlite3.Connection, event_id: int, people: list[dict[str, str]]) -> None:
    """The organisations, people and participations of ``people`` with
    executemany, as the rows Planner writes."""
    names = sorted({person["organisation"] for person in people})
    connection.executemany(
        "INSERT INTO organisation (name, kind, region, country, website, is_sample) VALUES (?, 'other', '', '', '', 0)",
        [(name,) for name in names],
    )
    placeholders = ",".join("?" * len(names))
    organisation_ids = dict(
        connection.execute(f"SELECT name, id FROM organisation WHERE name IN ({placeholders})", names).fetchall()
    )
    connection.executemany(
        "INSERT INTO person (honorific, given_name, family_name, organisation_id, position, region, country, email, "
        "phone, dietary, accessibility, is_sample) VALUES ('', ?, ?, ?, '', '', ?, ?, '', '', '', 0)",
        [
            (
                person["given_name"],
                person["family_name"],
                organisation_ids[person["organisation"]],
                person["country"],
                person["email"],
            )
            for person in people
        ],
    )
    emails = [person["email"] for person in people]
    person_ids = []
    for start in range(0, len(emails), 500):
        chunk = emails[start : start + 500]
        found = dict(
            connection.execute(
                f"SELECT email, id FROM person WHERE email IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        )
        person_ids += [found[email] for email in chunk]
    connection.executemany(
        "INSERT INTO participation (event_id, person_id, role, status, notes) VALUES (?, ?, 'participant', 'registered', '')",
        [(event_id, person_id) for person_id in person_ids],
    )


def _new_event(connection: sqlite3.Connection, title: str) -> int:
    cursor = connection.execute(
        "INSERT INTO event (title, kind, status, starts_on, ends_on, timezone, venue_name, venue_address, "
        "venue_city, venue_country, programme, funding, organiser_email, summary, objectives, minutes_summary, "
        "is_sample) VALUES (?, ?, 'draft', ?, ?, ?, '', '', '', '', '', '', '', '', '[]', '', 0)",
        (title, EVENT["kind"], EVENT["starts_on"], EVENT["ends_on"], EVENT["timezone"]),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def bare_csv_import(database: Path, folder: Path, data: bytes) -> float:
    """csv parses the list; sqlite3 writes its rows in one transaction."""
    copy = _fresh_copy(database, folder)
    connection = sqlite3.connect(copy)
    try:
        event_id = _new_event(connection, "Bench list")
        connection.commit()
        started = time.perf_counter()
        reader = csv.reader(io.StringIO(data.decode("utf-8")), delimiter=";")
        next(reader)
        people = [
            {
                "given_name": given,
                "family_name": family,
                "email": email,
                "organisation": organisation,
                "country": country,
            }
            for given, family, email, organisation, country in reader
        ]
        with connection:
            _write_people(connection, event_id, people)
        elapsed = time.perf_counter() - started
    finally:
        connection.close()
    _check(copy, "Bench list")
    return elapsed


def bare_event_import(database: Path, folder: Path, data: bytes) -> float:
    """json parses the file; sqlite3 writes the event and its rows in one
    transaction."""
    copy = _fresh_copy(database, folder)
    connection = sqlite3.connect(copy)
    try:
        started = time.perf_counter()
        document = json.loads(data)
        organisations = {part["key"]: part["name"] for part in document["organisations"]}
        people = [
            {
                "given_name": part["given_name"],
                "family_name": part["family_name"],
                "email": part["email"],
                "organisation": organisations[part["organisation"]],
                "country": part["country"],
            }
            for part in document["people"]
        ]
        with connection:
            event_id = _new_event(connection, document["event"]["title"])
            _write_people(connection, event_id, people)
        elapsed = time.perf_counter() - started
    finally:
        connection.close()
    _check(copy, EVENT["title"])
    return elapsed
