"""A database opened read-only (a second window on the same file): its
fields cannot be typed into, and look it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit

from planner.db.store import Store
from planner.services import events
from planner.ui.context import AppContext, open_settings
from planner.ui.forms import READ_ONLY_STYLE
from planner.ui.main_window import MainWindow
from planner.ui.minutes import MinutesTab
from planner.ui.overview import OverviewTab
from tests.databases import saved_database


def _window(path, qtbot, read_only: bool) -> MainWindow:
    context = AppContext(Store.open(path, read_only=read_only), open_settings())
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    with context.read() as session:
        window.open_event(min(event.id for event in events.list_events(session)))
    return window


def test_typing_into_a_read_only_overview_or_minutes_changes_nothing_and_the_fields_look_it(tmp_path, qtbot):
    window = _window(saved_database(tmp_path / "shared.sqlite"), qtbot, read_only=True)
    overview = window.event_view.page_of(OverviewTab)
    title = overview.form.widget("title", QLineEdit)
    shown = title.text()
    title.setFocus()
    qtbot.keyClicks(title, "typed")
    assert title.text() == shown and title.isReadOnly()
    assert title.styleSheet() == READ_ONLY_STYLE
    assert overview.form.widget("starts_on", QDateEdit).isReadOnly()
    assert not overview.form.widget("kind", QComboBox).isEnabled()
    assert not overview.add_link_button.isEnabled()
    summary = window.event_view.page_of(MinutesTab).summary
    before = summary.toPlainText()
    summary.setFocus()
    qtbot.keyClicks(summary, "typed")
    assert summary.toPlainText() == before and summary.isReadOnly()


def test_the_same_fields_are_typed_into_when_the_database_is_writable(tmp_path, qtbot):
    window = _window(saved_database(tmp_path / "own.sqlite"), qtbot, read_only=False)
    overview = window.event_view.page_of(OverviewTab)
    title = overview.form.widget("title", QLineEdit)
    assert not title.isReadOnly() and title.styleSheet() == ""
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "!")
    assert title.text().endswith("!")
    assert overview.form.widget("kind", QComboBox).isEnabled()
