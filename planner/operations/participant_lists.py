"""Importing a participant list (CSV or Excel) into an event: all rows or
none, one undo step in the window."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import bulk
from planner.services.language import marked

if TYPE_CHECKING:
    from planner.exchange.participant_import import ImportPlan
    from planner.exchange.participant_table import SheetTable


@dataclass(frozen=True)
class ImportParticipantList(Operation["ImportPlan"]):
    """Every row of ``table`` read with ``mapping`` (column → field): new
    people created, people already in the Directory reused, participants
    already on the list updated. Refused whole, every row's problem listed
    (ParticipantFileError), when any row has one."""

    event_id: int
    table: SheetTable
    mapping: Mapping[int, str | None]
    label = marked("Import participants")

    def expected_rows(self) -> int:
        return len(self.table.rows)

    def run(self, session: Session) -> ImportPlan:
        from planner.exchange.participant_import import apply_import  # openpyxl and the vocabularies

        with bulk.collector_paused():
            return apply_import(session, self.event_id, self.table, dict(self.mapping))
