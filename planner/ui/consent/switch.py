"""The event's switch "Lists given to others need consent", among its
details in the Overview: on, the participant list printed or exported
for others holds only those who agreed to be on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from planner.ui import after_paint
from planner.ui.context import AppContext

translate = QCoreApplication.translate


class ConsentSwitch(QCheckBox):
    """Shows the event's setting; a click changes it (one step to undo)."""

    def __init__(self, context: AppContext, form: QFormLayout, parent: QWidget | None = None):
        super().__init__(translate("ConsentSwitch", "Lists given to others need consent"), parent)
        self.setObjectName("consent_needed")
        self.context = context
        self.event_id: int | None = None
        self.setToolTip(
            translate(
                "ConsentSwitch",
                "The participant list printed or exported for others holds only those who agreed to be on it; "
                "signature sheets keep everyone",
            )
        )
        form.addRow(translate("ConsentSwitch", "Participant lists"), self)
        self.clicked.connect(self._switched)

    def show_event(self, event_id: int | None, read_only: bool = False) -> None:
        """Show the setting of ``event_id`` (read now, or once the window is
        painted: the first paint goes without the database code)."""
        self.event_id = event_id
        self.setEnabled(False)
        if after_paint.holding():
            after_paint.later(lambda: self._read(event_id, read_only))
        else:
            self._read(event_id, read_only)

    def _read(self, event_id: int | None, read_only: bool) -> None:
        if event_id != self.event_id:
            return  # another event shown since
        needed = False
        if event_id is not None:
            from planner.services import consent

            with self.context.read() as session:
                needed = consent.consent_needed(session, event_id)
        self.blockSignals(True)
        self.setChecked(needed)
        self.blockSignals(False)
        self.setEnabled(event_id is not None and not read_only)

    def _switched(self, checked: bool) -> None:
        if self.event_id is None:
            return
        from planner.operations.consent import SwitchConsentNeeded

        if self.context.try_perform(self, SwitchConsentNeeded(self.event_id, checked)) is None:
            self.show_event(self.event_id)  # refused: as it is stored
