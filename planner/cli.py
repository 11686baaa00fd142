"""The command line: thin wrappers over services and exchange.

A user's mistake ends with a one-line message on stderr naming the place
and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from planner import __version__
from planner.db.store import Store
from planner.errors import PlannerError
from planner.exchange.event_export import export_event
from planner.exchange.event_file import EventFileError, dumps, parse
from planner.exchange.event_import import import_event
from planner.exchange.samples import add_samples
from planner.fileio import read_bytes, write_atomically
from planner.services import agenda, events, samples
from planner.services.conflicts import find_conflicts
from planner.startup import open_database, setup_logging

log = logging.getLogger(__name__)

EXIT_PROBLEMS = 1


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

    importing = commands.add_parser("import-event", help="import an event file; prints the new event's id last")
    importing.add_argument("file", metavar="FILE")

    importing_ics = commands.add_parser(
        "import-ics",
        help="create events from an .ics file (an invitation or a conference calendar); prints the first new id last",
    )
    importing_ics.add_argument("file", metavar="FILE")

    exporting = commands.add_parser("export-event", help="write an event file")
    exporting.add_argument("event_id", metavar="ID", type=int)
    exporting.add_argument("-o", "--output", metavar="FILE", required=True)

    calendar = commands.add_parser("ics", help="write an event's calendar (.ics), or one participant's")
    calendar.add_argument("event_id", metavar="ID", type=int)
    calendar.add_argument("-o", "--output", metavar="FILE", required=True)
    calendar.add_argument("--person", metavar="EMAIL", help="only what this participant needs, with their travel and hotel")
    calendar.add_argument("--actions", action="store_true", help="add the minutes' open actions as tasks")

    commands.add_parser("check", help="integrity and conflict report; non-zero exit on problems")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = setup_logging()
    try:
        if args.command is None:
            from planner.ui.app import run_app  # Qt is loaded only for the window

            return run_app(args.db)
        store = open_database(args.db)
        try:
            return COMMANDS[args.command](store, args)
        finally:
            store.close()
    except PlannerError as error:
        print(f"planner: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("planner: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: keep the details in the log, not on the screen
        log.exception("unexpected error in %s", args.command)
        where = f"; details in {log_file}" if log_file else ""
        print(f"planner: internal error ({type(error).__name__}: {error}){where}", file=sys.stderr)
        return 2


def _demo(store: Store, args: argparse.Namespace) -> int:
    with store.write() as session:
        if args.remove:
            count = samples.remove_samples(session)
            print(f"Removed {count} sample event{'s' if count != 1 else ''}.")
            return 0
        added, skipped = add_samples(session)
    for event in added:
        print(f"{event.id}\t{event.title}")
    for title in skipped:
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
    for row in rows:
        days = f"{row.starts_on}" if row.ends_on == row.starts_on else f"{row.starts_on} – {row.ends_on}"
        sample = "  (sample)" if row.is_sample else ""
        print(f"{row.id:>5}  {days:<23}  {row.kind:<11}  {row.title}{sample}")
    return 0


def _import_event(store: Store, args: argparse.Namespace) -> int:
    path = Path(args.file)
    data = read_bytes(path)
    try:
        with store.write() as session:
            event = import_event(session, parse(data))
            event_id, title = event.id, event.title
    except EventFileError as error:
        raise PlannerError(f"{path}: {error}") from None
    print(f"Imported '{title}'.")
    print(event_id)
    return 0


def _import_ics(store: Store, args: argparse.Namespace) -> int:
    from planner.calendar.ics_import import IcsImportError, import_ics  # icalendar: only for this command

    path = Path(args.file)
    data = read_bytes(path)
    try:
        with store.write() as session:
            created = [
                (event.id, event.title, event.starts_on, event.ends_on, len(agenda.items_of(session, event.id)))
                for event in import_ics(session, data)
            ]
    except IcsImportError as error:
        raise PlannerError(f"{path}: {error}") from None
    for _event_id, title, starts_on, ends_on, item_count in created:
        days = f"{starts_on}" if ends_on == starts_on else f"{starts_on} – {ends_on}"
        items = f", {item_count} agenda item{'s' if item_count != 1 else ''}" if item_count else ""
        print(f"Imported '{title}' ({days}{items}).")
    print(created[0][0])
    return 0


def _export_event(store: Store, args: argparse.Namespace) -> int:
    with store.read() as session:
        document = export_event(session, args.event_id)
    write_atomically(Path(args.output), dumps(document))
    print(f"Wrote {args.output}")
    return 0


def _ics(store: Store, args: argparse.Namespace) -> int:
    # Planner.calendar loads icalendar: only for this command.
    from planner.calendar.event_calendar import event_calendar
    from planner.calendar.personal_calendar import personal_calendar

    # One unit of work: the SEQUENCEs recorded are kept only if the file is written.
    with store.write() as session:
        if args.person:
            data = personal_calendar(session, args.event_id, args.person, actions=args.actions)
        else:
            data = event_calendar(session, args.event_id, actions=args.actions)
        write_atomically(Path(args.output), data)
    print(f"Wrote {args.output}")
    return 0


def _check(store: Store, _args: argparse.Namespace) -> int:
    problems = store.integrity_problems()
    for problem in problems:
        print(f"database: {problem}")
    count = len(problems)
    with store.read() as session:
        for event in events.list_events(session):
            for conflict in find_conflicts(session, event.id):
                print(f"event {event.id} ({event.title}): {conflict.message}")
                count += 1
    if count:
        print(f"{count} problem{'s' if count != 1 else ''} found.")
        return EXIT_PROBLEMS
    print("No problems found.")
    return 0


COMMANDS = {
    "demo": _demo,
    "events": _events,
    "import-event": _import_event,
    "import-ics": _import_ics,
    "export-event": _export_event,
    "ics": _ics,
    "check": _check,
}
