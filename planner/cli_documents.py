"""The command line's documents: `planner pdf KIND ID`, in any of the
seven languages, and the conclusions report as a Word document."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.db.store import Store

PDF_HELP = """\
Documents as PDF (A4, or --paper letter):
  agenda        the programme day by day, for the room
  participants  who takes part, sorted by family name (--with email, needs,
                stay; --group-by country or organisation)
  attendance    a signature sheet per day, with empty rows for walk-ins
  itinerary     travel, hotels and visits day by day (--person EMAIL: one
                traveller's own)
  badges        name badges with cut marks, several per page
  minutes       the conclusions report (--docx: as a Word document to edit;
                --as-of DATE: the day its open actions are judged on)
  statistics    participants by country, gender, organisation, new or
                returning (over a programme or a period: `planner statistics`)
  catering      dietary and access needs counted, without names, for the
                caterer (--names: with whose needs they are)
  costs         one funder's costs line by line, with totals per currency
                and its budget against what was spent (--funder NAME)

In English, or in the partners' languages with --lang es, de, fr, it, pl or
el: the fixed wording, the names of days and months, and the numbers; the
event's own titles and names stay as they were typed."""


def day(text: str) -> date:
    """A day as typed on the command line (2009-07-01); argparse names it
    "day" in its message when it is not one."""
    return date.fromisoformat(text)


def add_parser(commands: argparse._SubParsersAction, add_overwrite: Callable[[argparse.ArgumentParser], None]) -> None:
    from planner.documents.catalogue import KINDS
    from planner.documents.options import GROUPINGS, LANGUAGES, PAPER_SIZES, PARTICIPANT_COLUMNS, DocumentOptions

    printing = commands.add_parser(
        "pdf",
        help="print a document of an event as PDF",
        description=PDF_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    printing.add_argument("kind", metavar="KIND", choices=list(KINDS), help=", ".join(KINDS))
    printing.add_argument("event_id", metavar="ID", type=int)
    printing.add_argument("-o", "--output", metavar="FILE", required=True)
    add_overwrite(printing)
    printing.add_argument("--person", metavar="EMAIL", help="itinerary: only this traveller's own")
    printing.add_argument("--paper", choices=PAPER_SIZES, default="a4", help="paper size (default: a4)")
    printing.add_argument(
        "--lang",
        dest="language",
        choices=list(LANGUAGES),
        default=None,
        help="the language of the document's wording, dates and numbers "
        "(default: English; an itinerary of one --person: that person's own language if known)",
    )
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
        "--docx", action="store_true", help="minutes: an editable Word document (.docx) instead of a PDF"
    )
    printing.add_argument(
        "--as-of",
        dest="report_date",
        type=day,
        metavar="DATE",
        help="minutes: the day open actions are judged on, as 2009-07-01 (default: the event's last day)",
    )
    printing.add_argument(
        "--blank-rows",
        type=int,
        default=DocumentOptions.blank_rows,
        metavar="N",
        help=f"attendance: empty rows for walk-ins (default: {DocumentOptions.blank_rows})",
    )
    printing.add_argument("--funder", metavar="NAME", help="costs: the funder whose costs the report lists")
    printing.add_argument(
        "--names", action="store_true", help="catering: the names beside the needs (health data: only if needed)"
    )


def run(store: Store, args: argparse.Namespace) -> int:
    from planner import output_paths
    from planner.documents.catalogue import render, render_word
    from planner.documents.disclosed import document_disclosed
    from planner.documents.options import DocumentOptions
    from planner.services.disclosures import write_and_record

    options = DocumentOptions(
        paper=args.paper,
        person_email=args.person,
        columns=tuple(dict.fromkeys(args.columns)),
        group_by=args.group_by,
        blank_rows=args.blank_rows,
        language=args.language,
        report_date=args.report_date,
        funder=args.funder or "",
        catering_names=args.names,
    )
    if args.docx and args.kind != "minutes":
        raise PlannerError("--docx: only the conclusions report (minutes) is written as a Word document")
    kind = output_paths.WORD_DOCUMENT if args.docx else output_paths.PDF
    output_paths.check_output(Path(args.output), kind, store.protected(), overwrite=args.overwrite)
    not_shared: list = []
    with store.read() as session:
        if args.docx:
            data = render_word(session, args.event_id, options)
        else:
            data = render(session, args.kind, args.event_id, options)
        if args.kind == "participants":  # a list given to others: who is not on it, and why
            from planner.documents.participant_list import left_off

            not_shared = left_off(session, args.event_id, options)
        disclosed = document_disclosed(session, args.kind, args.event_id, options, word=args.docx)
    write_and_record(store, Path(args.output), data, disclosed)
    print(f"Wrote {args.output}")
    if not_shared:
        from planner.services.consent import left_off_message

        print(left_off_message(not_shared))
    return 0


COMMANDS = {"pdf": run}
