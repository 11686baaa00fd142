"""Calendar ▸ Fetch replies from mailbox…: the mailbox remembered, replies
read from a real IMAP server (Dovecot on 127.0.0.1) into the statuses as
one undoable step, errors said in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.services import participants
from tests import replies_mail as client
from tests.imap_server import PASSWORD
from tests.test_replies import TUESDAY, send_invitations


@pytest.fixture
def munich(context, event_ids):
    event_id = event_ids["ECRI"]
    with context.store.write() as session:
        for participation, _person in participants.participations_of(session, event_id):
            participants.update_participation(session, participation.id, status="invited")
    return event_id


@pytest.fixture
def reports_shown(monkeypatch):
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *args, **kwargs: shown.append(text))
    return shown


def status_of(context, event_id, address):
    with context.read() as session:
        return next(
            row.status for row, person in participants.participations_of(session, event_id) if person.email == address
        )


def fill(dialog, imap, user, password=PASSWORD):
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(imap.port)
    dialog.user.setText(user)
    dialog.password.setText(password)


def test_replies_fetched_set_the_statuses_as_one_undoable_step(qtbot, window, context, munich, imap, reports_shown):
    sent = send_invitations(context.store, munich)
    user = imap.new_account()
    imap.deliver(user, client.outlook_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY))
    assert window.replies.fetch_action in window.calendar.menu.actions()

    dialog = window.replies.fetch_from_mailbox()
    qtbot.addWidget(dialog)
    fill(dialog, imap, user)
    dialog.fetch_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert status_of(context, munich, "p.los@example.org") == "confirmed"
    assert reports_shown[-1].startswith("In the mailbox: 1 new message, 1 with a calendar.")
    assert "Paweł Łoś: invited → confirmed (accepted)" in reports_shown[-1]
    assert "1 reply read: 1 changed." in window.statusBar().currentMessage()

    context.undo()
    assert status_of(context, munich, "p.los@example.org") == "invited"

    # Opened again, it knows the mailbox (and the password typed this session).
    again = window.replies.fetch_from_mailbox()
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.user.text()) == ("127.0.0.1", imap.port, user)
    assert again.password.text() == PASSWORD


def test_a_refused_login_is_said_in_the_dialog_and_nothing_changes(qtbot, window, context, munich, imap):
    user = imap.new_account()
    dialog = window.replies.fetch_from_mailbox()
    qtbot.addWidget(dialog)
    fill(dialog, imap, user, password="wrong")
    dialog.fetch_button.click()
    qtbot.waitUntil(lambda: dialog.fetch_button.isEnabled(), timeout=30_000)
    assert f"refused the login of {user}" in dialog.status.text()
    assert "Nothing was changed." in dialog.status.text()
    assert dialog.isVisible()


def test_a_server_name_with_a_blank_is_refused_before_connecting(qtbot, window):
    dialog = window.replies.fetch_from_mailbox()
    qtbot.addWidget(dialog)
    dialog.host.setText("imap example org")
    dialog.user.setText("me@example.org")
    dialog.password.setText("x")
    assert dialog.fetch() is None
    assert "mail server for replies" in dialog.status.text() and "blank" in dialog.status.text()
