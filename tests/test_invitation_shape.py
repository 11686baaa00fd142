"""How an invitation shows in a partner's calendar: an event over several
days as all-day days (not one block through the nights), one calendar
part with a method and the copy as a plain application/ics file, mail
sent by someone for the organiser, and the ORGANIZER of the published
calendar. Sent to a real SMTP server on 127.0.0.1 (aiosmtpd), read back
with Python's email parser and vobject."""

from __future__ import annotations

import email
from datetime import date
from email import policy

import pytest

from planner.calendar import invitations as mail
from planner.calendar import mail_server, outbox
from planner.errors import PlannerError
from planner.operations import perform
from planner.operations.replies import ImportReplies
from planner.services import events, participants
from tests import replies_mail as client
from tests.test_invitations import body, invites, read_calendar, run
from tests.vobject_reading import read_calendar as vobject_read

WORKSHOP_ORGANISER = "clunet.workshop@example.org"
COLOMBO = "f.colombo@example.org"


@pytest.fixture
def workshop(samples, store):
    """The two-day Madrid workshop (3-4 June 2009, an agenda on both days),
    everyone still to answer."""
    event_id = samples["Improvement"]
    with store.write() as session:
        event = events.get_event(session, event_id)
        assert (event.starts_on, event.ends_on) == (date(2009, 6, 3), date(2009, 6, 4))
        assert event.organiser_email == WORKSHOP_ORGANISER
        for participation, _person in participants.participations_of(session, event_id):
            participants.update_participation(session, participation.id, status="invited")
    return event_id


def test_an_event_over_two_days_is_sent_as_two_all_day_days_with_the_agenda_in_the_body(
    workshop, store, db_path, smtp, capsys, tmp_path
):
    mailbox, server = smtp()
    code, _out, err = run(capsys, invites(db_path, str(workshop), "--smtp", server))
    assert code == 0, err
    message = mailbox.to(COLOMBO)
    part, calendar = read_calendar(message)
    vevent = calendar.vevent
    # All-day: dates, not times, and the end the day after the last day.
    # (A one-day event stays the timed block of its agenda: tests/test_invitations.py.)
    assert vevent.dtstart.value == date(2009, 6, 3) and vevent.dtend.value == date(2009, 6, 5)
    raw = part.get_payload(decode=True).decode()
    assert "DTSTART;VALUE=DATE:20090603\r\n" in raw and "DTEND;VALUE=DATE:20090605\r\n" in raw
    assert vevent.transp.value == "OPAQUE"  # busy on those days
    assert "Wed 3 Jun 2009 – Thu 4 Jun 2009" in message["Subject"]
    text = body(message)
    assert "When: Wed 3 Jun 2009 – Thu 4 Jun 2009" in text
    assert "Agenda in brief:" in text and "09:00–09:30  Registration and welcome coffee" in text
    assert "15:30–16:00  Closing remarks" in text

    # The answer to it is read back as before: it goes by UID and SEQUENCE.
    sent = client.invitation_of(message)
    reply = tmp_path / "reply.ics"
    reply.write_bytes(client.rfc5546_reply(sent, "ACCEPTED", client.datetime(2009, 5, 20, tzinfo=client.UTC)))
    perform(store, ImportReplies((reply,)))
    with store.read() as session:
        status = {
            person.email: participation.status
            for participation, person in participants.participations_of(session, workshop)
        }
    assert status[COLOMBO] == "confirmed"


def test_the_copy_of_the_invitation_is_a_file_and_the_only_method_part_is_the_calendar(workshop, db_path, smtp, capsys):
    mailbox, server = smtp()
    assert run(capsys, invites(db_path, str(workshop), "--smtp", server))[0] == 0
    message = mailbox.to(COLOMBO)
    calendars = [part for part in message.walk() if part.get_content_type() == "text/calendar"]
    assert len(calendars) == 1 and calendars[0].get_param("method") == "REQUEST"
    [copy] = list(message.iter_attachments())
    assert copy.get_content_type() == "application/ics" and copy.get_filename() == "invite.ics"
    assert copy.get_param("method") is None
    assert copy.get_payload(decode=True) == calendars[0].get_payload(decode=True)


def _sent_by(store, workshop, smtp, sender):
    with store.write() as session:
        batch = mail.invitations(session, workshop, sender=sender)
    mailbox, server = smtp()
    with mail_server.smtp_connection(*mail_server.parse_server(server)) as connection:
        outcome = outbox.send_all(
            connection, batch.sender, batch.messages, store=store, on_done=lambda _invitation: None
        )
    assert not outcome.failed
    return batch, mailbox


def test_mail_sent_by_an_assistant_is_from_them_and_answers_go_to_the_organiser(workshop, store, smtp):
    batch, mailbox = _sent_by(store, workshop, smtp, ("Ana Asistente", "ana.asistente@example.org"))
    assert batch.sender == "ana.asistente@example.org"
    assert set(mailbox.senders) == {"ana.asistente@example.org"}  # the envelope's sender
    message = mailbox.to(COLOMBO)
    [sender] = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Ana Asistente", "ana.asistente@example.org")
    assert [address.addr_spec for address in message["Reply-To"].addresses] == [WORKSHOP_ORGANISER]
    organizer = read_calendar(message)[1].vevent.organizer
    assert organizer.value == f"mailto:{WORKSHOP_ORGANISER}"
    assert organizer.params["SENT-BY"] == ["mailto:ana.asistente@example.org"]


def test_the_organiser_named_as_sender_sends_as_the_organiser(workshop, store, smtp):
    _batch, mailbox = _sent_by(store, workshop, smtp, ("Someone", WORKSHOP_ORGANISER.upper()))
    assert set(mailbox.senders) == {WORKSHOP_ORGANISER}
    message = mailbox.to(COLOMBO)
    assert [address.addr_spec for address in message["From"].addresses] == [WORKSHOP_ORGANISER]
    assert message["Reply-To"] is None
    assert "SENT-BY" not in read_calendar(message)[1].vevent.organizer.params


def test_a_sender_address_that_cannot_be_used_is_one_line(workshop, store):
    with store.write() as session, pytest.raises(PlannerError) as refused:
        mail.invitations(session, workshop, sender=("Ana", "ana@"))
    assert "sender's e-mail address" in str(refused.value) and "\n" not in str(refused.value)


def test_the_published_calendar_names_the_organiser(workshop, store, db_path, tmp_path, capsys):
    path = tmp_path / "workshop.ics"
    code, _out, err = run(capsys, ["--db", str(db_path), "ics", str(workshop), "-o", str(path)])
    assert code == 0, err
    calendar = vobject_read(path.read_text(encoding="utf-8"))
    assert calendar.method.value == "PUBLISH"
    organised = [vevent for vevent in calendar.vevent_list if hasattr(vevent, "organizer")]
    assert len(organised) == 1 and organised[0].dtstart.value == date(2009, 6, 3)  # the event, not each item
    assert organised[0].organizer.value == f"mailto:{WORKSHOP_ORGANISER}"
    assert organised[0].organizer.params["CN"] == ["Madrid Biocluster"]

    with store.write() as session:
        events.update_event(session, workshop, organiser_email="")
    code, _out, err = run(capsys, ["--db", str(db_path), "ics", str(workshop), "-o", str(path), "--overwrite"])
    assert code == 0, err
    calendar = vobject_read(path.read_text(encoding="utf-8"))
    assert not any(hasattr(vevent, "organizer") for vevent in calendar.vevent_list)


def test_an_eml_reads_back_with_the_same_shape(workshop, db_path, tmp_path, capsys):
    folder = tmp_path / "out"
    assert run(capsys, invites(db_path, str(workshop), "--out", str(folder)))[0] == 0
    [path] = [path for path in folder.glob("*.eml") if COLOMBO in path.read_text(encoding="utf-8", errors="replace")]
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert read_calendar(message)[1].vevent.dtend.value == date(2009, 6, 5)
