"""The window on a laptop copy of chosen shared events: an event not
checked out to the copy says, in its header, that it is a read-only copy;
one checked out to it does not."""

from __future__ import annotations

from datetime import datetime

from planner.cli import main
from planner.db.models import EventCheckout
from planner.db.store import Store
from planner.ui.context import AppContext, open_settings
from planner.ui.main_window import MainWindow
from tests.databases import saved_database


def test_an_event_not_checked_out_shows_as_a_read_only_copy(tmp_path, qtbot):
    office = saved_database(tmp_path / "office.sqlite")
    laptop = tmp_path / "laptop.sqlite"
    assert main(["copy", "--from", str(office), "--to", str(laptop), "--events", "1,2"]) == 0
    store = Store.open(laptop)
    with store.write() as session:
        session.add(EventCheckout(event_id=2, author="Ana", copy_name=str(laptop), since=datetime(2026, 12, 4, 9, 0)))
    window = MainWindow(AppContext(store, open_settings()))
    qtbot.addWidget(window)
    window.show()
    window.open_event(1)
    assert window.current_event_id() == 1
    assert window.event_view.copy_banner.isVisible()
    assert "Read-only: a copy of the shared event" in window.event_view.copy_banner.text()
    window.open_event(2)
    assert window.current_event_id() == 2
    assert not window.event_view.copy_banner.isVisible()
    window.close()
    store.close()
