"""Messages from templates: every placeholder filled in for Greek and
Polish names, what is missing reported per recipient, a name that tries
to add a header, `planner mail` to a real SMTP server on 127.0.0.1
(aiosmtpd) and into .eml files, read back with Python's email parser,
pypdf and vobject; each message remembered."""

from __future__ import annotations

import email
import io
from email import policy

import pypdf
import pytest
from sqlalchemy import select

from planner.cli import main
from planner.db.models import Person, Stay
from planner.mail.template_messages import compose
from planner.services import directory, messages_sent, templates
from planner.services.errors import InvalidInput
from planner.services.template_text import PLACEHOLDERS
from tests.vobject_reading import read_calendar

GREEK = "e.papadopoulou@example.org"  # Dimitra Alexiou of the sample, renamed
POLISH = "p.los@example.org"
PRACTICAL = "Practical information (a week before)"
EVERY_PLACEHOLDER = "\n".join(f"{name}=[{{{name}}}]" for name in PLACEHOLDERS)


@pytest.fixture
def munich(samples, store):
    """The Munich study visit; a Greek name; no hotel for Paweł Łoś."""
    event_id = samples["ECRI"]
    with store.write() as session:
        alexiou = directory.find_person_by_email(session, "d.alexiou@example.org")
        directory.update_person(session, alexiou.id, given_name="Ελένη", family_name="Παπαδοπούλου", email=GREEK)
        los = directory.find_person_by_email(session, POLISH)
        for stay in session.scalars(select(Stay).where(Stay.person_id == los.id)):
            session.delete(stay)
    return event_id


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def body(message: email.message.EmailMessage) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def reread(message: email.message.EmailMessage) -> email.message.EmailMessage:
    """As a mail program reads what was written."""
    return email.message_from_bytes(message.as_bytes(), policy=policy.default)


def filled(text: str) -> dict[str, str]:
    """The values between brackets of EVERY_PLACEHOLDER, by name."""
    values, name = {}, None
    for line in text.splitlines():
        if name is None and "=[" in line:
            name, _, rest = line.partition("=[")
            values[name] = rest
        elif name is not None:
            values[name] += "\n" + line
        if name is not None and values[name].endswith("]"):
            values[name] = values[name][:-1]
            name = None
    return values


def test_every_placeholder_for_a_greek_and_a_polish_participant_and_the_missing_hotel_reported(munich, store):
    with store.write() as session:
        templates.create_template(session, "Everything", "{full_name}: {event_title}", EVERY_PLACEHOLDER)
        batch = compose(session, munich, "everything", to=[GREEK, POLISH])
    greek, polish = sorted(batch.messages, key=lambda message: message.address)
    assert greek.address == GREEK and polish.address == POLISH

    values = filled(body(reread(greek.message)))
    assert values == {
        "given_name": "Ελένη",
        "family_name": "Παπαδοπούλου",
        "full_name": "Ελένη Παπαδοπούλου",
        "organisation": values["organisation"],
        "role": "Moderator",
        "status": "Attended",
        "event_title": "ECRI study visit to BioM, Munich",
        "event_dates": "Fri 23 Mar 2018",
        "venue": "BioM, Am Klopferspitz 19a, Martinsried/Planegg",
        "venue_name": "BioM",
        "venue_address": "Am Klopferspitz 19a",
        "venue_city": "Martinsried/Planegg",
        "arrival": "Aegean Airlines A3 820, Athens → Munich, departs Wed 21 Mar 2018 08:20 (Europe/Athens), "
        "arrives 10:00 (Europe/Berlin)",
        "departure": "Aegean Airlines A3 821, Munich → Athens, departs Sat 24 Mar 2018 11:05 (Europe/Berlin), "
        "arrives 14:30 (Europe/Athens)",
        "hotel": "Hotel Isarbogen Garten, Munich-Neuhausen, check-in Wed 21 Mar 2018, check-out Sat 24 Mar 2018",
        "my_agenda": values["my_agenda"],
        "organiser_name": "BioM",
        "organiser_email": "ecri.studyvisit@example.org",
    }
    assert values["organisation"].strip()
    assert "Identification of best practices" in values["my_agenda"] and "(you moderate)" in values["my_agenda"]
    assert greek.problem == ""
    assert reread(greek.message)["Subject"] == "Ελένη Παπαδοπούλου: ECRI study visit to BioM, Munich"
    assert reread(greek.message)["To"].addresses[0].display_name == "Ελένη Παπαδοπούλου"

    values = filled(body(reread(polish.message)))
    assert values["full_name"] == "Paweł Łoś" and values["given_name"] == "Paweł"
    assert values["arrival"].startswith("Lufthansa LH 1619, Kraków → Munich, departs Thu 22 Mar 2018 06:15")
    assert values["hotel"] == ""
    # Reported before sending, in the user's words, and held back by default.
    assert polish.problem == "Paweł Łoś: no hotel ({hotel}); no agenda item they speak at or moderate ({my_agenda})"
    assert batch.incomplete == [polish] and batch.to_deliver() == [greek]
    assert batch.to_deliver(send_incomplete=True) == batch.messages


def test_a_placeholder_not_known_or_a_brace_alone_is_refused_and_nothing_is_kept(store):
    with store.write() as session:
        with pytest.raises(InvalidInput, match=r"body, line 2: \{hotle\} is not a placeholder Planner knows"):
            templates.create_template(session, "Typo", "Hello", "Dear {given_name},\nyour {hotle}")
        with pytest.raises(InvalidInput, match=r"subject: a brace '\{' stands alone"):
            templates.create_template(session, "Brace", "Hello {given_name", "")
        # Nothing a placeholder could run: attribute or index access is just an unknown name.
        with pytest.raises(InvalidInput, match=r"\{given_name.__class__\} is not a placeholder"):
            templates.create_template(session, "Code", "{given_name.__class__}", "")
        assert templates.own_templates(session) == []


def test_values_are_put_in_as_they_are_and_never_read_as_placeholders(munich, store):
    with store.write() as session:
        los = directory.find_person_by_email(session, POLISH)
        los.given_name = "{organiser_email}"
        templates.create_template(session, "Braces", "Hi {given_name} {{literal}}", "Dear {given_name}, {{x}}")
        [message] = compose(session, munich, "Braces", to=[POLISH]).messages
    assert message.subject == "Hi {organiser_email} {literal}"
    assert body(reread(message.message)).startswith("Dear {organiser_email}, {x}")


def test_the_name_that_tries_to_add_a_header_stays_a_name(munich, store, db_path, smtp, capsys):
    with store.write() as session:
        person = session.scalars(select(Person).where(Person.email == POLISH)).one()
        # As an older version or another program may have stored it.
        person.given_name = "Paweł\r\nBcc: attacker@evil.test"
        person.family_name = "Łoś <attacker@evil.test>, Carol"
        [message] = compose(session, munich, "Reminder (the day before)", to=[POLISH]).messages
    raw = message.message.as_bytes()
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert b"attacker@evil.test" not in headers and b"\r\nBcc:" not in headers
    read = email.message_from_bytes(raw, policy=policy.default)
    assert [address.addr_spec for address in read["To"].addresses] == [POLISH]
    assert read["Bcc"] is None
    # Python's reader puts a blank between encoded words: blanks set aside.
    shown = "".join(read["To"].addresses[0].display_name.split())
    assert shown == "PawełBcc:attacker@evil.testŁoś<attacker@evil.test>,Carol"

    mailbox, server = smtp()
    code, _out, err = run(
        capsys, "--db", str(db_path), "mail", str(munich), "--template", "Reminder (the day before)",
        "--to", POLISH, "--smtp", server,
    )  # fmt: skip
    assert code == 0, err
    assert [rcpt for rcpt, _message in mailbox.messages] == [[POLISH]]
    assert mailbox.to(POLISH)["Bcc"] is None


def test_mail_to_a_real_server_with_attachments_and_the_incomplete_held_back(munich, store, db_path, smtp, capsys):
    mailbox, server = smtp()
    code, out, err = run(
        capsys, "--db", str(db_path), "mail", str(munich), "--template", PRACTICAL, "--to", GREEK, POLISH,
        "--attach", "itinerary", "calendar", "agenda", "--smtp", server,
    )  # fmt: skip
    assert code == 1
    assert "missing: Paweł Łoś: no hotel ({hotel}); held back (--send-incomplete sends it all the same)" in out
    assert f"sent to Ελένη Παπαδοπούλου <{GREEK}>" in out
    assert "1 of 2 messages not sent" in err
    assert [rcpt for rcpt, _message in mailbox.messages] == [[GREEK]]

    message = mailbox.to(GREEK)
    assert message["From"].addresses[0].addr_spec == "ecri.studyvisit@example.org"
    assert message["Subject"] == "Practical information: ECRI study visit to BioM, Munich, Fri 23 Mar 2018"
    text = body(message)
    assert text.startswith("Dear Ελένη,")
    assert "Your hotel: Hotel Isarbogen Garten, Munich-Neuhausen" in text
    attachments = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(attachments) == {"Itinerary-Ελένη-Παπαδοπούλου.pdf", "Calendar-Ελένη-Παπαδοπούλου.ics", "Agenda.pdf"}
    itinerary = pypdf.PdfReader(io.BytesIO(attachments["Itinerary-Ελένη-Παπαδοπούλου.pdf"].get_content()))
    assert "A3 820" in "".join(page.extract_text() for page in itinerary.pages)
    agenda = pypdf.PdfReader(io.BytesIO(attachments["Agenda.pdf"].get_content()))
    assert "Welcome" in "".join(page.extract_text() for page in agenda.pages)
    calendar = read_calendar(attachments["Calendar-Ελένη-Παπαδοπούλου.ics"].get_payload(decode=True).decode("utf-8"))
    assert any("Identification of best practices" in event.summary.value for event in calendar.vevent_list)

    # Remembered: the person's history says what went out, and how.
    with store.read() as session:
        greek = directory.find_person_by_email(session, GREEK)
        [sent] = messages_sent.messages_to_person(session, greek.id)
        assert messages_sent.messages_to_person(session, directory.find_person_by_email(session, POLISH).id) == []
    assert (sent.template, sent.how, sent.email) == (PRACTICAL, "mail", GREEK)
    assert sent.subject == message["Subject"] and sent.event_title == "ECRI study visit to BioM, Munich"
    assert sent.attachments == ("Itinerary-Ελένη-Παπαδοπούλου.pdf", "Calendar-Ελένη-Παπαδοπούλου.ics", "Agenda.pdf")

    # Sent anyway when the organiser says so.
    code, out, err = run(
        capsys, "--db", str(db_path), "mail", str(munich), "--template", PRACTICAL, "--to", POLISH,
        "--smtp", server, "--send-incomplete",
    )  # fmt: skip
    assert code == 0, err
    assert "Your hotel: \n" in body(mailbox.to(POLISH)).replace("\r\n", "\n")


def test_mail_out_writes_one_eml_per_recipient_and_records_them(munich, store, db_path, tmp_path, capsys):
    folder = tmp_path / "out"
    code, out, err = run(
        capsys, "--db", str(db_path), "mail", str(munich), "--template", "Reminder (the day before)",
        "--to", "moderator", "speaker", "--attach", "minutes", "--out", str(folder),
    )  # fmt: skip
    assert code == 0, err
    written = sorted(folder.glob("*.eml"))
    assert "Ελένη-Παπαδοπούλου.eml" in [path.name for path in written]
    assert len(written) == out.count("wrote ") >= 2
    for path in written:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["Subject"] == "See you tomorrow: ECRI study visit to BioM, Munich"
        [report] = list(message.iter_attachments())
        assert report.get_filename() == "Conclusions-report.pdf"
        assert pypdf.PdfReader(io.BytesIO(report.get_content())).pages
    with store.read() as session:
        greek = directory.find_person_by_email(session, GREEK)
        [sent] = messages_sent.messages_to_person(session, greek.id)
    assert sent.how == "file" and sent.attachments == ("Conclusions-report.pdf",)


def test_recipients_not_understood_are_refused_in_words(munich, db_path, tmp_path, capsys):
    code, _out, err = run(
        capsys, "--db", str(db_path), "mail", str(munich), "--template", "Reminder (the day before)",
        "--to", "vips", "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert code == 1
    assert "recipients: 'vips' is neither a status (invited, registered" in err
    code, _out, err = run(
        capsys, "--db", str(db_path), "mail", str(munich), "--template", "No such", "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert code == 1 and "template 'No such': there is no template of that name" in err
    assert not (tmp_path / "out").exists()


def test_templates_are_listed_and_shown(store, db_path, capsys):
    with store.write() as session:
        templates.copy_template(session, "Reminder (the day before)")
    code, out, _err = run(capsys, "--db", str(db_path), "templates")
    assert code == 0
    assert out.splitlines() == [
        "Practical information (a week before)  (shipped with Planner)",
        "Reminder (the day before)  (shipped with Planner)",
        "Thank you, with the conclusions report  (shipped with Planner)",
        "Copy of Reminder (the day before)  (your own)",
    ]
    code, out, _err = run(capsys, "--db", str(db_path), "templates", "--show", "copy of reminder (the day before)")
    assert code == 0
    assert out.startswith("Name: Copy of Reminder (the day before)\nSubject: See you tomorrow: {event_title}\n")
    assert out.rstrip().endswith(
        "Placeholders: {event_title}, {given_name}, {event_dates}, {venue}, {organiser_email}, {organiser_name}"
    )


def test_a_recipient_the_server_refuses_is_not_recorded_and_the_others_are(munich, store, db_path, smtp, capsys):
    _mailbox, server = smtp(refuse=(GREEK,))
    code, out, err = run(
        capsys, "--db", str(db_path), "mail", str(munich), "--template", "Reminder (the day before)",
        "--to", GREEK, POLISH, "--smtp", server,
    )  # fmt: skip
    assert code == 1
    assert f"NOT sent to Ελένη Παπαδοπούλου <{GREEK}>: " in out and "sent to Paweł Łoś <p.los@example.org>" in out
    assert "1 of 2 messages not sent" in err
    with store.read() as session:
        sent = {
            address: messages_sent.messages_to_person(session, directory.find_person_by_email(session, address).id)
            for address in (GREEK, POLISH)
        }
    assert sent[GREEK] == [] and [message.how for message in sent[POLISH]] == ["mail"]


def test_the_window_stops_between_two_messages_and_what_went_is_recorded(munich, store, smtp):
    from planner.calendar import mail_server
    from planner.mail import delivery

    mailbox, server = smtp()
    with store.write() as session:
        batch = compose(session, munich, "Reminder (the day before)", to=[GREEK, POLISH])
    asked: list[str] = []
    with mail_server.smtp_connection(*mail_server.parse_server(server), security=mail_server.PLAIN) as connection:
        outcome = delivery.send(
            store, connection, batch, batch.messages, on_sent=lambda message: asked.append(message.address),
            stop_requested=lambda: bool(asked),
        )  # fmt: skip
    assert len(outcome.done) == 1 and len(outcome.stopped) == 1
    assert [rcpt for rcpt, _message in mailbox.messages] == [[asked[0]]]
    with store.read() as session:
        recorded = [
            address
            for address in (GREEK, POLISH)
            if messages_sent.messages_to_person(session, directory.find_person_by_email(session, address).id)
        ]
    assert recorded == asked


def test_smtp_alone_sends_through_the_saved_account_from_its_sender(munich, store, db_path, smtp, capsys):
    from planner.operations import perform
    from planner.operations.mail_settings import ChangeMailSettings

    mailbox, server = smtp()
    host, _, port = server.rpartition(":")
    perform(store, ChangeMailSettings(host, int(port), "none", "", "BioM office", "office@biom.example.org"))
    code, _out, err = run(
        capsys, "--db", str(db_path), "mail", str(munich), "--template", "Reminder (the day before)",
        "--to", POLISH, "--smtp",
    )  # fmt: skip
    assert code == 0, err
    message = mailbox.to(POLISH)
    assert message["From"].addresses[0].addr_spec == "office@biom.example.org"
    assert message["Reply-To"].addresses[0].addr_spec == "ecri.studyvisit@example.org"
    assert mailbox.senders[-1] == "office@biom.example.org"
