"""Two windows on one database: the other window hears a change within a
second or two and reads again what shows it (a shared database); a save
over someone else's newer change offers Reload (theirs shown) or Keep mine
(saved over it), and the event's history says who changed what."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from planner.db.models import Participation
from planner.db.shared import SharedStore
from planner.db.store import Store
from planner.operations.participants import ChangeParticipation
from planner.services import change_log
from planner.ui.changed_elsewhere import ChangedElsewhereBox
from planner.ui.context import AppContext, open_settings
from tests.databases import shared_copy


@pytest.fixture(autouse=True)
def no_author_kept():
    yield
    change_log.set_author("")


def _first_participation(context) -> Participation:
    with context.read() as session:
        return session.exec(select(Participation).order_by(Participation.id)).first()


def _answer(choice: str) -> list[str]:
    """Clicks ``choice`` ("keep" or "reload") in the box about a newer change; what it said."""
    said: list[str] = []

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, ChangedElsewhereBox):
            QTimer.singleShot(10, click)
            return
        said.append(box.text())
        (box.keep_button if choice == "keep" else box.reload_button).click()

    QTimer.singleShot(0, click)
    return said


def test_a_change_in_one_window_reaches_the_other_on_a_shared_database(postgres_server, qtbot):
    first = shared_copy(postgres_server, with_samples=True)
    second = SharedStore.open(first.location)
    anna, bea = AppContext(first, open_settings()), AppContext(second, open_settings())
    try:
        assert bea.elsewhere.ready.wait(10)
        row = _first_participation(anna)
        with qtbot.waitSignal(bea.data_changed, timeout=2000) as heard:
            anna.perform(ChangeParticipation(row.id, {"notes": "Arrives Sunday"}))
        assert "participation" in heard.args[0].tables() and heard.args[0].event_ids() == {row.event_id}
        # Bea's window shows Anna's change now: her next edit of that field is not refused.
        bea.perform(ChangeParticipation(row.id, {"notes": "Arrives Sunday evening"}))
        assert _first_participation(anna).notes == "Arrives Sunday evening"
    finally:
        anna.close()
        bea.close()


@pytest.fixture
def two_windows(store, samples, qtbot):
    """Anna's and Bea's windows, on the same database file."""
    anna = AppContext(store, open_settings())
    bea = AppContext(Store.open(store.path), open_settings())
    anna.elsewhere.seen(), bea.elsewhere.seen()  # both have read the database
    yield anna, bea
    bea.close()


def test_keep_mine_saves_over_the_newer_change(two_windows, qtbot):
    anna, bea = two_windows
    row = _first_participation(anna)
    change_log.set_author("Bea")
    bea.perform(ChangeParticipation(row.id, {"status": "confirmed"}))
    change_log.set_author("Anna")
    said = _answer("keep")
    anna.try_perform(None, ChangeParticipation(row.id, {"status": "declined"}))
    assert "Bea" in said[0] and "status" in said[0]
    assert _first_participation(bea).status == "declined"
    assert anna.undo_stack.count() == 1  # Anna's save is hers to undo


def test_reload_shows_theirs_and_saves_nothing(two_windows, qtbot):
    anna, bea = two_windows
    row = _first_participation(anna)
    change_log.set_author("Bea")
    bea.perform(ChangeParticipation(row.id, {"status": "confirmed"}))
    change_log.set_author("Anna")
    said = _answer("reload")
    with qtbot.waitSignal(anna.data_changed, timeout=1000) as reread:
        assert anna.try_perform(None, ChangeParticipation(row.id, {"status": "declined"})) is None
    assert said and reread.args[0].event_ids() == {row.event_id}
    assert _first_participation(anna).status == "confirmed"
    assert anna.undo_stack.count() == 0
    # Having seen hers, Anna may change it.
    anna.perform(ChangeParticipation(row.id, {"status": "declined"}))
    assert _first_participation(bea).status == "declined"


def test_the_event_history_names_who_changed_what(two_windows, window, qtbot):
    from planner.ui.event_history_dialog import show_event_history

    anna, bea = two_windows
    row = _first_participation(anna)
    change_log.set_author("Bea Schmidt")
    bea.perform(ChangeParticipation(row.id, {"notes": "Late arrival", "status": "confirmed"}))
    dialog = show_event_history(window.context, row.event_id, window)
    qtbot.addWidget(dialog)
    first = [dialog.table.item(0, column).text() for column in range(4)]
    assert first[1] == "Bea Schmidt"
    assert "participation of" in first[2]
    assert first[3] == "changed: status, notes" or first[3] == "changed: notes, status"


def test_a_change_heard_from_elsewhere_keeps_what_is_being_typed(window, context, store, qtbot):
    from planner.operations import perform
    from planner.operations.events import ChangeEvent
    from planner.services.change_feed import Heard
    from tests.ui.conftest import event_id_of

    munich = event_id_of(context, "study_visit")
    window.navigator.select_event(munich)
    overview = window.event_view.pages[0]
    title = overview.form.widgets["title"]
    title.setFocus()
    title.setText("ECRI visit (draft being typed)")
    other = Store.open(store.path)
    try:
        done = perform(other, ChangeEvent(munich, {"venue_city": "München"}))
    finally:
        other.close()
    # What the listening thread hands the window when another Planner saved.
    context.elsewhere.heard.emit(Heard(["event"], [munich], max(done.logged)))
    qtbot.waitUntil(lambda: overview.form.value("venue_city") == "München", timeout=2000)
    assert title.text() == "ECRI visit (draft being typed)"


def test_a_field_kept_as_typed_does_not_go_over_their_change_unasked(window, context, store, qtbot):
    """Someone else saved the very field being typed in: what is typed stays
    on screen, and saving it asks first (Reload shows theirs)."""
    from planner.operations import perform
    from planner.operations.events import ChangeEvent
    from planner.services import events
    from planner.services.change_feed import Heard
    from tests.ui.conftest import event_id_of

    munich = event_id_of(context, "study_visit")
    window.navigator.select_event(munich)
    overview = window.event_view.pages[0]
    title = overview.form.widgets["title"]
    title.setFocus()
    title.setText("ECRI visit (draft being typed)")
    other = Store.open(store.path)
    try:
        done = perform(other, ChangeEvent(munich, {"title": "ECRI visit (Bea's title)"}))
    finally:
        other.close()
    context.elsewhere.heard.emit(Heard(["event"], [munich], max(done.logged)))
    qtbot.waitUntil(lambda: bool(context.elsewhere.seen().held), timeout=2000)
    assert title.text() == "ECRI visit (draft being typed)"
    said = _answer("reload")
    title.editingFinished.emit()  # the user leaves the field: its save is asked about
    qtbot.waitUntil(lambda: bool(said), timeout=2000)
    assert "was changed by" in said[0]
    with context.read() as session:
        assert events.get_event(session, munich).title == "ECRI visit (Bea's title)"


def test_the_choice_and_the_history_speak_the_window_s_language(two_windows, qtbot):
    from planner.ui import translations
    from planner.ui.event_history_dialog import EventHistoryDialog

    translations.install(code="de", pseudo=False)
    box = ChangedElsewhereBox("…")
    qtbot.addWidget(box)
    assert (box.reload_button.text(), box.keep_button.text()) == ("&Neu laden", "&Meine behalten")
    history = EventHistoryDialog([])
    qtbot.addWidget(history)
    assert history.windowTitle() == "Verlauf der Veranstaltung"
    assert history.table.horizontalHeaderItem(1).text() == "Wer"
