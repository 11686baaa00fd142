"""`planner checkout EVENT --from postgresql://… --to laptop.sqlite` and
`planner checkin --from laptop.sqlite --to postgresql://…`: an event taken
on the road and brought back. While it is checked out, the server refuses
other organisers' changes to it; the copy may change only the events
checked out to it."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.errors import PlannerError


def add_parsers(commands: argparse._SubParsersAction) -> None:
    out = commands.add_parser(
        "checkout",
        help="take an event on the road: copy it to a laptop file and keep others from changing it meanwhile",
    )
    out.add_argument("event", type=int, metavar="EVENT", help="the event's number")
    out.add_argument("--from", dest="source", metavar="SERVER", required=True, help="postgresql://…")
    out.add_argument("--to", dest="target", metavar="FILE", required=True, help="the laptop copy (made if new)")
    release = commands.add_parser(
        "release",
        help="give back an event checked out to a laptop copy (one lost or left behind): the office may change it again",
    )
    release.add_argument("event", type=int, metavar="EVENT", help="the event's number")
    release.add_argument("--from", dest="source", metavar="SERVER", required=True, help="postgresql://…")
    back = commands.add_parser(
        "checkin", help="bring a laptop copy's changes back to the shared database and release its events"
    )
    back.add_argument("--from", dest="source", metavar="FILE", required=True, help="the laptop copy")
    back.add_argument("--to", dest="target", metavar="SERVER", required=True, help="postgresql://…")
    back.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")


def _server(location: str):
    from planner.db.shared import SharedStore, is_shared

    if not is_shared(location):
        raise PlannerError(f"{location}: not a shared database (postgresql://…)")
    return SharedStore.open(location)


def run_checkout(args: argparse.Namespace) -> int:
    from planner.db.shared import shown
    from planner.operations.road_copies import check_out_to

    server = _server(args.source)
    path = Path(args.target).expanduser()
    try:
        check_out_to(server, args.event, path)
    finally:
        server.close()
    print(f"Event {args.event} checked out from {shown(args.source)} to {path}")
    return 0


def run_checkin(args: argparse.Namespace) -> int:
    from planner.db.shared import shown
    from planner.operations.road_copies import check_in_from

    path = Path(args.source).expanduser()
    if not path.exists():
        raise PlannerError(f"{path}: no such file")
    server = _server(args.target)
    try:
        done, kept = check_in_from(path, server, dry_run=args.dry_run)
    finally:
        server.close()
    lines = [conflict.line() for conflict in done.conflicts]
    would = "Would bring" if args.dry_run else "Brought"
    print(
        f"{would} back to {shown(args.target)}: {done.added} added, {done.changed} changed, "
        f"{done.removed} removed, {done.in_step} rows of speakers, attendance and messages sent made as on the laptop; "
        f"{len(lines)} conflicts"
    )
    for line in lines:
        print(f"  {line}")
    if kept is not None:
        print(f"The conflicts are kept in {kept}")
    if not args.dry_run and done.released:
        print("Released: " + ", ".join(f"event {number}" for number in done.released))
    return 0


def run_release(args: argparse.Namespace) -> int:
    from planner.services import checkouts

    server = _server(args.source)
    try:
        with server.write() as on_server:
            held = checkouts.checked_out(on_server).get(args.event)
            if held is None:
                raise PlannerError(f"Event {args.event}: is not checked out")
            checkouts.release_event(on_server, args.event, held.copy_name)
    finally:
        server.close()
    print(
        f"Event {args.event} released (checked out by {held.author or 'someone'} to {held.copy_name} "
        f"since {held.since:%Y-%m-%d %H:%M} UTC); that copy can still be checked in: its changes are merged, conflicts listed"
    )
    return 0


COMMANDS = {"checkout": run_checkout, "checkin": run_checkin, "release": run_release}
