"""The app opens on a database and shows its events."""

from __future__ import annotations

from planner.exchange.samples import add_samples
from planner.ui.main_window import MainWindow


def test_the_window_shows_the_database_and_its_events(qtbot, store):
    with store.write() as session:
        add_samples(session)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert str(store.path) in window.windowTitle()
    titles = [window.event_list.item(row).text() for row in range(window.event_list.count())]
    assert len(titles) == 3 and any("ECRI study visit" in title for title in titles)
    assert window.statusBar().currentMessage() == "3 events"
