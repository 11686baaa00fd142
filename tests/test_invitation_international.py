"""Addresses beyond ASCII: an international domain (``kraków.pl``) goes
out in its IDNA 2008 form (``xn--``); letters outside ASCII before the @
(``zażółć@example.pl``) go in UTF-8 headers (RFC 6532), over SMTPUTF8 (RFC
6531) to a server that offers it, and are reported as not sent, alone,
to one that does not. Read back with Python's email parser and vobject;
sent to a real SMTP server on 127.0.0.1 (aiosmtpd) with and without
SMTPUTF8."""

from __future__ import annotations

import email
import json
from datetime import UTC, datetime
from email import policy

import idna
import pytest

from planner.calendar.mail_headers import mail_address
from planner.services import directory, events, participants
from tests import replies_mail as client
from tests.test_invitations import invites, read_calendar, run

POLISH = "zażółć@example.pl"
ORGANISER = "biuro@kraków.pl"
ORGANISER_ASCII = "biuro@" + idna.encode("kraków.pl").decode("ascii")  # by the idna package, IDNA 2008
WORKSHOP_ADDRESSES = 13
NOT_SENT = (
    "NOT sent to Francesca Colombo <zażółć@example.pl>: the address has non-ASCII characters before the @ "
    "and the mail server does not accept them (no SMTPUTF8)"
)


@pytest.fixture
def polish(samples, store, db_path, tmp_path, capsys) -> tuple[int, int]:
    """The Madrid workshop imported from its event file with one
    participant's address in Polish letters and the organiser in Kraków;
    its id and how many addresses it invites (one of its participants
    declined)."""
    exported = tmp_path / "workshop.planner.json"
    code, _out, err = run(
        capsys, ["--db", str(db_path), "export-event", str(samples["Improvement"]), "-o", str(exported)]
    )
    assert code == 0, err
    data = json.loads(exported.read_text(encoding="utf-8"))
    [colombo] = [person for person in data["people"] if person["email"] == "f.colombo@example.org"]
    colombo["email"] = POLISH
    data["event"]["organiser_email"] = ORGANISER
    data["event"]["title"] = "Warsztaty"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _out, err = run(capsys, ["--db", str(db_path), "import-event", str(exported)])
    assert code == 0, err
    with store.read() as session:
        [event_id] = [event.id for event in events.list_events(session) if event.title == "Warsztaty"]
    return event_id, WORKSHOP_ADDRESSES


def read_eml(raw: bytes) -> email.message.EmailMessage:
    """Python's email parser reads bytes as ASCII: UTF-8 headers are read from the text."""
    return email.message_from_string(raw.decode("utf-8"), policy=policy.default)


def test_eml_files_carry_the_address_in_utf8_headers_and_the_domain_in_ascii(polish, db_path, tmp_path, capsys):
    event_id, count = polish
    folder = tmp_path / "out"
    code, out, err = run(capsys, invites(db_path, str(event_id), "--out", str(folder)))
    assert code == 0, err
    assert out.count("wrote ") == count
    [polish_file] = [path for path in folder.glob("*.eml") if POLISH.encode() in path.read_bytes()]
    raw = polish_file.read_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert f"<{POLISH}>".encode() in head  # UTF-8 in the header itself, RFC 6532
    message = read_eml(raw)
    assert [address.addr_spec for address in message["To"].addresses] == [POLISH]
    assert [address.addr_spec for address in message["From"].addresses] == [ORGANISER_ASCII]
    vevent = read_calendar(message)[1].vevent
    assert vevent.attendee.value == f"mailto:{POLISH}"
    assert vevent.organizer.value == f"mailto:{ORGANISER_ASCII}"

    # Everyone else's file stays in ASCII.
    others = [path for path in folder.glob("*.eml") if path != polish_file]
    assert len(others) == count - 1
    for path in others:
        assert path.read_bytes().split(b"\r\n\r\n", 1)[0].isascii()
        assert email.message_from_bytes(path.read_bytes(), policy=policy.default)["From"].addresses[0].addr_spec == (
            ORGANISER_ASCII
        )


def test_a_server_without_smtputf8_gets_all_but_the_one_it_cannot_take(polish, db_path, smtp, capsys):
    event_id, count = polish
    mailbox, server = smtp(smtputf8=False)
    code, out, err = run(capsys, invites(db_path, str(event_id), "--smtp", server))
    assert code == 1
    assert NOT_SENT in out.splitlines()
    assert out.count("NOT sent") == 1 and out.count("sent to ") - 1 == count - 1
    assert len(mailbox.messages) == count - 1 and set(mailbox.senders) == {ORGANISER_ASCII}
    assert err.startswith(f"planner: 1 of {count} messages not sent")

    # A server that offers SMTPUTF8 later gets the one left, and only it.
    offering, server = smtp(smtputf8=True)
    code, out, err = run(capsys, invites(db_path, str(event_id), "--smtp", server))
    assert code == 0, err
    assert [rcpt for rcpt, _message in offering.messages] == [[POLISH]]


def test_a_server_with_smtputf8_gets_every_message(polish, db_path, smtp, capsys):
    event_id, count = polish
    mailbox, server = smtp(smtputf8=True)
    code, out, err = run(capsys, invites(db_path, str(event_id), "--smtp", server))
    assert code == 0, err
    assert len(mailbox.messages) == count and "NOT sent" not in out
    message = mailbox.to(POLISH)
    assert [address.addr_spec for address in message["To"].addresses] == [POLISH]
    assert read_calendar(message)[1].vevent.attendee.value == f"mailto:{POLISH}"


def test_an_organiser_with_letters_outside_ascii_before_the_at_needs_smtputf8_for_everyone(
    polish, store, db_path, smtp, capsys
):
    event_id, count = polish
    with store.write() as session:
        events.update_event(session, event_id, organiser_email="sekretariat.łódź@example.pl")
    mailbox, server = smtp(smtputf8=False)
    code, out, _err = run(capsys, invites(db_path, str(event_id), "--smtp", server))
    assert code == 1 and not mailbox.messages
    # The one to Polish letters says so about its own address.
    assert out.count("the sender's address has non-ASCII characters before the @") == count - 1
    assert NOT_SENT in out.splitlines()

    offering, server = smtp(smtputf8=True)
    code, _out, err = run(capsys, invites(db_path, str(event_id), "--smtp", server))
    assert code == 0, err
    assert len(offering.messages) == count
    assert set(offering.senders) == {"sekretariat.łódź@example.pl"}


def test_domains_are_encoded_by_idna_2008_not_the_older_rules():
    # IDNA 2003 (Python's "idna" codec) maps ß to ss, a different domain.
    assert mail_address("info@faß.de") == "info@" + idna.encode("faß.de").decode("ascii") == "info@xn--fa-hia.de"
    assert mail_address("zażółć@Kraków.pl") == "zażółć@xn--krakw-3ta.pl"


def test_answers_from_an_international_domain_and_from_polish_letters_are_read_back(
    polish, store, db_path, smtp, tmp_path, capsys
):
    event_id, _count = polish
    with store.write() as session:
        person = directory.find_person_by_email(session, "l.fernandez@example.org")
        directory.update_person(session, person.id, email="lucia@bücher.de")
        for participation, _person in participants.participations_of(session, event_id):
            participants.update_participation(session, participation.id, status="invited")
    mailbox, server = smtp(smtputf8=True)
    assert run(capsys, invites(db_path, str(event_id), "--smtp", server))[0] == 0
    answered = datetime(2009, 5, 20, tzinfo=UTC)
    files = []
    for address in (POLISH, "lucia@xn--bcher-kva.de"):
        sent = client.invitation_of(mailbox.to(address))
        assert sent.email == address  # as the calendar of the invitation gives it
        files.append(tmp_path / f"{len(files)}.ics")
        files[-1].write_bytes(client.rfc5546_reply(sent, "ACCEPTED", answered))
    code, out, err = run(capsys, ["--db", str(db_path), "replies", *map(str, files)])
    assert code == 0, err + out
    with store.read() as session:
        status = {person.email: row.status for row, person in participants.participations_of(session, event_id)}
    assert status[POLISH] == status["lucia@bücher.de"] == "confirmed"
