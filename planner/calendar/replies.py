"""Reading replies to invitations from files: an .ics, or a saved e-mail
(.eml) that carries one.

Mail programs answer an invitation each their own way: Outlook sends a
``text/calendar; method=REPLY`` alternative beside the text and HTML,
Gmail the same plus the calendar again as an ``invite.ics`` attachment
(``application/ics``), Thunderbird a ``text/calendar`` part, Apple Mail an
attached ``.ics``; Outlook's "propose new time" is ``METHOD:COUNTER``. So
every part that holds a calendar is read, inline parts first, and the
first that is a REPLY or a COUNTER is taken. A file that is not a reply
(an invitation, a letter, a broken or huge file) is reported with the
reason and gives no answer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

from icalendar import Calendar, Component

from planner.calendar.ics_syntax import parse_calendar
from planner.errors import PlannerError
from planner.services.language import marked, say
from planner.services.replies import COUNTER, REPLY, Answer, Attendee, bare_address

log = logging.getLogger(__name__)

# A reply is a few kilobytes; a saved mail with a quoted letter and a logo
# rarely passes a megabyte. Anything far bigger is not read into memory.
MAX_FILE_BYTES = 8 * 1024 * 1024
# What a folder's files must be called to be read as replies.
SUFFIXES = frozenset({".eml", ".ics"})
CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"})
ANSWERING_METHODS = (REPLY, COUNTER)
_TOO_DEEP = marked("has parts nested too deep to be a mail program's message")


class NotAReply(PlannerError):
    """A file that gives no answer; the message says why, in the user's words."""


@dataclass(frozen=True)
class Unreadable:
    source: str
    reason: str


def reply_files(paths: Iterable[Path]) -> tuple[list[Path], list[Unreadable]]:
    """The files to read: those given, and the .eml and .ics files in the
    folders given (not their subfolders), each once, in name order per
    folder; and the paths that give none, with the reason."""
    found: list[Path] = []
    problems: list[Unreadable] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                (child for child in path.iterdir() if child.suffix.lower() in SUFFIXES and child.is_file()),
                key=lambda child: child.name.lower(),
            )
            if not inside:
                problems.append(Unreadable(str(path), say("this folder holds no .eml or .ics file")))
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        elif path.exists():
            problems.append(Unreadable(str(path), say("not a file nor a folder")))
        else:
            problems.append(Unreadable(str(path), say("no such file or folder")))
    unique = list(dict.fromkeys(found))
    return unique, problems


def read_bounded(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes; refused, without reading it whole, when it is
    bigger than ``limit`` (MAX_FILE_BYTES)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise NotAReply(say("cannot be read ({error})", error=error.strerror or error)) from None
    if len(data) > limit:
        raise NotAReply(say("is bigger than {size}; a reply is a few kilobytes, so it was not read", size=_size(limit)))
    return data


def _size(count: int) -> str:
    megabytes = count / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes >= 1 else f"{max(1, round(count / 1024))} kB"


def read_replies(paths: Sequence[Path]) -> list[Answer | Unreadable]:
    """Every answer in the files and folders given, and every file that
    gives none, in the order of the files."""
    files, problems = reply_files(paths)
    read: list[Answer | Unreadable] = list(problems)
    for path in files:
        source = str(path)
        try:
            read.extend(answers_in(read_bounded(path), source))
        except NotAReply as error:
            read.append(Unreadable(source, str(error)))
    return read


def answers_in(data: bytes, source: str) -> list[Answer]:
    """The answers in an .ics or .eml file's bytes; NotAReply says why there
    are none."""
    if not data.strip():
        raise NotAReply(say("is empty"))
    if _looks_like_calendar(data):
        return _answers_of(_calendar(data), source, sender="")
    message = _message(data)
    try:
        parts = calendar_parts(message)
    except RecursionError:  # parts nested thousands deep: no mail program writes that
        raise NotAReply(say(_TOO_DEEP)) from None
    if not parts:
        raise NotAReply(
            say("holds no calendar (no text/calendar part, no .ics attachment): it is not a reply to an invitation")
        )
    sender = _sender(message)
    methods: list[str] = []
    problems: list[str] = []
    for part in parts:
        try:
            calendar = _calendar(_calendar_bytes(part))
        except NotAReply as error:
            problems.append(str(error))
            continue
        method = _method(calendar)
        if method in ANSWERING_METHODS:
            return _answers_of(calendar, source, sender=sender)
        methods.append(method)
    if methods:
        raise NotAReply(_not_answering(methods[0]))
    raise NotAReply(problems[0])


def calendar_parts(message: Message) -> list[Message]:
    """The message's parts that hold a calendar: inline ones first, then
    attachments (an .ics under any type, as some programs label it
    application/octet-stream)."""
    inline: list[Message] = []
    attached: list[Message] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        try:
            name = part.get_filename() or ""
            disposition = part.get_content_disposition()
        except (ValueError, TypeError, LookupError):  # a header too broken to read: not a calendar we can take
            continue
        if kind in CALENDAR_TYPES or name.lower().endswith(".ics"):
            (attached if disposition == "attachment" else inline).append(part)
    return inline + attached


def _looks_like_calendar(data: bytes) -> bool:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].upper()
    return head.startswith(b"BEGIN:VCALENDAR")


def _message(data: bytes) -> EmailMessage:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except RecursionError:
        raise NotAReply(say(_TOO_DEEP)) from None
    except (ValueError, TypeError, LookupError, IndexError) as error:
        raise NotAReply(
            say("is not an e-mail message that can be read ({error})", error=type(error).__name__)
        ) from None
    if not isinstance(message, EmailMessage) or not message.keys():
        raise NotAReply(say("is neither an iCalendar file nor a saved e-mail message (.eml)"))
    return message


def _sender(message: EmailMessage) -> str:
    try:
        addresses = getaddresses([str(value) for value in message.get_all("From", [])])
    except (ValueError, TypeError, IndexError):
        return ""
    return bare_address(addresses[0][1]) if addresses else ""


def _calendar_bytes(part: Message) -> bytes:
    """The part's calendar as UTF-8, whatever charset it was sent in."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise NotAReply(say("has a calendar part with nothing in it"))
    charset = (part.get_content_charset() or "utf-8").lower()
    if charset in ("utf-8", "utf8", "us-ascii"):
        return payload
    try:
        return payload.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return payload  # read as UTF-8; a wrong byte is reported by its line


def _calendar(data: bytes) -> Calendar:
    try:
        return parse_calendar(data)
    except PlannerError as error:
        raise NotAReply(say("is not a readable calendar: {error}", error=error)) from None
    except Exception as error:  # icalendar may fail any way on a hostile file: the file is refused, logged
        log.warning("a reply's calendar could not be parsed", exc_info=True)
        raise NotAReply(say("is not a readable calendar ({error})", error=type(error).__name__)) from None


def _method(calendar: Calendar) -> str:
    return str(calendar.get("METHOD", "")).strip().upper()


def _not_answering(method: str) -> str:
    if method == "REQUEST":
        return say("is an invitation (METHOD:REQUEST), not a reply to one")
    if method == "CANCEL":
        return say("is a cancellation (METHOD:CANCEL), not a reply")
    if not method:
        return say("is a calendar without METHOD, not a reply to an invitation (METHOD:REPLY)")
    return say("is METHOD:{method}, not a reply to an invitation (METHOD:REPLY)", method=method)


def _answers_of(calendar: Calendar, source: str, *, sender: str) -> list[Answer]:
    method = _method(calendar)
    if method not in ANSWERING_METHODS:
        raise NotAReply(_not_answering(method))
    events = list(calendar.walk("VEVENT"))
    if not events:
        raise NotAReply(say("is METHOD:{method} without an event (VEVENT) in it", method=method))
    try:
        return [_answer(component, method, source, sender) for component in events]
    except NotAReply:
        raise
    except Exception as error:  # a value icalendar cannot decode: the file is refused, logged
        log.warning("a reply's values could not be read", exc_info=True)
        raise NotAReply(say("has a value that cannot be read ({error})", error=type(error).__name__)) from None


def _answer(component: Component, method: str, source: str, sender: str) -> Answer:
    uid = _text(component.get("UID"))
    if not uid:
        raise NotAReply(say("has no UID, so it does not say which invitation it answers"))
    sequence_text = _text(component.get("SEQUENCE")) or "0"  # RFC 5545: 0 when not given
    try:
        sequence = int(sequence_text)
    except ValueError:
        raise NotAReply(say("SEQUENCE '{value}' is not a number", value=sequence_text[:20])) from None
    if sequence < 0:
        raise NotAReply(say("SEQUENCE {value} is not a version number", value=sequence))
    return Answer(
        source=source,
        method=method,
        uid=uid,
        sequence=sequence,
        attendees=tuple(_attendees(component.get("ATTENDEE"))),
        answered_at=_utc(component, "DTSTAMP"),
        sender=sender,
        comment=" ".join(_text(value) for value in _listed(component.get("COMMENT")))[:500],
        proposed_start=_decoded(component, "DTSTART") if method == COUNTER else None,
        proposed_end=_decoded(component, "DTEND") if method == COUNTER else None,
    )


def _listed(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip()


def _attendees(value: object) -> Iterable[Attendee]:
    for attendee in _listed(value):
        params = getattr(attendee, "params", {})
        yield Attendee(
            address=bare_address(str(attendee)),
            partstat=str(params.get("PARTSTAT", "NEEDS-ACTION")).strip().upper(),
            name=str(params.get("CN", "")),
            delegated_to=str(params.get("DELEGATED-TO", "")),
        )


def _decoded(component: Component, name: str) -> datetime | date | None:
    if name not in component:
        return None
    value = component.decoded(name)
    return value if isinstance(value, date) else None


def _utc(component: Component, name: str) -> datetime | None:
    """DTSTAMP as naive UTC (a floating one is taken as UTC, as RFC 5545
    says it is)."""
    value = _decoded(component, name)
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)
