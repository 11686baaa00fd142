"""Encrypted backups and protected exports in the window: Preferences turns
encryption on with a passphrase typed twice (kept in the keyring, in no
file); the Backups list shows encrypted backups with a lock; restoring one
tries the passphrase kept, else asks, refuses a wrong one with nothing
changed; a participant list exported protected opens with its passphrase."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
import pyzipper
from PySide6.QtWidgets import QDialogButtonBox

from planner import config
from planner.db import backup_protection, backups
from planner.operations.events import CreateEvent
from planner.services import events
from planner.ui.backups_dialog import BackupsDialog
from planner.ui.participants import transfer
from planner.ui.preferences_dialog import PreferencesDialog
from planner.ui.protection import backups as encrypted
from planner.ui.protection.passphrase_dialog import PassphraseDialog
from tests.ui.conftest import finish

PASSPHRASE = "seven swans a-swimming"
EARLIER = "six geese a-laying"


@pytest.fixture(autouse=True)
def _no_passphrase_held(monkeypatch):
    monkeypatch.delenv(backup_protection.PASSPHRASE_VARIABLE, raising=False)
    backup_protection.forget_session_passphrase()
    yield
    backup_protection.forget_session_passphrase()


@pytest.fixture
def typed(monkeypatch):
    """Each passphrase dialog gets the next answer (typed in each field,
    then OK; None: Cancel). Returns the answers to come and what was shown."""
    answers: list[str | None] = []
    shown: list[SimpleNamespace] = []  # what each showed (the dialog is deleted after)

    def exec_(dialog):
        shown.append(SimpleNamespace(new=dialog.new, text=dialog.text.text(), problem=dialog.problem.text()))
        answer = answers.pop(0)
        if answer is None:
            dialog.reject()
            return dialog.result()
        dialog.first.setText(answer)
        dialog.second.setText(answer)
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled(), dialog.problem.text()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    return answers, shown


def _add_event(context, title: str) -> None:
    day = date(2026, 11, 30)
    context.perform(
        CreateEvent(
            {"title": title, "kind": "meeting", "starts_on": day, "ends_on": day, "timezone": "Europe/Brussels"}
        )
    )


def _titles(context) -> list[str]:
    with context.read() as session:
        return sorted(event.title for event in events.list_events(session))


def test_preferences_turn_encryption_on_with_a_passphrase_typed_twice(context, qtbot, typed, keyring_in_memory):
    from planner.log_file import setup_logging

    log_file = setup_logging(verbose=True)  # everything logged, to look for the passphrase in it
    answers, shown = typed
    answers.append(PASSPHRASE)
    dialog = PreferencesDialog(context.settings)
    qtbot.addWidget(dialog)
    box = dialog.protection
    assert not box.encrypt.isChecked() and not box.change.isEnabled()
    box.encrypt.setChecked(True)  # no passphrase yet: asked at once
    assert len(shown) == 1 and shown[0].new and box.encrypt.isChecked()
    assert "kept in the system keyring" in box.where.text() and "when you press OK" in box.where.text()
    assert not backup_protection.encrypting()  # nothing kept before OK
    dialog.accept()
    assert backup_protection.encrypting() and backup_protection.passphrase() == PASSPHRASE
    assert keyring_in_memory.passwords == {(backup_protection.SERVICE, backup_protection.ACCOUNT): PASSPHRASE}

    made = backups.back_up(context.store, reason=backups.ON_REQUEST)
    assert made.name.endswith(".encrypted")
    context.settings.sync()
    files = [*config.data_dir().rglob("*"), context.store.path]
    assert any(path.name == "settings.ini" for path in files) and log_file in files
    assert "encrypted" in log_file.read_text(encoding="utf-8")  # the backup was logged
    for path in files:
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes(), path


def test_cancelling_the_passphrase_leaves_encryption_off(context, qtbot, typed):
    answers, _shown = typed
    answers.append(None)
    dialog = PreferencesDialog(context.settings)
    qtbot.addWidget(dialog)
    dialog.protection.encrypt.setChecked(True)
    assert not dialog.protection.encrypt.isChecked()
    dialog.accept()
    assert not backup_protection.encrypting()


def test_a_new_passphrase_needs_eight_characters_and_the_same_twice(qtbot):
    dialog = PassphraseDialog(None, "Passphrase", "Type it twice", new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.first.setText("short")
    assert not ok.isEnabled() and "at least 8 characters" in dialog.problem.text()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "!")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    dialog.second.setText(PASSPHRASE)
    assert ok.isEnabled() and dialog.problem.text() == ""


def test_the_list_shows_encrypted_backups_with_a_lock_and_restores_with_the_kept_passphrase(
    window, context, qtbot, typed, answer_yes
):
    backup_protection.set_encrypting(True)
    backup_protection.keep_passphrase(PASSPHRASE)
    made = backups.back_up(context.store, reason=backups.ON_REQUEST)
    _add_event(context, "Added after the backup")
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    [row] = [number for number, backup in enumerate(dialog.backups) if backup.path == made]
    assert not dialog.table.item(row, 0).icon().isNull()
    assert dialog.table.item(row, 1).text() == "On request"
    assert dialog.table.item(row, 3).text() == encrypted.contents_unknown()
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_selected()
    _answers, shown = typed
    assert shown == []  # the passphrase kept opened it: nothing asked
    assert "Added after the backup" not in _titles(context) and len(_titles(context)) == 3
    assert "the encrypted backup of" in dialog.outcome


def test_an_older_passphrase_is_asked_and_a_wrong_one_changes_nothing(
    window, context, qtbot, typed, answer_yes, warnings_shown
):
    backup_protection.set_encrypting(True)
    backup_protection.keep_passphrase(EARLIER)
    made = backups.back_up(context.store, reason=backups.ON_REQUEST)
    backup_protection.keep_passphrase(PASSPHRASE)  # changed since
    _add_event(context, "Kept")
    database_before = context.store.path.read_bytes()
    listed_before = backups.backups_of(context.store.path)
    answers, shown = typed
    answers.extend(["not the right one", None])
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow([backup.path for backup in dialog.backups].index(made))
    assert not dialog.restore_selected()
    assert len(shown) == 2 and not shown[0].new
    assert "does not open the backup" in shown[1].problem
    assert "Kept" in _titles(context) and backups.backups_of(context.store.path) == listed_before
    assert context.store.path.read_bytes() == database_before

    answers.append(EARLIER)
    assert dialog.restore_selected()
    assert "Kept" not in _titles(context)


def test_without_a_keyring_the_passphrase_is_asked_once_when_a_database_opens(window, qtbot, typed, monkeypatch):
    from planner.ui import opening

    backup_protection.set_encrypting(True)
    monkeypatch.setattr(backup_protection, "keyring_problem", lambda: "no keyring here")
    answers, shown = typed
    answers.append(PASSPHRASE)
    opening.ask_for_session(window)
    opening.ask_for_session(window)  # held for the session: not asked again
    assert len(shown) == 1 and backup_protection.passphrase() == PASSPHRASE


def test_a_participant_list_exported_protected_opens_with_its_passphrase(window, context, qtbot, typed, tmp_path):
    answers, shown = typed
    answers.append(PASSPHRASE)
    with context.read() as session:
        munich = next(event.id for event in events.list_events(session) if event.title.startswith("ECRI"))
    target = tmp_path / "Munich.xlsx.zip"
    finish(qtbot, window, transfer.export_participants_file(window, context, munich, target))
    assert len(shown) == 1 and shown[0].new and "7-Zip" in shown[0].text
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(PASSPHRASE.encode())
        assert archive.namelist() == ["Munich.xlsx"]
        assert archive.read("Munich.xlsx").startswith(b"PK")
    assert "protected with a passphrase" in window.statusBar().currentMessage()
    assert b"Munich.xlsx" in target.read_bytes() and PASSPHRASE.encode() not in target.read_bytes()


def test_a_damaged_database_is_restored_from_its_encrypted_backup_with_the_passphrase_asked(
    tmp_path, qtbot, typed, monkeypatch
):

    from PySide6.QtWidgets import QMessageBox

    from planner.db.store import Store
    from planner.ui import opening
    from tests.conftest import saved_database

    path = saved_database(tmp_path / "work.sqlite")
    backup_protection.set_encrypting(True)
    backup_protection.keep_passphrase(EARLIER)
    store = Store.open(path)
    backups.back_up(store, reason=backups.ON_REQUEST)
    store.close()
    backup_protection.keep_passphrase(PASSPHRASE)  # changed since: the backup needs the earlier one
    damaged = bytearray(path.read_bytes())
    middle = len(damaged) // 4096 // 2 * 4096
    damaged[middle : middle + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(damaged))
    questions: list[str] = []
    monkeypatch.setattr(
        opening, "ask", lambda _parent, _title, text, choices, **_kwargs: questions.append(text) or choices[0]
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
    answers, shown = typed
    answers.append(EARLIER)

    store, lock = opening.open_for_window(None, path)
    assert "Restore the encrypted backup of" in questions[0]
    assert len(shown) == 1 and not shown[0].new
    with store.read() as session:
        assert len(events.list_events(session)) == 3
    store.close()
    lock.release()


def test_turning_encryption_on_offers_to_encrypt_the_backups_made_before(context, qtbot, typed, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    older = backups.back_up(context.store, reason=backups.ON_REQUEST)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *args: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    answers, _shown = typed
    answers.append(PASSPHRASE)
    dialog = PreferencesDialog(context.settings)
    qtbot.addWidget(dialog)
    dialog.protection.encrypt.setChecked(True)
    dialog.accept()
    question = (
        "1 backup made before is not encrypted: anyone who can read the backup folder can read the participants' "
        "data in it. Encrypt it now with the passphrase?"
    )
    assert asked == [question]
    [listed] = backups.backups_of(context.store.path)
    assert listed.encrypted and not older.exists() and listed.path.name == older.name + ".encrypted"
