"""The window is painted from a first look at its database, before the
database code is loaded; the database is opened once the window shows,
and at once when the user changes something sooner."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.databases import saved_database

# `planner --db FILE` as run by a user, with the event loop replaced: it
# reports what was loaded when the window was first shown, then lets the
# steps after the paint run and reports again.
STARTED = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication, QMainWindow

    def database_code():
        names = ("sqlalchemy", "sqlmodel", "planner.db.models", "planner.db.shared", "psycopg")
        return sorted(name for name in names if name in sys.modules)

    def instead_of_the_loop(app):
        from planner.ui import after_paint
        window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
        shown = {
            "loaded": database_code(),
            "title": window.windowTitle(),
            "event": window.context.current_event_id,
            "header": window.event_view.title.text(),
            "open": window.context.store_is_open,
        }
        while after_paint.holding():
            app.processEvents()
        after = {"loaded": database_code(), "open": window.context.store_is_open}
        print(json.dumps({"shown": shown, "after": after}))
        return 0

    QApplication.exec = instead_of_the_loop
    from planner import cli
    sys.exit(cli.main(["--db", sys.argv[1]]))
    """
)


def _start(database, data_dir) -> dict:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", STARTED, str(database)], capture_output=True, text=True, env=environment, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    import json

    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_shows_the_last_event_before_the_database_code_is_loaded(tmp_path, data_dir):
    from planner.ui.context import open_settings

    database = saved_database(tmp_path / "network.sqlite")
    settings = open_settings()  # the data folder's: where the window left ECRI open last time
    settings.setValue("event/last", 1)
    settings.setValue("event/last_database", str(database))
    settings.sync()
    started = _start(database, data_dir)
    shown = started["shown"]
    assert shown["title"] == "network.sqlite — Planner"
    assert shown["event"] == 1 and shown["header"]  # the last event and its header, read by the first look
    assert shown["loaded"] == [] and not shown["open"]
    # Once the window is on screen, the database code is loaded and the database opened.
    assert started["after"]["open"] and "sqlalchemy" in started["after"]["loaded"]
    # A file's window never loads the code of a shared database.
    assert "planner.db.shared" not in started["after"]["loaded"] and "psycopg" not in started["after"]["loaded"]


def test_a_change_made_before_the_database_is_opened_opens_it_and_is_saved(qtbot, tmp_path, data_dir):
    from planner.operations.events import ChangeEvent
    from planner.services import database, event_reads
    from planner.ui import after_paint
    from planner.ui.app import _window_on_a_first_look
    from planner.ui.context import open_settings

    path = saved_database(tmp_path / "network.sqlite")
    after_paint.hold()
    try:
        made = _window_on_a_first_look(path, open_settings(), False)
        assert made is not None
        context, window = made
        qtbot.addWidget(window)
        assert not context.store_is_open
        with context.rows() as rows:
            first = event_reads.event_entries(rows)[0]
        context.perform(ChangeEvent(first.id, {"title": "Renamed before the store opened"}))
        assert context.store_is_open
    finally:
        after_paint.stop()
    context.close()
    context.release_lock()
    reopened = database.Store.open(path)
    with reopened.rows() as rows:
        assert event_reads.event_details(rows, first.id).title == "Renamed before the store opened"
    reopened.close()


def test_a_user_who_clicks_at_once_sees_another_event_and_its_participants(qtbot, tmp_path, data_dir):
    """Before the database is open (the window only looked at it), another
    event is shown from the first look, and its Participants tab opens the
    database then and there."""
    from planner.services import event_reads
    from planner.ui import after_paint
    from planner.ui.app import _window_on_a_first_look
    from planner.ui.context import open_settings

    path = saved_database(tmp_path / "network.sqlite")
    after_paint.hold()
    try:
        made = _window_on_a_first_look(path, open_settings(), False)
        assert made is not None
        context, window = made
        qtbot.addWidget(window)
        window.show()
        with context.rows() as rows:
            munich = next(entry for entry in event_reads.event_entries(rows) if "Munich" in entry.title)
        window.open_event(munich.id)
        assert window.event_view.title.text() == munich.title
        assert not context.store_is_open  # the event's header and Overview came from the first look
        tabs = window.event_view.tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if "Participants" in tabs.tabText(i)))
        assert context.store_is_open
        participants = tabs.currentWidget()
        qtbot.waitUntil(lambda: participants.model.rowCount() > 0)
    finally:
        after_paint.stop()
        context.close()
        context.release_lock()
