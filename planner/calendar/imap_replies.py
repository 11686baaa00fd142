"""Replies to invitations fetched from the organiser's mailbox over IMAP.

Only messages that carry a calendar (a text/calendar part or an .ics
attachment, seen in the message's BODYSTRUCTURE) are downloaded, with
BODY.PEEK so that nothing is marked as read: the mailbox stays as the
organiser left it. Where the last fetch stopped (the folder's UIDVALIDITY
and the highest UID looked at) is remembered by the caller, so the next
fetch reads only newer messages; a folder whose UIDVALIDITY changed is
read again from the start of the look-back window.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.calendar.mail_server import IMPLICIT_TLS, STARTTLS, is_this_computer
from planner.errors import PlannerError
from planner.services.language import marked, say, say_n
from planner.services.reply_mailbox import MailboxPosition, MailboxSettings

# No TLS at all: as the mail settings call it.
NO_TLS = "none"
SECURITIES = (IMPLICIT_TLS, STARTTLS, NO_TLS)
DEFAULT_PORTS = {IMPLICIT_TLS: 993, STARTTLS: 143, NO_TLS: 143}
# A first fetch looks this far back: replies come within weeks of an invitation.
LOOK_BACK_DAYS = 120
# A message larger than this is no reply (a reply is a few kB).
LARGEST_MESSAGE = 5 * 1024 * 1024
# At most this many messages per fetch; the next fetch goes on from there.
MOST_MESSAGES = 500
_CALENDAR_PART = re.compile(rb'\("?(TEXT"?\s+"?CALENDAR|APPLICATION"?\s+"?(ICS|OCTET-STREAM))', re.IGNORECASE)
_ICS_NAME = re.compile(rb'\.ics"', re.IGNORECASE)


# Where replies arrive and where the last fetch stopped: as kept for the database.
Mailbox = MailboxSettings
Position = MailboxPosition


@dataclass
class Fetched:
    messages: list[tuple[str, bytes]] = field(default_factory=list)  # (what it is, its bytes)
    position: Position | None = None
    looked_at: int = 0  # messages considered (with or without a calendar)
    too_large: list[str] = field(default_factory=list)
    more_left: bool = False  # stopped at MOST_MESSAGES

    def summary(self) -> str:
        """ "4 new messages, 3 with a calendar." """
        return say_n(
            "{count} new message, {calendars} with a calendar.",
            "{count} new messages, {calendars} with a calendar.",
            self.looked_at,
            calendars=len(self.messages),
        )


def _reason(error: BaseException) -> str:
    text = error.args[0] if error.args else str(error)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split()) or type(error).__name__


def _connect(mailbox: Mailbox, timeout: float) -> imaplib.IMAP4:
    where = mailbox.where
    try:
        if mailbox.security == IMPLICIT_TLS:
            return imaplib.IMAP4_SSL(
                mailbox.host, mailbox.port, ssl_context=ssl.create_default_context(), timeout=timeout
            )
        connection = imaplib.IMAP4(mailbox.host, mailbox.port, timeout=timeout)
        if mailbox.security == STARTTLS:
            if "STARTTLS" not in connection.capabilities:
                connection.shutdown()
                raise PlannerError(say("{where}: the mailbox server does not offer STARTTLS", where=where))
            connection.starttls(ssl.create_default_context())
        return connection
    except ssl.SSLCertVerificationError as error:
        raise PlannerError(
            say(
                "{where}: the mailbox server's certificate is not trusted ({reason})",
                where=where,
                reason=error.verify_message,
            )
        ) from None
    except ssl.SSLError as error:
        raise PlannerError(
            say(
                "{where}: cannot connect to the mailbox server over TLS ({reason}); "
                "TLS from the start is usually port 993, STARTTLS port 143",
                where=where,
                reason=error.reason or error,
            )
        ) from None
    except (OSError, imaplib.IMAP4.error) as error:
        raise PlannerError(
            say("{where}: cannot connect to the mailbox server ({reason})", where=where, reason=_reason(error))
        ) from None


def _check(status: str, data: list, refusal: str, where: str) -> list:
    """``refusal``: the marked wording of the server saying no,
    "{where}: the mailbox server refused to … ({reason})"."""
    if status != "OK":
        said = b" ".join(item for item in data if isinstance(item, bytes)).decode("utf-8", "replace")
        raise PlannerError(say(refusal, where=where, reason=" ".join(said.split()) or status))
    return data


def fetch_replies(
    mailbox: Mailbox,
    password: str,
    since: Position | None,
    *,
    today: date | None = None,
    timeout: float = 30,
) -> Fetched:
    """The messages with a calendar that arrived in the folder since
    ``since`` (or within LOOK_BACK_DAYS); PlannerError, in one line, when
    the server cannot be reached, refuses the login or has no such folder."""
    where = mailbox.where
    if mailbox.security == NO_TLS and not is_this_computer(mailbox.host):
        raise PlannerError(
            say(
                "{where}: Planner logs in to a mailbox only over TLS, or the password would go out in the clear; "
                "choose TLS (usually port 993) or STARTTLS (usually port 143)",
                where=where,
            )
        )
    connection = _connect(mailbox, timeout)
    try:
        try:
            connection.login(mailbox.user, password)
        except imaplib.IMAP4.error as error:
            raise PlannerError(
                say(
                    "{where}: the mailbox server refused the login of {user} ({reason})",
                    where=where,
                    user=mailbox.user,
                    reason=_reason(error),
                )
            ) from None
        status, _data = connection.select(_quoted(mailbox.folder), readonly=True)
        if status != "OK":
            raise PlannerError(
                say(
                    "{where}: there is no folder '{folder}' in the mailbox of {user}",
                    where=where,
                    folder=mailbox.folder,
                    user=mailbox.user,
                )
            )
        return _fetch(connection, mailbox, since, today or date.today())
    except (OSError, imaplib.IMAP4.abort) as error:
        raise PlannerError(
            say("{where}: the connection to the mailbox server was lost ({reason})", where=where, reason=_reason(error))
        ) from None
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            connection.logout()


def _quoted(folder: str) -> str:
    # imaplib sends the name as it is; a name with blanks must be quoted.
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _fetch(connection: imaplib.IMAP4, mailbox: Mailbox, since: Position | None, today: date) -> Fetched:
    where = mailbox.where
    validity = int((connection.response("UIDVALIDITY")[1] or [b"0"])[0] or 0)
    if since is not None and since.uidvalidity == validity:
        criteria = f"UID {since.last_uid + 1}:*"
        last = since.last_uid
    else:
        first = today - timedelta(days=LOOK_BACK_DAYS)
        criteria = f"SINCE {first.day}-{first:%b}-{first.year}"
        last = 0
    [found] = _check(
        *connection.uid("SEARCH", criteria),
        marked("{where}: the mailbox server refused to search the folder ({reason})"),
        where,
    )
    # "n:*" also answers the newest message when none is newer: keep the new ones only.
    uids = sorted(uid for uid in (int(raw) for raw in (found or b"").split()) if uid > last)
    fetched = Fetched(position=Position(validity, max([last, *uids])))
    if len(uids) > MOST_MESSAGES:
        uids, fetched.more_left = uids[:MOST_MESSAGES], True
        fetched.position = Position(validity, uids[-1])
    fetched.looked_at = len(uids)
    if not uids:
        return fetched
    wanted: list[int] = []
    data = _check(
        *connection.uid("FETCH", ",".join(map(str, uids)), "(UID RFC822.SIZE BODYSTRUCTURE)"),
        marked("{where}: the mailbox server refused to read the folder ({reason})"),
        where,
    )
    for item in data:
        line = b"".join(item) if isinstance(item, tuple) else item
        if not isinstance(line, bytes):
            continue
        uid_match = re.search(rb"UID (\d+)", line)
        size_match = re.search(rb"RFC822\.SIZE (\d+)", line)
        if uid_match is None or not (_CALENDAR_PART.search(line) or _ICS_NAME.search(line)):
            continue
        uid = int(uid_match.group(1))
        if size_match is not None and int(size_match.group(1)) > LARGEST_MESSAGE:
            fetched.too_large.append(f"{mailbox.folder} message {uid}")
            continue
        wanted.append(uid)
    for uid in wanted:
        data = _check(
            *connection.uid("FETCH", str(uid), "(BODY.PEEK[])"),
            marked("{where}: the mailbox server refused to read a message ({reason})"),
            where,
        )
        body = next((item[1] for item in data if isinstance(item, tuple) and len(item) > 1), None)
        if body:
            fetched.messages.append((f"{mailbox.folder} message {uid}", bytes(body)))
    return fetched
