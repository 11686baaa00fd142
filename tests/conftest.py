"""Shared fixtures: a data folder and a real SQLite database per test, a
writing session on it, a workshop event, the sample events."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from planner.db.store import Store
from planner.exchange.samples import add_samples
from planner.services import events

# GUI tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def saved_database(path: Path) -> Path:
    """A closed database file at ``path`` holding the three sample events."""
    store = Store.open(path)
    with store.write() as session:
        add_samples(session)
    store.close()
    return path


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder: nothing touches the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.sqlite"


@pytest.fixture
def store(db_path: Path, tmp_path: Path):
    opened = Store.open(db_path, backup_dir=tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def session(store):
    """One write transaction for the whole test, committed at its end."""
    with store.write() as session:
        yield session


@pytest.fixture
def workshop(session):
    return events.create_event(
        session,
        title="Workshop",
        kind="workshop",
        starts_on=date(2009, 6, 3),
        ends_on=date(2009, 6, 4),
        timezone="Europe/Madrid",
    )


@pytest.fixture
def samples(store) -> dict[str, int]:
    """The sample events in the store: their ids by the first word of their
    title ("ECRI", "Improvement", "CLUNET")."""
    with store.write() as session:
        add_samples(session)
    with store.read() as session:
        return {event.title.split()[0]: event.id for event in events.list_events(session)}


@pytest.fixture
def demo_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "demo"
