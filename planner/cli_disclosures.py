"""`planner disclosures [--event ID] [--person EMAIL] -o FILE.csv`: the
record of what left the laptop (files of personal data written, documents
printed, e-mails sent), newest first, as a CSV in the user's language."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.db.store import Store


def add_parser(commands: argparse._SubParsersAction, add_overwrite: Callable[[argparse.ArgumentParser], None]) -> None:
    command = commands.add_parser(
        "disclosures",
        help="what personal data left this laptop (files written, documents printed, e-mails sent) as a CSV",
    )
    command.add_argument("--event", dest="event_id", metavar="ID", type=int, help="only what was of this event")
    command.add_argument(
        "--person",
        metavar="EMAIL",
        help="only what held this person's data or went to this address",
    )
    command.add_argument("-o", "--output", metavar="FILE", required=True, help="the CSV file to write")
    add_overwrite(command)


def run(store: Store, args: argparse.Namespace) -> int:
    from planner import output_paths
    from planner.services import disclosures, events
    from planner.services.directory import find_person_by_email

    path = Path(args.output)
    output_paths.check_output(path, output_paths.CSV, store.protected(), overwrite=args.overwrite)
    with store.read() as session:
        if args.event_id is not None:
            events.get_event(session, args.event_id)  # an event that is not there is said so
        person_id = None
        if args.person:
            person = find_person_by_email(session, args.person)
            person_id = person.id if person is not None else None
        found = disclosures.disclosures(session, event_id=args.event_id, person_id=person_id, email=args.person)
        # The record names people and addresses: written out, it left too.
        disclosed = disclosures.record_disclosed(found, args.event_id)
    disclosures.write_and_record(store, path, disclosures.csv_of(found), disclosed)
    print(f"Wrote {path} ({len(found)} disclosure{'s' if len(found) != 1 else ''})")
    return 0


COMMANDS = {"disclosures": run}
