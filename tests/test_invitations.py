"""`planner invites`: invitations by e-mail, sent to a real SMTP server on
127.0.0.1 (aiosmtpd) and read back with the email package and vobject."""

from __future__ import annotations

import email
from email import policy

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.db.models import AgendaItem, Participation, Person
from planner.services import agenda, directory, events, participants
from tests.smtp_server import free_port
from tests.vobject_reading import read_calendar as vobject_read


@pytest.fixture
def munich(samples, store):
    event_id = samples["ECRI"]
    with store.write() as session:
        assert events.get_event(session, event_id).organiser_email == "ecri.studyvisit@example.org"
        # A Greek name, to see it survive headers and body.
        alexiou = directory.find_person_by_email(session, "d.alexiou@example.org")
        directory.update_person(session, alexiou.id, given_name="Δήμητρα", family_name="Αλεξίου")
    return event_id


def invites(db_path, *args: str) -> list[str]:
    return ["--db", str(db_path), "invites", *args]


def run(capsys, argv) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def calendar_part(message: email.message.EmailMessage):
    """The inline text/calendar alternative (not the attachment)."""
    parts = [
        part
        for part in message.walk()
        if part.get_content_type() == "text/calendar" and part.get_content_disposition() != "attachment"
    ]
    assert len(parts) == 1
    return parts[0]


def read_calendar(message: email.message.EmailMessage):
    part = calendar_part(message)
    return part, vobject_read(part.get_payload(decode=True).decode("utf-8"))


def body(message: email.message.EmailMessage) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


MUNICH_ADDRESSES = 11


def test_every_invited_participant_gets_the_invitation_and_the_essentials(munich, db_path, smtp, capsys):
    mailbox, server = smtp()
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0, err
    assert len(mailbox.messages) == MUNICH_ADDRESSES
    assert out.count("sent to ") == MUNICH_ADDRESSES and "NOT sent" not in out

    message = mailbox.to("p.los@example.org")
    assert message["To"].addresses[0].display_name == "Paweł Łoś"
    assert message["From"].addresses[0].addr_spec == "ecri.studyvisit@example.org"
    assert message["Message-ID"] and message["Date"]
    part, calendar = read_calendar(message)
    assert part.get_content_type() == "text/calendar" and part.get_param("method") == "REQUEST"
    assert calendar.method.value == "REQUEST"
    assert len(calendar.vevent_list) == 1
    vevent = calendar.vevent
    assert vevent.organizer.value == "mailto:ecri.studyvisit@example.org"
    assert len(vevent.attendee_list) == 1
    attendee = vevent.attendee
    assert attendee.value == "mailto:p.los@example.org"
    assert attendee.params["CN"] == ["Paweł Łoś"]
    assert attendee.params["ROLE"] == ["REQ-PARTICIPANT"]
    assert attendee.params["PARTSTAT"] == ["NEEDS-ACTION"]
    assert attendee.params["RSVP"] == ["TRUE"]
    assert vevent.sequence.value == "0"
    assert vevent.dtstart.value.isoformat() == "2018-03-23T14:30:00+01:00"
    assert vevent.dtend.value.isoformat() == "2018-03-23T21:30:00+01:00"
    assert any(part.get_filename() == "invite.ics" for part in message.iter_attachments())

    text = body(message)
    assert "Dear Paweł Łoś," in text
    assert "Fri 23 Mar 2018, 14:30–21:30 (Europe/Berlin)" in text
    assert "BioM, Am Klopferspitz 19a, Martinsried/Planegg" in text
    assert "Your role: Participant" in text
    assert "14:30–14:45  Welcome" in text and "19:30–21:30  Dinner" in text
    assert "Your role: Participant" in vevent.description.value

    greek = mailbox.to("d.alexiou@example.org")
    raw = greek.as_bytes()
    assert "Αλεξίου".encode() not in raw.split(b"\r\n\r\n", 1)[0]  # encoded in the header
    assert greek["To"].addresses[0].display_name == "Δήμητρα Αλεξίου"
    assert "Dear Δήμητρα Αλεξίου," in body(greek) and "Your role: Moderator" in body(greek)
    assert read_calendar(greek)[1].vevent.attendee.params["CN"] == ["Δήμητρα Αλεξίου"]

    # A second run without changes sends nothing.
    code, out, _ = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0 and "Nothing to send" in out
    assert len(mailbox.messages) == MUNICH_ADDRESSES


def test_observers_are_optional_and_those_who_declined_get_nothing(munich, store, db_path, smtp, capsys):
    with store.write() as session:
        rows = {
            person.email: participation for participation, person in participants.participations_of(session, munich)
        }
        participants.update_participation(session, rows["p.los@example.org"].id, role="observer")
        participants.update_participation(session, rows["j.pons@example.org"].id, status="declined")
    mailbox, server = smtp()
    assert run(capsys, invites(db_path, str(munich), "--smtp", server))[0] == 0
    assert len(mailbox.messages) == MUNICH_ADDRESSES - 1
    assert read_calendar(mailbox.to("p.los@example.org"))[1].vevent.attendee.params["ROLE"] == ["OPT-PARTICIPANT"]
    assert "Your role: Observer" in body(mailbox.to("p.los@example.org"))
    assert not [rcpt for rcpt, _ in mailbox.messages if rcpt == ["j.pons@example.org"]]


def test_a_change_sends_an_update_with_the_same_uid_and_a_higher_sequence(munich, store, db_path, smtp, capsys):
    mailbox, server = smtp()
    run(capsys, invites(db_path, str(munich), "--smtp", server))
    first = read_calendar(mailbox.to("p.los@example.org"))[1].vevent
    with store.write() as session:
        welcome = session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == munich, AgendaItem.title == "Welcome")
        ).one()
        agenda.update_item(session, welcome.id, title="Welcome and introductions")

    later, server = smtp()
    code, out, _ = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0
    assert len(later.messages) == MUNICH_ADDRESSES and out.count("(update, SEQUENCE 1)") == MUNICH_ADDRESSES
    message = later.to("p.los@example.org")
    update = read_calendar(message)[1].vevent
    assert update.uid.value == first.uid.value
    assert int(update.sequence.value) == int(first.sequence.value) + 1
    assert "Welcome and introductions" in body(message) and message["Subject"].startswith("Updated invitation")


def test_cancelling_the_event_sends_cancel_to_everyone_invited(munich, store, db_path, smtp, capsys):
    mailbox, server = smtp()
    run(capsys, invites(db_path, str(munich), "--smtp", server))
    uid = read_calendar(mailbox.to("p.los@example.org"))[1].vevent.uid.value
    with store.write() as session:
        events.update_event(session, munich, status="cancelled")

    cancelled, server = smtp()
    code, out, _ = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0 and out.count("(cancellation, SEQUENCE 1)") == MUNICH_ADDRESSES
    assert len(cancelled.messages) == MUNICH_ADDRESSES
    message = cancelled.to("p.los@example.org")
    part, calendar = read_calendar(message)
    assert part.get_param("method") == "CANCEL" and calendar.method.value == "CANCEL"
    assert calendar.vevent.uid.value == uid and calendar.vevent.status.value == "CANCELLED"
    assert calendar.vevent.sequence.value == "1"
    assert "has been cancelled" in body(message)

    code, out, _ = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0 and "Nothing to send" in out and len(cancelled.messages) == MUNICH_ADDRESSES


def test_a_participant_taken_off_the_list_alone_gets_cancel(munich, store, db_path, smtp, capsys):
    _mailbox, server = smtp()
    run(capsys, invites(db_path, str(munich), "--smtp", server))
    with store.write() as session:
        los = directory.find_person_by_email(session, "p.los@example.org")
        row = session.scalars(
            select(Participation).where(Participation.event_id == munich, Participation.person_id == los.id)
        ).one()
        participants.remove_participant(session, row.id)

    later, server = smtp()
    code, out, _ = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0
    assert [rcpt for rcpt, _ in later.messages] == [["p.los@example.org"]]
    assert "sent to Paweł Łoś <p.los@example.org> (cancellation" in out
    part, calendar = read_calendar(later.to("p.los@example.org"))
    assert part.get_param("method") == "CANCEL" and calendar.method.value == "CANCEL"
    assert "is withdrawn" in body(later.to("p.los@example.org"))


def test_a_send_failing_half_way_reports_it_and_the_next_run_sends_only_the_missing(munich, db_path, smtp, capsys):
    refusing, server = smtp(refuse=("n.vlachos@example.org",))
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 1
    assert out.count("sent to ") - out.count("NOT sent to ") == MUNICH_ADDRESSES - 1
    assert "NOT sent to Nikolaos Vlachos <n.vlachos@example.org>: refused by the mail server: 550" in out
    assert err.count("\n") == 1 and err.startswith("planner: 1 of 11 messages not sent")
    assert len(refusing.messages) == MUNICH_ADDRESSES - 1

    accepting, server = smtp()
    code, out, _ = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0
    assert [rcpt for rcpt, _ in accepting.messages] == [["n.vlachos@example.org"]]
    assert read_calendar(accepting.to("n.vlachos@example.org"))[1].vevent.sequence.value == "0"


def test_a_server_that_cannot_be_reached_is_one_line(munich, db_path, capsys):
    code, _, err = run(capsys, invites(db_path, str(munich), "--smtp", f"127.0.0.1:{free_port()}"))
    assert code == 1 and err.count("\n") == 1 and "cannot connect to the mail server" in err


def test_out_writes_one_eml_per_invited_participant_and_records_nothing(munich, store, db_path, tmp_path, smtp, capsys):
    with store.write() as session:
        los = directory.find_person_by_email(session, "p.los@example.org")
        directory.update_person(session, los.id, email=None)
    folder = tmp_path / "invitations"
    code, out, _ = run(capsys, invites(db_path, str(munich), "--out", str(folder)))
    assert code == 0
    files = sorted(folder.glob("*.eml"))
    assert len(files) == MUNICH_ADDRESSES - 1
    assert "no e-mail address, left out: Paweł Łoś" in out
    greek = folder / "Δήμητρα-Αλεξίου.eml"
    message = email.message_from_bytes(greek.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "d.alexiou@example.org"
    assert read_calendar(message)[1].method.value == "REQUEST"

    # Written files are not "sent": the first real send sends them all.
    mailbox, server = smtp()
    assert run(capsys, invites(db_path, str(munich), "--smtp", server))[0] == 0
    assert len(mailbox.messages) == MUNICH_ADDRESSES - 1


def test_an_event_without_organiser_email_is_refused(munich, store, db_path, tmp_path, capsys):
    with store.write() as session:
        events.update_event(session, munich, organiser_email="")
    folder = tmp_path / "out"
    code, _, err = run(capsys, invites(db_path, str(munich), "--out", str(folder)))
    assert code == 1 and err.count("\n") == 1
    assert (
        err.startswith("planner: “ECRI study visit") and "has no organiser e-mail: invitations are sent from it" in err
    )
    assert not folder.exists()


def test_smtp_user_needs_the_password_in_the_environment(munich, db_path, monkeypatch, capsys):
    monkeypatch.delenv("PLANNER_SMTP_PASSWORD", raising=False)
    code, _, err = run(
        capsys, invites(db_path, str(munich), "--smtp", "127.0.0.1:25", "--starttls", "--smtp-user", "me")
    )
    assert code == 1 and "PLANNER_SMTP_PASSWORD" in err and err.count("\n") == 1


def test_the_invitation_memory_goes_with_the_person_and_the_event(munich, store, db_path, smtp, capsys):
    _, server = smtp()
    run(capsys, invites(db_path, str(munich), "--smtp", server))
    from planner.db.models import InvitationSent

    with store.write() as session:
        assert len(session.scalars(select(InvitationSent).where(InvitationSent.event_id == munich)).all()) == 11
        assert session.scalars(select(Person).where(Person.email == "p.los@example.org")).one()
        events.delete_event(session, munich)
    with store.read() as session:
        assert session.scalars(select(InvitationSent)).all() == []
