"""Start-up shows the window first: what is not seen at once (the list of
every zone, a zone proposal that reads the cities of the world) follows
as soon as the window is on screen, and then works as it always did."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QWidget

from planner.operations.events import ChangeEvent
from planner.services import events
from planner.ui import after_paint
from planner.ui.zone_picker import list_zones, set_zone, zone_picker
from tests.ui.conftest import event_id_of


@pytest.fixture
def starting():
    yield after_paint
    after_paint.stop()


def test_steps_wait_until_the_window_is_painted_then_run_in_order(qtbot, starting):
    window = QWidget()
    qtbot.addWidget(window)
    done: list[str] = []
    starting.hold_until_painted(window)
    starting.later(lambda: done.append("first"))
    starting.later(lambda: done.append("second"))
    assert done == [] and starting.holding()
    window.show()
    qtbot.waitUntil(lambda: not starting.holding())  # a turn of the event loop after the last step
    assert done == ["first", "second"]
    starting.later(lambda: done.append("now"))  # once shown: at once, as outside start-up
    assert done == ["first", "second", "now"]


def test_a_zone_picker_listed_later_shows_its_zone_and_lists_every_zone_when_opened(qtbot):
    combo = zone_picker(list_later=True)
    qtbot.addWidget(combo)
    set_zone(combo, "Europe/Brussels")
    assert combo.currentText() == "Brussels (Belgium) · UTC+1/+2"
    assert combo.count() == 1
    combo.showPopup()
    texts = [combo.itemText(row) for row in range(combo.count())]
    assert texts[0] == "Amsterdam (Netherlands) · UTC+1/+2"
    assert "Warsaw (Poland) · UTC+1/+2" in texts
    assert combo.currentText() == "Brussels (Belgium) · UTC+1/+2"
    assert combo.currentData() == "Europe/Brussels"


def test_the_overview_opened_at_start_up_proposes_the_zone_once_the_window_is_on_screen(context, qtbot, starting):
    from planner.ui.main_window import MainWindow

    munich = event_id_of(context, "study_visit")
    context.perform(ChangeEvent(munich, {"venue_city": "Kraków", "venue_country": "PL"}))
    context.settings.setValue("event/last", munich)
    context.settings.setValue("event/last_database", str(context.store.path))
    window = MainWindow(context)
    qtbot.addWidget(window)
    starting.hold_until_painted(window)
    window.show()
    overview = window.event_view.pages[0]
    zones = overview.form.widget("timezone", QComboBox)
    assert window.current_event_id() == munich
    assert zones.currentText() == "Berlin (Germany) · UTC+1/+2"
    assert overview.zone_proposal.isHidden()  # not yet: the window is painted first
    qtbot.waitUntil(lambda: not overview.zone_proposal.isHidden(), timeout=60_000)
    assert overview.zone_proposal.text().startswith("Kraków is in Warsaw (Poland) · UTC+1/+2.")
    assert zones.count() > 400  # every zone listed, the event's still shown
    assert zones.currentText() == "Berlin (Germany) · UTC+1/+2"


def test_the_overview_opened_at_start_up_lists_every_host_and_the_needs_once_the_window_is_on_screen(
    context, qtbot, starting
):
    from planner.ui.main_window import MainWindow

    munich = event_id_of(context, "study_visit")
    context.settings.setValue("event/last", munich)
    context.settings.setValue("event/last_database", str(context.store.path))
    window = MainWindow(context)
    qtbot.addWidget(window)
    starting.hold_until_painted(window)
    window.show()
    overview = window.event_view.pages[0]
    host = overview.form.widget("host_id", QComboBox)
    assert host.currentText() == "BioM (DE)"
    assert host.count() == 2  # "—" and the host: the event's own details first
    assert overview.conflicts.count() == 0 and overview.attention.count() == 0
    qtbot.waitUntil(lambda: not starting.holding(), timeout=60_000)
    with context.read() as session:
        organisations = len(events.host_choices(session))
    assert host.count() == organisations + 1
    assert host.currentText() == "BioM (DE)"
    assert overview.attention.count() >= 1 and overview.conflicts.count() >= 1


def test_what_is_typed_in_a_zone_picker_stays_when_its_list_is_filled(qtbot):
    combo = zone_picker(list_later=True)
    qtbot.addWidget(combo)
    set_zone(combo, "Europe/Brussels")
    combo.setEditText("Thessal")
    list_zones(combo)
    assert combo.count() > 400
    assert combo.currentText() == "Thessal"


def test_steps_go_after_a_while_when_the_window_is_never_painted(qtbot, starting, monkeypatch):
    monkeypatch.setattr(starting, "LONGEST_WAIT_MS", 10)
    window = QWidget()  # never shown, as a window started minimised
    qtbot.addWidget(window)
    done: list[str] = []
    starting.hold_until_painted(window)
    starting.later(lambda: done.append("step"))
    # The hold ends on the turn of the event loop after the last step.
    qtbot.waitUntil(lambda: not starting.holding(), timeout=60_000)
    assert done == ["step"]


def test_steps_for_what_is_not_on_screen_come_after_the_others(qtbot, starting):
    window = QWidget()
    qtbot.addWidget(window)
    done: list[str] = []
    starting.hold()  # before the window is made, as at start-up
    starting.later(lambda: done.append("a tab not shown"), unseen=True)
    starting.later(lambda: done.append("the hosts shown"))
    starting.hold_until_painted(window)
    starting.later(lambda: done.append("the zone proposal"))
    window.show()
    qtbot.waitUntil(lambda: len(done) == 3)
    assert done == ["the hosts shown", "the zone proposal", "a tab not shown"]


def test_at_start_up_the_tabs_not_shown_follow_the_window_and_one_chosen_sooner_is_there_at_once(
    context, qtbot, starting
):
    from PySide6.QtWidgets import QTableView

    from planner.services.participants import participant_rows
    from planner.ui.main_window import MainWindow
    from planner.ui.participants import ParticipantsTab
    from planner.ui.views import View

    munich = event_id_of(context, "study_visit")
    context.settings.setValue("event/last", munich)
    context.settings.setValue("event/last_database", str(context.store.path))
    starting.hold()
    window = MainWindow(context)
    qtbot.addWidget(window)
    starting.hold_until_painted(window)
    window.show()
    tabs = window.event_view.tabs
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    assert titles == ["Overview", "Agenda", "Participants", "Logistics", "Minutes"]
    assert [action.text() for action in window.tab_actions] == [f"&{n + 1} {title}" for n, title in enumerate(titles)]
    assert all(action.isEnabled() for action in window.tab_actions)
    window.tab_actions[2].trigger()  # Alt+3 before the window made the tab
    shown = tabs.currentWidget()
    assert isinstance(shown, ParticipantsTab) and tabs.currentIndex() == 2
    with context.read() as session:
        people = len(participant_rows(session, munich))
    assert max(table.model().rowCount() for table in shown.findChildren(QTableView)) == people > 0
    qtbot.waitUntil(lambda: not starting.holding(), timeout=60_000)
    assert all(isinstance(tabs.widget(index), View) for index in range(tabs.count()))
    assert tabs.currentWidget() is shown
    assert window.views.keys() == {"directory", "actions"}
