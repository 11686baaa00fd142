"""Garbage collected on the GUI thread only.

Python collects cycles on whichever thread happens to allocate when a
threshold is passed: with imports, exports, previews and backups on worker
threads, that may be one of them. Closed windows and dialogs leave Qt
objects in reference cycles, and destroying a Qt object from a thread that
does not own it can crash the app. So automatic collection is turned off
and a timer on the GUI thread collects, generation by generation, whenever
Python would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        gc.disable()
        self.collections = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold,
        as Python's own collector would have."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [
            generation
            for generation in range(3)
            if thresholds[generation] and counts[generation] > thresholds[generation]
        ]
        if due:
            gc.collect(max(due))
            self.collections += 1

    def stop(self) -> None:
        """Back to Python's own collection (the app is ending)."""
        self.timer.stop()
        gc.enable()
