"""Another program's SQLite file is never taken for a Planner database, not
even when it holds an alembic_version that looks like Planner's: it is
refused with a message, looked at without a byte changed, and never
restored nor restored over."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from planner.cli import main
from planner.db.recognition import HEAD_REVISION, MIGRATIONS_DIR, PLANNER_TABLES, migration_config
from planner.db.store import Store
from tests.conftest import saved_database

NOT_OURS = "is an SQLite database, but not one of Planner's"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder (logs aside) with a hash of what it holds."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.parent.name != "logs"
    }


def other_programs_file(path: Path, revision: str | None, *, tables: tuple[str, ...] = ("users",)) -> Path:
    """An SQLite file of another program that also uses Alembic (with
    ``revision``), in rollback-journal mode as most programs leave theirs."""
    connection = sqlite3.connect(path)
    if revision is not None:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    for table in tables:
        connection.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute(f"INSERT INTO {table} (name) VALUES ('Ann')")
    connection.commit()
    connection.close()
    return path


def planner_schema(path: Path, revision: str) -> Path:
    """A database as Planner's migrations up to ``revision`` made it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        alembic_config = migration_config(MIGRATIONS_DIR)
        alembic_config.attributes["connection"] = connection
        command.upgrade(alembic_config, revision)
    engine.dispose()
    return path


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        connection.close()
    return {name for name in names if not name.startswith("sqlite_")} - {"alembic_version"}


@pytest.mark.parametrize("revision", sorted(PLANNER_TABLES))
def test_the_tables_planner_expects_are_those_its_migrations_make(tmp_path, revision):
    assert _tables(planner_schema(tmp_path / "planner.sqlite", revision)) == PLANNER_TABLES[revision]


def test_every_revision_has_its_tables():
    assert sorted(PLANNER_TABLES) == sorted(path.name[:4] for path in (MIGRATIONS_DIR / "versions").glob("0*.py"))
    assert HEAD_REVISION in PLANNER_TABLES


def test_a_planner_database_of_the_first_schema_is_still_recognised_and_upgraded(tmp_path):
    """What tells the files apart is not the revision: the same '0001' as
    below, with Planner's tables (and no application id yet), is Planner's."""
    database = planner_schema(tmp_path / "old.sqlite", "0001")
    store = Store.open(database, backup_dir=tmp_path / "backups")
    try:
        assert store.schema_revision() == HEAD_REVISION
    finally:
        store.close()


@pytest.mark.parametrize("revision", ["0001", "0004", "0005", None])
@pytest.mark.parametrize(
    "arguments",
    [["events"], ["check"], ["export-event", "1", "-o", "{out}"], ["do", "create-event", "title=X", "kind=meeting"]],
    ids=["events", "check", "export-event", "do"],
)
def test_another_programs_file_is_refused_and_left_as_it_was(capsys, tmp_path, revision, arguments):
    other = other_programs_file(tmp_path / "other.db", revision)
    before = snapshot(tmp_path)
    filled = [argument.format(out=tmp_path / "out.planner.json") for argument in arguments]
    assert main(["--db", str(other), *filled]) == 1
    assert capsys.readouterr().err == f"planner: {other}: {NOT_OURS}\n"
    assert snapshot(tmp_path) == before  # no -wal, -shm, lock or journal beside it either


def test_planner_tables_beside_another_programs_own_are_not_planners(capsys, tmp_path):
    other = planner_schema(tmp_path / "other.db", HEAD_REVISION)
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    assert main(["--db", str(other), "events"]) == 1
    assert capsys.readouterr().err == f"planner: {other}: {NOT_OURS}\n"
    assert snapshot(tmp_path) == before


def test_a_file_marked_by_another_program_is_named_so(capsys, tmp_path):
    other = other_programs_file(tmp_path / "other.db", HEAD_REVISION)
    connection = sqlite3.connect(other)
    connection.execute("PRAGMA application_id = 1196444237")  # "GPKG"
    connection.close()
    before = snapshot(tmp_path)
    assert main(["--db", str(other), "events"]) == 1
    assert capsys.readouterr().err == f"planner: {other}: is an SQLite database of another program, not of Planner\n"
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("revision", ["0001", "0005"])
def test_another_programs_file_is_never_restored(capsys, tmp_path, revision):
    database = saved_database(tmp_path / "x.sqlite")
    assert main(["--db", str(database), "events"]) == 0  # its automatic backup, made now
    other = other_programs_file(tmp_path / "other.db", revision)
    before = snapshot(tmp_path)
    capsys.readouterr()
    assert main(["--db", str(database), "restore", str(other)]) == 1
    assert capsys.readouterr().err == f"planner: {other}: {NOT_OURS}; nothing was changed\n"
    assert snapshot(tmp_path) == before
    assert main(["--db", str(database), "events"]) == 0  # every command still works
    assert "ECRI study visit" in capsys.readouterr().out


def test_a_backup_is_never_restored_over_another_programs_file(capsys, tmp_path):
    database = saved_database(tmp_path / "x.sqlite")
    assert main(["--db", str(database), "backup", "-o", str(tmp_path / "copy.sqlite")]) == 0
    other = other_programs_file(tmp_path / "other.db", "0005")
    before = snapshot(tmp_path)
    capsys.readouterr()
    assert main(["--db", str(other), "restore", str(tmp_path / "copy.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"planner: {other}: {NOT_OURS}; a backup is restored only into a Planner database")
    assert len(err.splitlines()) == 1
    assert snapshot(tmp_path) == before
