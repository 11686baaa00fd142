"""Changes of many rows at once: importing a participant list or an event
file, setting the status or role of many participants, removing many. The
number of SQL statements does not grow with the number of rows, and undo
and redo put every row back exactly as it was."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event as sa_event

from planner.exchange.participant_table import ParticipantFileError, guess_mapping, read_table
from planner.operations import base
from planner.operations.files import ImportEventFile
from planner.operations.participant_lists import ImportParticipantList
from planner.operations.participants import ChangeParticipants, RemoveParticipants
from planner.services import directory, directory_bulk, events, history, participants
from tests.test_disk_full import big_event_file, contents


def _statements(store, work) -> int:
    count = 0

    def counted(*_args):
        nonlocal count
        count += 1

    sa_event.listen(store.engine, "before_cursor_execute", counted)
    try:
        work()
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", counted)
    return count


def _new_event(store, title: str) -> int:
    with store.write() as session:
        return events.create_event(
            session,
            title=title,
            kind="meeting",
            starts_on=date(2027, 3, 1),
            ends_on=date(2027, 3, 2),
            timezone="Europe/Berlin",
        ).id


def _list(rows: int, tag: str):
    """A participant list of ``rows`` people new to the Directory (in a few
    organisations, some new), and two people already in it."""
    lines = ["Name;E-mail;Organisation;Country;Status;Arrives"]
    lines += [
        f"Łucja Nowak-{tag}{number};{tag}.{number}@example.org;Organisation {number % 7} {tag};PL;confirmed;2027-03-01"
        for number in range(rows)
    ]
    lines += ["Anna Known;anna.known@example.org;;DE;;", "Bruno Known;bruno.known@example.org;;AT;invited;"]
    table = read_table(("\n".join(lines) + "\n").encode("utf-8"), f"{tag}.csv")
    return table, guess_mapping(table.headers)


@pytest.fixture
def known_people(store) -> None:
    """Two people the lists find in the Directory by their address."""
    with store.write() as session:
        directory.create_person(session, given_name="Anna", family_name="Known", email="anna.known@example.org")
        directory.create_person(session, given_name="Bruno", family_name="Known", email="bruno.known@example.org")


def _import(store, rows: int, tag: str) -> tuple[int, base.Done]:
    event_id = _new_event(store, f"Meeting {tag}")
    table, mapping = _list(rows, tag)
    return event_id, base.perform(store, ImportParticipantList(event_id, table, mapping))


def test_a_participant_list_of_ten_times_the_rows_takes_as_many_statements(store, known_people):
    _import(store, 5, "warm")  # what is read once (the vocabularies) is read
    counts = []
    for rows, tag in ((40, "small"), (400, "large")):
        counts.append(_statements(store, lambda: _import(store, rows, tag)))  # noqa: B023 - called at once
    assert counts[1] == counts[0], f"{counts[1]} statements for 400 rows, {counts[0]} for 40"
    with store.read() as session:
        listed = participants.participant_rows(session, _event_titled(session, "Meeting large"))
    assert len(listed) == 402
    first = next(row for row in listed if row.email == "large.0@example.org")
    assert (first.given_name, first.family_name, first.organisation, first.country) == (
        "Łucja",
        "Nowak-large0",
        "Organisation 0 large",
        "PL",
    )
    assert (first.status, first.arrives_on) == ("confirmed", date(2027, 3, 1))


def _event_titled(session, title: str) -> int:
    return next(event.id for event in events.list_events(session) if event.title == title)


def test_undo_and_redo_of_a_list_of_hundreds_restore_the_database_exactly(store, known_people):
    event_id = _new_event(store, "Meeting")
    before = contents(store.path, values_only=True)
    table, mapping = _list(300, "undo")
    done = base.perform(store, ImportParticipantList(event_id, table, mapping))
    after = contents(store.path, values_only=True)
    assert len(after["person"]) == len(before["person"]) + 300
    assert len(after["organisation"]) == len(before["organisation"]) + 7
    assert len(after["participation"]) == len(before["participation"]) + 302
    base.replay(store, done.changes, "before", done.operation.label)
    assert contents(store.path, values_only=True) == before
    base.replay(store, done.changes, "after", done.operation.label)
    assert contents(store.path, values_only=True) == after


def test_an_imported_participant_changed_since_stops_the_undo(store, known_people):
    event_id, done = _import(store, 30, "since")
    with store.read() as session:
        someone = next(row for row in participants.participant_rows(session, event_id) if row.status == "confirmed")
    base.perform(store, ChangeParticipants((someone.participation_id,), status="cancelled"))
    with pytest.raises(history.ReplayRefused, match=f"participation of {someone.full_name}.*changed elsewhere since"):
        base.replay(store, done.changes, "before", done.operation.label)


def _participation_ids(store, event_id: int) -> tuple[int, ...]:
    with store.read() as session:
        return tuple(row.participation_id for row in participants.participant_rows(session, event_id))


@pytest.mark.parametrize(
    "change",
    [
        lambda ids: ChangeParticipants(ids, status="attended"),
        lambda ids: ChangeParticipants(ids, status="declined", role="observer"),
        lambda ids: RemoveParticipants(ids),
    ],
    ids=["status", "status and role", "removal"],
)
def test_a_change_of_ten_times_the_participants_takes_as_many_statements_and_is_undone(store, known_people, change):
    counts = []
    for rows, tag in ((40, "small"), (400, "large")):
        event_id, _done = _import(store, rows, tag)
        ids = _participation_ids(store, event_id)
        before = contents(store.path, values_only=True)
        done: list[base.Done] = []
        counts.append(_statements(store, lambda: done.append(base.perform(store, change(ids)))))  # noqa: B023
        after = contents(store.path, values_only=True)
        assert after != before
        base.replay(store, done[0].changes, "before", done[0].operation.label)
        assert contents(store.path, values_only=True) == before
        base.replay(store, done[0].changes, "after", done[0].operation.label)
        assert contents(store.path, values_only=True) == after
    assert counts[1] == counts[0], f"{counts[1]} statements for 400 participants, {counts[0]} for 40"


def test_an_event_file_of_ten_times_the_participants_takes_as_many_statements(store, tmp_path):
    def imported(people: int, tag: str) -> base.Done:
        path = tmp_path / f"{tag}.planner.json"
        path.write_bytes(big_event_file(people, title=f"Partner day {tag}", tag=tag))
        return base.perform(store, ImportEventFile(path))

    imported(5, "warm")  # the file's own people are in the Directory from now on
    counts = [_statements(store, lambda: imported(40, "small")), _statements(store, lambda: imported(400, "large"))]
    assert counts[1] == counts[0], f"{counts[1]} statements for 400 participants, {counts[0]} for 40"
    with store.read() as session:
        listed = participants.participant_rows(session, _event_titled(session, "Partner day large"))
    guests = [row for row in listed if row.email.startswith("large.")]
    assert len(guests) == 400 and {row.status for row in guests} == {"confirmed"}


def test_an_event_file_import_of_hundreds_is_undone_and_redone_exactly(store, tmp_path):
    path = tmp_path / "guests.planner.json"
    path.write_bytes(big_event_file(300, tag="undo"))
    before = contents(store.path, values_only=True)
    done = base.perform(store, ImportEventFile(path))
    after = contents(store.path, values_only=True)
    base.replay(store, done.changes, "before", done.operation.label)
    assert contents(store.path, values_only=True) == before
    base.replay(store, done.changes, "after", done.operation.label)
    assert contents(store.path, values_only=True) == after


def test_a_person_written_many_at_once_then_edited_in_the_same_step_is_undone_whole(store):
    """What the session changes after rows were written many at once is
    in the record too: undo takes the person out, redo puts them back as
    the step left them."""
    from planner.services import bulk

    with store.write() as session:
        recorder = history.record(session)
        [person_id] = directory_bulk.add_people(
            session, [directory.clean_person({"given_name": "Zoë", "family_name": "Papadopoulou"})]
        )
        directory.update_person(session, person_id, phone="+30 210 1234567")
        bulk.rows_added(session)  # nobody follows: nothing happens
        changes = recorder.finish()
    after = contents(store.path, values_only=True)
    assert any("+30 210 1234567" in row for row in after["person"])
    with store.write() as session:
        history.replay(session, changes, "before")
    assert not any("Papadopoulou" in row for row in contents(store.path, values_only=True)["person"])
    with store.write() as session:
        history.replay(session, changes, "after")
    assert contents(store.path, values_only=True) == after


def test_a_redo_of_a_list_whose_address_someone_took_since_is_refused_naming_them(store, known_people):
    with store.write() as session:
        other = directory.create_person(session, given_name="Other", family_name="Person").id
    _event_id, done = _import(store, 30, "taken")
    base.replay(store, done.changes, "before", done.operation.label)
    with store.write() as session:  # the same address in other letters, which the database alone would let in
        directory.update_person(session, other, email="Taken.7@Example.org")
    before = contents(store.path, values_only=True)
    with pytest.raises(history.ReplayRefused) as refused:
        base.replay(store, done.changes, "after", done.operation.label)
    assert str(refused.value) == (
        "Cannot redo “Import participants”: ‘Łucja Nowak-taken7’ in the Directory: "
        "email: taken.7@example.org is already the address of Other Person. Nothing was changed."
    )
    assert contents(store.path, values_only=True) == before


def test_a_list_imported_again_with_changes_updates_ten_times_the_rows_in_as_many_statements(store, known_people):
    """The second import finds everyone on the list: it changes their status
    and fills in the phone numbers the Directory lacks."""

    def again(rows: int, tag: str) -> tuple[int, base.Done]:
        event_id, _first = _import(store, rows, tag)
        lines = ["Name;E-mail;Status;Phone"]
        lines += [f"Łucja Nowak-{tag}{n};{tag}.{n}@example.org;attended;+48 22 {n:07d}" for n in range(rows)]
        table = read_table(("\n".join(lines) + "\n").encode("utf-8"), f"{tag}-again.csv")
        counted: list[base.Done] = []
        count = _statements(
            store,
            lambda: counted.append(
                base.perform(store, ImportParticipantList(event_id, table, guess_mapping(table.headers)))
            ),
        )
        return count, counted[0]

    small, _done = again(40, "small")
    large, done = again(400, "large")
    assert large == small, f"{large} statements for 400 rows, {small} for 40"
    assert done.result.summary() == "Imported 0 participants; 400 already on the list were updated."
    with store.read() as session:
        listed = participants.participant_rows(session, _event_titled(session, "Meeting large"))
    changed = [row for row in listed if row.email.startswith("large.")]
    assert {row.status for row in changed} == {"attended"}
    assert next(row for row in changed if row.email == "large.7@example.org").phone == "+48 22 0000007"
    before_again = contents(store.path, values_only=True)
    base.replay(store, done.changes, "before", done.operation.label)
    undone = contents(store.path, values_only=True)
    assert not any("Nowak-large" in row and "+48 22" in row for row in undone["person"])
    with store.read() as session:
        listed = participants.participant_rows(session, _event_titled(session, "Meeting large"))
    assert {row.status for row in listed if row.email.startswith("large.")} == {"confirmed"}
    base.replay(store, done.changes, "after", done.operation.label)
    assert contents(store.path, values_only=True) == before_again


def test_an_event_file_completes_what_is_there_and_names_a_person_twice_as_one(store):
    from tests.test_event_file_errors import dumps, valid_document

    with store.write() as session:
        cluster = directory.create_organisation(session, name="madrid biocluster", country="ES", kind="company").id
        garcia = directory.create_person(
            session, given_name="María", family_name="García", email="M.Garcia@example.org", phone="+34 91 000"
        ).id
    document = valid_document()
    document["organisations"][0]["website"] = "https://madridbiocluster.example.org"
    document["people"][1] |= {"phone": "+34 91 999", "position": "Director"}
    document["people"].append({"key": "nowak-again", "given_name": "Paweł", "family_name": "Nowak",
                               "organisation": "bioregion", "phone": "+48 42 123"})  # fmt: skip
    path = store.path.parent / "workshop.planner.json"
    path.write_bytes(dumps(document))
    done = base.perform(store, ImportEventFile(path))
    with store.read() as session:
        organisation = directory.organisation_values(session, cluster)
        person = directory.person_values(session, garcia)
        listed = participants.participant_rows(session, done.result.id)
    # Kept what the Directory held; filled in what it lacked.
    assert (organisation["name"], organisation["kind"]) == ("madrid biocluster", "company")
    assert organisation["website"] == "https://madridbiocluster.example.org"
    assert (person["phone"], person["position"], person["organisation_id"]) == ("+34 91 000", "Director", cluster)
    [nowak] = [row for row in listed if row.family_name == "Nowak"]
    assert nowak.phone == "+48 42 123" and nowak.organisation == "BioRegio Łódź"


def test_an_sqlite_that_returns_no_rows_from_an_insert_imports_the_same(store, known_people, monkeypatch):
    """SQLite before 3.35 has no INSERT … RETURNING: the rows are added one
    by one instead, with the same result and the same undo."""
    event_id = _new_event(store, "Meeting")
    before = contents(store.path, values_only=True)
    monkeypatch.setattr(store.engine.dialect, "insert_executemany_returning", False)
    table, mapping = _list(25, "old")
    statements: list[str] = []
    sa_event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    done = base.perform(store, ImportParticipantList(event_id, table, mapping))
    assert sum(statement.startswith("INSERT INTO person") for statement in statements) == 25
    assert not any("RETURNING" in statement for statement in statements)
    after = contents(store.path, values_only=True)
    assert len(after["person"]) == len(before["person"]) + 25
    with store.read() as session:
        listed = participants.participant_rows(session, event_id)
    assert {row.organisation for row in listed if row.email.startswith("old.")} == {
        f"Organisation {number} old" for number in range(7)
    }
    base.replay(store, done.changes, "before", done.operation.label)
    assert contents(store.path, values_only=True) == before
    base.replay(store, done.changes, "after", done.operation.label)
    assert contents(store.path, values_only=True) == after


def test_a_row_the_services_would_refuse_is_named_before_anything_is_written(store, known_people):
    """A value the list's reading lets through but a person may not hold (a
    name of 300 letters) stops the import at that row, with nothing written
    even inside the caller's unit of work."""
    from planner.exchange.participant_import import apply_import
    from planner.exchange.participant_table import ParticipantFileError

    event_id = _new_event(store, "Meeting")
    table = read_table(
        ("Name;E-mail\nAnna Neu;anna.neu@example.org\n" + f"Bruno {'X' * 300};bruno@example.org\n").encode("utf-8"),
        "list.csv",
    )
    before = contents(store.path, values_only=True)
    with store.write() as session:
        with pytest.raises(ParticipantFileError) as refused:
            apply_import(session, event_id, table, guess_mapping(table.headers))
        assert not session.new and not session.dirty
        written = session.connection().exec_driver_sql("SELECT count(*) FROM person WHERE email LIKE '%neu%'").scalar()
    assert str(refused.value).startswith("list.csv: row 3: family name: ")
    assert str(refused.value).endswith("; nothing was imported")
    assert written == 0
    assert contents(store.path, values_only=True) == before


def test_an_event_file_completing_ten_times_the_people_takes_as_many_statements(store, tmp_path):
    import json

    def completed(people: int, tag: str) -> int:
        path = tmp_path / f"{tag}.planner.json"
        path.write_bytes(big_event_file(people, title=f"Partner day {tag}", tag=tag))
        base.perform(store, ImportEventFile(path))
        document = json.loads(path.read_bytes())
        for person in document["people"]:
            person["phone"] = f"+30 210 {len(person['key']):04d}"
        path.write_bytes(json.dumps(document, ensure_ascii=False).encode("utf-8"))
        return _statements(store, lambda: base.perform(store, ImportEventFile(path)))

    small, large = completed(40, "small"), completed(400, "large")
    assert large == small, f"{large} statements for 400 people, {small} for 40"
    with store.read() as session:
        listed = participants.participant_rows(session, _event_titled(session, "Partner day large"))
    phones = {row.phone for row in listed if row.email.startswith("large.")}
    assert phones == {"+30 210 0007", "+30 210 0008", "+30 210 0009"}  # large-0 … large-399


@pytest.mark.parametrize("collecting", [True, False], ids=["command line", "window"])
def test_an_import_done_or_refused_leaves_pythons_cycle_collection_as_it_was(store, known_people, collecting):
    """Held off during an import, collection is back after it on the
    command line; in the window, where the GUI thread collects, it stays
    with the GUI thread."""
    import gc

    table, mapping = _list(3, "refused")
    table.rows[1][1] = "not an address"
    if collecting:
        gc.enable()
    try:
        _import(store, 20, "collected")
        assert gc.isenabled() == collecting
        with pytest.raises(ParticipantFileError):
            base.perform(store, ImportParticipantList(_new_event(store, "Refused"), table, mapping))
        assert gc.isenabled() == collecting
    finally:
        gc.disable()  # as every test runs (tests/conftest.py)
