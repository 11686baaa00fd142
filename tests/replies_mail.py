"""Replies to Planner's invitations, written the way partners' mail programs
write them, for the reply tests.

Each builder takes the invitation Planner sent (its UID, SEQUENCE and the
address it went to) and returns the bytes of the file an organiser would
save: an .eml, or a bare .ics. Where their shape comes from:

- ``rfc5546_reply``: RFC 5546, section 4.2.3 ("Attendee reply"): a bare
  calendar, METHOD:REPLY, one ATTENDEE with PARTSTAT, ORGANIZER, UID,
  SEQUENCE, REQUEST-STATUS and DTSTAMP; no DTSTART.
- ``outlook_reply`` / ``outlook_counter``: Exchange and Outlook replies:
  multipart/alternative of an (often empty) text/plain, text/html and a
  base64 ``text/calendar; charset="utf-8"; method=REPLY`` part (no
  winmail.dat); PRODID "Microsoft Exchange Server 2010", a "W. Europe
  Standard Time" VTIMEZONE, SUMMARY;LANGUAGE=en-US "Accepted: …", the
  address as the user's address book spells it ("MAILTO:" and capitals),
  the X-MICROSOFT-CDO-* properties. "Propose new time" is METHOD:COUNTER
  with the new DTSTART/DTEND, X-MS-OLK-ORIGINALSTART/END and a COMMENT
  (the properties MimeKit's and Zimbra's Outlook converters read and write).
- ``gmail_reply``: Google Calendar's reply: Subject "Declined: … @ …",
  multipart/mixed of multipart/alternative (text/plain, text/html,
  ``text/calendar; method=REPLY``) and the same calendar again as an
  ``application/ics; name="invite.ics"`` attachment; PRODID "-//Google
  Inc//Google Calendar 70.9054//EN", times in UTC, ATTENDEE with CUTYPE,
  ROLE, PARTSTAT, CN and X-NUM-GUESTS, folded at 75 octets mid-address.
- ``thunderbird_reply``: Thunderbird (Lightning) iTIP: multipart/mixed of
  a text/plain note, an inline ``text/calendar; method=REPLY`` part (8bit
  UTF-8) and ``invite.ics`` as an application/ics attachment; PRODID
  "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", a Europe/Berlin
  VTIMEZONE, ATTENDEE with RSVP, CN, PARTSTAT and ROLE.
- ``apple_reply``: a reply saved from Apple Mail: the calendar only as an
  attached .ics named "iCal-….ics", typed application/octet-stream as a
  saved attachment often is, PRODID "-//Apple Inc.//Mac OS X 10.13.3//EN".
"""

from __future__ import annotations

import base64
import email
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage

ORGANISER = "ecri.studyvisit@example.org"
TITLE = "ECRI study visit to BioM\\, Munich"  # as iCalendar escapes it


@dataclass(frozen=True)
class Sent:
    """What an invitation said, as a reply repeats it."""

    uid: str
    sequence: int
    email: str
    name: str


def invitation_of(message: EmailMessage, name: str = "") -> Sent:
    """The UID, SEQUENCE and address of an invitation message Planner made."""
    from tests.vobject_reading import read_calendar

    part = next(part for part in message.walk() if part.get_content_type() == "text/calendar")
    vevent = read_calendar(part.get_payload(decode=True).decode("utf-8")).vevent
    address = vevent.attendee.value.removeprefix("mailto:")
    return Sent(vevent.uid.value, int(vevent.sequence.value), address, name or vevent.attendee.params["CN"][0])


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(text: str) -> str:
    """Content lines folded at 75 octets, as RFC 5545 and Google fold them."""
    out = []
    for line in text.split("\n"):
        encoded = line.encode("utf-8")
        first = True
        while len(encoded) > 75:
            cut = 75 if first else 74
            while cut and (encoded[cut] & 0xC0) == 0x80:  # never inside a character
                cut -= 1
            out.append(("" if first else " ") + encoded[:cut].decode("utf-8"))
            encoded = encoded[cut:]
            first = False
        out.append(("" if first else " ") + encoded.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


def calendar(lines: str) -> str:
    return fold("\n".join(line for line in lines.strip().split("\n")))


def rfc5546_reply(sent: Sent, partstat: str, answered: datetime, *, sequence: int | None = None) -> bytes:
    return calendar(f"""
BEGIN:VCALENDAR
PRODID:-//Example/ExampleCalendarClient//EN
METHOD:REPLY
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT={partstat}:mailto:{sent.email}
ORGANIZER:mailto:{ORGANISER}
UID:{sent.uid}
SEQUENCE:{sent.sequence if sequence is None else sequence}
REQUEST-STATUS:2.0;Success
DTSTAMP:{stamp(answered)}
END:VEVENT
END:VCALENDAR
""").encode("utf-8")


W_EUROPE = """\
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

OUTLOOK_WORDS = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}


def _outlook_calendar(sent: Sent, method: str, partstat: str, answered: datetime, body: str) -> str:
    address = sent.email[:1].upper() + sent.email[1:]  # as an address book spells it
    return calendar(f"""
BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ATTENDEE;PARTSTAT={partstat};CN={sent.name}:MAILTO:{address}
{body}
UID:{sent.uid}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(answered)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{sent.sequence}
LOCATION;LANGUAGE=en-US:BioM\\, Am Klopferspitz 19a\\, Martinsried/Planegg
X-MICROSOFT-CDO-APPT-SEQUENCE:{sent.sequence}
X-MICROSOFT-CDO-OWNERAPPTID:-1188421735
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")


def _outlook_message(sent: Sent, subject: str, method: str, ics: str, answered: datetime) -> bytes:
    boundary = "_000_AM0PR07MB4417D2C1A7E3B9F0E5B5C2A1AM0PR07MB4417eurp_"
    encoded = base64.encodebytes(ics.encode("utf-8")).decode("ascii")
    return f"""\
From: {sent.name} <{sent.email[:1].upper() + sent.email[1:]}>
To: ECRI Study Visit <{ORGANISER}>
Subject: {subject}
Thread-Topic: ECRI study visit to BioM, Munich
Thread-Index: AdPATl3QpA1xWv3XT3uDkP0uO7rY9g==
Date: {answered.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}
Message-ID: <AM0PR07MB4417D2C1A7E3B9F0E5B5C2A1@AM0PR07MB4417.eurprd07.prod.outlook.com>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable


--{boundary}
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3D=
us-ascii"></head><body></body></html>

--{boundary}
Content-Type: text/calendar; charset="utf-8"; method={method}
Content-Transfer-Encoding: base64

{encoded}
--{boundary}--
""".replace("\n", "\r\n").encode("utf-8")


def outlook_reply(sent: Sent, partstat: str, answered: datetime) -> bytes:
    word = OUTLOOK_WORDS[partstat]
    body = f"""COMMENT;LANGUAGE=en-US:\\n
SUMMARY;LANGUAGE=en-US:{word}: {TITLE}
DTSTART;TZID=W. Europe Standard Time:20180323T143000
DTEND;TZID=W. Europe Standard Time:20180323T213000"""
    ics = _outlook_calendar(sent, "REPLY", partstat, answered, body)
    return _outlook_message(sent, f"{word}: ECRI study visit to BioM, Munich", "REPLY", ics, answered)


def outlook_counter(sent: Sent, answered: datetime, *, start: str, end: str, comment: str) -> bytes:
    body = f"""COMMENT;LANGUAGE=en-US:{comment}
SUMMARY;LANGUAGE=en-US:New Time Proposed: {TITLE}
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
X-MS-OLK-ORIGINALSTART;TZID=W. Europe Standard Time:20180323T143000
X-MS-OLK-ORIGINALEND;TZID=W. Europe Standard Time:20180323T213000"""
    ics = _outlook_calendar(sent, "COUNTER", "TENTATIVE", answered, body)
    return _outlook_message(sent, "New Time Proposed: ECRI study visit to BioM, Munich", "COUNTER", ics, answered)


def _gmail_calendar(sent: Sent, partstat: str, answered: datetime) -> str:
    return calendar(f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20180323T133000Z
DTEND:20180323T203000Z
DTSTAMP:{stamp(answered)}
ORGANIZER;CN=ECRI Study Visit:mailto:{ORGANISER}
UID:{sent.uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={sent.name};X-NUM-GUESTS=0:mailto:{sent.email}
CREATED:20180301T090000Z
DESCRIPTION:
LAST-MODIFIED:{stamp(answered)}
LOCATION:BioM\\, Am Klopferspitz 19a\\, Martinsried/Planegg
SEQUENCE:{sent.sequence}
STATUS:CONFIRMED
SUMMARY:{TITLE}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")


def gmail_reply(sent: Sent, partstat: str, answered: datetime) -> bytes:
    word = OUTLOOK_WORDS[partstat]
    ics = _gmail_calendar(sent, partstat, answered)
    encoded = base64.encodebytes(ics.encode("utf-8")).decode("ascii")
    return (
        f"""\
MIME-Version: 1.0
Date: {answered.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}
Message-ID: <000000000000a1b2c3056800d4e5@google.com>
Subject: {word}: ECRI study visit to BioM, Munich @ Fri 23 Mar 2018 14:30 - 21:30 (CET) ({ORGANISER})
From: {sent.name} <{sent.email}>
To: {ORGANISER}
Content-Type: multipart/mixed; boundary="000000000000a1b2c3056800d4e7"

--000000000000a1b2c3056800d4e7
Content-Type: multipart/alternative; boundary="000000000000a1b2c3056800d4e5"

--000000000000a1b2c3056800d4e5
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

{base64.encodebytes(f"{sent.name} has {word.lower()} this invitation.".encode()).decode("ascii")}
--000000000000a1b2c3056800d4e5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<span itemscope itemtype=3D"http://schema.org/InformAction"></span>
--000000000000a1b2c3056800d4e5
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

{ics}
--000000000000a1b2c3056800d4e5--
--000000000000a1b2c3056800d4e7
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

{encoded}
--000000000000a1b2c3056800d4e7--
""".replace("\r\n", "\n")
        .replace("\n", "\r\n")
        .encode("utf-8")
    )


BERLIN = """\
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE"""


def thunderbird_reply(sent: Sent, partstat: str, answered: datetime, *, sequence: int | None = None) -> bytes:
    ics = calendar(f"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REPLY
{BERLIN}
BEGIN:VEVENT
CREATED:20180305T081122Z
LAST-MODIFIED:{stamp(answered)}
DTSTAMP:{stamp(answered)}
UID:{sent.uid}
SUMMARY:{TITLE}
ORGANIZER;CN=ECRI Study Visit:mailto:{ORGANISER}
ATTENDEE;RSVP=TRUE;CN={sent.name};PARTSTAT={partstat};ROLE=REQ-PARTICIPANT:mailto:{sent.email}
DTSTART;TZID=Europe/Berlin:20180323T143000
DTEND;TZID=Europe/Berlin:20180323T213000
SEQUENCE:{sent.sequence if sequence is None else sequence}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")
    word = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "accepted tentatively"}[partstat]
    return (
        f"""\
From: {sent.name} <{sent.email}>
To: {ORGANISER}
Subject: Invitation {word}: ECRI study visit to BioM, Munich
Message-ID: <5f0c1a2e-8b7d-4c3e-9a61-2d4b7e1f0c9a@example.org>
Date: {answered.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:52.0) Gecko/20100101 Thunderbird/52.6.0
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------A1B2C3D4E5F6A7B8C9D0E1F2"

This is a multi-part message in MIME format.
--------------A1B2C3D4E5F6A7B8C9D0E1F2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{sent.name} has {word} your event invitation.

--------------A1B2C3D4E5F6A7B8C9D0E1F2
Content-Type: text/calendar; method=REPLY; charset=UTF-8
Content-Transfer-Encoding: 8bit

{ics}
--------------A1B2C3D4E5F6A7B8C9D0E1F2
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

{base64.encodebytes(ics.encode("utf-8")).decode("ascii")}
--------------A1B2C3D4E5F6A7B8C9D0E1F2--
""".replace("\r\n", "\n")
        .replace("\n", "\r\n")
        .encode("utf-8")
    )


def apple_reply(sent: Sent, partstat: str, answered: datetime) -> bytes:
    ics = calendar(f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 10.13.3//EN
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=Europe/Berlin:20180323T213000
ORGANIZER;CN="ECRI Study Visit":mailto:{ORGANISER}
UID:{sent.uid}
DTSTAMP:{stamp(answered)}
LOCATION:BioM\\, Am Klopferspitz 19a\\, Martinsried/Planegg
ATTENDEE;CN="{sent.name}";CUTYPE=INDIVIDUAL;EMAIL="{sent.email}";PARTSTAT={partstat}:mailto:{sent.email}
SEQUENCE:{sent.sequence}
SUMMARY:{TITLE}
DTSTART;TZID=Europe/Berlin:20180323T143000
END:VEVENT
END:VCALENDAR
""")
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = f"{sent.name} <{sent.email}>"
    message["To"] = ORGANISER
    message["Subject"] = f"Invitation: ECRI study visit to BioM, Munich ({partstat.lower()})"
    message.set_content(f"{sent.name} has replied to your invitation.\n")
    message.add_attachment(
        ics.encode("utf-8"), maintype="application", subtype="octet-stream", filename="iCal-20180320-101500.ics"
    )
    return message.as_bytes()


def parsed(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)
