"""What the participant table shows of consent: a mark on the name of
whoever will be left off lists given to others (when the event needs
their consent), and a warning on dietary and access needs kept without
consent to keep them. Nothing is removed: the organiser decides."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from planner.ui.consent.words import WHY, said
from planner.ui.icons import icon, warning_icon

if TYPE_CHECKING:  # the database code is loaded after the first paint
    from planner.services.consent import ConsentMarks
    from planner.services.participants import ParticipantRow
    from planner.ui.context import AppContext

translate = QCoreApplication.translate


def read_marks(context: AppContext, event_id: int | None, rows: list[ParticipantRow]) -> ConsentMarks | None:
    """The marks of the event's rows as of today (None for no event)."""
    if event_id is None:
        return None
    from planner.services import consent

    with context.read() as session:
        return consent.marks(session, event_id, rows, date.today())


class ConsentMarking:
    """The marks of the rows shown, by participation (None: no marks)."""

    def __init__(self, marks: ConsentMarks | None = None):
        self.marks = marks

    def on_name(self, row: ParticipantRow) -> str:
        """Why they are kept off lists given to others; "" when they are not."""
        if self.marks is None:
            return ""
        why = self.marks.not_shared.get(row.participation_id)
        if not why:
            return ""
        return translate("ConsentMarking", "Left off lists given to others: {why}").format(why=said(WHY, why))

    def on_needs(self, row: ParticipantRow, text: str) -> str:
        """Why their needs are marked; "" when they are not."""
        if not text or self.marks is None or row.participation_id not in self.marks.needs_unconsented:
            return ""
        return translate("ConsentMarking", "Kept without their consent to keep dietary and access needs")

    def icon(self, row: ParticipantRow, needs: str | None) -> QIcon | None:
        """The name's mark (``needs`` None), or the needs' warning."""
        if needs is None:
            return icon("eye-off-outline") if self.on_name(row) else None
        return warning_icon() if self.on_needs(row, needs) else None

    def tooltip(self, row: ParticipantRow, needs: str | None, tip: str | None) -> str | None:
        """The cell's tooltip with the mark's reason added."""
        reason = self.on_name(row) if needs is None else self.on_needs(row, needs)
        return "\n".join(part for part in (tip, reason) if part) or None
