"""The event the window shows, remembered in the settings so that Planner
comes back to it: written a moment after the event is shown, not while it
is, since writing the settings file takes longer than painting a small
event; switching through several events writes the last one once. What is
not written yet is written when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer

WRITE_AFTER_MS = 1_000


class LastEvent(QObject):
    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.pending: tuple[int, str] | None = None  # (event, database), not written yet
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WRITE_AFTER_MS)
        self.timer.timeout.connect(self.write)

    def shown(self, event_id: int, database: str) -> None:
        self.pending = (event_id, database)
        self.timer.start()

    def read(self, database: str) -> int | None:
        """The event last shown of this database, if one was."""
        last = self.settings.value("event/last")
        if self.settings.value("event/last_database") != database or last is None or not str(last).isdigit():
            return None
        return int(last)

    def write(self) -> None:
        self.timer.stop()
        if self.pending is not None:
            event_id, database = self.pending
            self.pending = None
            self.settings.setValue("event/last", event_id)
            self.settings.setValue("event/last_database", database)
