"""What each benchmark runs, as small functions a fresh process calls:
``python -m bench.probes NAME DATABASE`` prints one JSON line of timings
(seconds) and the process's peak memory. A fresh process per run, so the
start-up and memory figures are those a user gets.

The probes drive the window as a user does, through what any version of
it shows: tabs found by their titles, the list of a tab as its largest
table, the search box by its placeholder, the Directory by its menu
action, sorting by the column's header. Nothing here reaches into a
model's rows, so the probes keep working while the views change inside."""

from __future__ import annotations

import json
import os
import resource
import sys
import time

# The moment the benchmark started this process (its clock, passed on), so
# that start-up counts from launch, the interpreter's own start included.
LAUNCHED = float(os.environ.get("PLANNER_BENCH_LAUNCHED", time.time()))

LARGEST_EVENT_ID = 1
OTHER_EVENT_ID = 2
SEARCHED = "müller"  # a name of many countries' people, typed with its accent
EVENT_TABS = ("Overview", "Agenda", "Participants", "Logistics", "Minutes")


def _since_launch() -> float:
    return time.time() - LAUNCHED


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _report(**figures: float) -> None:
    print(json.dumps({"peak_mb": _peak_mb()} | figures), flush=True)
    os._exit(0)  # leave without tearing down Qt: not part of what is measured


# -- the bare baselines ----------------------------------------------------------


def _show_bare_window():
    """A window with a table shown, as the bare baselines start."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    view = QTableView()
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    return app, window, view


def bare_window(_database: str) -> None:
    """The baseline of start-up: PySide6 alone."""
    _show_bare_window()
    _report(seconds=_since_launch())


def bare_stack(_database: str) -> None:
    """What a window on Planner's libraries costs before Planner does
    anything: PySide6, SQLAlchemy's ORM and SQLModel (with pydantic)
    imported, a window shown."""
    import sqlalchemy.orm  # noqa: F401
    import sqlmodel  # noqa: F401

    _show_bare_window()
    _report(seconds=_since_launch())


PARTICIPANTS_QUERY = (
    "SELECT pe.family_name || ', ' || pe.given_name, coalesce(o.name, ''), pe.country, p.role, p.status, "
    "p.arrives_on, p.departs_on, pe.dietary, pe.accessibility, pe.email FROM participation p "
    "JOIN person pe ON pe.id = p.person_id LEFT JOIN organisation o ON o.id = pe.organisation_id "
    "WHERE p.event_id = ? ORDER BY pe.family_name, pe.given_name"
)
PEOPLE_QUERY = (
    "SELECT pe.family_name || ', ' || pe.given_name, coalesce(o.name, ''), pe.country, pe.email, "
    "(SELECT count(*) FROM participation p WHERE p.person_id = pe.id) FROM person pe "
    "LEFT JOIN organisation o ON o.id = pe.organisation_id ORDER BY pe.family_name, pe.given_name"
)


def bare_tables(database: str) -> None:
    """The baselines of the lists: sqlite3 returning the rows a view shows
    and a plain Qt table showing them (one model reset, one repaint); a
    sort and a search as a list sort and a list filter in Python, shown
    the same way. What Planner's views add on top is what is compared."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class Rows(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple] = []

        def show(self, rows: list[tuple]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() or not self.rows else len(self.rows[0])

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                value = self.rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    app, _window, view = _show_bare_window()
    model = Rows()
    view.setModel(model)
    connection = sqlite3.connect(database)
    figures = {}

    def timed(name, action) -> None:
        _settle(BETWEEN_ACTIONS_MS)  # as Planner's steps are measured
        started = time.perf_counter()
        action()
        app.processEvents()
        figures[name] = time.perf_counter() - started

    def searched(rows: list[tuple]) -> list[tuple]:
        return [row for row in rows if SEARCHED in " ".join(str(value) for value in row).casefold()]

    timed("open", lambda: model.show(connection.execute(PARTICIPANTS_QUERY, (LARGEST_EVENT_ID,)).fetchall()))
    timed("sort", lambda: model.show(sorted(model.rows, key=lambda row: (row[1].casefold(), row[0].casefold()))))
    timed("filter", lambda: model.show(searched(model.rows)))
    timed("switch_event", lambda: model.show(connection.execute(PARTICIPANTS_QUERY, (OTHER_EVENT_ID,)).fetchall()))
    timed("directory_open", lambda: model.show(connection.execute(PEOPLE_QUERY).fetchall()))
    timed("directory_search", lambda: model.show(searched(model.rows)))
    _report(**figures)


# -- Planner ------------------------------------------------------------------------


def _in_planner(database: str, then) -> None:
    """Start Planner as the ``planner --db DATABASE`` command does; once its
    window is shown, ``then(app, window)`` runs instead of the event loop.
    The data folder (settings, backups) is the benchmark's own
    (PLANNER_DATA_DIR), where a first run left the largest event open."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    def instead_of_the_event_loop(app) -> int:
        window = next(widget for widget in app.topLevelWidgets() if isinstance(widget, QMainWindow))
        app.processEvents()
        then(app, window)
        return 0

    QApplication.exec = instead_of_the_event_loop
    from planner import cli

    cli.main(["--db", database])


def _settle(milliseconds: int) -> None:
    """The event loop runs on its own for this long, as between a user's
    actions: work the window leaves for later (after_paint.py: the places
    of the world, the lists of every zone; the garbage collector's turn)
    is done then, not inside the next step measured."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


# A user reads the window a few seconds before the first click (start-up
# leaves about four seconds of reading in small steps for then), and
# looks a moment at each change before the next.
FIRST_LOOK_MS = 5_000
BETWEEN_ACTIONS_MS = 300


def _event_tabs(window):
    """The event's tab widget: the one whose tabs are Overview … Minutes."""
    from PySide6.QtWidgets import QTabWidget

    for tabs in window.findChildren(QTabWidget):
        if {tabs.tabText(index).replace("&", "") for index in range(tabs.count())} >= set(EVENT_TABS):
            return tabs
    raise SystemExit("no tabs Overview … Minutes in the window")


def _tab_index(tabs, title: str) -> int:
    return next(index for index in range(tabs.count()) if tabs.tabText(index).replace("&", "") == title)


def _largest_table(widget, *, visible: bool = False):
    """The list a page is about: its table (or tree) with the most rows, of
    those on screen with ``visible``. A combo box's list is no table."""
    from PySide6.QtWidgets import QTableView, QTreeView

    tables = [
        table
        for kind in (QTableView, QTreeView)
        for table in widget.findChildren(kind)
        if table.model() is not None and (table.isVisible() or not visible)
    ]
    if not tables:
        raise SystemExit(f"no table in {type(widget).__name__}")
    return max(tables, key=lambda table: table.model().rowCount())


def _search_box(widget, placeholder: str, *, visible: bool = False):
    from PySide6.QtWidgets import QLineEdit

    for box in widget.findChildren(QLineEdit):
        if box.placeholderText().startswith(placeholder) and (box.isVisible() or not visible):
            return box
    raise SystemExit(f"no search box “{placeholder}…” in {type(widget).__name__}")


def _column(table, header: str) -> int:
    from PySide6.QtCore import Qt

    model = table.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return column
    raise SystemExit(f"no column “{header}” in {type(table).__name__}")


def _action(window, text: str):
    """The menu bar's action of this text (as the user finds it in a menu)."""
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif action.text().replace("&", "") == text:
                return action
    raise SystemExit(f"no menu item “{text}” in the window")


def _shown_event(window) -> int | None:
    return window.current_event_id()


def planner_window(database: str) -> None:
    """Planner's start-up on the large database, from launch to the window
    shown with the navigator filled and the last event (the largest) open."""

    def shown(_app, window) -> None:
        seconds = _since_launch()
        if _shown_event(window) != LARGEST_EVENT_ID:
            raise SystemExit(f"the window opened event {_shown_event(window)}, not the largest ({LARGEST_EVENT_ID})")
        _report(seconds=seconds)

    _in_planner(database, shown)


def open_largest_event(database: str) -> None:
    """The benchmark's first run in its data folder: open the largest event
    on its Overview so that the next starts show it (as a user's last event)."""

    def opened(app, window) -> None:
        window.open_event(LARGEST_EVENT_ID)
        tabs = _event_tabs(window)
        tabs.setCurrentIndex(_tab_index(tabs, "Overview"))
        app.processEvents()
        window.close()  # saves the settings
        _report(seconds=_since_launch())

    _in_planner(database, opened)


def event_views(database: str) -> None:
    """What a user does with the largest event once the window is up: open
    its Participants tab, sort it, search it; switch to another event and
    back; go through every tab; open the Directory of everyone and search
    it. Each step is timed to the window repainted; the memory is taken
    with the 5,000 participants shown."""

    def actions(app, window) -> None:
        from PySide6.QtCore import Qt

        figures: dict[str, float] = {}

        def timed(name, action) -> None:
            _settle(BETWEEN_ACTIONS_MS)
            started = time.perf_counter()
            action()
            app.processEvents()
            figures[name] = time.perf_counter() - started

        _settle(FIRST_LOOK_MS)
        tabs = _event_tabs(window)
        participants = tabs.widget(_tab_index(tabs, "Participants"))
        timed("open", lambda: tabs.setCurrentWidget(participants))
        table = _largest_table(participants)
        if table.model().rowCount() != 5000:
            raise SystemExit(f"the Participants tab shows {table.model().rowCount()} rows, not 5,000")
        organisation = _column(table, "Organisation")
        timed("sort", lambda: table.sortByColumn(organisation, Qt.SortOrder.AscendingOrder))
        search = _search_box(participants, "Search")
        timed("filter", lambda: search.setText(SEARCHED))
        if not 0 < table.model().rowCount() < 5000:
            raise SystemExit(f"searching “{SEARCHED}” left {table.model().rowCount()} of 5,000 participants")
        figures["peak_mb"] = _peak_mb()  # the large database open, the 5,000 participants shown
        search.clear()
        app.processEvents()
        timed("switch_event", lambda: window.open_event(OTHER_EVENT_ID))
        timed("switch_back", lambda: window.open_event(LARGEST_EVENT_ID))
        if _shown_event(window) != LARGEST_EVENT_ID:
            raise SystemExit("the window did not come back to the largest event")
        # Every tab in turn, Participants last: each but it is read for the
        # largest event as it is shown (switching events left them unread).
        for title in ("Overview", "Agenda", "Logistics", "Minutes", "Participants"):
            timed(f"tab_{title}", lambda title=title: tabs.setCurrentIndex(_tab_index(tabs, title)))
        timed("directory_open", lambda: _action(window, "Directory").trigger())
        people = _largest_table(window, visible=True)
        if people.model().rowCount() < 10_000:
            raise SystemExit(f"the Directory lists {people.model().rowCount()} people, not 20,000")
        search = _search_box(window, "Search people", visible=True)
        timed("directory_search", lambda: search.setText(SEARCHED))
        if not 0 < people.model().rowCount() < 20_000:
            raise SystemExit(f"searching the Directory for “{SEARCHED}” left {people.model().rowCount()} people")
        print(json.dumps(figures), flush=True)
        os._exit(0)

    _in_planner(database, actions)


PROBES = {
    probe.__name__: probe
    for probe in (
        bare_window,
        bare_stack,
        bare_tables,
        open_largest_event,
        planner_window,
        event_views,
    )
}

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    PROBES[sys.argv[1]](sys.argv[2])
