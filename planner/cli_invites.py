"""`planner invites` and `planner replies`: the event's invitations written or
sent (each recorded as it goes), and partners' answers read back."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from planner import cli_smtp
from planner.errors import PlannerError

# What a command needs is imported when it runs: the window starts
# through this module's parser and needs none of it.
if TYPE_CHECKING:
    from planner.db.store import Store

EXIT_PROBLEMS = 1
SMTP_PASSWORD_VARIABLE = cli_smtp.SMTP_PASSWORD_VARIABLE

INVITES_HELP = f"""\
Invitations by e-mail: one message per participant with an e-mail address
(not those who declined or were cancelled), From the event's organiser_email,
with the essentials in the text and the invitation as text/calendar
(METHOD:REQUEST, ORGANIZER, the participant as ATTENDEE, RSVP).

--out DIR writes them as .eml files (a preview, or to send by hand): this
does NOT count as sent, unless --record is given: then only what is due is
written (as --smtp would send it) and recorded as sent, for organisers who
send from their own mail program; the next run writes only the updates and
cancellations. --smtp HOST:PORT sends them and remembers what went
to whom: the next run sends only what is new, an update (same UID, higher
SEQUENCE) after a change, and METHOD:CANCEL when the event is cancelled or
a participant is taken off the list or cancelled. Each message is recorded
as soon as the server accepts it; if some are not sent, the command says
who got one and who did not, exits 1, and a second run sends only those.
A recipient whose message cannot be made (an unusable address) or written is
reported with the reason, and the others still go out.

--smtp-user USER logs in, with the password from ${SMTP_PASSWORD_VARIABLE},
and only over TLS: --starttls (usually port 587) or --tls (TLS from the
start, usually port 465); the server's certificate is checked. For a test
mail server on this computer (localhost, 127.0.0.1, ::1), --insecure-login
logs in without TLS, with a warning: the password then goes in the clear."""


REPLIES_HELP = """\
Replies to the invitations sent with `invites --smtp`, as partners' mail
programs send them back (Outlook, Gmail, Apple Mail, Thunderbird): saved
e-mails (.eml) or calendar files (.ics), or folders holding them. A reply
counts when it answers an invitation sent from this database, from the
address it went to, for its latest version (SEQUENCE): accepted sets the
participant to confirmed, declined to declined, tentative leaves them
invited and marks them tentative. A proposal of a new time (Outlook's
COUNTER) is shown and changes nothing. Any other file is refused with the
reason and changes nothing; the others are saved together. Exit 1 when
any file was refused."""


def add_parsers(commands: argparse._SubParsersAction, add_overwrite: Callable[[argparse.ArgumentParser], None]) -> None:
    """`invites` and `replies`, added to the command line's."""
    inviting = commands.add_parser(
        "invites",
        help="write (--out) or send (--smtp) the e-mail invitations of an event",
        description=INVITES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inviting.add_argument("event_id", metavar="ID", type=int)
    target = inviting.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--out",
        metavar="DIR",
        help="write one .eml per invited participant into DIR, to look at or send by hand; "
        "nothing is recorded as sent without --record",
    )
    cli_smtp.add_options(inviting, target, "send what is new, changed or cancelled since the last send, and record it")
    inviting.add_argument(
        "--record",
        action="store_true",
        help="with --out: write only what is new, changed or cancelled, and record it as sent "
        "(you send the files from your own mail program)",
    )
    inviting.add_argument(
        "--reminder",
        metavar="BEFORE",
        help="a reminder in the partners' calendars this long before the start: 30m, 2h, 1d or 1w",
    )
    inviting.add_argument("--attach-agenda", action="store_true", help="attach the agenda as a PDF to each invitation")
    add_overwrite(inviting)

    replying = commands.add_parser(
        "replies",
        help="read partners' replies to invitations (.eml, .ics or folders) into their statuses",
        description=REPLIES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    replying.add_argument(
        "paths", nargs="+", metavar="FILE_OR_FOLDER", help="a reply (.eml or .ics), or a folder of them"
    )


_REMINDER_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
# The longest reminder taken: a calendar's reminder is for the weeks before.
_LONGEST_REMINDER = timedelta(weeks=26)


def _reminder(value: str) -> timedelta:
    """``--reminder 2h``: the time before the start; PlannerError otherwise."""
    text = value.strip().lower()
    number, unit = text[:-1], text[-1:]
    if not number.isdigit() or unit not in _REMINDER_UNITS or int(number) == 0:
        raise PlannerError(
            f"--reminder {value}: give the time before the start as a number and m, h, d or w, e.g. 30m, 2h, 1d or 1w"
        )
    before = timedelta(**{_REMINDER_UNITS[unit]: int(number)})
    if before > _LONGEST_REMINDER:
        raise PlannerError(f"--reminder {value}: a reminder is at most 26 weeks before the start")
    return before


def _invites(store: Store, args: argparse.Namespace) -> int:
    # icalendar and smtplib: only for this command.
    from planner import output_paths
    from planner.calendar import invitations as mail
    from planner.calendar.text import one_line
    from planner.documents.catalogue import render
    from planner.documents.disclosed import people_in
    from planner.documents.options import DocumentOptions

    if args.record and args.smtp is not None:
        raise PlannerError("--record goes with --out: --smtp records what it sends anyway")
    server = cli_smtp.server_of(store, args)
    reminder = _reminder(args.reminder) if args.reminder is not None else None
    if server is None:  # refused before the unit of work below writes anything
        output_paths.check_output_folder(Path(args.out), store.protected())
    # A writing unit of work: the database's UID part is made on first use.
    with store.write() as session:
        attachments, named = [], []
        if args.attach_agenda:
            agenda_pdf = render(session, "agenda", args.event_id)
            attachments.append(mail.Attachment("agenda.pdf", "application/pdf", agenda_pdf))
            named = people_in(session, "agenda", args.event_id, DocumentOptions())
        sender = server.sender if server else None
        batch = mail.invitations(
            session,
            args.event_id,
            reminder=reminder,
            attachments=attachments,
            named_in_attachments=named,
            sender=sender,
        )
    for name in batch.without_address:
        print(f"no e-mail address, left out: {one_line(name, 200)}")
    for recipient, reason in batch.unusable:
        print(f"{'NOT sent to' if server else 'NOT written for'} {recipient}: {reason}")
    if server is None:
        recorder = _recorder(store, args.event_id) if args.record else None
        return _write_invitations(batch, Path(args.out), store, overwrite=args.overwrite, record=recorder)
    due = [invitation for invitation in batch.messages if invitation.due]
    failed = len(batch.unusable)
    if not due and not failed:
        print("Nothing to send: everyone has the latest invitation.")
        return 0
    if due:
        with server.connection() as connection:
            failed += _send_all(store, args.event_id, due, connection, batch.sender)
    if failed:
        total = len(due) + len(batch.unusable)
        print(
            f"planner: {failed} of {total} message{'s' if total != 1 else ''} not sent; "
            "run the command again to send the missing ones",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return 0


def _send_all(store: Store, event_id: int, due: list, connection, sender: str) -> int:
    """Send each message, recording it as soon as the server took it; the
    number not sent."""
    from planner.calendar import invitations as mail
    from planner.calendar import outbox

    record_it = _recorder(store, event_id)

    def record(invitation: mail.Invitation) -> None:
        record_it(invitation)
        print(f"sent to {invitation.recipient} ({invitation.kind}, SEQUENCE {invitation.sequence})")

    outcome = outbox.send_all(
        connection,
        sender,
        due,
        store=store,
        on_done=record,
        on_failed=lambda invitation, why: print(f"NOT sent to {invitation.recipient}: {why}"),
    )
    return len(outcome.failed)


def _replies(store: Store, args: argparse.Namespace) -> int:
    from planner.operations import perform
    from planner.operations.replies import ImportReplies

    report = perform(store, ImportReplies(tuple(Path(path) for path in args.paths))).result
    for line in report.lines():
        print(line)
    return EXIT_PROBLEMS if report.refused else 0


def _recorder(store: Store, event_id: int):
    """Records one invitation as sent, at once and in its own unit of work:
    a later failure leaves it recorded, and the next run does not send it again."""
    from planner.calendar import invitations as mail

    def record(invitation: mail.Invitation) -> None:
        with store.write() as session:
            mail.record(session, event_id, invitation)

    return record


def _write_invitations(batch, folder: Path, store: Store, *, overwrite: bool, record=None) -> int:
    """One .eml per message, each written whole or not at all; one that
    cannot be written does not stop the others. With ``record``, only the
    messages due, each recorded as sent once written."""
    from planner.calendar import outbox
    from planner.calendar.invitations import file_name

    messages = [invitation for invitation in batch.messages if invitation.due or record is None]
    taken: set[str] = set()
    named = []
    for invitation in messages:
        suffix = "-cancelled" if invitation.kind == "cancellation" else ""
        named.append((invitation, file_name(invitation.target.name or invitation.address, taken, suffix)))

    def written(invitation, path: Path) -> None:
        if record is None:
            print(f"wrote {path} ({invitation.kind} to {invitation.recipient})")
            return
        record(invitation)
        print(
            f"wrote {path} ({invitation.kind} to {invitation.recipient}, SEQUENCE {invitation.sequence}), "
            "recorded as sent"
        )

    outcome = outbox.write_all(
        folder,
        named,
        store,
        overwrite=overwrite,
        on_done=written,
        on_failed=lambda invitation, why: print(f"NOT written for {invitation.recipient}: {why}"),
    )
    failed = len(batch.unusable) + len(outcome.failed)
    if not messages and not failed:
        print(
            "Nothing to write: " + ("everyone has the latest invitation." if batch.messages else "nobody is invited.")
        )
    if failed:
        total = len(messages) + len(batch.unusable)
        print(f"planner: {failed} of {total} invitation{'s' if total != 1 else ''} not written", file=sys.stderr)
        return EXIT_PROBLEMS
    return 0


COMMANDS = {"invites": _invites, "replies": _replies}
