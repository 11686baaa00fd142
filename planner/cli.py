"""The command line: thin wrappers over services and exchange.

A user's mistake ends with a one-line message on stderr naming the place
and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planner import __version__
from planner.errors import PlannerError
from planner.log_file import setup_logging

# Parsing the command line loads no database, document or mail code: each
# command imports what it needs when it runs. The window (no command, or
# only --db) goes straight to planner.ui.app without even the parser of
# the commands.
if TYPE_CHECKING:
    from planner.db.store import Store

log = logging.getLogger(__name__)

EXIT_PROBLEMS = 1

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
    from planner import (
        cli_backups,
        cli_checkout,
        cli_copy,
        cli_costs,
        cli_disclosures,
        cli_documents,
        cli_invites,
        cli_mail,
        cli_mailbox,
        cli_participants,
        cli_person,
        cli_publish,
        cli_retention,
        cli_statistics,
        cli_templates,
    )

    parser = argparse.ArgumentParser(
        prog="planner",
        description="Plan workshops, partner meetings, study visits and conferences.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the database file, or a shared database postgresql://user@host/dbname "
        "(default: planner.sqlite in your data folder)",
    )
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

    cli_participants.add_parsers(commands, _add_overwrite)

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

    cli_invites.add_parsers(commands, _add_overwrite)
    cli_mailbox.add_parser(commands)
    cli_publish.add_parser(commands)
    cli_costs.add_parsers(commands, _add_overwrite)

    cli_documents.add_parser(commands, _add_overwrite)

    cli_statistics.add_parser(commands, _add_overwrite)
    cli_person.add_parser(commands, _add_overwrite)
    cli_retention.add_parsers(commands, _add_overwrite)
    cli_disclosures.add_parser(commands, _add_overwrite)
    cli_copy.add_parser(commands)
    cli_checkout.add_parsers(commands)

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

    cli_backups.add_parsers(commands, _add_overwrite)
    return parser


# The units of --reminder.
def _add_overwrite(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing file even when it is not of the kind written (never the database or a backup)",
    )


def window_database(arguments: Sequence[str]) -> tuple[bool, str | None]:
    """Whether the command line asks for the window alone (nothing, or only
    --db PATH), and the database it names. Anything else (a command, -h,
    --version, a mistake) is for the full parser to read and answer."""
    if not arguments:
        return True, None
    if len(arguments) == 2 and arguments[0] == "--db" and not arguments[1].startswith("-"):
        return True, arguments[1]
    if len(arguments) == 1 and arguments[0].startswith("--db=") and len(arguments[0]) > len("--db="):
        return True, arguments[0].removeprefix("--db=")
    return False, None


def _window(database: str | None) -> int:
    setup_logging()
    # Loading the app makes only objects that live on: no collection
    # until its window is up (run_app turns it back on).
    gc.disable()
    from planner.ui.app import run_app  # Qt is loaded only for the window

    return run_app(database)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    for_the_window, database = window_database(arguments)
    if for_the_window:
        return _window(database)
    parser = build_parser()
    args = parser.parse_args(arguments)
    log_file = setup_logging()
    try:
        if args.command is None:
            return _window(args.db)
        if args.command == "do" and (args.list or not args.operation):
            return _list_operations()
        if args.command == "copy":  # two databases of its own, not --db
            from planner import cli_copy

            return cli_copy.run(args)
        if args.command in ("checkout", "checkin", "release"):  # two databases of their own, not --db
            from planner import cli_checkout

            return cli_checkout.COMMANDS[args.command](args)
        from planner.cli_passphrase import ask_for_backups

        ask_for_backups()  # once, when backups are encrypted and no keyring keeps the passphrase
        if args.command in _without_store():  # they work on a database that may not open
            from planner.cli_backups import database_path

            return _without_store()[args.command](database_path(args.db), args)
        from planner.startup import open_database

        store = open_database(args.db, on_backup_problem=_warn_backup)
        try:
            status = _commands()[args.command](store, args)
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
    from planner.operations import perform
    from planner.operations.files import AddSampleEvents, RemoveSampleEvents

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
    import json

    from planner.services import events, labels

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
    from planner.operations import perform
    from planner.operations.files import ImportEventFile

    event = perform(store, ImportEventFile(Path(args.file), source=args.file)).result
    print(f"Imported '{event.title}'.")
    print(event.id)
    return 0


def _import_ics(store: Store, args: argparse.Namespace) -> int:
    from planner.operations import perform
    from planner.operations.files import ImportCalendar

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
    from planner import output_paths
    from planner.exchange.disclosed import event_file_disclosed
    from planner.exchange.event_export import export_event
    from planner.exchange.event_file import dumps
    from planner.services.disclosures import write_and_record

    output_paths.check_output(Path(args.output), output_paths.EVENT_FILE, store.protected(), overwrite=args.overwrite)
    with store.read() as session:
        document = export_event(session, args.event_id)
        disclosed = event_file_disclosed(session, args.event_id)
    write_and_record(store, Path(args.output), dumps(document), disclosed)
    print(f"Wrote {args.output}")
    return 0


def _ics(store: Store, args: argparse.Namespace) -> int:
    # Planner.calendar loads icalendar: only for this command.
    from planner import output_paths
    from planner.calendar.disclosed import event_calendar_disclosed, personal_calendar_disclosed
    from planner.calendar.event_calendar import event_calendar
    from planner.calendar.personal_calendar import personal_calendar
    from planner.fileio import write_atomically
    from planner.services import disclosures

    output_paths.check_output(Path(args.output), output_paths.CALENDAR, store.protected(), overwrite=args.overwrite)
    # One unit of work: the SEQUENCEs recorded are kept only if the file is written.
    with store.write() as session:
        if args.person:
            data = personal_calendar(session, args.event_id, args.person, actions=args.actions)
            disclosed = personal_calendar_disclosed(session, args.event_id, email=args.person)
        else:
            data = event_calendar(session, args.event_id, actions=args.actions)
            disclosed = event_calendar_disclosed(session, args.event_id, actions=args.actions)
        write_atomically(Path(args.output), data)
        disclosures.record(session, disclosed, str(Path(args.output)))
    print(f"Wrote {args.output}")
    return 0


def _list_operations() -> int:
    from planner.operations import registry

    for operation in registry.operations().values():
        print(registry.usage(operation))
        print(f"    {registry.summary(operation)}")
    return 0


def _do(store: Store, args: argparse.Namespace) -> int:
    import dataclasses
    import json

    from planner.operations import perform, registry

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
    from planner.services import events
    from planner.services.common import id_of
    from planner.services.conflicts import find_conflicts

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


def _commands() -> dict:
    """Each command's function, by name (their modules loaded only now)."""
    from planner import (
        cli_backups,
        cli_costs,
        cli_disclosures,
        cli_documents,
        cli_invites,
        cli_mail,
        cli_mailbox,
        cli_participants,
        cli_person,
        cli_publish,
        cli_retention,
        cli_statistics,
        cli_templates,
    )

    return {
        "demo": _demo,
        "events": _events,
        "import-event": _import_event,
        "import-ics": _import_ics,
        "export-event": _export_event,
        **cli_participants.COMMANDS,
        "ics": _ics,
        **cli_documents.COMMANDS,
        **cli_invites.COMMANDS,
        "fetch-replies": cli_mailbox.run,
        **cli_publish.COMMANDS,
        "do": _do,
        "check": _check,
        "mail-settings": cli_mail.mail_settings_command,
        **cli_backups.COMMANDS,
        **cli_templates.COMMANDS,
        **cli_statistics.COMMANDS,
        **cli_person.COMMANDS,
        **cli_retention.COMMANDS,
        **cli_costs.COMMANDS,
        **cli_disclosures.COMMANDS,
    }


def _without_store() -> dict:
    """The commands that work on a database file that may not open."""
    from planner import cli_backups

    return cli_backups.WITHOUT_STORE
