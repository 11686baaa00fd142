"""The Participants tab on the sample events: what it shows, and every edit
saved at once, undone and redone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from planner.db.models import Organisation, Participation, Person
from planner.operations.participants import ChangeParticipation
from planner.services import events, participants
from planner.ui.participants.model import COUNTRY, NAME, STATUS
from planner.ui.participants.tab import ParticipantsTab


@pytest.fixture
def tab(context, qtbot):
    shown = ParticipantsTab(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    return shown


def _event(context, starting: str) -> int:
    with context.read() as session:
        return next(event.id for event in events.list_events(session) if event.title.startswith(starting))


@pytest.fixture
def madrid(context, tab) -> int:
    event_id = _event(context, "Improvement of management skills")
    tab.show_event(event_id)
    return event_id


def _names(tab) -> list[str]:
    return [tab.proxy.index(row, NAME).data() for row in range(tab.proxy.rowCount())]


def _row_of(tab, family_name: str) -> int:
    return next(
        row
        for row in range(tab.proxy.rowCount())
        if tab.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 2).family_name == family_name
    )


def _select(tab, *family_names: str) -> None:
    tab.table.clearSelection()
    selection = tab.table.selectionModel()
    for family in family_names:
        selection.select(
            tab.proxy.index(_row_of(tab, family), 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )


def _database(context) -> dict[str, list[dict]]:
    """What a user could lose: people, organisations, participations (each
    table in id order)."""
    with context.read() as session:
        return {
            model.__tablename__: [row.model_dump() for row in session.scalars(select(model).order_by(model.id))]
            for model in (Person, Organisation, Participation)
        }


def _statuses(context, event_id: int) -> dict[str, str]:
    with context.read() as session:
        query = select(Person.family_name, Participation.status).join(Person).where(Participation.event_id == event_id)
        return dict(session.execute(query).all())


def test_the_madrid_workshop_shows_its_14_participants_with_counts(tab, madrid):
    assert tab.proxy.rowCount() == 14
    names = _names(tab)
    assert names[0] == "Dr. Francesca Colombo" and names[-1] == "Dr. Γιώργος Παπαδόπουλος"
    assert "Ms. Małgorzata Żurawska" in names
    wojcik = _row_of(tab, "Wójcik")
    assert tab.proxy.index(wojcik, COUNTRY).data() == "PL"
    assert tab.proxy.index(wojcik, COUNTRY).data(Qt.ItemDataRole.ToolTipRole) == "Poland"
    assert tab.summary_status.text() == "<b>14 participants</b>  ·  12 attended · 1 declined · 1 no-show"
    assert tab.summary_country.text().startswith("ES 4 · GR 2 · IT 2 · PL 2")
    # Participant lists in and out (tests/ui/test_participants_import.py).
    assert tab.import_action.isEnabled() and tab.export_action.isEnabled()


def test_search_and_filters_narrow_the_rows_and_the_counts(tab, madrid):
    tab.search.setText("wojcik")
    assert _names(tab) == ["Dr. Łukasz Wójcik"]
    assert tab.summary_status.text().startswith("<b>1 of 14 shown</b>")
    assert tab.summary_country.text() == "PL 1"
    tab.search.clear()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("declined"))
    assert _names(tab) == ["Mr. Matteo Galli"]
    tab.status_filter.setCurrentIndex(0)
    tab.role_filter.setCurrentIndex(tab.role_filter.findData("moderator"))
    assert _names(tab) == ["Mr. Pablo Herrero Muñoz"]


def test_adding_someone_from_the_directory_is_one_undoable_edit(context, tab, madrid, monkeypatch):
    from planner.ui.participants.dialogs import AddParticipantDialog

    before = _database(context)

    def fill_and_accept(dialog):
        combo = dialog.picker.widgets["person_id"]
        combo.setCurrentIndex(combo.findText("Dimitra Alexiou — HBio"))
        dialog.participation.set_values({"role": "observer", "status": "confirmed", "arrives_on": date(2009, 6, 2)})
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddParticipantDialog, "exec", fill_and_accept)
    tab.add_participant()
    assert tab.proxy.rowCount() == 15
    assert [row.name for row in tab.selected_rows()] == ["Dr. Dimitra Alexiou"]
    row = tab.selected_rows()[0]
    assert (row.role, row.status, row.arrives_on, row.departs_on) == ("observer", "confirmed", date(2009, 6, 2), None)
    assert context.undo_stack.undoText() == "Add participant"
    after = _database(context)
    context.undo_stack.undo()
    assert _database(context) == before and tab.proxy.rowCount() == 14
    context.undo_stack.redo()
    assert _database(context) == after and tab.proxy.rowCount() == 15


def test_a_new_person_and_a_new_organisation_are_added_in_one_edit(context, tab, madrid):
    from planner.ui.participants.dialogs import AddParticipantDialog

    before = _database(context)
    dialog = AddParticipantDialog(context, madrid, tab)
    dialog.set_new_person(True)
    dialog.person_form.set_values(
        {
            "honorific": "Dr.",
            "given_name": "Agata",
            "family_name": "Wiśniewska",
            "country": "pl",
            "email": "a.wisniewska@example.org",
            "dietary": "vegan",
        }
    )
    dialog.person_form.widgets["organisation_id"].setEditText("Pomorski Klaster Biotech")
    dialog.participation.set_values({"role": "speaker"})
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert context.undo_stack.undoText() == "Add participant" and context.undo_stack.count() == 1
    with context.read() as session:
        person = session.scalars(select(Person).where(Person.family_name == "Wiśniewska")).one()
        organisation = session.get(Organisation, person.organisation_id)
        assert (person.country, person.dietary, organisation.name, organisation.country) == (
            "PL",
            "vegan",
            "Pomorski Klaster Biotech",
            "PL",
        )
    assert "Dr. Agata Wiśniewska" in _names(tab)
    context.undo_stack.undo()
    assert _database(context) == before
    assert "Dr. Agata Wiśniewska" not in _names(tab)


def test_a_new_person_with_a_malformed_email_is_refused_at_the_field(context, tab, madrid):
    from planner.ui.participants.dialogs import AddParticipantDialog

    before = _database(context)
    dialog = AddParticipantDialog(context, madrid, tab)
    dialog.set_new_person(True)
    dialog.person_form.set_values({"given_name": "Anna", "family_name": "Nowak", "email": "anna.nowak@"})
    dialog.person_form.widgets["organisation_id"].setEditText("A cluster that must not be created")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "is not a valid e-mail address" in dialog.person_form.problem_text("email")
    assert _database(context) == before and context.undo_stack.count() == 0


def test_picking_nobody_is_refused_at_the_person_field(context, tab, madrid):
    from planner.ui.participants.dialogs import AddParticipantDialog

    dialog = AddParticipantDialog(context, madrid, tab)
    dialog.accept()
    assert dialog.picker.problem_text("person_id") == "pick someone from the list, or add a new person"
    assert context.undo_stack.count() == 0


def test_changing_the_status_of_four_participants_is_one_edit(context, tab, madrid):
    before = _statuses(context, madrid)
    _select(tab, "Colombo", "Galli", "Kovács", "Wójcik")
    tab.set_many("status", "confirmed")
    assert context.undo_stack.undoText() == "Change status of 4 participants"
    after = _statuses(context, madrid)
    assert [after[name] for name in ("Colombo", "Galli", "Kovács", "Wójcik")] == ["confirmed"] * 4
    assert after["Żurawska"] == "attended"
    # The selection survives the reload (the same people, whatever order the
    # rows were read in), ready for the next change.
    assert sorted(row.family_name for row in tab.selected_rows()) == ["Colombo", "Galli", "Kovács", "Wójcik"]
    assert tab.proxy.index(_row_of(tab, "Galli"), STATUS).data() == "Confirmed"
    tab.set_many("role", "observer")
    assert context.undo_stack.undoText() == "Change role of 4 participants"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert _statuses(context, madrid) == before
    context.undo_stack.redo()
    assert _statuses(context, madrid) == after


def test_removing_asks_first_and_keeps_the_person(context, tab, madrid, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, title, text, *args: asked.append((title, text)) or QMessageBox.StandardButton.Yes,
    )
    before = _database(context)
    _select(tab, "Galli")
    tab.remove_selected()
    assert asked == [("Remove participant", "Remove Matteo Galli from this event?\n\nThey stay in the Directory.")]
    assert "Mr. Matteo Galli" not in _names(tab)
    with context.read() as session:
        assert session.scalars(select(Person).where(Person.family_name == "Galli")).one()
    assert context.undo_stack.undoText() == "Remove participant"
    context.undo_stack.undo()
    assert _database(context) == before and "Mr. Matteo Galli" in _names(tab)


def test_removal_answered_no_changes_nothing(context, tab, madrid, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    _select(tab, "Galli")
    tab.remove_selected()
    assert tab.proxy.rowCount() == 14 and context.undo_stack.count() == 0


def test_the_question_mentions_travel_and_stays_that_are_kept(context, tab, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    tab.show_event(_event(context, "ECRI study visit"))
    _select(tab, "Pons Sastre")
    tab.remove_selected()
    assert asked[0].endswith("Their 2 travel legs and 2 hotel stays in this event are kept.")
    assert "Mr. Joan Pons Sastre" not in _names(tab)


def test_removing_a_speaker_is_refused_with_the_services_message(context, tab, madrid, monkeypatch, warnings_shown):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("no question for a refused removal"))
    before = _database(context)
    _select(tab, "Wójcik")
    tab.remove_selected()
    assert len(warnings_shown) == 1
    assert warnings_shown[0].startswith("Łukasz Wójcik cannot be removed from this event: they speak in '")
    assert _database(context) == before and context.undo_stack.count() == 0


def test_editing_a_participation_and_the_persons_details(context, tab, madrid):
    from planner.ui.directory.dialogs import PersonDialog
    from planner.ui.participants.dialogs import ParticipationDialog

    _select(tab, "Żurawska")
    row = tab.current_row()
    dialog = ParticipationDialog(context, row, date(2009, 6, 3), tab)
    dialog.form.set_values({"status": "no_show", "notes": "Flight cancelled"})
    dialog.accept()
    assert context.undo_stack.undoText() == "Change participant"
    assert tab.selected_rows()[0].status == "no_show" and tab.selected_rows()[0].notes == "Flight cancelled"

    person = PersonDialog(context, row.person_id, tab)
    assert person.form.value("given_name") == "Małgorzata"
    person.form.set_values({"dietary": "Gluten-free, no nuts"})
    person.accept()
    assert context.undo_stack.undoText() == "Change person"
    assert tab.selected_rows()[0].dietary == "Gluten-free, no nuts"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert tab.selected_rows()[0].status == "attended" and tab.selected_rows()[0].dietary == "Gluten-free"


def test_show_item_selects_a_participation_or_a_person_even_when_filtered(context, tab, madrid):
    rows = tab.model.rows()
    wojcik = next(row for row in rows if row.family_name == "Wójcik")
    tab.search.setText("colombo")
    assert tab.show_item("person", wojcik.person_id)
    assert tab.search.text() == "" and tab.selected_rows() == [wojcik]
    assert tab.show_item("participation", rows[0].participation_id)
    assert not tab.show_item("agenda_item", 1)
    assert not tab.show_item("person", 999_999)


def test_actions_follow_the_selection_and_the_event(context, tab):
    assert not tab.add_action.isEnabled()
    tab.show_event(_event(context, "CLUNET"))
    assert tab.add_action.isEnabled() and not tab.remove_action.isEnabled()
    tab.table.selectRow(0)
    assert tab.remove_action.isEnabled() and tab.status_button.isEnabled()
    tab.show_event(None)
    assert tab.proxy.rowCount() == 0 and not tab.add_action.isEnabled()


def test_return_in_the_search_selects_the_first_row_alone_even_with_shift_held(tab, madrid, qtbot):
    _select(tab, "Galli", "Colombo")
    qtbot.keyPress(tab.search, Qt.Key.Key_Shift)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert tab.table.hasFocus() and tab.selected_rows() == [
        tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(0, 0)).row())
    ]


def test_keyboard_enter_edits_and_delete_removes(context, tab, madrid, qtbot, monkeypatch, answer_yes):
    from planner.ui.participants.dialogs import ParticipationDialog

    opened = []
    monkeypatch.setattr(ParticipationDialog, "exec", lambda dialog: opened.append(dialog.row.family_name) or 0)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "ggalli")
    # Delete in the search box edits the text; it removes no one.
    qtbot.keyClick(tab.search, Qt.Key.Key_Home)
    qtbot.keyClick(tab.search, Qt.Key.Key_Delete)
    assert tab.search.text() == "galli" and context.undo_stack.count() == 0
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.table.hasFocus() and [row.family_name for row in tab.selected_rows()] == ["Galli"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == ["Galli"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 13 and context.undo_stack.undoText() == "Remove participant"


def test_a_hidden_tab_reads_the_event_when_shown(context, tab):
    tab.hide()
    munich = _event(context, "ECRI study visit")
    tab.show_event(munich)
    assert tab.model.rowCount() == 0
    tab.show()
    assert tab.model.rowCount() == 11
    # An edit made elsewhere while hidden shows when it comes back.
    tab.hide()
    with context.read() as session:
        row = participants.participant_rows(session, munich)[0]
    context.perform(ChangeParticipation(row.participation_id, {"status": "cancelled"}))
    assert tab.stale
    assert tab.show_item("participation", row.participation_id)
    assert tab.selected_rows()[0].status == "cancelled"


def _participant_reads(context, work) -> int:
    from sqlalchemy import event

    reads = []
    listen = lambda _conn, _cursor, statement, *_args: reads.append(statement)  # noqa: E731
    event.listen(context.store.engine, "before_cursor_execute", listen)
    try:
        work()
    finally:
        event.remove(context.store.engine, "before_cursor_execute", listen)
    return sum("FROM participation JOIN person" in statement for statement in reads)


def test_a_change_to_a_person_shows_when_going_back_to_an_event_shown_before(context, tab, madrid):
    from planner.ui.directory.dialogs import PersonDialog

    clunet = _event(context, "CLUNET")
    tab.show_event(clunet)
    assert _participant_reads(context, lambda: tab.show_event(madrid)) == 0  # as read a moment ago
    tab.show_event(clunet)
    wojcik = next(row for row in tab.model.rows() if row.family_name == "Wójcik")  # in both events
    person = PersonDialog(context, wojcik.person_id, tab)
    person.form.set_values({"dietary": "Vegan"})
    person.accept()
    assert _participant_reads(context, lambda: tab.show_event(madrid)) == 1
    assert next(row for row in tab.model.rows() if row.family_name == "Wójcik").dietary == "Vegan"


def test_another_database_is_read_even_for_an_event_of_the_same_number(context, tab, madrid, tmp_path):
    from planner.db.store import Store
    from tests.conftest import saved_database

    other = Store.open(saved_database(tmp_path / "other.sqlite"))
    with other.write() as session:
        wojcik = session.scalars(select(Person).where(Person.family_name == "Wójcik")).one()
        wojcik.dietary = "Only in the other database"
    context.replace_store(other)
    tab.show_event(madrid)
    assert next(row for row in tab.model.rows() if row.family_name == "Wójcik").dietary == (
        "Only in the other database"
    )


def _column_of(tab, column: int) -> list[str]:
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def test_a_list_sorted_by_a_column_keeps_its_order_when_searched_and_its_selection(tab, madrid):
    tab.table.sortByColumn(COUNTRY, Qt.SortOrder.DescendingOrder)
    countries = _column_of(tab, COUNTRY)
    assert countries == sorted(countries, reverse=True) and countries[0] != countries[-1]
    sorted_names = _names(tab)
    _select(tab, "Wójcik")
    tab.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert [row.family_name for row in tab.selected_rows()] == ["Wójcik"]  # the same person, elsewhere in the list
    tab.table.sortByColumn(COUNTRY, Qt.SortOrder.DescendingOrder)

    tab.search.setText("POLAND")  # a country's name, in capitals
    assert _column_of(tab, COUNTRY) == ["PL", "PL"]
    assert _names(tab) == [name for name in sorted_names if name in _names(tab)]  # in the order sorted
    assert [row.family_name for row in tab.selected_rows()] == ["Wójcik"]
    assert tab.edit_action.isEnabled()

    tab.search.setText("zurawska")  # accents need not be typed: Wójcik is no longer shown
    assert _names(tab) == ["Ms. Małgorzata Żurawska"]
    assert tab.selected_rows() == [] and not tab.edit_action.isEnabled()


def test_the_counts_are_those_of_the_rows_shown(tab, madrid):
    tab.search.setText("es")  # Spain's code is no word: rows whose texts hold "es"
    shown = tab.proxy.rowCount()
    assert 0 < shown < 14
    head, statuses = tab.summary_status.text().split("  ·  ")
    assert head == f"<b>{shown} of 14 shown</b>"
    assert sum(int(part.split()[0]) for part in statuses.split(" · ")) == shown
    by_country = tab.summary_country.text().split(" · ")
    assert sum(int(part.split()[-1]) for part in by_country) == shown
    assert sorted(_column_of(tab, COUNTRY)) == sorted(
        part.split()[0] for part in by_country for _ in range(int(part.split()[-1]))
    )


def test_the_selection_is_kept_when_the_list_is_read_again(context, tab, madrid):
    tab.table.sortByColumn(COUNTRY, Qt.SortOrder.AscendingOrder)
    _select(tab, "Galli", "Żurawska")
    row = next(row for row in tab.selected_rows() if row.family_name == "Galli")
    context.perform(ChangeParticipation(row.participation_id, {"notes": "Arrives late"}))
    assert sorted(row.family_name for row in tab.selected_rows()) == ["Galli", "Żurawska"]
    countries = _column_of(tab, COUNTRY)
    assert countries == sorted(countries)  # still sorted as chosen
