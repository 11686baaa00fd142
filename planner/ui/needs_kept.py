"""The Overview's line on how long the event keeps its participants'
dietary and access needs (health data): its own number of days after its
last day, or the database's, and the day they are due for removal (or
were removed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from planner.ui import after_paint
from planner.ui.translations import date_text

if TYPE_CHECKING:
    from planner.services.change_set import ChangeSet
    from planner.ui.context import AppContext
    from planner.ui.forms import FormWidget

translate = QCoreApplication.translate

AS_THE_DATABASE = -1  # the spin box's lowest value: no days of the event's own


class NeedsKept(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self.days = QSpinBox(self)
        self.days.setObjectName("needs_kept_days")
        self.days.setRange(AS_THE_DATABASE, 3650)
        self.days.setSuffix(translate("NeedsKept", " days after the last day"))
        self.days.setAccessibleName(translate("NeedsKept", "Days dietary and access needs are kept"))
        self.days.setToolTip(
            translate(
                "NeedsKept",
                "Health data: Planner proposes removing them this many days after the event's last day. "
                "The lowest choice follows the database (File ▸ Data protection…).",
            )
        )
        self.when = QLabel(self)
        self.when.setObjectName("needs_removed_when")
        self.when.setWordWrap(True)
        self.when.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.days)
        layout.addWidget(self.when)
        self.days.valueChanged.connect(self._changed)
        context.current_event_changed.connect(self._event_shown)
        context.data_changed.connect(self._data_changed)
        context.store_replaced.connect(lambda: self._event_shown(context.current_event_id))
        self._loading = False

    def _event_shown(self, event_id: int | None) -> None:
        self.event_id = event_id
        if after_paint.holding():
            after_paint.later(self.reload)
        else:
            self.reload()

    def _data_changed(self, changes: ChangeSet) -> None:
        if self.event_id is not None and {"event", "data_policy"} & set(changes.tables()):
            self.reload()

    def reload(self) -> None:
        from planner.services import retention

        if self.event_id is None:
            self.setEnabled(False)
            return
        with self.context.read() as session:
            needs = retention.event_needs(session, self.event_id)
        if needs is None:
            self.setEnabled(False)
            return
        self.setEnabled(not self.context.read_only)
        self._loading = True
        self.days.setSpecialValueText(
            translate("NeedsKept", "As the database says (%n day(s))", "", needs.database_days)
        )
        self.days.setValue(needs.own_days if needs.own_days is not None else AS_THE_DATABASE)
        self._loading = False
        if needs.anonymised_on is not None:
            text = translate("NeedsKept", "The event was anonymised on {day}.").format(
                day=date_text(needs.anonymised_on)
            )
        elif needs.purged_on is not None:
            text = translate("NeedsKept", "Removed on {day}.").format(day=date_text(needs.purged_on))
        else:
            text = translate("NeedsKept", "Health data: proposed for removal from {day}.").format(
                day=date_text(needs.needs_date)
            )
        self.when.setText(text)

    def _changed(self, value: int) -> None:
        from planner.operations.retention import SetEventNeedsDays

        if self._loading or self.event_id is None:
            return
        days = None if value == AS_THE_DATABASE else value
        if self.context.try_perform(self, SetEventNeedsDays(self.event_id, days)) is None:
            self.reload()


def attach(form: FormWidget, context: AppContext) -> NeedsKept:
    """The line at the end of the Overview's details."""
    line = NeedsKept(context, form)
    form.form_layout.addRow(translate("NeedsKept", "Dietary and access needs"), line)
    return line
