"""The whole window on a shared database (PostgreSQL): opened through
File ▸ Open shared database… with its password kept in the keyring, its
events shown and edited on the server, a wrong password refused in words
that never repeat it, backups left to the server, the recent menu, and
``planner --db postgresql://…`` starting the window."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg
import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from planner.db.shared import SharedStore
from planner.services import events, shared_password
from planner.shared_location import SharedPlace
from planner.ui.shared_database_dialog import SharedDatabaseDialog
from tests.databases import ensure_samples
from tests.postgres_server import ROLE, PostgresServer, _as_server_user

ORGANISER = "organiser"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def organiser_role(postgres_server: PostgresServer) -> str:
    """A role that logs in with a password (the test server trusts its own
    role): its line comes first in pg_hba.conf."""
    with psycopg.connect(f"host=127.0.0.1 port={postgres_server.port} user={ROLE} dbname=postgres") as db:
        exists = db.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ORGANISER,)).fetchone()
        if exists is None:
            db.execute(f"CREATE ROLE {ORGANISER} LOGIN PASSWORD '{PASSWORD}'")
        db.commit()
    hba = postgres_server.folder / "data" / "pg_hba.conf"
    rule = f"host all {ORGANISER} 127.0.0.1/32 scram-sha-256\n"
    text = subprocess.run(_as_server_user(["cat", str(hba)]), capture_output=True, text=True, check=True).stdout
    if rule not in text:
        subprocess.run(
            _as_server_user(["tee", str(hba)]), input=rule + text, capture_output=True, text=True, check=True
        )
        with psycopg.connect(f"host=127.0.0.1 port={postgres_server.port} user={ROLE} dbname=postgres") as db:
            db.execute("SELECT pg_reload_conf()")
    return ORGANISER


@pytest.fixture
def place(postgres_server: PostgresServer, organiser_role: str) -> SharedPlace:
    """A shared database with the sample events, owned by the organiser's role."""
    url = postgres_server.new_database()
    database = url.rpartition("/")[2]
    with psycopg.connect(
        f"host=127.0.0.1 port={postgres_server.port} user={ROLE} dbname=postgres", autocommit=True
    ) as db:
        db.execute(f'ALTER DATABASE "{database}" OWNER TO {organiser_role}')
    store = SharedStore.open(url)  # as the test server's role, working as the owner
    ensure_samples(store)
    store.close()
    return SharedPlace(host="127.0.0.1", port=postgres_server.port, database=database, user=organiser_role)


def _titles_on_the_server(place: SharedPlace) -> list[str]:
    store = SharedStore.open(place.location, password=PASSWORD)
    try:
        with store.read() as session:
            return sorted(event.title for event in events.list_events(session))
    finally:
        store.close()


def answer_shared_dialog(monkeypatch, *answers):
    """The dialog's answers in turn: a function that fills it in (then Open
    is clicked), or None for Cancel. The dialogs shown are kept to look at."""
    shown: list[SharedDatabaseDialog] = []

    def exec_(dialog: SharedDatabaseDialog) -> int:
        shown.append(dialog)
        assert len(shown) <= len(answers), "the dialog came back once more than expected"
        answer = answers[len(shown) - 1]
        if answer is None:
            return QDialog.DialogCode.Rejected
        answer(dialog)
        dialog.open_button.click()
        return dialog.result()

    monkeypatch.setattr(SharedDatabaseDialog, "exec", exec_)
    return shown


def typing(place: SharedPlace, password: str, *, remember: bool = True):
    def fill(dialog: SharedDatabaseDialog) -> None:
        dialog.server.setText(place.host)
        dialog.port.setValue(place.port)
        dialog.database.setText(place.database)
        dialog.user.setText(place.user)
        dialog.password.setText(password)
        dialog.remember.setChecked(remember)

    return fill


def retyping(password: str):
    def fill(dialog: SharedDatabaseDialog) -> None:
        dialog.password.setText(password)

    return fill


def _texts(dialog: SharedDatabaseDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)] + [dialog.windowTitle()]


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """What the window tells in message boxes, instead of showing them."""
    said: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _parent, title, text, *args, **kwargs: said.append(f"{title}: {text}")
        )
    return said


def test_a_shared_database_opens_through_the_dialog_with_its_password_kept(
    window, monkeypatch, place, keyring_in_memory, messages
):
    shown = answer_shared_dialog(monkeypatch, typing(place, PASSWORD))
    assert window.files.choose_shared_database()
    assert len(shown) == 1 and shown[0].problem.isHidden()
    assert window.windowTitle() == f"shared: 127.0.0.1:{place.port}/{place.database} — Planner"
    assert f"shared: 127.0.0.1:{place.port}/{place.database}" in window.statusBar().currentMessage()
    assert "3 events" in window.statusBar().currentMessage()
    assert window.navigator.model.rowCount() > 0  # the server's events listed
    account = f"{ORGANISER}@127.0.0.1:{place.port}/{place.database}"
    assert keyring_in_memory.passwords == {(shared_password.SERVICE, account): PASSWORD}
    remembered = window.context.settings.value("database/last")
    assert remembered == place.location and PASSWORD not in remembered
    assert messages == []


def test_an_edit_in_the_overview_is_saved_on_the_server_and_undone(window, monkeypatch, place, messages):
    answer_shared_dialog(monkeypatch, typing(place, PASSWORD))
    assert window.files.choose_shared_database()
    context = window.context
    with context.read() as session:
        munich = next(event for event in events.list_events(session) if event.title.startswith("ECRI"))
    original = munich.title
    window.open_event(munich.id)
    overview = window.event_view.pages[0]
    overview.form.widgets["title"].setText("ECRI study visit, spring")
    overview.save_field("title")
    assert "ECRI study visit, spring" in _titles_on_the_server(place)  # read back by another connection
    assert window.undo_action.text() == "&Undo Change title"
    context.undo()
    assert original in _titles_on_the_server(place)
    assert "ECRI study visit, spring" not in _titles_on_the_server(place)
    assert overview.form.value("title") == original
    assert messages == []


def test_a_wrong_password_is_refused_without_repeating_it_and_the_dialog_comes_back(
    window, monkeypatch, place, keyring_in_memory, messages
):
    wrong = "Tr0ub4dor&3"
    shown = answer_shared_dialog(monkeypatch, typing(place, wrong), retyping(PASSWORD))
    assert window.files.choose_shared_database()
    assert len(shown) == 2
    again = shown[1]
    said = again.problem.text()
    assert not again.problem.isHidden()
    assert said == (
        f"The server 127.0.0.1:{place.port} did not accept the password of {ORGANISER} "
        f"for the database {place.database}. Type the password again."
    )
    # What was typed before is there to correct, but the password must be typed again.
    assert (again.server.text(), again.database.text(), again.user.text()) == ("127.0.0.1", place.database, ORGANISER)
    for dialog in shown:
        assert not any(wrong in text or PASSWORD in text for text in _texts(dialog))
    assert not any(wrong in text for text in [*messages, window.windowTitle(), window.statusBar().currentMessage()])
    assert window.context.is_shared
    assert list(keyring_in_memory.passwords.values()) == [PASSWORD]  # the right one only


def test_an_unreachable_server_is_named_and_cancel_leaves_the_database_open(window, monkeypatch, messages):
    before = window.context.database_location
    nowhere = SharedPlace(host="127.0.0.1", port=1, database="partnership", user="anna")
    shown = answer_shared_dialog(monkeypatch, typing(nowhere, "sekrit"), None)
    assert not window.files.choose_shared_database()
    said = shown[1].problem.text()
    assert said.startswith("Planner could not reach the database partnership on the server 127.0.0.1:1:")
    assert "sekrit" not in said
    assert window.context.database_location == before and not window.context.is_shared


def test_test_connection_says_whether_the_server_lets_the_user_in(qtbot, place):
    dialog = SharedDatabaseDialog(None, place)
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong")
    assert not dialog.test_connection()
    assert "did not accept the password" in dialog.test_result.text()
    dialog.password.setText(PASSWORD)
    assert dialog.test_connection()
    assert dialog.test_result.text() == f"✓ Connected to {place.database} on 127.0.0.1:{place.port}."


def test_backups_of_a_shared_database_are_left_to_its_server(window, monkeypatch, place, messages, data_dir):
    answer_shared_dialog(monkeypatch, typing(place, PASSWORD))
    assert window.files.choose_shared_database()
    assert window.files.back_up_now() is None
    assert not window.files.restore_from_backup()
    assert len(messages) == 2
    assert all("the server keeps its backups" in message for message in messages)
    assert "server keeps the backups" in window.files.back_up_action.toolTip()
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_the_recent_menu_offers_the_shared_database_and_opens_it_with_the_kept_password(
    window, monkeypatch, place, messages
):
    file_database = window.context.database_path
    answer_shared_dialog(monkeypatch, typing(place, PASSWORD))
    assert window.files.choose_shared_database()
    assert window.files.open_database(file_database)
    assert window.windowTitle() == f"{file_database.name} — Planner"
    entries = {action.text(): action for action in window.files.recent_menu.actions()}
    name = f"shared: 127.0.0.1:{place.port}/{place.database}"
    assert name in entries and PASSWORD not in entries[name].toolTip()
    answer_shared_dialog(monkeypatch)  # no dialog: the keyring has the password
    entries[name].trigger()
    assert window.windowTitle() == f"{name} — Planner"
    assert str(file_database) in [action.text() for action in window.files.recent_menu.actions()]
    assert messages == []


def _start_planner(data_dir, *arguments: str) -> str:
    """Planner started as a user would, closing its window once shown; its log."""
    environment = os.environ | {
        "PLANNER_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PLANNER_QUIT_AFTER_START": "1",
        shared_password.PASSWORD_VARIABLE: PASSWORD,
    }
    done = subprocess.run(
        [sys.executable, "-m", "planner", *arguments], capture_output=True, text=True, env=environment, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert PASSWORD not in done.stderr
    return (data_dir / "logs" / "planner.log").read_text("utf-8")


def test_planner_with_a_shared_database_starts_its_window(place, data_dir):
    log = _start_planner(data_dir, "--db", place.location)
    assert f"window shown (shared: 127.0.0.1:{place.port}/{place.database} — Planner)" in log
    assert PASSWORD not in log


def test_planner_opens_the_shared_database_used_last(place, data_dir):
    from planner.ui.context import open_settings

    settings = open_settings()
    settings.setValue("database/last", place.location)
    settings.sync()
    log = _start_planner(data_dir)
    assert f"window shown (shared: 127.0.0.1:{place.port}/{place.database} — Planner)" in log


def test_a_password_kept_that_no_longer_works_is_replaced_by_the_one_typed(
    window, monkeypatch, place, keyring_in_memory, messages
):
    account = f"{ORGANISER}@127.0.0.1:{place.port}/{place.database}"
    keyring_in_memory.set_password(shared_password.SERVICE, account, "last year's password")
    shown = answer_shared_dialog(monkeypatch, retyping(PASSWORD))
    assert window.files.open_database(place.location)  # as from the recent menu
    assert "did not accept the password" in shown[0].problem.text()
    assert shown[0].remember.isChecked()
    assert keyring_in_memory.passwords == {(shared_password.SERVICE, account): PASSWORD}
    assert window.context.is_shared


def test_the_recent_entry_of_a_shared_database_has_the_server_icon(window, monkeypatch, place, messages):
    from planner.ui import icons

    file_database = window.context.database_path
    answer_shared_dialog(monkeypatch, typing(place, PASSWORD))
    assert window.files.choose_shared_database()
    assert window.files.open_database(file_database)
    icons.dress_menu(window.files.recent_menu)
    shared = next(action for action in window.files.recent_menu.actions() if action.text().startswith("shared: "))
    assert shared.icon().cacheKey() != 0 and shared.property(icons.SHARED_ENTRY)
    assert icons.action_icon_name(window.files.open_shared_action.text()) == icons.SHARED_DATABASE


def test_the_commands_take_the_password_from_the_environment_or_the_keyring(
    place, monkeypatch, keyring_in_memory, capsys
):
    from planner.cli import main

    assert main(["--db", place.location, "events"]) != 0  # no password anywhere
    refused = capsys.readouterr().err
    assert place.database in refused and "password" in refused
    monkeypatch.setenv(shared_password.PASSWORD_VARIABLE, PASSWORD)
    assert main(["--db", place.location, "events"]) == 0
    assert "CLUNET" in capsys.readouterr().out
    monkeypatch.delenv(shared_password.PASSWORD_VARIABLE)
    account = f"{ORGANISER}@127.0.0.1:{place.port}/{place.database}"
    keyring_in_memory.set_password(shared_password.SERVICE, account, PASSWORD)
    assert main(["--db", place.location, "events"]) == 0
    said = capsys.readouterr()
    assert "CLUNET" in said.out and PASSWORD not in said.out + said.err


def test_the_window_comes_back_to_the_event_left_open_in_the_shared_database(qtbot, place, monkeypatch):
    from planner.services.shared_database import open_shared
    from planner.ui.context import AppContext, open_settings
    from planner.ui.main_window import MainWindow

    monkeypatch.setenv(shared_password.PASSWORD_VARIABLE, PASSWORD)
    first = AppContext(open_shared(place.location), open_settings())
    window = MainWindow(first)
    qtbot.addWidget(window)
    with first.read() as session:
        clunet = next(event.id for event in events.list_events(session) if event.title.startswith("CLUNET"))
    window.open_event(clunet)
    window.close()  # the event shown is remembered for this database
    assert open_settings().value("event/last_database") == place.location
    again = AppContext(open_shared(place.location), open_settings())
    reopened = MainWindow(again)
    qtbot.addWidget(reopened)
    assert reopened.current_event_id() == clunet
    first.close()
    again.close()
