"""No name can add a recipient: every address header of an invitation,
parsed back by three readers (Python's email package with policy.default
and with compat32, and fast-mail-parser, a reader written in Rust), holds
exactly the one mailbox it was made from, whatever the name holds:
commas, quotes, angle brackets, backslashes, line breaks, control
characters, Greek and Polish letters, or length enough to be folded."""

from __future__ import annotations

import email
import email.utils
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage

import fast_mail_parser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from planner.calendar.mail_headers import (
    NAME_LIMIT,
    POLICY,
    UnusableAddress,
    address_header,
    ascii_address,
    set_addresses,
    set_text,
)
from planner.calendar.text import one_line
from planner.db.models import Person
from planner.services import events
from tests.test_invitations import body, invites, read_calendar, run

VICTIM = "victim@example.org"
ATTACK_GIVEN = "Wolfgang Amadeus Theophilus Bartholomew <attacker@evil.test>, Carol"
ATTACK_FAMILY = "Mozart-Smith"

HOSTILE_NAMES = [
    f"{ATTACK_GIVEN} {ATTACK_FAMILY}",
    "Carol <attacker@evil.test>",
    "attacker@evil.test",
    "Smith, John",
    'John "Johnny" Smith',
    '"',
    '\\"',
    "back\\slash\\",
    "<>,;:@()[]",
    "a, b <c@d.e>, f",
    "Δήμητρα Αλεξίου <attacker@evil.test>, Νίκος",
    "Paweł Łoś, <attacker@evil.test>",
    "Łukasz Żółtowski",
    "Παναγιώτης Παπαδόπουλος-Κωνσταντινίδης Αλεξανδρόπουλος",
    "=?utf-8?q?attacker=40evil=2Etest?= <attacker@evil.test>",
    "line\nbreak <attacker@evil.test>",
    "carriage\r\nTo: attacker@evil.test",
    "nul\x00 and escape\x1b[31m and bell\x07",
    "\u2028separator\u2029 and \x85 next line",
    "lone \ud800 surrogate",
    "Wolfgang " * 40 + "<attacker@evil.test>, Carol",
    "x" * 500,
    "Ä" * 300 + ", <attacker@evil.test>",
    " ",
    "",
]


def readers(raw: bytes, field: str) -> dict[str, list[tuple[str, str]]]:
    """(display name, address) of every mailbox in ``field``, as each reader
    sees it."""
    default = email.message_from_bytes(raw, policy=policy.default)
    compat = email.message_from_bytes(raw, policy=policy.compat32)
    fast = fast_mail_parser.parse_email(raw)
    fast_field = {"To": fast.to, "From": [fast.from_] if fast.from_ else []}[field]
    return {
        "default": [(address.display_name, address.addr_spec) for address in default[field].addresses],
        "compat32": [
            (str(make_header(decode_header(name))), address)
            for name, address in email.utils.getaddresses(compat.get_all(field, []))
        ],
        "fast-mail-parser": [(address.display_name or "", address.address) for address in fast_field],
    }


def message_to(name: str, address: str = VICTIM) -> bytes:
    message = EmailMessage(policy=POLICY)
    set_addresses(message, "From", [(name, "organiser@example.org")])
    set_addresses(message, "To", [(name, address)])
    message["Subject"] = "Invitation"
    message.set_content("Hello")
    return message.as_bytes()


def header_lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")


def assert_one_mailbox(raw: bytes, field: str, name: str, address: str) -> None:
    expected = one_line(name, NAME_LIMIT)
    for reader, mailboxes in readers(raw, field).items():
        assert [mailbox_address for _, mailbox_address in mailboxes] == [address], (reader, mailboxes)
        read_name = mailboxes[0][0]
        if reader == "default":
            # Python's reader keeps the blank between two encoded words of one
            # name, which RFC 2047 says to drop, and folds a no-break space
            # with it: the same name but for blanks of any kind.
            assert "".join(read_name.split()) == "".join(expected.split()), reader
        else:
            assert read_name == expected, reader


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_name_is_one_display_name_for_every_reader(name):
    raw = message_to(name)
    assert_one_mailbox(raw, "To", name, VICTIM)
    assert_one_mailbox(raw, "From", name, "organiser@example.org")
    lines = header_lines(raw)
    assert all(line.isascii() and len(line) <= 78 for line in lines), lines
    # Only the two address lines begin a header of their own there.
    assert sum(line.startswith((b"To:", b"From:")) for line in lines) == 2


def test_the_name_from_the_issue_is_encoded_not_written_as_syntax():
    """Python's own folder (3.11) drops the quotes of this name when it
    folds it: the header written here does not go through that folder."""
    raw = message_to(f"{ATTACK_GIVEN} {ATTACK_FAMILY}")
    to = [line for line in header_lines(raw) if line.startswith((b"To:", b" "))]
    assert b"attacker@evil.test" not in b"".join(to)  # the name is encoded, not written as syntax
    assert_one_mailbox(raw, "To", f"{ATTACK_GIVEN} {ATTACK_FAMILY}", VICTIM)


def test_a_short_name_with_specials_is_a_quoted_string_on_one_line():
    value = address_header("To", [('Smith, "Johnny" \\ John', VICTIM)])
    assert value == f'"Smith, \\"Johnny\\" \\\\ John" <{VICTIM}>'


def test_several_mailboxes_stay_apart():
    pairs = [(name, f"person{index}@example.org") for index, name in enumerate(HOSTILE_NAMES[:12])]
    message = EmailMessage(policy=POLICY)
    set_addresses(message, "To", pairs)
    message.set_content("x")
    raw = message.as_bytes()
    for reader, mailboxes in readers(raw, "To").items():
        assert [address for _, address in mailboxes] == [address for _, address in pairs], reader


@pytest.mark.parametrize(
    "address",
    [
        "victim@example.org, attacker@evil.test",
        "victim@example.org\r\nBcc: attacker@evil.test",
        "Carol <attacker@evil.test>",
        "victim",
        "",
        "łoś@example.org",
    ],
)
def test_an_address_that_is_not_one_usable_address_is_refused(address):
    with pytest.raises(UnusableAddress) as refused:
        ascii_address(address)
    assert "\n" not in str(refused.value)


def test_an_international_domain_is_written_in_ascii():
    assert ascii_address("los@bücher.de") == "los@xn--bcher-kva.de"
    raw = message_to("Paweł Łoś", ascii_address("los@bücher.de"))
    assert_one_mailbox(raw, "To", "Paweł Łoś", "los@xn--bcher-kva.de")


# Pieces that hostile names are made of, joined at random.
_PIECES = st.one_of(
    st.text(max_size=8),
    st.sampled_from(
        [
            ",",
            "<",
            ">",
            '"',
            "\\",
            "@",
            ";",
            ":",
            "(",
            ")",
            " ",
            "\n",
            "\r\n",
            "\t",
            "\x00",
            "\x1b",
            "\x85",
            "\u2028",
            "\ud800",
            "\udfff",
            "=?utf-8?b?",
            "?=",
            "<attacker@evil.test>",
            "Ł",
            "Ω",
            "x" * 80,
        ]
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_name_gives_exactly_one_recipient(name):
    raw = message_to(name)
    assert_one_mailbox(raw, "To", name, VICTIM)
    assert all(line.isascii() and len(line) <= 78 for line in header_lines(raw))


# An event title that Python 3.11's own header parser decodes into a line
# break and writes back raw: a Cc header of the attacker's.
INJECTING_TITLE = "Summit =?utf-8?q?=0D=0ACc:_attacker@evil.test?= end"

HOSTILE_SUBJECTS = [
    INJECTING_TITLE,
    "=?utf-8?b?" + "DQpCY2M6IGF0dGFja2VyQGV2aWwudGVzdA==" + "?=",  # base64 of CR LF "Bcc: attacker@evil.test"
    "Invitation: CLUNET final conference (Fri 5 Jun 2009, 09:00–17:00)",
    "title\r\nBcc: attacker@evil.test",
    "nul\x00 escape\x1b[31m bell\x07 \u2028 \x85 lone \ud800",
    "Ελένη  Παπαδοπούλου x\u00a0y, " + "z" * 100,
    "Wolfgang " * 40,
    "?= =? ?=",
]


def subject_of(text: str) -> bytes:
    message = EmailMessage(policy=POLICY)
    set_addresses(message, "To", [("", VICTIM)])
    set_text(message, "Subject", text)
    message.set_content("Hello")
    return message.as_bytes()


def assert_subject(raw: bytes, text: str) -> None:
    expected = " ".join(word for word in one_line(text).split(" ") if word)
    default = email.message_from_bytes(raw, policy=policy.default)
    compat = email.message_from_bytes(raw, policy=policy.compat32)
    read = {
        "default": str(default["Subject"]),
        # compat32 leaves the folds in: unfolded as RFC 5322 says.
        "compat32": str(make_header(decode_header(compat["Subject"].replace("\r\n", "")))),
        "fast-mail-parser": fast_mail_parser.parse_email(raw).subject,
    }
    assert read == dict.fromkeys(read, expected)
    for message in (default, compat):
        assert [key.lower() for key in message] == [
            "to",
            "subject",
            "content-type",
            "content-transfer-encoding",
            "mime-version",
        ]
        assert message.get_all("To") == [VICTIM]
    assert all(line.isascii() and len(line) <= 78 for line in header_lines(raw))


@pytest.mark.parametrize("text", HOSTILE_SUBJECTS)
def test_a_subject_is_one_header_for_every_reader(text):
    assert_subject(subject_of(text), text)


def test_a_plain_subject_stays_readable():
    raw = subject_of("Invitation: CLUNET final conference (Fri 5 Jun 2009)")
    assert b"Subject: Invitation: CLUNET final conference (Fri 5 Jun 2009)\r\n" in raw


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_subject_is_one_header(text):
    assert_subject(subject_of(text), text)


# -- through `planner invites` ---------------------------------------------------


@pytest.fixture
def clunet(samples, store):
    return samples["CLUNET"]


def import_list(db_path, event_id, tmp_path, capsys, rows) -> None:
    import csv

    path = tmp_path / "list.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["given_name", "family_name", "email"])
        writer.writerows(rows)
    code, _out, err = run(capsys, ["--db", str(db_path), "import-participants", str(event_id), str(path)])
    assert code == 0, err


def test_the_csv_row_of_the_issue_gives_one_recipient_in_the_eml_and_over_smtp(clunet, db_path, tmp_path, smtp, capsys):
    import_list(db_path, clunet, tmp_path, capsys, [(ATTACK_GIVEN, ATTACK_FAMILY, VICTIM)])
    folder = tmp_path / "out"
    code, out, err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 0, err
    # The command line quotes the name: it does not read as two addresses either.
    assert f'"{ATTACK_GIVEN} {ATTACK_FAMILY}" <{VICTIM}>' in out
    [written] = [path for path in folder.glob("*.eml") if VICTIM in path.read_bytes().decode("ascii", "replace")]
    raw = written.read_bytes()
    assert_one_mailbox(raw, "To", f"{ATTACK_GIVEN} {ATTACK_FAMILY}", VICTIM)
    assert read_calendar(email.message_from_bytes(raw, policy=policy.default))[1].vevent.attendee.value == (
        f"mailto:{VICTIM}"
    )

    mailbox, server = smtp()
    code, _out, err = run(capsys, invites(db_path, str(clunet), "--smtp", server))
    assert code == 0, err
    sent = [message for rcpt, message in mailbox.messages if rcpt == [VICTIM]]
    assert len(sent) == 1
    assert not any("attacker@evil.test" in rcpt for rcpt, _ in mailbox.messages for rcpt in rcpt)
    assert_one_mailbox(sent[0].as_bytes(), "To", f"{ATTACK_GIVEN} {ATTACK_FAMILY}", VICTIM)


def _store_raw(store, event_id, **changes) -> None:
    """Write values into the database as an older version or another
    program may have left them: past the checks of the services."""
    with store.write() as session:
        event = events.get_event(session, event_id)
        for name, value in changes.pop("event", {}).items():
            setattr(event, name, value)
        for email_address, fields in changes.items():
            person = session.scalars(select(Person).where(Person.email == email_address)).one()
            for name, value in fields.items():
                setattr(person, name, value)


def test_line_breaks_and_controls_in_stored_names_and_titles_do_not_stop_anyone(
    clunet, store, db_path, tmp_path, smtp, capsys
):
    import_list(db_path, clunet, tmp_path, capsys, [("Anna", "Kowalska", "anna@example.org")])
    _store_raw(
        store,
        clunet,
        event={"title": "CLUNET\nfinal\x00 conference\x1b[31m", "venue_name": "Palacio\r\nde Congresos\x07"},
        **{"anna@example.org": {"family_name": "Line\nBreak\x0b", "given_name": "Anna\r\n\x00"}},
    )
    folder = tmp_path / "out"
    code, out, err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 0, err
    assert "wrote" in out and "internal error" not in err
    messages = {
        path.name: email.message_from_bytes(path.read_bytes(), policy=policy.default) for path in folder.glob("*.eml")
    }
    anna = messages["Anna-Line-Break.eml"]
    assert anna["To"].addresses[0].display_name == "Anna Line Break"
    assert anna["Subject"].startswith("Invitation: CLUNET final conference[31m (")
    for message in messages.values():
        for value in (message["Subject"], body(message)):
            assert not any(ord(char) < 32 and char not in "\r\n\t" for char in value), value
        part, calendar = read_calendar(message)
        assert calendar.vevent.summary.value == "CLUNET final conference[31m"
        assert calendar.vevent.location.value.startswith("Palacio de Congresos")
        assert not any(byte < 32 and byte not in b"\r\n\t" for byte in part.get_payload(decode=True))
    assert read_calendar(anna)[1].vevent.attendee.params["CN"] == ["Anna Line Break"]

    mailbox, server = smtp()
    code, out, err = run(capsys, invites(db_path, str(clunet), "--smtp", server))
    assert code == 0, err
    assert len(mailbox.messages) == len(messages)


def test_a_stored_address_that_cannot_be_used_is_reported_and_the_others_go_out(
    clunet, store, db_path, tmp_path, smtp, capsys
):
    import_list(db_path, clunet, tmp_path, capsys, [("Bad", "Address", "bad@example.org")])
    _store_raw(store, clunet, **{"bad@example.org": {"email": "bad@example.org,\r\nattacker@evil.test"}})
    folder = tmp_path / "out"
    code, out, err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 1
    refused = [line for line in out.splitlines() if line.startswith("NOT written for Bad Address")]
    assert len(refused) == 1 and "is not a valid e-mail address" in refused[0]
    written = list(folder.glob("*.eml"))
    assert written and len(written) == sum(line.startswith("wrote ") for line in out.splitlines())
    assert not any(b"attacker@evil.test" in path.read_bytes() for path in written)
    assert err.count("\n") == 1 and err.startswith(f"planner: 1 of {len(written) + 1} invitations not written")

    mailbox, server = smtp()
    code, out, err = run(capsys, invites(db_path, str(clunet), "--smtp", server))
    assert code == 1 and "NOT sent to Bad Address <bad@example.org, attacker@evil.test>: " in out
    assert len(mailbox.messages) == len(written)
    assert not any("attacker@evil.test" in address for rcpt, _ in mailbox.messages for address in rcpt)
    assert err.startswith(f"planner: 1 of {len(written) + 1} messages not sent")


def test_an_organiser_address_that_cannot_be_used_is_one_line(clunet, store, db_path, tmp_path, capsys):
    _store_raw(store, clunet, event={"organiser_email": "x@example.org, attacker@evil.test"})
    folder = tmp_path / "out"
    code, out, err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("planner: The organiser e-mail of “CLUNET final conference” ")
    assert not folder.exists() and "wrote" not in out


def test_a_hostile_organiser_name_gives_one_sender(clunet, store, db_path, tmp_path, capsys):
    with store.read() as session:
        organiser = events.get_event(session, clunet).organiser_email
    hostile = "Org <attacker@evil.test>, \r\nBcc: attacker@evil.test"
    import_list(db_path, clunet, tmp_path, capsys, [("Org", "Anizer", organiser)])
    _store_raw(store, clunet, **{organiser: {"given_name": hostile, "family_name": "Anizer"}})
    folder = tmp_path / "out"
    code, _out, err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 0, err
    for path in folder.glob("*.eml"):
        raw = path.read_bytes()
        assert_one_mailbox(raw, "From", f"{hostile} Anizer", organiser)
        assert email.message_from_bytes(raw, policy=policy.default)["Bcc"] is None


def test_a_title_from_an_event_file_adds_no_header(clunet, store, db_path, tmp_path, smtp, capsys):
    """The title of an imported event holds an encoded word that Python's
    header parser would decode into a line break and a Cc header."""
    import json

    exported = tmp_path / "clunet.planner.json"
    code, _out, err = run(capsys, ["--db", str(db_path), "export-event", str(clunet), "-o", str(exported)])
    assert code == 0, err
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["event"]["title"] = INJECTING_TITLE
    exported.write_text(json.dumps(data), encoding="utf-8")
    code, _out, err = run(capsys, ["--db", str(db_path), "import-event", str(exported)])
    assert code == 0, err
    with store.read() as session:
        [event_id] = [event.id for event in events.list_events(session) if event.title == INJECTING_TITLE]

    folder = tmp_path / "out"
    code, out, err = run(capsys, invites(db_path, str(event_id), "--out", str(folder)))
    assert code == 0, err
    written = list(folder.glob("*.eml"))
    assert written and len(written) == out.count("wrote ")
    for path in written:
        raw = path.read_bytes()
        message = email.message_from_bytes(raw, policy=policy.default)
        assert message["Cc"] is None and message["Bcc"] is None
        assert message["Subject"].startswith(f"Invitation: {INJECTING_TITLE} (")
        assert fast_mail_parser.parse_email(raw).cc == []

    mailbox, server = smtp()
    code, out, err = run(capsys, invites(db_path, str(event_id), "--smtp", server))
    assert code == 0, err
    assert len(mailbox.messages) == len(written)
    assert not any("attacker@evil.test" in address for rcpt, _ in mailbox.messages for address in rcpt)
    assert all(message["Cc"] is None for _, message in mailbox.messages)
