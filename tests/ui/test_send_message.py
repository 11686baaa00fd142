"""Calendar ▸ Send a message…: a template to participants of the Munich
study visit from the window, each message listed and previewed, anyone for
whom a placeholder is empty held back and named, sent to a real SMTP
server on 127.0.0.1 and read back, and each one remembered."""

from __future__ import annotations

from sqlalchemy import select

from planner.calendar import mail_server
from planner.db.models import Stay
from planner.services import directory, messages_sent
from planner.ui.outbox.dialog import MailServer
from planner.ui.outbox.messages import ComposeDialog, send_message

PRACTICAL = "Practical information (a week before)"
POLISH = "p.los@example.org"


def server_at(address: str) -> MailServer:
    host, port = mail_server.parse_server(address)
    return MailServer(f"{address} (test server)", lambda _password: mail_server.smtp_connection(host, port))


def without_hotel(context, address):
    with context.store.write() as session:
        person = directory.find_person_by_email(session, address)
        for stay in session.scalars(select(Stay).where(Stay.person_id == person.id)):
            session.delete(stay)


def compose(qtbot, window, context, *, attach=(), incomplete=False, selected=0):
    dialog = ComposeDialog(context, selected, window)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentText(PRACTICAL)
    for kind in attach:
        dialog.attachments[kind].setChecked(True)
    dialog.send_incomplete.setChecked(incomplete)
    return dialog


def open_outbox(qtbot, window, server, chosen):
    outbox = send_message(window, server, compose=chosen)
    qtbot.addWidget(outbox)
    qtbot.waitUntil(lambda: not outbox.runner.busy() and outbox.plan is not None, timeout=60_000)
    return outbox


def rows(outbox):
    table = outbox.table
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]


def deliver(qtbot, outbox):
    before = outbox.plan
    outbox.deliver_button.click()
    qtbot.waitUntil(lambda: outbox.plan is not before and not outbox.runner.busy(), timeout=60_000)


def test_a_template_goes_to_everyone_coming_and_the_one_without_a_hotel_is_held_back(
    qtbot, window, context, event_ids, smtp
):
    munich = event_ids["ECRI"]
    window.open_event(munich)
    without_hotel(context, POLISH)
    mailbox, address = smtp()
    chosen = compose(qtbot, window, context, attach=("itinerary", "calendar"))
    assert chosen.subject.text().startswith("Practical information")
    outbox = open_outbox(qtbot, window, server_at(address), chosen)

    listed = rows(outbox)
    held = [row for row in listed if "Łoś" in row[0]]
    assert held == [
        ("Paweł Łoś <p.los@example.org>", "Nothing", "held back, it would have a blank: Paweł Łoś: no hotel ({hotel})")
    ]
    ready = [row for row in listed if row[1] == "Message"]
    # The hosts live there: no journey and no hotel, so held back as well.
    hosts = {"Horst Domdey", "Katrin Schönberger", "Tobias Bäumler"}
    assert {row[0].split(" <")[0] for row in listed if row[1] == "Nothing"} == {"Paweł Łoś", *hosts}
    assert len(ready) == len(listed) - 4 and all(row[2].startswith("with Itinerary-") for row in ready)
    preview = outbox.preview.toPlainText()
    assert "Subject: Practical information" in preview and "Attached: Itinerary-" in preview

    deliver(qtbot, outbox)
    assert len(mailbox.messages) == len(ready)
    assert all(rcpt != [POLISH] for rcpt, _message in mailbox.messages)
    message = mailbox.messages[0][1]
    names = [part.get_filename() for part in message.iter_attachments()]
    assert any(name.endswith(".pdf") for name in names) and any(name.endswith(".ics") for name in names)
    assert outbox.report.headline() == f"{len(ready)} sent, 4 got nothing"
    # Listed again: nobody gets the same letter twice by a second click.
    assert all(row[1] == "Nothing" for row in rows(outbox))
    assert sum(row[2].startswith("got it already (") for row in rows(outbox)) == len(ready)
    assert outbox.summary.text().startswith("Nothing to send")
    with context.read() as session:
        alexiou = directory.find_person_by_email(session, "d.alexiou@example.org")
        [sent] = messages_sent.messages_to_person(session, alexiou.id)
    assert (sent.template, sent.how) == (PRACTICAL, "mail")


def test_sent_also_to_the_incomplete_when_asked_and_only_to_the_rows_selected(qtbot, window, context, event_ids, smtp):
    munich = event_ids["ECRI"]
    window.open_event(munich)
    without_hotel(context, POLISH)
    with context.read() as session:
        los = directory.find_person_by_email(session, POLISH)
    context.set_selected_people(frozenset({los.id}))
    mailbox, address = smtp()
    chosen = compose(qtbot, window, context, incomplete=True, selected=1)
    assert chosen.to_selected.isChecked()
    outbox = open_outbox(qtbot, window, server_at(address), chosen)
    assert rows(outbox) == [("Paweł Łoś <p.los@example.org>", "Message, incomplete", "Paweł Łoś: no hotel ({hotel})")]
    deliver(qtbot, outbox)
    assert [rcpt for rcpt, _message in mailbox.messages] == [[POLISH]]

    # Asked to, it goes again.
    again = compose(qtbot, window, context, incomplete=True, selected=1)
    again.send_again.setChecked(True)
    second = open_outbox(qtbot, window, server_at(address), again)
    assert [row[1] for row in rows(second)] == ["Message, incomplete"]


def test_the_calendar_menu_offers_it_with_the_templates(window, event_ids):
    actions = window.calendar.menu.actions()
    assert window.calendar.message_action in actions and window.calendar.templates_action in actions
    window.open_event(event_ids["ECRI"])
    assert window.calendar.message_action.isEnabled()
