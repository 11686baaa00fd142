"""The main window: for now the list of events in the open database."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMainWindow

from planner.db.store import Store
from planner.services import events


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.setWindowTitle(f"Planner — {store.path}")
        self.resize(1100, 700)
        self.event_list = QListWidget(self)
        self.setCentralWidget(self.event_list)
        self.refresh()

    def refresh(self) -> None:
        self.event_list.clear()
        with self.store.read() as session:
            rows = events.list_events(session)
        for row in rows:
            days = f"{row.starts_on:%d %b %Y}" if row.ends_on == row.starts_on else f"{row.starts_on:%d %b} – {row.ends_on:%d %b %Y}"
            QListWidgetItem(f"{days}    {row.title}", self.event_list)
        self.statusBar().showMessage(f"{len(rows)} event{'s' if len(rows) != 1 else ''}")
