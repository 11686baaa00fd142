"""Hostile names, titles and e-mail addresses, as another program or an
older version may have left them in the database, driven through the
invitations (the messages, their headers and calendars, the file names)
and the .ics export: no internal error, each recipient gets exactly the
one mailbox made from their address or is reported, and nothing written
holds a line break where one line belongs or a control character."""

from __future__ import annotations

import email
from email import policy

import fast_mail_parser
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from sqlalchemy import select

from planner.calendar.event_calendar import event_calendar
from planner.calendar.invitations import STEM_BYTES, file_name, invitations
from planner.calendar.mail_headers import UnusableAddress, mail_address, needs_utf8
from planner.db.models import Person
from planner.services import events
from tests.test_invitation_headers import import_list
from tests.vobject_reading import read_calendar

ADDRESS = "hostile@example.org"

# No lone surrogate: SQLite cannot be given one (tests/test_output_text.py
# has them).
_PIECES = st.one_of(
    st.text(max_size=6),
    st.sampled_from(
        [
            ",",
            "<",
            ">",
            '"',
            "'",
            "\\",
            "@",
            ";",
            ":",
            " ",
            "\n",
            "\r\n",
            "\t",
            "\x00",
            "\x1b",
            "\x7f",
            "\x85",
            "\u2028",
            "=?utf-8?q?=0D=0ACc:_attacker@evil.test?=",
            "<attacker@evil.test>",
            "Bcc: attacker@evil.test",
            "Łoś",
            "Ελένη",
            "x" * 120,
        ]
    ),
)
TEXTS = st.lists(_PIECES, max_size=12).map("".join)
ADDRESSES = st.one_of(
    st.just(ADDRESS),
    st.just("łoś@bücher.de"),
    st.just("p.los@bücher.de"),
    st.builds(lambda local, tail: f"{local}@example.org{tail}", TEXTS, TEXTS),
)
_CONTROL = {chr(code) for code in [*range(32), *range(0x7F, 0xA0)]} | {"\u2028", "\u2029"}


def _store_raw(store, event_id, person_id, *, title, venue, given_name, family_name, address) -> None:
    """Past the services' checks: what another program may have written."""
    with store.write() as session:
        event = events.get_event(session, event_id)
        event.title, event.venue_name = title, venue
        person = session.get(Person, person_id)
        person.given_name, person.family_name, person.email = given_name, family_name, address


@pytest.mark.slow  # seconds: each example writes the database and builds every message
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(title=TEXTS, venue=TEXTS, given_name=TEXTS, family_name=TEXTS, address=ADDRESSES)
@example(
    title="\\N", venue="", given_name="", family_name="", address="hostile@example.org"
)  # once read as a line break
def test_hostile_values_give_one_recipient_each_and_clean_messages(
    samples, store, db_path, tmp_path_factory, capsys, title, venue, given_name, family_name, address
):
    clunet = samples["CLUNET"]
    with store.read() as session:
        person = session.scalars(select(Person).where(Person.email.in_([ADDRESS]))).one_or_none()
    if person is None:  # the first example: one participant of our own
        import_list(db_path, clunet, tmp_path_factory.mktemp("list"), capsys, [("Anna", "Kowalska", ADDRESS)])
        with store.read() as session:
            person = session.scalars(select(Person).where(Person.email == ADDRESS)).one()
    person_id = person.id
    _store_raw(
        store,
        clunet,
        person_id,
        title=title,
        venue=venue,
        given_name=given_name,
        family_name=family_name,
        address=address,
    )
    try:
        with store.write() as session:
            batch = invitations(session, clunet)
            ics = event_calendar(session, clunet)
    finally:
        _store_raw(store, clunet, person_id, title="CLUNET", venue="", given_name="", family_name="", address=ADDRESS)

    try:
        expected = mail_address(address)
    except UnusableAddress:
        expected = None
    mine = [each for each in batch.messages if each.target.person_id == person_id]
    if expected is None:
        assert not mine and len(batch.unusable) == 1
        assert all("\n" not in recipient + why for recipient, why in batch.unusable)
    else:
        assert [each.address for each in mine] == [expected] and not batch.unusable

    taken: set[str] = set()
    for invitation in batch.messages:
        raw = invitation.message.as_bytes()
        head = raw.split(b"\r\n\r\n", 1)[0]
        # ASCII but for an address that needs UTF-8 headers (RFC 6532).
        assert head.isascii() or needs_utf8(invitation.address)
        # Folded at 78, but for a word that cannot be broken (an address of 120 letters).
        assert all(len(line.decode()) <= 78 or len(line.split()) <= 2 for line in head.split(b"\r\n"))
        read = read_message(raw)
        assert [address.addr_spec for address in read["To"].addresses] == [invitation.address]
        assert [address.address for address in fast_mail_parser.parse_email(raw).to] == [invitation.address]
        assert read["Cc"] is None and read["Bcc"] is None
        assert not set(str(read["Subject"])) & _CONTROL
        calendar = None
        for part in read.walk():
            if part.get_content_type() == "text/calendar":
                calendar = part.get_payload(decode=True)
        assert calendar is not None
        _assert_clean_calendar(calendar)
        name = file_name(invitation.target.name or invitation.address, taken, "-cancelled")
        assert len(name.encode()) <= STEM_BYTES + len("-cancelled-999.eml") and "/" not in name
    _assert_clean_calendar(ics)


def read_message(raw: bytes) -> email.message.EmailMessage:
    """Python's email parser reads bytes as ASCII: headers in UTF-8 (RFC
    6532) are read from the text."""
    return email.message_from_string(raw.decode("utf-8"), policy=policy.default)


def _assert_clean_calendar(data: bytes) -> None:
    text = data.decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    assert not set(unfolded.replace("\r\n", "")) & (_CONTROL - {"\t"})
    parsed = Calendar.from_ical(data)
    for component in parsed.walk("VEVENT"):
        assert "\n" not in str(component.get("SUMMARY", ""))
    read_calendar(text)
