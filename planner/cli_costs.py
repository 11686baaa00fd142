"""`planner cost-report`: one funder's costs of an event as an Excel
workbook (.xlsx), the same lines as `planner pdf costs`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.db.store import Store

LANGUAGE_CODES = ("en", "es", "de", "fr", "it", "pl", "el")


def add_parsers(commands: argparse._SubParsersAction, add_overwrite) -> None:
    report = commands.add_parser(
        "cost-report",
        help="write one funder's costs of an event as an Excel workbook (.xlsx)",
        description="Write the costs an event charges to one funder, line by line with date, payee, category, "
        "evidence reference, amount and currency, the totals per currency and the budget against spending, as an "
        "Excel workbook; `planner pdf costs ID --funder NAME` prints the same as PDF.",
    )
    report.add_argument("event_id", metavar="ID", type=int)
    report.add_argument("--funder", metavar="NAME", required=True, help="the funder, as the costs name it")
    report.add_argument("-o", "--output", metavar="FILE", required=True)
    report.add_argument("--lang", dest="language", choices=LANGUAGE_CODES, default=None, help="the sheet's wording")
    add_overwrite(report)


def _cost_report(store: Store, args: argparse.Namespace) -> int:
    from planner import output_paths
    from planner.documents.disclosed import cost_workbook_disclosed
    from planner.exchange.cost_report_xlsx import cost_report_workbook
    from planner.services.cost_report import cost_report
    from planner.services.disclosures import write_and_record

    output_paths.check_output(Path(args.output), output_paths.WORKBOOK, store.protected(), overwrite=args.overwrite)
    with store.read() as session:
        data = cost_report_workbook(cost_report(session, args.event_id, args.funder), args.language)
        disclosed = cost_workbook_disclosed(session, args.event_id, args.funder)
    write_and_record(store, Path(args.output), data, disclosed)
    print(f"Wrote {args.output}")
    return 0


COMMANDS = {"cost-report": _cost_report}
