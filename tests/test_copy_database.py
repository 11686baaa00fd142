"""`planner copy`: a whole database from a file to a shared PostgreSQL
database and back, exact (every row of every table compared), the
server's numbering carried on past the rows copied, and nothing written
into a database that already holds data."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, create_engine, select
from sqlmodel import SQLModel

from planner.cli import main
from planner.db import models  # noqa: F401  (the tables compared are the models')
from planner.db.shared import SharedStore, engine_url
from planner.services import events
from tests.databases import saved_database


def _every_row(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]
            for table in SQLModel.metadata.sorted_tables
        }


def _plain(location: str) -> str:
    return location.replace("postgresql+psycopg://", "postgresql://")


def test_a_file_copied_to_the_server_and_back_is_the_same_row_for_row(tmp_path, postgres_url, capsys):
    laptop = saved_database(tmp_path / "laptop.sqlite")
    assert main(["copy", "--from", str(laptop), "--to", _plain(postgres_url)]) == 0
    assert capsys.readouterr().out.startswith("Copied ")
    back = tmp_path / "back.sqlite"
    assert main(["copy", "--from", _plain(postgres_url), "--to", str(back)]) == 0
    original = create_engine(f"sqlite:///{laptop}")
    on_the_server = create_engine(engine_url(postgres_url))
    returned = create_engine(f"sqlite:///{back}")
    rows = _every_row(original)
    assert sum(map(len, rows.values())) > 100
    assert _every_row(on_the_server) == rows
    assert _every_row(returned) == rows
    for engine in (original, on_the_server, returned):
        engine.dispose()


def test_the_server_numbers_new_rows_past_those_copied(tmp_path, postgres_url):
    laptop = saved_database(tmp_path / "laptop.sqlite")
    assert main(["copy", "--from", str(laptop), "--to", _plain(postgres_url)]) == 0
    store = SharedStore.open(postgres_url)
    with store.write() as session:
        before = max(event.id for event in events.list_events(session))
        added = events.create_event(
            session, title="Partner meeting", kind="meeting", starts_on=date(2027, 5, 4), ends_on=date(2027, 5, 4),
            timezone="Europe/Brussels",
        )  # fmt: skip
    assert added.id == before + 1
    store.close()


def test_nothing_is_copied_into_a_database_that_holds_data(tmp_path, postgres_url, capsys):
    laptop = saved_database(tmp_path / "laptop.sqlite")
    assert main(["copy", "--from", str(laptop), "--to", _plain(postgres_url)]) == 0
    engine = create_engine(engine_url(postgres_url))
    before = _every_row(engine)
    assert main(["copy", "--from", str(laptop), "--to", _plain(postgres_url)]) != 0
    assert "already holds data" in capsys.readouterr().err
    assert _every_row(engine) == before
    engine.dispose()
    existing = saved_database(tmp_path / "other.sqlite")
    assert main(["copy", "--from", str(laptop), "--to", str(existing)]) != 0
    assert "exists" in capsys.readouterr().err


def test_a_missing_source_is_named(tmp_path, postgres_url, capsys):
    assert main(["copy", "--from", str(tmp_path / "nowhere.sqlite"), "--to", _plain(postgres_url)]) != 0
    assert "nowhere.sqlite: no such file" in capsys.readouterr().err
