"""The automatic backup made when a database is opened, on a thread of its
own: the window shows at once instead of waiting for the copy (a tenth of a
second for every 15 MB). A failure is told in a message box, from the GUI
thread; the database is open and every change saved all the same."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from planner.services.database import Store

translate = QCoreApplication.translate

# The backups under way, to be waited for before their database is closed.
_running: list[threading.Thread] = []
# Their tellers, kept until the GUI thread has heard how each one ended.
_tellers: set[_Teller] = set()


class _Teller(QObject):
    """Lives in the GUI thread, so that the worker's signals reach it queued."""

    failed = Signal(str)
    ended = Signal()

    def __init__(self, window: QWidget | None):
        super().__init__()
        self.window = window
        self.failed.connect(self.tell)
        self.ended.connect(self.forget)

    def run(self, store: Store) -> None:
        """On the worker thread."""
        from planner.startup import back_up_automatically  # loaded by start(), on the GUI thread

        back_up_automatically(store, self.failed.emit)
        self.ended.emit()

    @Slot(str)
    def tell(self, problem: str) -> None:
        QMessageBox.warning(
            self.window,
            translate("MainWindow", "No backup was made"),
            translate(
                "MainWindow",
                "{problem}.\n\nThe database is open and every change is still saved. Try File ▸ Back up now later.",
            ).format(problem=problem),
        )

    @Slot()
    def forget(self) -> None:
        _tellers.discard(self)


def start(store: Store, parent: QWidget | None) -> threading.Thread:
    """Back ``store`` up if it changed since its last backup, on a thread."""
    import planner.startup  # noqa: F401  (loaded here, with the store, rather than on the worker)

    teller = _Teller(parent)
    _tellers.add(teller)
    worker = threading.Thread(target=teller.run, args=(store,), name=f"backup of {store.path.name}", daemon=True)
    _running.append(worker)
    worker.start()
    return worker


def wait() -> None:
    """Let the backups under way finish (before their database is closed)."""
    while _running:
        _running.pop().join()
