"""A disk that fills up in the middle of a write.

The database side is simulated with SQLite's page limit (PRAGMA
max_page_count, set through sqlite.make_engine's test hook, or the
PLANNER_MAX_PAGE_COUNT variable for a `planner` subprocess): the file
cannot grow past it, exactly as when the disk is full. Whatever the import
(an event file, a participant list) or edit (agenda, minutes), the user
gets "the disk is full; nothing was changed", nothing of it is in the
database, and the database works on once there is room again.

The file side (exports) is simulated by making the operating system's
write, fsync or rename fail: CI runs as root, where a read-only folder is
still writable, and a tiny file system needs root to mount.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from planner.db import sqlite as planner_sqlite
from planner.db.store import Store
from planner.errors import PlannerError, StoreError
from planner.exchange.event_import import import_event_bytes
from planner.fileio import write_atomically
from planner.services import agenda, events, minutes
from tests.databases import saved_database

ROOT = Path(__file__).resolve().parent.parent
MUNICH = ROOT / "resources" / "demo" / "ecri-study-visit-munich-2018.planner.json"
PLANNER = Path(sys.executable).with_name("planner")


def big_event_file(people: int, *, title: str = "BioM partner day 2018", tag: str = "guest") -> bytes:
    """The Munich study visit grown into a large event: ``people`` more
    people (new to the database: their e-mail addresses carry ``tag``), each
    a participant. Other tests import it too (a slow import, a big one)."""
    document = json.loads(MUNICH.read_text("utf-8"))
    document["event"]["title"] = title
    for number in range(people):
        key = f"{tag}-{number}"
        document["people"].append({
            "key": key, "given_name": "Ζωή" if number % 2 else "Łucja", "family_name": f"Gast {number}",
            "organisation": "hbio", "country": "GR", "email": f"{tag}.{number}@example.org",
        })  # fmt: skip
        document["participants"].append({"person": key, "role": "participant", "status": "confirmed"})
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def contents(path: Path, *, values_only: bool = False) -> dict[str, list[tuple]]:
    """Every row of every table, read by SQLite itself (not Planner).
    ``values_only``: without the record of who changed what and the versions
    each change counts up (an undo brings values back, not versions)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        if values_only:
            tables = [table for table in tables if table != "change_log"]
        found = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = ", ".join(f'"{name}"' for name in columns if not (values_only and name == "version"))
            found[table] = sorted(map(repr, connection.execute(f'SELECT {kept} FROM "{table}"')))
        return found
    finally:
        connection.close()


def page_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA page_count").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def filled(db_path: Path, tmp_path: Path) -> Path:
    """A database with the sample events, closed."""
    return saved_database(db_path)


def nearly_full_store(path: Path, monkeypatch: pytest.MonkeyPatch, room: int = 2) -> Store:
    """The database opened as if its disk had room for ``room`` more pages
    (through the test hook of sqlite.make_engine; lifted when the test ends
    or by ``monkeypatch.delenv``)."""
    monkeypatch.setenv(planner_sqlite.MAX_PAGE_COUNT_VARIABLE, str(page_count(path) + room))
    return Store.open(path)


def assert_usable_with_room_again(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reopened without the limit (there is room again): integrity holds and
    a write goes through."""
    monkeypatch.delenv(planner_sqlite.MAX_PAGE_COUNT_VARIABLE)
    store = Store.open(path, backup_dir=tmp_path / "backups")
    try:
        assert store.integrity_problems() == []
        with store.write() as session:
            madrid = next(event for event in events.list_events(session) if event.kind == "workshop")
            minutes.add_item(session, madrid.id, kind="decision", text="Meet again in Kraków")
        with store.read() as session:
            assert [item.text for item in minutes.items_of(session, madrid.id)][-1] == "Meet again in Kraków"
    finally:
        store.close()


# -- the database ---------------------------------------------------------------


def test_an_event_file_import_that_fills_the_disk_changes_nothing(filled, tmp_path, monkeypatch):
    before = contents(filled)
    store = nearly_full_store(filled, monkeypatch)
    try:
        with pytest.raises(StoreError) as refused, store.write() as session:
            import_event_bytes(session, big_event_file(400))
        assert str(refused.value) == f"{filled}: the disk is full; nothing was changed"
        assert contents(filled) == before
        # The connection is usable: a change that needs no new page still
        # goes through on the full disk.
        with store.write() as session:
            munich = next(event for event in events.list_events(session) if event.kind == "study_visit")
            events.update_event(session, munich.id, summary="Still works on a full disk")
        assert store.integrity_problems() == []
    finally:
        store.close()
    assert_usable_with_room_again(filled, tmp_path, monkeypatch)


def participant_list(rows: int) -> bytes:
    """A registration form's export, as European Excel writes it: UTF-8
    with a BOM, semicolons, German column names."""
    lines = ["Vorname;Nachname;E-Mail;Organisation;Land"]
    lines += [f"Zoë;Kowalska-Nowak {number};zoe.{number}@example.org;BioM;DE" for number in range(rows)]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def test_a_participant_list_import_that_fills_the_disk_changes_nothing(filled, tmp_path, monkeypatch):
    from planner.exchange.participant_import import apply_import
    from planner.exchange.participant_table import guess_mapping, read_table

    table = read_table(participant_list(400), "anmeldungen.csv")
    before = contents(filled)
    store = nearly_full_store(filled, monkeypatch)
    try:
        with store.read() as session:
            munich = next(event for event in events.list_events(session) if event.kind == "study_visit")
        with pytest.raises(StoreError) as refused, store.write() as session:
            apply_import(session, munich.id, table, guess_mapping(table.headers))
        assert str(refused.value) == f"{filled}: the disk is full; nothing was changed"
        assert store.integrity_problems() == []
    finally:
        store.close()
    assert contents(filled) == before
    assert_usable_with_room_again(filled, tmp_path, monkeypatch)


@pytest.mark.parametrize("edit", ["agenda", "minutes"])
def test_agenda_and_minutes_edits_on_a_full_disk_change_nothing(filled, tmp_path, monkeypatch, edit):
    before = contents(filled)
    store = nearly_full_store(filled, monkeypatch, room=1)
    long_text = (
        "Schlussfolgerungen · Συμπεράσματα · Wnioski. " * 400
    )  # ~20 kB, the most a description holds: several pages
    try:
        with pytest.raises(StoreError, match="the disk is full; nothing was changed"), store.write() as session:
            munich = next(event for event in events.list_events(session) if event.kind == "study_visit")
            if edit == "agenda":
                agenda.create_item(
                    session, munich.id, title="Wrap-up", description=long_text,
                    starts_at=datetime(2018, 3, 23, 18, 0), ends_at=datetime(2018, 3, 23, 18, 30),
                )  # fmt: skip
            else:
                minutes.add_item(session, munich.id, kind="conclusion", text=long_text)
    finally:
        store.close()
    assert contents(filled) == before
    assert_usable_with_room_again(filled, tmp_path, monkeypatch)


def _planner(*arguments: str, room: int | None, database: Path) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    environment.pop(planner_sqlite.MAX_PAGE_COUNT_VARIABLE, None)
    if room is not None:
        environment[planner_sqlite.MAX_PAGE_COUNT_VARIABLE] = str(page_count(database) + room)
    return subprocess.run(
        [str(PLANNER), "--db", str(database), *arguments], capture_output=True, text=True, env=environment, timeout=120
    )


@pytest.mark.slow
@pytest.mark.parametrize("command", ["import-event", "import-participants"])
def test_the_command_line_says_the_disk_is_full_in_one_line(filled, tmp_path, command):
    if command == "import-event":
        file = tmp_path / "partner-day.planner.json"
        file.write_bytes(big_event_file(300))
        arguments = ["import-event", str(file)]
    else:
        file = tmp_path / "anmeldungen.csv"
        file.write_bytes(participant_list(300))
        store = Store.open(filled)
        with store.read() as session:
            munich = next(event.id for event in events.list_events(session) if event.kind == "study_visit")
        store.close()
        arguments = ["import-participants", str(munich), str(file)]
    before = contents(filled)
    finished = _planner(*arguments, room=2, database=filled)
    assert (finished.returncode, finished.stderr) == (1, f"planner: {filled}: the disk is full; nothing was changed\n")
    assert finished.stdout == ""
    assert contents(filled) == before
    # With room again, the same command goes through.
    again = _planner(*arguments, room=None, database=filled)
    assert again.returncode == 0, again.stderr
    after = contents(filled)
    assert len(after["person"]) == len(before["person"]) + 300
    assert_integrity(filled)


def assert_integrity(path: Path) -> None:
    store = Store.open(path)
    try:
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_the_page_limit_is_only_a_test_hook(db_path, monkeypatch):
    monkeypatch.delenv(planner_sqlite.MAX_PAGE_COUNT_VARIABLE, raising=False)
    engine = planner_sqlite.make_engine(db_path, busy_timeout_ms=1000)
    try:
        with engine.connect() as connection:
            default = connection.exec_driver_sql("PRAGMA max_page_count").scalar()
    finally:
        engine.dispose()
    assert default > 1_000_000_000  # SQLite's own default: no limit worth the name


# -- files ------------------------------------------------------------------------


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "munich.planner.json"
    path.write_bytes(b'{"the": "export of last week"}\n')
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


class _FillsUp:
    """A file whose disk fills up after ``room`` bytes."""

    def __init__(self, stream, room: int):
        self._stream = stream
        self._room = room

    def write(self, data: bytes) -> int:
        self._stream.write(data[: self._room])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._stream.close()


def test_a_disk_that_fills_up_while_writing_keeps_the_old_file(old_file, monkeypatch):
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda handle, mode: _FillsUp(real_fdopen(handle, mode), room=10))
    with pytest.raises(PlannerError) as refused:
        write_atomically(old_file, b'{"the": "new export"}\n' * 1000)
    assert str(refused.value) == f"{old_file}: cannot be written (No space left on device)"
    assert old_file.read_bytes() == b'{"the": "export of last week"}\n'
    assert _leftovers(old_file.parent) == []


def test_a_disk_full_reported_only_at_fsync_keeps_the_old_file(old_file, monkeypatch):
    # Delayed allocation: the data sat in the cache, the disk says no when it is flushed.
    def no_room(_descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(PlannerError, match="No space left on device"):
        write_atomically(old_file, b"new")
    assert old_file.read_bytes() == b'{"the": "export of last week"}\n'
    assert _leftovers(old_file.parent) == []


def test_a_read_only_folder_keeps_the_old_file(old_file, monkeypatch):
    import tempfile

    def refused(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(PlannerError) as problem:
        write_atomically(old_file, b"new")
    assert str(problem.value) == f"{old_file}: cannot write here (Permission denied)"
    assert old_file.read_bytes() == b'{"the": "export of last week"}\n'


def test_a_read_only_file_system_at_the_rename_keeps_the_old_file(old_file, monkeypatch):
    def read_only(*_args):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(PlannerError, match="cannot be written \\(Read-only file system\\)"):
        write_atomically(old_file, b"new")
    assert old_file.read_bytes() == b'{"the": "export of last week"}\n'
    assert _leftovers(old_file.parent) == []
