"""`planner copy --from SOURCE --to TARGET`: a whole database copied, row
for row, between a file and a shared PostgreSQL database (either way, or
file to file), into a target that is new or empty."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.errors import PlannerError


def add_parser(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser(
        "copy",
        help="copy a whole database into a new or empty one: a file to a shared PostgreSQL database or back",
    )
    command.add_argument(
        "--from", dest="source", metavar="SOURCE", required=True, help="a database file or postgresql://…"
    )
    command.add_argument(
        "--to", dest="target", metavar="TARGET", required=True, help="a new file or an empty postgresql://…"
    )
    command.add_argument(
        "--events",
        metavar="N,N…",
        help="only these events (by number) with everything they refer to, numbers kept, so they can be checked in",
    )


def _numbers(text: str) -> list[int]:
    try:
        numbers = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise PlannerError(f"--events {text}: event numbers separated by commas, like 3,7") from None
    if not numbers:
        raise PlannerError("--events: name at least one event number")
    return numbers


def _opened(location: str, *, new: bool):
    from planner.db.shared import SharedStore, is_shared
    from planner.db.store import Store

    if is_shared(location):
        return SharedStore.open(location)
    path = Path(location).expanduser()
    if new and path.exists():
        raise PlannerError(f"{path}: exists; Planner copies into a new file (or an empty shared database)")
    if not new and not path.exists():
        raise PlannerError(f"{path}: no such file")
    return Store.open(path)


def run(args: argparse.Namespace) -> int:
    from planner.db.copying import copy_database
    from planner.db.shared import is_shared, shown

    if args.source == args.target:
        raise PlannerError(f"{args.source}: is both the source and the target")
    source = _opened(args.source, new=False)
    if args.events is not None:
        from planner.operations.road_copies import copy_chosen_events

        try:
            copied, name = copy_chosen_events(source, args.source, Path(args.target), _numbers(args.events))
        finally:
            source.close()
        print(f"Copied {copied.rows} rows of {copied.tables} tables to {name}")
        return 0
    try:
        target = _opened(args.target, new=True)
        name = shown(args.target) if is_shared(args.target) else args.target
        try:
            copied = copy_database(source.engine, target.engine, name)
        except BaseException:
            target.close()
            if not is_shared(args.target):  # the file made for the copy holds nothing: not left behind
                for leftover in Path(args.target).parent.glob(Path(args.target).name + "*"):
                    leftover.unlink(missing_ok=True)
            raise
        target.close()
    finally:
        source.close()
    print(f"Copied {copied.rows} rows of {copied.tables} tables to {name}")
    return 0


COMMANDS = {"copy": run}
