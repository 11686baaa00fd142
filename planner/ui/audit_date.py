"""The programme's audit date in Programme details…: the funder's evidence
of its events (who came, from where, signed sheets) is kept until that
day; after it, Planner proposes anonymising the events. Empty while the
date is not known: the evidence is kept."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from planner.ui.date_boxes import NO_DATE, DayBox

if TYPE_CHECKING:
    from planner.ui.context import AppContext

translate = QCoreApplication.translate


class AuditDateField(QWidget):
    def __init__(self, context: AppContext, programme: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        from planner.services import retention

        with context.read() as session:
            self.saved: date | None = retention.audit_date(session, programme) if programme else None
        self.box = DayBox(self, optional=True)
        self.box.setObjectName("audit_until")
        if self.saved is not None:
            self.box.setDate(QDate(self.saved.year, self.saved.month, self.saved.day))
        self.box.setToolTip(
            translate(
                "AuditDateField",
                "The funder's evidence of this programme's events (names, organisations, signed sheets) is kept "
                "until this day; after it Planner proposes anonymising them. Empty: not known yet, kept.",
            )
        )
        note = QLabel(translate("AuditDateField", "Empty while not known: the evidence is kept."), self)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.box)
        layout.addWidget(note)

    def value(self) -> date | None:
        chosen = self.box.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def save(self, programme: str) -> bool:
        """Save the date if it changed (its own undo step); False when refused."""
        from planner.operations.retention import SetAuditDate

        if self.value() == self.saved:
            return True
        return self.context.try_perform(self, SetAuditDate(programme, self.value())) is not None


def add_row(form: QFormLayout, context: AppContext, programme: str, parent: QWidget) -> AuditDateField:
    field = AuditDateField(context, programme, parent)
    form.addRow(translate("AuditDateField", "Evidence kept &until"), field)
    return field
