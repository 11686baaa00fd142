"""Edit ▸ Mail settings…: the usual port follows the security chosen, OK
saves as one undoable step and keeps the password in the keyring (never in
the database or the settings file), a wrong field is named in the dialog,
and the test message reaches a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import keyring
import keyring.backends.fail
from PySide6.QtWidgets import QDialog, QInputDialog

from planner.services import mail_password, mail_settings
from planner.services.mail_settings import MailSettings
from planner.ui import mail_settings_dialog
from planner.ui.mail_settings_dialog import MailSettingsDialog
from tests import test_invitations_tls
from tests.test_invitations_tls import PASSWORD, USER

# The mail servers on 127.0.0.1 of the invitation tests, and their test CA.
ca, secure_smtp, trusted = test_invitations_tls.ca, test_invitations_tls.secure_smtp, test_invitations_tls.trusted


def _dialog(context, qtbot) -> MailSettingsDialog:
    dialog = MailSettingsDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog: MailSettingsDialog, server: str, security: str, user: str = "") -> None:
    host, port = server.rsplit(":", 1)
    dialog.host.setText(host)
    dialog.security.setCurrentIndex(dialog.security.findData(security))
    dialog.port.setText(port)
    dialog.port_typed = True
    dialog.user.setText(user)
    dialog.sender_name.setText("ECRI Study Visit")
    dialog.sender_email.setText("ecri@example.org")


def _saved(context) -> MailSettings | None:
    with context.read() as session:
        return mail_settings.load(session)


def test_the_usual_port_follows_the_security_unless_the_user_typed_one(context, qtbot):
    dialog = _dialog(context, qtbot)
    assert dialog.security.currentData() == "starttls" and dialog.port.text() == "587"
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    assert dialog.port.text() == "465"
    dialog.port.clear()
    qtbot.keyClicks(dialog.port, "2525")
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    assert dialog.port.text() == "2525"


def test_ok_saves_the_settings_as_one_undo_step_and_the_password_in_the_keyring(
    context, qtbot, keyring_in_memory, data_dir
):
    dialog = _dialog(context, qtbot)
    _fill(dialog, "smtp.example.org:587", "starttls", USER)
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = _saved(context)
    assert saved == MailSettings("smtp.example.org", 587, "starttls", USER, "ECRI Study Visit", "ecri@example.org")
    assert keyring_in_memory.passwords == {(mail_password.SERVICE, f"{USER}@smtp.example.org:587"): PASSWORD}
    assert "kept in the system keyring" in dialog.outcome
    assert context.undo_stack.undoText() == "Change mail settings"

    # Shown again as saved, the password kept but not shown.
    again = _dialog(context, qtbot)
    assert (again.host.text(), again.port.text(), again.user.text()) == ("smtp.example.org", "587", USER)
    assert again.password.text() == "" and "kept" in again.password.placeholderText()
    assert "is kept in the system keyring" in again.password_note.text()

    # Neither in the database (and its write-ahead log) nor in the settings file.
    context.remember_database(context.store.path)  # what the window writes there
    context.settings.sync()
    written = [path for path in data_dir.parent.rglob("*") if path.is_file()]
    assert context.store.path in written and data_dir / "settings.ini" in written
    for path in written:
        assert PASSWORD.encode() not in path.read_bytes(), path

    context.undo()
    assert _saved(context) is None


def test_a_wrong_port_or_host_is_named_in_the_dialog_and_nothing_is_saved(context, qtbot):
    dialog = _dialog(context, qtbot)
    _fill(dialog, "smtp.example.org:99999", "starttls")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Port: 99999 is not a port; give a number from 1 to 65535"
    assert dialog.port.hasFocus() or dialog.focusWidget() is dialog.port

    dialog.port.setText("587")
    dialog.host.setText("smtp.example.org:587")
    dialog.accept()
    assert dialog.error.text().startswith("Mail server: 'smtp.example.org:587': give the port under Port")
    assert _saved(context) is None and context.undo_stack.count() == 0

    dialog.host.setText("smtp.example.org")
    dialog.accept()
    assert not dialog.isVisible() and _saved(context) is not None


def test_the_test_message_is_sent_off_the_gui_thread_and_the_answer_shown(context, qtbot, smtp):
    mailbox, server = smtp()
    dialog = _dialog(context, qtbot)
    _fill(dialog, server, "none")
    dialog.send_test()
    assert not dialog.test_button.isEnabled() and "Sending a test message" in dialog.test_result.text()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=30_000)
    assert dialog.test_result.text().startswith(f"✓ {server} accepted the test message to ecri@example.org: 250")
    [(recipients, message)] = mailbox.messages
    assert recipients == ["ecri@example.org"] and message["Subject"] == "Planner test message"
    assert _saved(context) is None  # a test saves nothing


def test_the_test_message_asks_for_a_missing_password_and_logs_in_over_starttls(
    context, qtbot, secure_smtp, trusted, monkeypatch
):
    mailbox, server = secure_smtp
    asked = []

    def get_text(_parent, title, label, *args, **kwargs):
        asked.append(label)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    dialog = _dialog(context, qtbot)
    _fill(dialog, server, "starttls", USER)
    dialog.send_test()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=30_000)
    assert dialog.test_result.text().startswith("✓ "), dialog.test_result.text()
    assert len(asked) == 1 and f"Password of {USER} on {server}" in asked[0] and "keyring" in asked[0]
    assert mailbox.logins == [(USER, True)] and mailbox.sessions == [(True, USER)]

    # Asked once: the password typed is kept.
    dialog.send_test()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=30_000)
    assert len(asked) == 1 and len(mailbox.messages) == 2


def test_a_refused_login_is_shown_in_the_dialog(context, qtbot, secure_smtp, trusted):
    mailbox, server = secure_smtp
    dialog = _dialog(context, qtbot)
    _fill(dialog, server, "starttls", USER)
    dialog.password.setText("wrong")
    dialog.send_test()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=30_000)
    assert dialog.test_result.text().startswith(f"✗ {server}: the mail server refused the login of {USER}")
    assert mailbox.messages == []


def test_without_a_keyring_the_dialog_says_the_password_is_asked_once_per_session_and_why(context, qtbot, monkeypatch):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = _dialog(context, qtbot)
    _fill(dialog, "smtp.example.org:587", "starttls", USER)
    dialog._update_password_note()
    note = dialog.password_note.text()
    assert "No usable keyring: no system keyring was found" in note and "asked once per session" in note

    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _p, _t, label, *a, **k: (asked.append(label), ("", False))[1])
    dialog.send_test()
    assert "There is no usable keyring" in asked[0] and "once per session" in asked[0]
    assert dialog.test_result.text() == "No test message sent: no password was given."

    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert "until Planner closes only" in dialog.outcome
    assert mail_password.stored_password(_saved(context)) == PASSWORD


def test_edit_menu_opens_the_mail_settings(window, qtbot, monkeypatch):
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        _fill(dialog, "smtp.example.org:465", "tls")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(mail_settings_dialog.MailSettingsDialog, "exec", exec_)
    [edit_menu] = [action.menu() for action in window.menuBar().actions() if action.text() == "&Edit"]
    [entry] = [action for action in edit_menu.actions() if action.text() == "&Mail settings…"]
    entry.trigger()
    assert len(opened) == 1
    assert window.statusBar().currentMessage() == "Saved the mail settings."
    assert _saved(window.context).server == "smtp.example.org:465"


def test_without_a_user_name_no_password_is_asked(context, qtbot):
    dialog = _dialog(context, qtbot)
    assert not dialog.password.isEnabled() and "without logging in" in dialog.password_note.text()
    qtbot.keyClicks(dialog.user, USER)
    assert dialog.password.isEnabled()


def test_a_database_open_read_only_keeps_its_settings_and_says_why(store, qtbot):
    from planner.db.store import Store
    from planner.ui.context import AppContext, open_settings

    read_only = Store.open(store.path, read_only=True)
    context = AppContext(read_only, open_settings())
    dialog = _dialog(context, qtbot)
    _fill(dialog, "smtp.example.org:587", "starttls")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "opened read-only; nothing was changed" in dialog.error.text()
    assert _saved(context) is None
    read_only.close()
