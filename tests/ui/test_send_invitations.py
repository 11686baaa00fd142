"""Calendar ▸ Send invitations…: the list of who gets what and why, the
preview, sending to a real SMTP server on 127.0.0.1, saving .eml files,
the report, and a second run that delivers only what is missing."""

from __future__ import annotations

import email
from email import policy

from planner.calendar import mail_server
from planner.operations.events import ChangeEvent
from planner.ui.outbox.dialog import MailServer
from planner.ui.outbox.invitations import send_invitations
from tests import test_invitations_tls
from tests.test_invitations import read_calendar as invitation_calendar

# A mail server that wants STARTTLS and a login, trusted through a test CA.
ca, secure_smtp, trusted = test_invitations_tls.ca, test_invitations_tls.secure_smtp, test_invitations_tls.trusted

MUNICH_ADDRESSES = 11


def server_at(address: str) -> MailServer:
    host, port = mail_server.parse_server(address)
    return MailServer(f"{address} (test server)", lambda _password: mail_server.smtp_connection(host, port))


def settle(qtbot, dialog):
    """Wait until the dialog's work (making the plan, delivering) has ended."""
    qtbot.waitUntil(lambda: not dialog.runner.busy() and dialog.plan is not None, timeout=60_000)


def open_for(qtbot, window, event_id, server=None):
    window.open_event(event_id)
    dialog = send_invitations(window, server)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog)
    return dialog


def shown(dialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]


def deliver(qtbot, dialog):
    dialog.plan_before = dialog.plan
    dialog.deliver_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not dialog.plan_before and not dialog.runner.busy(), timeout=60_000)


def test_every_participant_is_listed_with_what_they_get_and_why(qtbot, window, event_ids, smtp):
    _mailbox, address = smtp()
    dialog = open_for(qtbot, window, event_ids["ECRI"], server_at(address))
    rows = shown(dialog)
    new = [row for row in rows if row[1] == "New invitation"]
    assert len(new) == MUNICH_ADDRESSES
    assert all(row[2] == "on the participant list, nothing sent yet" for row in new)
    # Whoever gets nothing is listed too, with the reason.
    for _recipient, what, why in rows:
        assert what in {"New invitation", "Nothing"} and why
    assert dialog.summary.text() == f"{MUNICH_ADDRESSES} messages to deliver: {MUNICH_ADDRESSES} new invitations."
    # The first recipient's message, as they will read it.
    preview = dialog.preview.toPlainText()
    assert preview.startswith("From: ") and "\nTo: " in preview and "Subject: Invitation: " in preview
    assert "the calendar invitation (request)" in preview
    assert dialog.deliver_button.isEnabled() and dialog.deliver_button.text() == "Send"


def test_sent_through_the_server_then_a_second_run_has_nothing_to_send(qtbot, window, event_ids, smtp):
    mailbox, address = smtp()
    dialog = open_for(qtbot, window, event_ids["ECRI"], server_at(address))
    deliver(qtbot, dialog)
    assert len(mailbox.messages) == MUNICH_ADDRESSES
    message = mailbox.to("p.los@example.org")
    assert message["To"].addresses[0].display_name == "Paweł Łoś"
    assert dialog.report.headline().startswith(f"{MUNICH_ADDRESSES} sent")
    assert "Sent: Paweł Łoś <p.los@example.org>" in dialog.report_view.toPlainText()
    # The list is made again: everyone has the latest invitation now.
    assert all(what == "Nothing" for _r, what, _w in shown(dialog))
    assert dialog.summary.text().startswith("Nothing to send")
    assert not dialog.deliver_button.isEnabled()


def test_a_change_sends_updates_and_a_refused_recipient_is_sent_next_time(qtbot, window, context, event_ids, smtp):
    munich = event_ids["ECRI"]
    _mailbox, address = smtp(refuse=("p.los@example.org",))
    dialog = open_for(qtbot, window, munich, server_at(address))
    deliver(qtbot, dialog)
    report = dialog.report
    assert [who for who, _why in report.failed] == ["Paweł Łoś <p.los@example.org>"]
    assert "550" in report.failed[0][1]
    assert "FAILED: Paweł Łoś <p.los@example.org>: " in dialog.report_view.toPlainText()
    assert [row for row in shown(dialog) if row[1] != "Nothing"] == [
        ("Paweł Łoś <p.los@example.org>", "New invitation", "on the participant list, nothing sent yet")
    ]
    dialog.close()

    context.perform(ChangeEvent(munich, {"venue_name": "BioM Biotech Cluster, Martinsried"}))
    retry_box, retry_address = smtp()
    again = open_for(qtbot, window, munich, server_at(retry_address))
    kinds = {what for _r, what, _w in shown(again)}
    assert kinds == {"New invitation", "Update"}
    deliver(qtbot, again)
    assert len(retry_box.messages) == MUNICH_ADDRESSES
    update = retry_box.to("d.alexiou@example.org")
    assert update["Subject"].startswith("Updated invitation: ")
    _part, calendar = invitation_calendar(update)
    assert int(calendar.vevent.sequence.value) == 1
    assert retry_box.to("p.los@example.org")["Subject"].startswith("Invitation: ")


def test_saved_as_files_they_read_back_and_count_as_sent(qtbot, window, event_ids, tmp_path):
    dialog = open_for(qtbot, window, event_ids["ECRI"])
    # No mail settings: sending is not offered, saving is, with the reason said.
    assert not dialog.by_server.isEnabled() and dialog.by_files.isChecked()
    assert "Mail settings" in dialog.server_note.text()
    assert not dialog.deliver_button.isEnabled()  # no folder chosen yet
    folder = tmp_path / "invitations"
    dialog.folder.setText(str(folder))
    assert dialog.deliver_button.isEnabled() and dialog.deliver_button.text() == "Save files"
    deliver(qtbot, dialog)
    files = sorted(folder.glob("*.eml"))
    assert len(files) == MUNICH_ADDRESSES
    message = email.message_from_bytes((folder / "Paweł-Łoś.eml").read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "p.los@example.org"
    assert dialog.report.headline().startswith(f"{MUNICH_ADDRESSES} saved")
    assert all(what == "Nothing" for _r, what, _w in shown(dialog))


def test_saved_without_being_counted_they_stay_due(qtbot, window, event_ids, tmp_path):
    dialog = open_for(qtbot, window, event_ids["ECRI"])
    dialog.folder.setText(str(tmp_path / "look"))
    dialog.remember.setChecked(False)
    deliver(qtbot, dialog)
    assert len(list((tmp_path / "look").glob("*.eml"))) == MUNICH_ADDRESSES
    assert sum(what == "New invitation" for _r, what, _w in shown(dialog)) == MUNICH_ADDRESSES


def test_stopped_before_the_first_message_nothing_goes_and_the_report_says_so(qtbot, window, event_ids, smtp):
    mailbox, address = smtp()
    host, port = mail_server.parse_server(address)
    dialog = None

    def connect_then_cancel(_password):
        # The user presses Cancel while the connection is being made.
        dialog.runner.current.cancel()
        return mail_server.smtp_connection(host, port)

    dialog = open_for(qtbot, window, event_ids["ECRI"], MailServer(address, connect_then_cancel))
    deliver(qtbot, dialog)
    assert mailbox.messages == []
    assert len(dialog.report.stopped) == MUNICH_ADDRESSES
    assert "Run again to deliver only what is missing." in dialog.report_view.toPlainText()
    assert sum(what == "New invitation" for _r, what, _w in shown(dialog)) == MUNICH_ADDRESSES


def test_a_server_that_cannot_be_reached_is_said_and_nothing_is_recorded(qtbot, window, event_ids, warnings_shown):
    from tests.smtp_server import free_port

    dialog = open_for(qtbot, window, event_ids["ECRI"], server_at(f"127.0.0.1:{free_port()}"))
    deliver(qtbot, dialog)
    assert len(warnings_shown) == 1 and "cannot connect to the mail server" in warnings_shown[0]
    assert "Nothing was sent." in warnings_shown[0]
    assert sum(what == "New invitation" for _r, what, _w in shown(dialog)) == MUNICH_ADDRESSES


def test_the_calendar_menu_offers_it_for_the_event_shown(window, event_ids):
    assert window.calendar.invitations_action in window.calendar.menu.actions()
    window.open_event(event_ids["ECRI"])
    assert window.calendar.invitations_action.isEnabled()


def test_who_declined_or_has_no_address_is_listed_with_the_reason(qtbot, window, context, event_ids):
    from planner.services import participants

    munich = event_ids["ECRI"]
    with context.store.write() as session:
        by_email = {person.email: row for row, person in participants.participations_of(session, munich)}
        participants.update_participation(session, by_email["p.los@example.org"].id, status="declined")
    dialog = open_for(qtbot, window, munich)
    assert ("Paweł Łoś <p.los@example.org>", "Nothing", "declined; nothing more is sent") in shown(dialog)
    dialog.table.selectRow(next(row for row, line in enumerate(dialog.plan.lines) if "Łoś" in line.recipient))
    assert dialog.preview.toPlainText() == "Paweł Łoś <p.los@example.org> gets nothing: declined; nothing more is sent."


def test_the_saved_mail_settings_are_used_and_a_refused_login_asks_again(
    qtbot, window, context, event_ids, secure_smtp, trusted, monkeypatch, warnings_shown
):
    from planner.operations.mail_settings import ChangeMailSettings
    from planner.services import mail_password, mail_settings
    from tests.test_invitations_tls import PASSWORD, USER

    mailbox, address = secure_smtp
    host, port = mail_server.parse_server(address)
    context.perform(ChangeMailSettings(host, port, "starttls", USER, "BioM office", "office@biom.example.org"))
    asked = []

    def typed(*_args, **_kwargs):
        asked.append(True)
        return ("wrong" if len(asked) == 1 else PASSWORD), True

    monkeypatch.setattr("planner.ui.mail_password_prompt.QInputDialog.getText", typed)
    dialog = open_for(qtbot, window, event_ids["ECRI"])
    assert dialog.by_server.isEnabled() and dialog.by_server.isChecked()
    assert f"{host}:{port}" in dialog.server_note.text() and USER in dialog.server_note.text()

    deliver(qtbot, dialog)  # the wrong password: refused, said, forgotten
    assert "refused the login" in warnings_shown[-1] and mailbox.messages == []
    with context.read() as session:
        assert mail_password.stored_password(mail_settings.load(session)) is None

    deliver(qtbot, dialog)  # asked again
    assert len(asked) == 2
    assert len(mailbox.messages) == MUNICH_ADDRESSES
    # From the account's sender; answers still go to the organiser.
    [message] = [message for rcpt, message in mailbox.messages if rcpt == ["p.los@example.org"]]
    assert message["From"].addresses[0].addr_spec == "office@biom.example.org"
    assert message["Reply-To"].addresses[0].addr_spec == "ecri.studyvisit@example.org"
