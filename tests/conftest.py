"""Shared fixtures: a data folder and a real SQLite database per test (a
copy of a template, see databases.py), a writing session on it, a workshop
event, the sample events."""

from __future__ import annotations

import gc
import logging
import os
from datetime import date
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from planner.db.store import Store
from planner.services import events
from tests import databases
from tests.databases import SAMPLE_FIXTURES, ensure_samples, saved_database
from tests.imap_server import imap, imap_server  # noqa: F401  (a real mailbox for the tests that fetch replies)
from tests.postgres_server import postgres_server, postgres_url  # noqa: F401  (a real PostgreSQL server)
from tests.smtp_server import smtp  # noqa: F401  (a fixture for every test that sends mail)

__all__ = ["saved_database"]  # test modules import it from here

# GUI tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


BACK_ENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test module marked ``both_back_ends`` runs each of its tests on a
    database file and on a shared PostgreSQL database."""
    if "back_end" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_back_ends"):
        metafunc.parametrize("back_end", BACK_ENDS, indirect=True)


@pytest.fixture
def back_end(request: pytest.FixtureRequest) -> str:
    """Where the test's ``store`` is: "sqlite" unless its module runs on both."""
    return getattr(request, "param", "sqlite")


def pytest_configure(config: pytest.Config) -> None:
    """The window's catalogues compiled (.ts -> .qm) when one is missing or
    older than its source, as the install does; once, before any worker
    starts (pytest-xdist's workers have ``workerinput``)."""
    if hasattr(config, "workerinput"):
        return
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "packaging" / "compile_translations.py"
    spec = importlib.util.spec_from_file_location("compile_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_translations(only_stale=True)
    _install_ical_js()


def _install_ical_js() -> None:
    """ical.js (tests/js), which reads back the calendars published to
    CalDAV, installed as its lock file pins it where npm is and it is not
    yet; the test that uses it says what is missing otherwise."""
    import shutil
    import subprocess

    folder = Path(__file__).resolve().parent / "js"
    npm = shutil.which("npm")
    if npm is not None and not (folder / "node_modules" / "ical.js").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=folder, check=False)


@pytest.fixture(scope="session", autouse=True)
def _database_templates(tmp_path_factory: pytest.TempPathFactory):
    databases.templates = databases.Templates(tmp_path_factory.mktemp("templates"))
    yield databases.templates
    databases.templates = None


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder: nothing touches the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread():
    """Windows, contexts and undo stacks left in reference cycles by earlier
    tests are Qt objects. Left to itself, Python's collector runs in whichever
    thread allocates: a task, preview, backup or mail-server thread then
    deletes them while the GUI thread is busy, which crashed the process (a
    segfault in a later test). So the collector runs here, on the main thread,
    between tests, and not during them. What is alive is frozen first, so
    each collection walks only what one test made."""
    gc.collect()
    gc.freeze()
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _log_file_of_this_test_only():
    """cli.main() run in-process adds a log file in the data folder to the
    root logger, kept for the rest of the process (the app runs main once):
    taken away after the test, so that later tests neither write into this
    test's folder nor find logging already set up."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def keyring_in_memory(monkeypatch: pytest.MonkeyPatch):
    """No test touches the user's keyring: each gets an empty one in memory,
    no password from the environment and none remembered by an earlier test."""
    import keyring

    from planner.services import mail_password, shared_password
    from tests.memory_keyring import MemoryKeyring

    monkeypatch.delenv(mail_password.PASSWORD_VARIABLE, raising=False)
    monkeypatch.delenv(shared_password.PASSWORD_VARIABLE, raising=False)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    mail_password.forget_session_passwords()
    yield backend
    mail_password.forget_session_passwords()
    keyring.set_keyring(MemoryKeyring())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.sqlite"


@pytest.fixture
def store(request: pytest.FixtureRequest, back_end: str, db_path: Path, tmp_path: Path):
    """The test's own database at ``db_path`` (or on the PostgreSQL server),
    set up, with the sample events when the test also uses a fixture that
    needs them."""
    with_samples = not SAMPLE_FIXTURES.isdisjoint(request.fixturenames)
    if back_end == "postgresql":
        shared = databases.shared_copy(request.getfixturevalue("postgres_server"), with_samples)
        if with_samples:
            databases.holding_samples.add(shared)
        yield shared
        shared.close()
        return
    databases.templates.copy("samples" if with_samples else "empty", db_path)
    opened = Store.open(db_path, backup_dir=tmp_path / "backups")
    if with_samples:
        databases.holding_samples.add(opened)
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
    ensure_samples(store)
    with store.read() as session:
        return {event.title.split()[0]: event.id for event in events.list_events(session)}
