"""Invitations in the recipient's language: sent to a real SMTP server on
127.0.0.1 (aiosmtpd) for a Polish and a Greek partner, read back with
Python's email parser and vobject. The fixed wording, weekdays and months
are theirs; the event's title and places stay as typed; the calendar
part is as valid as ever. Someone whose language is not known gets the
English invitation as before."""

from __future__ import annotations

import email
import re

import pytest

from planner.cli import main
from planner.services import directory
from tests.vobject_reading import read_calendar as vobject_read

TITLE = "ECRI study visit to BioM, Munich"
POLISH = "p.los@example.org"
GREEK = "d.alexiou@example.org"
UNKNOWN = "j.pons@example.org"


@pytest.fixture
def munich(samples, store):
    event_id = samples["ECRI"]
    with store.write() as session:
        los = directory.find_person_by_email(session, POLISH)
        directory.update_person(session, los.id, language="pl")
        alexiou = directory.find_person_by_email(session, GREEK)
        directory.update_person(session, alexiou.id, given_name="Δήμητρα", family_name="Αλεξίου", language="el")
    return event_id


def _send(db_path, event_id: int, server: str, capsys) -> None:
    code = main(["--db", str(db_path), "invites", str(event_id), "--smtp", server])
    captured = capsys.readouterr()
    assert code == 0, captured.err


def _body(message: email.message.EmailMessage) -> str:
    return message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")


def _calendar(message: email.message.EmailMessage):
    [part] = [
        part
        for part in message.walk()
        if part.get_content_type() == "text/calendar" and part.get_content_disposition() != "attachment"
    ]
    assert part.get_param("method") == "REQUEST"
    return vobject_read(part.get_payload(decode=True).decode("utf-8"))


def test_a_polish_partner_gets_the_invitation_in_polish(munich, db_path, smtp, capsys):
    mailbox, server = smtp()
    _send(db_path, munich, server, capsys)
    message = mailbox.to(POLISH)

    assert message["Subject"] == f"Zaproszenie: {TITLE} (piątek, 23 marca 2018, 14:30–21:30 (Europe/Berlin))"
    text = _body(message)
    assert text.startswith("Dzień dobry Paweł Łoś,\n\nSerdecznie zapraszamy na wydarzenie „" + TITLE + "”.\n")
    assert "Kiedy: piątek, 23 marca 2018, 14:30–21:30 (Europe/Berlin)" in text
    assert "Gdzie: BioM, Am Klopferspitz 19a, Martinsried/Planegg" in text
    assert "Organizator: ecri.studyvisit@example.org" in text
    assert "Program w skrócie:\npiątek, 23 marca 2018\n  14:30–14:45  Welcome" in text
    assert "Prosimy o przyjęcie lub odrzucenie zaproszenia w kalendarzu" in text
    assert text.rstrip().endswith("Z poważaniem\nBioM")
    for english in ("Dear", "When:", "Where:", "Agenda in brief", "Best regards", "Fri", "Mar"):
        assert not re.search(rf"\b{english}\b", text)

    calendar = _calendar(message)
    assert calendar.method.value == "REQUEST"
    vevent = calendar.vevent
    assert vevent.summary.value == TITLE
    assert vevent.dtstart.value.isoformat() == "2018-03-23T14:30:00+01:00"
    assert vevent.dtend.value.isoformat() == "2018-03-23T21:30:00+01:00"
    assert vevent.attendee.value == f"mailto:{POLISH}" and vevent.attendee.params["RSVP"] == ["TRUE"]
    assert vevent.description.value.startswith(f"{TITLE}\n\nKiedy: piątek, 23 marca 2018, 14:30–21:30")


def test_a_greek_partner_gets_the_invitation_in_greek(munich, db_path, smtp, capsys):
    mailbox, server = smtp()
    _send(db_path, munich, server, capsys)
    message = mailbox.to(GREEK)

    assert message["Subject"].startswith(f"Πρόσκληση: {TITLE} (")
    # Babel's long Greek date; some versions of its data write a comma after the weekday.
    assert re.search(r"\(Παρασκευή,? 23 Μαρτίου 2018, 14:30–21:30 \(Europe/Berlin\)\)$", message["Subject"])
    text = _body(message)
    assert text.startswith("Αγαπητέ/ή Δήμητρα Αλεξίου,\n\nΈχουμε τη χαρά να σας προσκαλέσουμε στην εκδήλωση «")
    assert re.search(r"Πότε: Παρασκευή,? 23 Μαρτίου 2018, 14:30–21:30 \(Europe/Berlin\)", text)
    assert "Το πρόγραμμα εν συντομία:" in text
    # The item she moderates is marked so, in her language.
    assert re.search(r"16:45–17:30  Identification of best practices[^\n]*\(συντονίζετε\)", text)
    assert text.rstrip().endswith("Με εκτίμηση,\nBioM")

    vevent = _calendar(message).vevent
    assert vevent.attendee.params["CN"] == ["Δήμητρα Αλεξίου"]
    assert vevent.attendee.params["ROLE"] == ["REQ-PARTICIPANT"]
    assert "Πότε: Παρασκευή" in vevent.description.value


def test_whoever_has_no_language_gets_english_and_nothing_is_sent_twice(munich, db_path, smtp, capsys):
    mailbox, server = smtp()
    _send(db_path, munich, server, capsys)
    text = _body(mailbox.to(UNKNOWN))
    assert text.startswith("Dear Joan Pons Sastre,\n\nYou are invited to " + TITLE + ".")
    assert "When: Fri 23 Mar 2018, 14:30–21:30 (Europe/Berlin)" in text
    sent = len(mailbox.messages)

    code = main(["--db", str(db_path), "invites", str(munich), "--smtp", server])
    assert code == 0 and "Nothing to send" in capsys.readouterr().out
    assert len(mailbox.messages) == sent


def test_a_new_language_is_an_update_in_that_language(munich, store, db_path, smtp, capsys):
    """The invitation says other words: the recipient is sent it again, in
    their language, as an update of the same invitation."""
    mailbox, server = smtp()
    _send(db_path, munich, server, capsys)
    first = _calendar(mailbox.to(UNKNOWN)).vevent
    with store.write() as session:
        pons = directory.find_person_by_email(session, UNKNOWN)
        directory.update_person(session, pons.id, language="es")
    mailbox.messages.clear()
    _send(db_path, munich, server, capsys)

    assert [rcpt for rcpt, _message in mailbox.messages] == [[UNKNOWN]]
    message = mailbox.to(UNKNOWN)
    assert message["Subject"].startswith(f"Invitación actualizada: {TITLE} (viernes, 23 de marzo de 2018")
    assert "Los datos del evento «" + TITLE + "» han cambiado." in _body(message)
    again = _calendar(message).vevent
    assert again.uid.value == first.uid.value and int(again.sequence.value) == int(first.sequence.value) + 1
