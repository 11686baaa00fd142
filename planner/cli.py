"""The command line: thin wrappers over services and exchange.

A user's mistake ends with a one-line message on stderr naming the place
and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from planner import __version__, cli_mail, cli_mailbox, cli_smtp, cli_templates, config, output_paths
from planner.db import backups
from planner.db.lock import DatabaseInUse, DatabaseLock
from planner.db.store import Store
from planner.documents.catalogue import KINDS, render
from planner.documents.options import GROUPINGS, PAPER_SIZES, PARTICIPANT_COLUMNS, DocumentOptions
from planner.errors import PlannerError
from planner.fileio import read_bytes, write_atomically
from planner.operations import perform
from planner.operations.files import AddSampleEvents, ImportCalendar, ImportEventFile, RemoveSampleEvents
from planner.operations.participant_lists import ImportParticipantList
from planner.output_paths import check_output
from planner.services import events, labels
from planner.services.common import id_of
from planner.services.conflicts import find_conflicts
from planner.startup import open_database, setup_logging

log = logging.getLogger(__name__)

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


PDF_HELP = """\
Documents as PDF (A4, or --paper letter):
  agenda        the programme day by day, for the room
  participants  who takes part, sorted by family name (--with email, needs,
                stay; --group-by country or organisation)
  attendance    a signature sheet per day, with empty rows for walk-ins
  itinerary     travel, hotels and visits day by day (--person EMAIL: one
                traveller's own)
  badges        name badges with cut marks, several per page
  minutes       the conclusions report"""


PARTICIPANTS_HELP = """\
Participant lists from registration forms and spreadsheets: .csv (UTF-8
with or without BOM, UTF-16, or the code page of an older Excel or Mac:
Windows-1250/1251/1252/1253/1257, ISO-8859-2/7/15, KOI8-R/U, MacRoman; comma,
semicolon or tab) or .xlsx (the first sheet with data). The encoding is found
out from the names; when two read equally well, the command says how the
names read in each and --encoding chooses. The first row names the columns, in
English or another European language ("Vorname", "Courriel", "País");
--dry-run shows which column was taken for which field, and --column
corrects it. People already in the database (same e-mail, or same name and
organisation) are reused, not doubled; someone already on the list is
updated. A row with a problem is reported with its number and nothing is
imported until every row is right."""


DO_HELP = """\
Every change the window makes is a named operation; `do` carries out one of
them on the database, checked by the same rules as in the window, saved whole
or not at all. Parameters are NAME=VALUE: numbers, days (2027-03-09), times
(2027-03-09T10:30), yes/no, lists (3,7,9); the fields of an edit as
values.title="Opening" or changes.ends_on=2027-03-10. `--list` shows them all.

  planner do change-event event_id=3 changes.title="Partner meeting in Kraków"
  planner do move-agenda-item item_id=12 starts_at=2018-03-23T10:30
  planner do delete-event event_id=7"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Plan workshops, partner meetings, study visits and conferences.",
    )
    parser.add_argument("--db", metavar="PATH", help="the database file (default: planner.sqlite in your data folder)")
    parser.add_argument("--version", action="version", version=f"Planner {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="add the sample events")
    demo.add_argument("--remove", action="store_true", help="remove the sample events instead")

    listing = commands.add_parser("events", help="list the events")
    listing.add_argument("--json", action="store_true", help="print a JSON list")

    importing = commands.add_parser(
        "import-event",
        help="import an event file; prints the new event's id last",
        description="Add the event of an event file (.planner.json, as `export-event` writes it) to the database, "
        "with its agenda, people, travel, stays, costs and minutes: all of it or, if any part is refused, nothing. "
        "The new event's id is printed last.",
    )
    importing.add_argument("file", metavar="FILE")

    importing_ics = commands.add_parser(
        "import-ics",
        help="create events from an .ics file (an invitation or a conference calendar), or update the event one "
        "imported before (or exported by Planner) came from; prints the changes, and the event's id last",
    )
    importing_ics.add_argument("file", metavar="FILE")
    importing_ics.add_argument("--dry-run", action="store_true", help="only print what importing would change")

    exporting = commands.add_parser(
        "export-event",
        help="write an event file",
        description="Write one event with everything it holds to an event file (.planner.json), to hand to a "
        "colleague or keep; `import-event` reads it back. ID is the event's number in `planner events`.",
    )
    exporting.add_argument("event_id", metavar="ID", type=int)
    exporting.add_argument("-o", "--output", metavar="FILE", required=True)
    _add_overwrite(exporting)

    importing_list = commands.add_parser(
        "import-participants",
        help="add the people of a participant list (.csv or .xlsx) to an event: all rows or none",
        description=PARTICIPANTS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    importing_list.add_argument("event_id", metavar="ID", type=int, help="the event (see `planner events`)")
    importing_list.add_argument("file", metavar="FILE", help="the list: .csv, .txt or .xlsx")
    importing_list.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    importing_list.add_argument(
        "--encoding",
        metavar="NAME",
        help="read a .csv in this encoding (windows-1250, iso-8859-7, koi8-r, macroman, utf-8, …) instead of finding it out",
    )
    importing_list.add_argument(
        "--column",
        dest="columns",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help="say which field a column holds ('Anmeldename=full_name', '3=email', 'Spalte X=none'); may be repeated",
    )
    exporting_list = commands.add_parser(
        "export-participants", help="write an event's participant list (.csv or .xlsx)"
    )
    exporting_list.add_argument("event_id", metavar="ID", type=int)
    exporting_list.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.csv or FILE.xlsx")
    _add_overwrite(exporting_list)

    calendar = commands.add_parser(
        "ics",
        help="write an event's calendar (.ics), or one participant's",
        description="Write the event's calendar with its agenda (and, with --actions, the open actions of its "
        "minutes) for Outlook, Google, Apple Calendar or Thunderbird; with --person, only what that participant "
        "needs, with their travel and hotel.",
    )
    calendar.add_argument("event_id", metavar="ID", type=int)
    calendar.add_argument("-o", "--output", metavar="FILE", required=True)
    calendar.add_argument(
        "--person", metavar="EMAIL", help="only what this participant needs, with their travel and hotel"
    )
    calendar.add_argument("--actions", action="store_true", help="add the minutes' open actions as tasks")
    _add_overwrite(calendar)

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
    _add_overwrite(inviting)

    replying = commands.add_parser(
        "replies",
        help="read partners' replies to invitations (.eml, .ics or folders) into their statuses",
        description=REPLIES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    replying.add_argument(
        "paths", nargs="+", metavar="FILE_OR_FOLDER", help="a reply (.eml or .ics), or a folder of them"
    )

    cli_mailbox.add_parser(commands)

    printing = commands.add_parser(
        "pdf",
        help="print a document of an event as PDF",
        description=PDF_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    printing.add_argument("kind", metavar="KIND", choices=list(KINDS), help=", ".join(KINDS))
    printing.add_argument("event_id", metavar="ID", type=int)
    printing.add_argument("-o", "--output", metavar="FILE", required=True)
    _add_overwrite(printing)
    printing.add_argument("--person", metavar="EMAIL", help="itinerary: only this traveller's own")
    printing.add_argument("--paper", choices=PAPER_SIZES, default="a4", help="paper size (default: a4)")
    printing.add_argument(
        "--with",
        dest="columns",
        metavar="COLUMN",
        action="append",
        default=[],
        choices=list(PARTICIPANT_COLUMNS),
        help=f"participants: add a column ({', '.join(PARTICIPANT_COLUMNS)}); may be repeated",
    )
    printing.add_argument(
        "--group-by", choices=[name for name in GROUPINGS if name], default="", help="participants: group the list"
    )
    printing.add_argument(
        "--blank-rows",
        type=int,
        default=DocumentOptions.blank_rows,
        metavar="N",
        help=f"attendance: empty rows for walk-ins (default: {DocumentOptions.blank_rows})",
    )

    doing = commands.add_parser(
        "do",
        help="carry out any change the window makes, by name (planner do --list)",
        description=DO_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    doing.add_argument("operation", nargs="?", metavar="OPERATION", help="the change, as `planner do --list` names it")
    doing.add_argument("parameters", nargs="*", metavar="NAME=VALUE", help="its parameters")
    doing.add_argument("--list", action="store_true", help="list every change with its parameters")

    cli_templates.add_parsers(commands)  # mail, templates

    commands.add_parser(
        "check",
        help="integrity and conflict report; non-zero exit on problems",
        description="Check that the database file is sound and list the conflicts of every event (a person or a "
        "room booked twice, travel that does not meet the agenda); exits non-zero when there is a problem.",
    )
    cli_mail.add_command(commands)

    backing_up = commands.add_parser(
        "backup",
        help="write a consistent copy of the database (SQLite's backup API)",
        description="Write a copy of the database to FILE, whole and consistent even while a Planner window "
        "has it open; `planner restore FILE` puts it back.",
    )
    backing_up.add_argument("-o", "--output", metavar="FILE", required=True)
    _add_overwrite(backing_up)
    commands.add_parser("backups", help="list the backups of the database, newest first")
    restoring = commands.add_parser(
        "restore", help="replace the database with a backup; the database as it was is backed up first"
    )
    restoring.add_argument("file", metavar="BACKUP_FILE", help="a backup file, or the name of one listed by `backups`")
    return parser


# The units of --reminder.
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


def _add_overwrite(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing file even when it is not of the kind written (never the database or a backup)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = setup_logging()
    try:
        if args.command is None:
            # Loading the app makes only objects that live on: no collection
            # until its window is up (run_app turns it back on).
            gc.disable()
            from planner.ui.app import run_app  # Qt is loaded only for the window

            return run_app(args.db)
        if args.command == "do" and (args.list or not args.operation):
            return _list_operations()
        if args.command in WITHOUT_STORE:  # they work on a database that may not open
            return WITHOUT_STORE[args.command](_database_path(args.db), args)
        store = open_database(args.db, on_backup_problem=_warn_backup)
        try:
            status = COMMANDS[args.command](store, args)
        finally:
            store.close()
        if store.read_only_reason:  # a command that wanted to write has said so, in its refusal
            print(f"planner: note: {store.path}: {store.read_only_reason}, so it was opened read-only", file=sys.stderr)
        return status
    except PlannerError as error:
        print(f"planner: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        # The reader went away (`planner events | head`): what it wanted was
        # printed. Send the rest nowhere, so that Python's own flush at exit
        # does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("planner: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: keep the details in the log, not on the screen
        log.exception("unexpected error in %s", args.command)
        where = f"; details in {log_file}" if log_file else ""
        print(f"planner: internal error ({type(error).__name__}: {error}){where}", file=sys.stderr)
        return 2


def _warn_backup(message: str) -> None:
    """The automatic backup failed: said in one line; the command goes on."""
    print(f"planner: warning: the automatic backup failed: {message}", file=sys.stderr)


def _demo(store: Store, args: argparse.Namespace) -> int:
    if args.remove:
        count = perform(store, RemoveSampleEvents()).result
        print(f"Removed {count} sample event{'s' if count != 1 else ''}.")
        return 0
    samples_added = perform(store, AddSampleEvents()).result
    for event in samples_added.added:
        print(f"{event.id}\t{event.title}")
    for title in samples_added.skipped:
        print(f"already there: {title}")
    return 0


def _events(store: Store, args: argparse.Namespace) -> int:
    with store.read() as session:
        rows = events.list_events(session)
    if args.json:
        listing = [
            {
                "id": row.id,
                "title": row.title,
                "kind": row.kind,
                "starts_on": row.starts_on.isoformat(),
                "ends_on": row.ends_on.isoformat(),
            }
            for row in rows
        ]
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No events yet. `planner demo` adds the sample events.")
        return 0
    # The kinds as the window names them ("Study visit", not study_visit).
    print(f"{'ID':>5}  {'Days':<23}  {'Kind':<16}  Title")
    for row in rows:
        days = f"{row.starts_on}" if row.ends_on == row.starts_on else f"{row.starts_on} – {row.ends_on}"
        sample = "  (sample)" if row.is_sample else ""
        print(f"{row.id:>5}  {days:<23}  {labels.label(row.kind):<16}  {row.title}{sample}")
    return 0


def _import_event(store: Store, args: argparse.Namespace) -> int:
    event = perform(store, ImportEventFile(Path(args.file), source=args.file)).result
    print(f"Imported '{event.title}'.")
    print(event.id)
    return 0


def _import_ics(store: Store, args: argparse.Namespace) -> int:
    operation = ImportCalendar(Path(args.file), source=args.file)
    if args.dry_run:
        with store.read() as session:
            plan = operation.plan(session)
        if plan.is_new:
            print(f"{args.file} is new to this database: importing it creates an event.")
        else:
            print(plan.note or f"Importing {args.file} would change '{plan.title}':")
            for change in plan.changes:
                print(f"  {change}")
        return 0
    result = perform(store, operation).result
    if result.updated is not None:
        print(result.note or f"Updated '{result.updated.title}' from {args.file}:")
        for change in result.changes:
            print(f"  {change}")
        print(result.updated.id)
        return 0
    for event in result.created:
        days = f"{event.starts_on}" if event.ends_on == event.starts_on else f"{event.starts_on} – {event.ends_on}"
        count = event.agenda_items
        items = f", {count} agenda item{'s' if count != 1 else ''}" if count else ""
        print(f"Imported '{event.title}' ({days}{items}).")
    for note in result.notes:
        print(f"Note: {note}")
    print(result.created[0].id)
    return 0


def _export_event(store: Store, args: argparse.Namespace) -> int:
    from planner.exchange.event_export import export_event
    from planner.exchange.event_file import dumps

    check_output(Path(args.output), output_paths.EVENT_FILE, store.protected(), overwrite=args.overwrite)
    with store.read() as session:
        document = export_event(session, args.event_id)
    write_atomically(Path(args.output), dumps(document))
    print(f"Wrote {args.output}")
    return 0


def _import_participants(store: Store, args: argparse.Namespace) -> int:
    # openpyxl and the vocabularies: only for this command.
    from planner.exchange.participant_encoding import codec_name
    from planner.exchange.participant_import import plan_import
    from planner.exchange.participant_table import (
        ParticipantFileError,
        assign,
        guess_mapping,
        parse_column_choice,
        read_table,
    )

    path = Path(args.file)
    encoding = codec_name(args.encoding) if args.encoding is not None else None
    data = read_bytes(path)
    try:
        # An encoding that cannot be told lists how the names read in each.
        table = read_table(data, str(path), encoding)
        mapping = guess_mapping(table.headers)
        for choice in args.columns:
            mapping = assign(mapping, *parse_column_choice(table.headers, choice))
        if args.dry_run:
            with store.read() as session:
                plan = plan_import(session, args.event_id, table, mapping)
            _print_import_plan(table, mapping, plan)
            if plan.problems:
                raise ParticipantFileError(
                    f"{table.name}: {plan.rows_with_problems} of {len(plan.rows)} rows cannot be imported",
                    [f"{table.name}: {problem}" for problem in plan.problems],
                )
            print(plan.summary(done=False))
            return 0
        plan = perform(store, ImportParticipantList(args.event_id, table, mapping)).result
    except ParticipantFileError as error:  # every row's problem on a line of its own
        print(f"planner: {error.message}", file=sys.stderr)
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS
    print(plan.summary())
    return 0


def _print_import_plan(table, mapping: dict[int, str | None], plan) -> None:
    from planner.exchange.participant_table import FIELDS

    print(f"{table.name}: {table.description}, {len(table.rows)} row{'s' if len(table.rows) != 1 else ''}")
    for column, header in enumerate(table.headers):
        field = mapping.get(column)
        print(f"  column '{header}': {FIELDS[field] if field else '(left out)'}")
    for row in plan.rows:
        email = f" <{row.email}>" if row.email else ""
        organisation = f", {row.organisation}" if row.organisation else ""
        changes = f" ({', '.join(row.changes)} from the list)" if row.changes and row.kind == "matched" else ""
        print(f"row {row.row_number}: {row.name}{email}{organisation}: {row.action}{changes}")
        for problem in row.problems:
            print(f"    {problem}")


def _export_participants(store: Store, args: argparse.Namespace) -> int:
    from planner.exchange.participant_export import FORMATS, export_participants
    from planner.services.participants import participant_rows

    path = Path(args.output)
    file_format = path.suffix.lower().lstrip(".")
    if file_format not in FORMATS:
        raise PlannerError(f"{path}: name the file .csv or .xlsx; Planner writes participant lists in those formats")
    kind = output_paths.WORKBOOK if file_format == "xlsx" else output_paths.CSV
    check_output(path, kind, store.protected(), overwrite=args.overwrite)
    with store.read() as session:
        data = export_participants(session, args.event_id, file_format)
        count = len(participant_rows(session, args.event_id))
    write_atomically(path, data)
    print(f"Wrote {path} ({count} participant{'s' if count != 1 else ''})")
    return 0


def _ics(store: Store, args: argparse.Namespace) -> int:
    # Planner.calendar loads icalendar: only for this command.
    from planner.calendar.event_calendar import event_calendar
    from planner.calendar.personal_calendar import personal_calendar

    check_output(Path(args.output), output_paths.CALENDAR, store.protected(), overwrite=args.overwrite)
    # One unit of work: the SEQUENCEs recorded are kept only if the file is written.
    with store.write() as session:
        if args.person:
            data = personal_calendar(session, args.event_id, args.person, actions=args.actions)
        else:
            data = event_calendar(session, args.event_id, actions=args.actions)
        write_atomically(Path(args.output), data)
    print(f"Wrote {args.output}")
    return 0


def _invites(store: Store, args: argparse.Namespace) -> int:
    # icalendar and smtplib: only for this command.
    from planner.calendar import invitations as mail
    from planner.calendar.text import one_line

    if args.record and args.smtp is not None:
        raise PlannerError("--record goes with --out: --smtp records what it sends anyway")
    server = cli_smtp.server_of(store, args)
    reminder = _reminder(args.reminder) if args.reminder is not None else None
    if server is None:  # refused before the unit of work below writes anything
        output_paths.check_output_folder(Path(args.out), store.protected())
    # A writing unit of work: the database's UID part is made on first use.
    with store.write() as session:
        attachments = []
        if args.attach_agenda:
            agenda_pdf = render(session, "agenda", args.event_id)
            attachments.append(mail.Attachment("agenda.pdf", "application/pdf", agenda_pdf))
        sender = server.sender if server else None
        batch = mail.invitations(session, args.event_id, reminder=reminder, attachments=attachments, sender=sender)
    for name in batch.without_address:
        print(f"no e-mail address, left out: {one_line(name, 200)}")
    for recipient, reason in batch.unusable:
        print(f"{'NOT sent to' if server else 'NOT written for'} {recipient}: {reason}")
    if server is None:
        recorder = _recorder(store, args.event_id) if args.record else None
        return _write_invitations(batch, Path(args.out), store.protected(), overwrite=args.overwrite, record=recorder)
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
        on_done=record,
        on_failed=lambda invitation, why: print(f"NOT sent to {invitation.recipient}: {why}"),
    )
    return len(outcome.failed)


def _replies(store: Store, args: argparse.Namespace) -> int:
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


def _write_invitations(batch, folder: Path, protected: output_paths.Protected, *, overwrite: bool, record=None) -> int:
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
        protected,
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


def _list_operations() -> int:
    from planner.operations import registry

    for operation in registry.operations().values():
        print(registry.usage(operation))
        print(f"    {registry.summary(operation)}")
    return 0


def _do(store: Store, args: argparse.Namespace) -> int:
    import dataclasses

    from planner.operations import registry

    operation = registry.build(args.operation, args.parameters)
    result = perform(store, operation).result
    print(f"{operation.label}: done.")
    for value in result if isinstance(result, list) else [result]:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            print(json.dumps(dataclasses.asdict(value), ensure_ascii=False, default=str))
        elif value is not None:
            print(value)
    return 0


def _check(store: Store, _args: argparse.Namespace) -> int:
    problems = store.integrity_problems()
    for problem in problems:
        print(f"database: {problem}")
    count = len(problems)
    with store.read() as session:
        for event in events.list_events(session):
            for conflict in find_conflicts(session, id_of(event)):
                print(f"event {event.id} ({event.title}): {conflict.message}")
                count += 1
    if count:
        print(f"{count} problem{'s' if count != 1 else ''} found.")
        return EXIT_PROBLEMS
    print("No problems found.")
    return 0


def _database_path(db: str | None) -> Path:
    return Path(db).expanduser() if db is not None else config.default_database_path()


def _backup(store: Store, args: argparse.Namespace) -> int:
    target = Path(args.output)
    backups.back_up_to_file(store, target, overwrite=args.overwrite)
    print(f"Wrote {target}")
    return 0


def _backups(database: Path, _args: argparse.Namespace) -> int:
    found = backups.backups_of(database)
    if not found:
        print(f"No backups of {database} in {config.backup_dir()} yet.")
        return 0
    print(f"Backups of {database} in {config.backup_dir()}, newest first:")
    for backup in found:
        events_held = (
            "unreadable"
            if backup.event_count is None
            else f"{backup.event_count} event{'s' if backup.event_count != 1 else ''}"
        )
        last = backup.last_event if len(backup.last_event) <= 48 else backup.last_event[:47] + "…"
        print(
            f"{backup.made_at:%a %d %b %Y %H:%M}  {backup.reason:<16}  {events_held:>10}  "
            f"{backups.size_text(backup.size):>7}  {last:<48}  {backup.path.name}"
        )
    return 0


def _restore(database: Path, args: argparse.Namespace) -> int:
    chosen = Path(args.file).expanduser()
    if not chosen.exists() and chosen.name == args.file:  # a bare name from `planner backups`
        listed = config.backup_dir() / chosen.name
        chosen = listed if listed.exists() else chosen
    if database.parent.is_dir():
        # Never under a Planner window that has the database open.
        try:
            lock = DatabaseLock.acquire(database)
        except DatabaseInUse as busy:  # reading it would not help: restoring writes it
            raise PlannerError(
                f"{database}: is open {busy.holder.describe()}; close the window that has it open, and try again"
            ) from None
        with lock:
            safety = backups.restore(chosen, database)
    else:
        safety = backups.restore(chosen, database)  # refused, with the reason
    print(f"Restored {database} from {chosen}.")
    if safety is None:
        print("There was no database file before.")
    elif ".damaged-" in safety.name:
        print(f"The database could not be read; it was kept aside as {safety}")
    else:
        print(f"The database as it was is backed up in {safety}")
    return 0


def _pdf(store: Store, args: argparse.Namespace) -> int:
    options = DocumentOptions(
        paper=args.paper,
        person_email=args.person,
        columns=tuple(dict.fromkeys(args.columns)),
        group_by=args.group_by,
        blank_rows=args.blank_rows,
    )
    check_output(Path(args.output), output_paths.PDF, store.protected(), overwrite=args.overwrite)
    with store.read() as session:
        data = render(session, args.kind, args.event_id, options)
    write_atomically(Path(args.output), data)
    print(f"Wrote {args.output}")
    return 0


COMMANDS = {
    "demo": _demo,
    "events": _events,
    "import-event": _import_event,
    "import-ics": _import_ics,
    "export-event": _export_event,
    "import-participants": _import_participants,
    "export-participants": _export_participants,
    "ics": _ics,
    "pdf": _pdf,
    "invites": _invites,
    "replies": _replies,
    "fetch-replies": cli_mailbox.run,
    "do": _do,
    "check": _check,
    "mail-settings": cli_mail.mail_settings_command,
    "backup": _backup,
    **cli_templates.COMMANDS,
}
WITHOUT_STORE = {
    "backups": _backups,
    "restore": _restore,
}
