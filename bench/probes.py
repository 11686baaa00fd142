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

# The moment the benchmark started this process (its clock, passed on), so
# that start-up counts from launch, the interpreter's own start included.
LAUNCHED = float(os.environ.get("PLANNER_BENCH_LAUNCHED", time.time()))


def _since_launch() -> float:
    return time.time() - LAUNCHED


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _report(**figures: float) -> None:
    print(json.dumps(figures | {"peak_mb": _peak_mb()}), flush=True)
    os._exit(0)  # leave without tearing down Qt: not part of what is measured


def _show_bare_window() -> None:
    """A window with a table shown, as the bare baselines start."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    _report(seconds=_since_launch())


def bare_window(_database: str) -> None:
    """The baseline of start-up: PySide6 alone."""
    _show_bare_window()


def bare_stack(_database: str) -> None:
    """What a window on Planner's libraries costs before Planner does
    anything: PySide6, SQLAlchemy's ORM and SQLModel (with pydantic)
    imported, a window shown."""
    import sqlalchemy.orm  # noqa: F401
    import sqlmodel  # noqa: F401

    _show_bare_window()


def _in_planner(database: str, then) -> None:
    """Start Planner as the ``planner --db DATABASE`` command does; once its
    window is shown, ``then(app, window)`` runs instead of the event loop.
    The data folder (settings, backups) is the benchmark's own
    (PLANNER_DATA_DIR), where a first run left the largest event open."""
    from PySide6.QtWidgets import QApplication

    def instead_of_the_event_loop(app) -> int:
        from planner.ui.main_window import MainWindow

        window = next(widget for widget in app.topLevelWidgets() if isinstance(widget, MainWindow))
        app.processEvents()
        then(app, window)
        return 0

    QApplication.exec = instead_of_the_event_loop
    from planner.cli import main

    main(["--db", database])


def planner_window(database: str) -> None:
    """Planner's start-up on the large database, from launch to the window
    shown with the navigator filled and the last event (the largest) open."""

    def shown(_app, window) -> None:
        seconds = _since_launch()
        if window.current_event_id() != 1:
            raise SystemExit(f"the window opened event {window.current_event_id()}, not the largest (1)")
        _report(seconds=seconds)

    _in_planner(database, shown)


def open_largest_event(database: str) -> None:
    """The benchmark's first run in its data folder: open the largest event
    so that the next starts show it (as a user's last event)."""

    def opened(app, window) -> None:
        window.open_event(1)
        app.processEvents()
        window.close()  # saves the settings
        _report(seconds=_since_launch())

    _in_planner(database, opened)


def participants_tab(database: str) -> None:
    """Open the largest event's Participants tab, sort it, filter it; switch
    events and tabs; and the memory with the large database open and that
    list shown."""

    def actions(app, window) -> None:
        from PySide6.QtCore import Qt

        from planner.ui.participants import ParticipantsTab

        figures = {}

        def timed(name, action):
            started = time.perf_counter()
            action()
            app.processEvents()
            figures[name] = time.perf_counter() - started

        tab = next(page for page in window.event_view.pages if isinstance(page, ParticipantsTab))
        timed("open", lambda: window.event_view.tabs.setCurrentWidget(tab))
        if tab.model.rowCount() != 5000:
            raise SystemExit(f"the Participants tab shows {tab.model.rowCount()} rows, not 5,000")
        timed("sort", lambda: tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder))
        timed("filter", lambda: tab.search.setText("müller"))
        timed("switch_event", lambda: window.open_event(2))
        timed("switch_back", lambda: window.open_event(1))
        for index in range(window.event_view.tabs.count()):
            timed(f"tab_{index}", lambda index=index: window.event_view.tabs.setCurrentIndex(index))
        _report(**figures)

    _in_planner(database, actions)


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


PROBES = {
    probe.__name__: probe
    for probe in (
        bare_window,
        bare_stack,
        open_largest_event,
        planner_window,
        participants_tab,
        plain_participants_query,
    )
}

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    PROBES[sys.argv[1]](sys.argv[2])
