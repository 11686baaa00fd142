"""`planner statistics`: the figures a project reports to its funder, for
one event or over a programme or a period, written as an Excel workbook
or a PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.documents.options import LANGUAGES, PAPER_SIZES
from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.db.store import Store

STATISTICS_HELP = """\
Participants by country, gender, type of organisation, and new or returning
to the network, with the counts EU indicators ask for (events held,
participations in joint actions, organisations and countries involved).
Choose one event (--event), or a programme (--programme), a period
(--from, --to: the events starting in it), or both. At events whose
attendance is recorded the people who attended are counted, elsewhere those
who were coming. A participant is returning when they took part in an
earlier event of the same programme. FILE.xlsx is a workbook (a sheet per
table), FILE.pdf a printed report."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD (2024-03-31)") from None


def add_parser(commands: argparse._SubParsersAction, add_overwrite: Callable[[argparse.ArgumentParser], None]) -> None:
    command = commands.add_parser(
        "statistics",
        help="write the statistics a project reports (.xlsx or .pdf): one event, a programme or a period",
        description=STATISTICS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("--event", dest="event_id", metavar="ID", type=int, help="one event (see `planner events`)")
    command.add_argument("--programme", metavar="NAME", help="the events of this programme")
    command.add_argument("--from", dest="starts", metavar="DATE", type=_day, help="events starting on or after DATE")
    command.add_argument("--to", dest="ends", metavar="DATE", type=_day, help="events starting on or before DATE")
    command.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.xlsx or FILE.pdf")
    command.add_argument(
        "--lang", dest="language", choices=list(LANGUAGES), default=None, help="wording (default: English)"
    )
    command.add_argument("--paper", choices=PAPER_SIZES, default="a4", help="the PDF's paper size (default: a4)")
    add_overwrite(command)


def run(store: Store, args: argparse.Namespace) -> int:
    from planner import output_paths
    from planner.documents.options import DocumentOptions
    from planner.documents.statistics import statistics_pdf
    from planner.documents.statistics_workbook import statistics_workbook
    from planner.fileio import write_atomically
    from planner.services.statistics import Scope, statistics

    path = Path(args.output)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise PlannerError(f"{path}: name the file .xlsx or .pdf; Planner writes statistics in those formats")
    if args.event_id is not None and (args.programme or args.starts or args.ends):
        raise PlannerError("--event: the statistics of one event take no --programme, --from or --to")
    scope = Scope(event_id=args.event_id, programme=args.programme, starts=args.starts, ends=args.ends)
    kind = output_paths.WORKBOOK if suffix == ".xlsx" else output_paths.PDF
    output_paths.check_output(path, kind, store.protected(), overwrite=args.overwrite)
    options = DocumentOptions(paper=args.paper, language=args.language)
    with store.read() as session:
        figures = statistics(session, scope)
        if not figures.events:
            raise PlannerError("no event is in this selection: check --programme, --from and --to (`planner events`)")
        write = statistics_workbook if suffix == ".xlsx" else statistics_pdf
        data = write(session, scope, options)
    # Counts by country, gender and organisation name nobody: not in the
    # record of what left the laptop.
    write_atomically(path, data)
    events = len(figures.events)
    print(
        f"Wrote {path} ({events} event{'s' if events != 1 else ''}, "
        f"{figures.participations} participation{'s' if figures.participations != 1 else ''})"
    )
    return 0


COMMANDS = {"statistics": run}
