"""What each benchmark runs, as small functions a fresh process calls:
``python -m bench.probes NAME DATABASE`` prints one JSON line of timings
(seconds) and the process's peak memory. A fresh process per run, so the
start-up and memory figures are those a user gets."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()  # as early as this module is imported


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _report(**figures: float) -> None:
    print(json.dumps(figures | {"peak_mb": _peak_mb()}), flush=True)
    os._exit(0)  # leave without tearing down Qt: not part of what is measured


def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def bare_window(_database: str) -> None:
    """The baseline of start-up: PySide6 alone, a window with a list shown."""
    from PySide6.QtWidgets import QMainWindow, QTableView

    app = _application()
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    _report(seconds=time.perf_counter() - STARTED)


def planner_window(database: str) -> None:
    """Planner's start-up on the large database: the window shown with the
    navigator filled and the last event (the largest) open."""
    from planner.db.store import Store
    from planner.ui.context import AppContext
    from planner.ui.main_window import MainWindow

    app = _application()
    context = AppContext(Store.open(Path(database)))
    window = MainWindow(context)
    window.resize(1280, 720)
    window.show()
    window.open_event(1)
    app.processEvents()
    _report(seconds=time.perf_counter() - STARTED)


def participants_tab(database: str) -> None:
    """Open the largest event's Participants tab, sort it, filter it; and
    the memory with the large database open and that list shown."""
    from PySide6.QtCore import Qt

    from planner.db.store import Store
    from planner.ui.context import AppContext
    from planner.ui.main_window import MainWindow
    from planner.ui.participants import ParticipantsTab

    app = _application()
    window = MainWindow(AppContext(Store.open(Path(database))))
    window.resize(1280, 720)
    window.show()
    window.open_event(1)
    app.processEvents()
    figures = {}

    def timed(name, action):
        started = time.perf_counter()
        action()
        app.processEvents()
        figures[name] = time.perf_counter() - started

    tab = next(page for page in window.event_view.pages if isinstance(page, ParticipantsTab))
    timed("open", lambda: window.event_view.tabs.setCurrentWidget(tab))
    timed("sort", lambda: tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder))
    timed("filter", lambda: tab.search.setText("müller"))
    timed("switch_event", lambda: window.open_event(2))
    timed("switch_back", lambda: window.open_event(1))
    for index in range(window.event_view.tabs.count()):
        timed(f"tab_{index}", lambda index=index: window.event_view.tabs.setCurrentIndex(index))
    _report(**figures)


def plain_participants_query(database: str) -> None:
    """The baseline of the Participants tab: sqlite3 returning the same rows."""
    import sqlite3

    started = time.perf_counter()
    connection = sqlite3.connect(database)
    rows = connection.execute(
        "SELECT p.id, pe.id, pe.honorific, pe.given_name, pe.family_name, o.name, pe.country, pe.email, "
        "p.role, p.status, p.arrives_on, p.departs_on FROM participation p JOIN person pe ON pe.id = p.person_id "
        "LEFT JOIN organisation o ON o.id = pe.organisation_id WHERE p.event_id = 1 ORDER BY pe.family_name"
    ).fetchall()
    assert rows
    _report(seconds=time.perf_counter() - started)


PROBES = {probe.__name__: probe for probe in (bare_window, planner_window, participants_tab, plain_participants_query)}

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    PROBES[sys.argv[1]](sys.argv[2])
