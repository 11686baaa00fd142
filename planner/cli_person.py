"""`planner person-data EMAIL -o FILE.zip`: everything the database holds
about one person, as they may ask for it (GDPR Art. 15): their record and
every row about them as JSON, and their itineraries."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.db.store import Store


def add_parser(commands: argparse._SubParsersAction, add_overwrite: Callable[[argparse.ArgumentParser], None]) -> None:
    command = commands.add_parser(
        "person-data",
        help="everything held about one person (by e-mail) as a ZIP: their record and rows as JSON, their itineraries",
    )
    command.add_argument("email", metavar="EMAIL")
    command.add_argument("-o", "--output", metavar="FILE", required=True, help="the ZIP file to write")
    add_overwrite(command)


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


COMMANDS = {"person-data": run}
