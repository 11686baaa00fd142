"""`planner person-data EMAIL -o FILE.zip`: everything the database holds
about one person, as they may ask for it (GDPR Art. 15): their record and
every row about them as JSON, and their itineraries.

`planner forget EMAIL [--yes]`: erase or anonymise one person on their
request (GDPR Art. 17), after showing what it will do and asking; refused,
with the date, while a funder's evidence must be kept."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.store import Store


def add_parser(commands: argparse._SubParsersAction, add_overwrite: Callable[[argparse.ArgumentParser], None]) -> None:
    command = commands.add_parser(
        "person-data",
        help="everything held about one person (by e-mail) as a ZIP: their record and rows as JSON, their itineraries",
    )
    command.add_argument("email", metavar="EMAIL")
    command.add_argument("-o", "--output", metavar="FILE", required=True, help="the ZIP file to write")
    add_overwrite(command)
    forgetting = commands.add_parser(
        "forget",
        help="erase or anonymise one person (by e-mail): shows what will be removed and kept, then asks",
    )
    forgetting.add_argument("email", metavar="EMAIL")
    forgetting.add_argument("--yes", action="store_true", help="do it without asking")


def run(store: Store, args: argparse.Namespace) -> int:
    from planner import output_paths
    from planner.documents.disclosed import person_archive_disclosed
    from planner.documents.person_archive import person_archive
    from planner.services.directory import find_person_by_email
    from planner.services.disclosures import write_and_record

    output_paths.check_output(Path(args.output), output_paths.ARCHIVE, store.protected(), overwrite=args.overwrite)
    with store.read() as session:
        person = find_person_by_email(session, args.email)
        if person is None or person.id is None:
            raise PlannerError(f"{args.email}: nobody in this database has this e-mail address")
        data = person_archive(session, person.id)
    write_and_record(store, Path(args.output), data, person_archive_disclosed(person.id))
    print(f"Wrote {args.output}")
    return 0


def forget(store: Store, args: argparse.Namespace) -> int:
    from datetime import date

    from planner.operations import perform
    from planner.operations.erasure import ForgetPerson
    from planner.services.erasure import Way, erasure_plan, older_backups

    today = date.today()
    with store.read() as session:
        person = _person(session, args.email)
        plan = erasure_plan(session, person, today)
    if plan.refused:
        raise PlannerError(f"{plan.name} cannot be forgotten yet: " + "; ".join(plan.refusals))
    doing = "Erase" if plan.way is Way.ERASE else "Anonymise"
    print(f"{doing} {plan.name}:")
    print("\n".join(f"  removed: {line}" for line in plan.removed))
    print("\n".join(f"  kept: {line}" for line in plan.kept) or "  kept: nothing")
    backups = older_backups(store.path)
    if backups:
        print(f"  {backups}")
    if not args.yes and not _agreed(f"{doing} {plan.name}? This cannot be undone from here. [y/N] "):
        print("Nothing was changed.")
        return 1
    perform(store, ForgetPerson(person, today))
    print("Erased." if plan.way is Way.ERASE else "Anonymised.")
    return 0


def _agreed(question: str) -> bool:
    """Yes typed in answer; nothing to read (a script without --yes) is no."""
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        print()
        return False


def _person(session: Session, email: str) -> int:
    from planner.services.directory import find_person_by_email

    person = find_person_by_email(session, email)
    if person is None or person.id is None:
        raise PlannerError(f"{email}: nobody in this database has this e-mail address")
    return person.id


COMMANDS = {"person-data": run, "forget": forget}
