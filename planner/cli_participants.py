"""`planner import-participants` and `planner export-participants`: an
event's participant list in from a spreadsheet (all rows or none) and out
as one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError

# What a command needs is imported when it runs: the window starts
# through this module's parser and needs none of it.
if TYPE_CHECKING:
    from planner.db.store import Store

EXIT_PROBLEMS = 1

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


def add_parsers(commands: argparse._SubParsersAction, add_overwrite: Callable[[argparse.ArgumentParser], None]) -> None:
    """The two commands, added to the command line's."""
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
    exporting_list.add_argument(
        "--encrypt",
        action="store_true",
        help="write the list inside an AES-encrypted ZIP (FILE.xlsx.zip), opened with the passphrase in 7-Zip or any "
        "AES-ZIP tool; the passphrase is typed twice, or read from PLANNER_EXPORT_PASSPHRASE",
    )
    add_overwrite(exporting_list)


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
    from planner.fileio import read_bytes
    from planner.operations import perform
    from planner.operations.participant_lists import ImportParticipantList

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
    from planner import output_paths
    from planner.exchange.disclosed import participant_list_disclosed
    from planner.exchange.participant_export import FORMATS, export_participants, left_off
    from planner.services.consent import left_off_message
    from planner.services.disclosures import write_and_record
    from planner.services.participants import participant_rows

    path = Path(args.output)
    protected = args.encrypt
    if protected and path.suffix.lower() == ".zip":  # FILE.xlsx.zip: the list's own name is inside
        path = path.with_suffix("")
    file_format = path.suffix.lower().lstrip(".")
    if file_format not in FORMATS:
        raise PlannerError(f"{path}: name the file .csv or .xlsx; Planner writes participant lists in those formats")
    kind = output_paths.WORKBOOK if file_format == "xlsx" else output_paths.CSV
    target = path.with_name(path.name + ".zip") if protected else path
    output_paths.check_output(
        target, output_paths.ARCHIVE if protected else kind, store.protected(), overwrite=args.overwrite
    )
    passphrase = _export_passphrase(target) if protected else ""
    with store.read() as session:
        data = export_participants(session, args.event_id, file_format)
        not_shared = left_off(session, args.event_id)
        count = len(participant_rows(session, args.event_id)) - len(not_shared)
        disclosed = participant_list_disclosed(session, args.event_id, file_format)
    if protected:
        from planner.exchange.protected_export import protected_zip

        data = protected_zip(data, path.name, passphrase)
    write_and_record(store, target, data, disclosed)
    sealed = ", in a ZIP encrypted with AES-256: open it with 7-Zip or any AES-ZIP tool" if protected else ""
    print(f"Wrote {target} ({count} participant{'s' if count != 1 else ''}{sealed})")
    if not_shared:
        print(left_off_message(not_shared))
    return 0


def _export_passphrase(target: Path) -> str:
    from planner.cli_passphrase import new_passphrase

    # The list's own variable: a passphrase given to its recipient is never the one of the backups.
    return new_passphrase(str(target), variable=EXPORT_PASSPHRASE_VARIABLE)


EXPORT_PASSPHRASE_VARIABLE = "PLANNER_EXPORT_PASSPHRASE"


COMMANDS = {"import-participants": _import_participants, "export-participants": _export_participants}
