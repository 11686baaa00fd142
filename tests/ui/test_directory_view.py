"""The Directory: people with their history, organisations with their
members, and every edit undoable; deletions asked first or refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from planner.db.models import Organisation, Person
from planner.operations.directory import AddOrganisation, AddPerson, ChangePerson
from planner.ui.directory.view import DirectoryView


@pytest.fixture
def view(context, qtbot):
    shown = DirectoryView(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    return shown


def _person_id(context, family_name: str) -> int:
    with context.read() as session:
        return session.scalars(select(Person.id).where(Person.family_name == family_name)).one()


def _organisation_id(context, name: str) -> int:
    with context.read() as session:
        return session.scalars(select(Organisation.id).where(Organisation.name == name)).one()


def _column(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _people(context) -> list[dict]:
    # In id order: the order of a row's fields depends on how SQLAlchemy loaded
    # it, so sorting rows by their (field, value) pairs may compare None to 1.
    with context.read() as session:
        return [row.model_dump() for row in session.scalars(select(Person).order_by(Person.id))]


def test_people_and_organisations_of_the_three_sample_events(view):
    assert view.tabs.tabText(0) == "People (26)" and view.tabs.tabText(1) == "Organisations (14)"
    names = _column(view.people_table, 0)
    assert names[0] == "Dr. Dimitra Alexiou" and "Mr. Paweł Łoś" in names and "Dr. Γιώργος Παπαδόπουλος" in names
    view.search.setText("lodz")
    assert _column(view.organisations_table, 0) == ["Łódzki Klaster Biotechnologiczny"]
    assert _column(view.people_table, 0) == ["Dr. Łukasz Wójcik"]


def test_a_person_who_took_part_in_two_events_shows_both(context, view):
    assert view.show_person(_person_id(context, "Fernández Gil"))
    assert view.history_title.text() == "<b>Ms. Lucía Fernández Gil</b> — 2 events"
    assert _column(view.history_table, 0) == [
        "CLUNET final conference",
        "Improvement of management skills in biotechnological companies: the role of clusters",
    ]
    assert _column(view.history_table, 2) == ["Moderator", "Speaker"]
    assert _column(view.history_table, 3) == ["Attended", "Attended"]
    opened = []
    view.open_event.connect(opened.append)
    view.history_table.doubleClicked.emit(view.history_table.model().index(0, 0))
    assert len(opened) == 1


def test_deleting_a_person_who_took_part_is_refused_with_the_services_message(
    context, view, monkeypatch, warnings_shown
):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("no question for a refused deletion"))
    before = _people(context)
    view.show_person(_person_id(context, "Wójcik"))
    view.delete_selected()
    assert warnings_shown == [
        (
            "Łukasz Wójcik cannot be deleted: still in 2 participations, 2 agenda items as speaker, 4 travel legs, "
            "1 hotel stays, 1 costs"
        )
    ]
    assert _people(context) == before and context.undo_stack.count() == 0


def test_a_new_person_with_a_new_organisation_then_deleted_and_undone(context, view, answer_yes):
    from planner.ui.directory.dialogs import PersonDialog

    before = _people(context)
    dialog = PersonDialog(context, None, view)
    dialog.form.set_values(
        {"given_name": "Κατερίνα", "family_name": "Ιωάννου", "country": "GR", "email": "k.ioannou@example.org"}
    )
    dialog.form.widgets["organisation_id"].setEditText("Crete Biotech Cluster")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert context.undo_stack.undoText() == "Add person"
    assert view.tabs.tabText(0) == "People (27)" and view.tabs.tabText(1) == "Organisations (15)"
    view.show_person(dialog.saved_id)
    assert view.history_title.text() == "<b>Κατερίνα Ιωάννου</b> — no events yet"

    view.delete_selected()
    assert context.undo_stack.undoText() == "Delete person"
    assert view.tabs.tabText(0) == "People (26)"
    context.undo_stack.undo()
    assert view.show_person(dialog.saved_id)
    context.undo_stack.undo()
    assert _people(context) == before and view.tabs.tabText(1) == "Organisations (14)"


def test_a_malformed_email_is_refused_at_the_field_and_nothing_saved(context, view):
    from planner.ui.directory.dialogs import PersonDialog

    before = _people(context)
    dialog = PersonDialog(context, _person_id(context, "Galli"), view)
    dialog.form.set_values({"email": "m.galli@@example.org"})
    dialog.accept()
    assert "is not a valid e-mail address" in dialog.form.problem_text("email")
    assert _people(context) == before and context.undo_stack.count() == 0


def test_deleting_an_organisation_with_members_offers_to_detach_them(context, view, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    # Add an organisation with one member and no events, so it can go.
    cluster_id = context.perform(AddOrganisation({"name": "Wielkopolska Test Cluster", "country": "PL"}))
    context.perform(AddPerson({"given_name": "Jan", "family_name": "Kowalski", "organisation_id": cluster_id}))
    assert view.show_organisation(cluster_id)
    assert view.members_title.text() == "<b>Wielkopolska Test Cluster</b> — 1 member"
    assert _column(view.members_table, 0) == ["Jan Kowalski"]
    view.delete_selected()
    assert asked == [
        (
            "Delete Wielkopolska Test Cluster from the Directory?\n\n"
            "Its member stays in the Directory, without an organisation."
        )
    ]
    assert context.undo_stack.undoText() == "Delete organisation"
    with context.read() as session:
        assert session.get(Organisation, cluster_id) is None
        assert session.scalars(select(Person).where(Person.family_name == "Kowalski")).one().organisation_id is None
    context.undo_stack.undo()
    with context.read() as session:
        assert (
            session.scalars(select(Person).where(Person.family_name == "Kowalski")).one().organisation_id == cluster_id
        )


def test_an_organisation_hosting_an_event_cannot_be_deleted(context, view, monkeypatch, warnings_shown):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("no question for a refused deletion"))
    view.show_organisation(_organisation_id(context, "BioM"))
    view.delete_selected()
    assert len(warnings_shown) == 1 and warnings_shown[0].startswith("organisation 'BioM' cannot be deleted: it has")
    assert "events hosted" in warnings_shown[0]


def test_organisations_are_added_and_changed_through_their_dialog(context, view):
    from planner.ui.directory.dialogs import OrganisationDialog

    dialog = OrganisationDialog(context, None, view)
    dialog.form.set_values({"name": "Bioregio Stern", "region": "Baden-Württemberg", "country": "DE"})
    dialog.accept()
    assert context.undo_stack.undoText() == "Add organisation"
    view.show_organisation(dialog.saved_id)
    assert view.selected_organisation_id() == dialog.saved_id

    again = OrganisationDialog(context, _organisation_id(context, "BioM"), view)
    again.form.set_values({"name": "Bioregio Stern"})
    again.accept()
    assert again.form.problem_text("name") == "an organisation named 'Bioregio Stern' already exists"
    again.form.set_values({"kind": "association"})
    again.form.set_values({"name": "BioM Biotech Cluster"})
    again.accept()
    assert context.undo_stack.undoText() == "Change organisation"
    assert "BioM Biotech Cluster" in _column(view.organisations_table, 0)


def test_the_directory_is_read_when_shown_and_a_change_made_meanwhile_when_shown_again(context, qtbot):
    hidden = DirectoryView(context)
    qtbot.addWidget(hidden)
    assert hidden.people.rowCount() == 0  # nothing read at start-up
    hidden.show()
    assert hidden.tabs.tabText(0) == "People (26)"
    hidden.hide()
    person_id = context.perform(AddPerson({"given_name": "Anna", "family_name": "Nowak"}))
    assert hidden.tabs.tabText(0) == "People (26)" and hidden.stale
    hidden.show()
    assert hidden.tabs.tabText(0) == "People (27)"
    assert hidden.show_item("person", person_id) and hidden.selected_person_id() == person_id
    assert not hidden.show_item("agenda_item", person_id)


def test_a_person_or_organisation_hidden_by_the_search_is_shown_when_asked_for(context, view):
    view.search.setText("lodz")
    assert view.show_item("organisation", _organisation_id(context, "BioM"))
    assert view.search.text() == "" and view.tabs.currentIndex() == 1


def test_the_search_ignores_accents_and_case_and_follows_edits_and_undo(context, view):
    person_id = context.perform(
        AddPerson({"given_name": "Zofia", "family_name": "Ćwiklińska", "position": "Head of the Kraków office"})
    )
    view.search.setText("cwiklinska")
    assert _column(view.people_table, 0) == ["Zofia Ćwiklińska"]
    view.search.setText("KRAKOW zofia")
    assert _column(view.people_table, 0) == ["Zofia Ćwiklińska"]
    assert view.show_person(person_id) and view.selected_person_id() == person_id

    context.perform(ChangePerson(person_id, {"family_name": "Ćwiklińska-Nowak"}))
    assert _column(view.people_table, 0) == ["Zofia Ćwiklińska-Nowak"]  # still searched for, and still selected
    assert view.selected_person_id() == person_id
    view.search.setText("cwiklinska nowak")
    assert _column(view.people_table, 0) == ["Zofia Ćwiklińska-Nowak"]
    context.undo_stack.undo()
    assert _column(view.people_table, 0) == []
    view.search.setText("ĆWIKLIŃSKA")
    assert _column(view.people_table, 0) == ["Zofia Ćwiklińska"]
    context.undo_stack.undo()  # the person was never added
    assert _column(view.people_table, 0) == []


def test_people_sorted_by_a_column_stay_in_that_order_when_searched(view):
    view.people_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by country
    everyone = _column(view.people_table, 0)
    countries = _column(view.people_table, 2)
    assert countries == sorted(countries, key=lambda code: (code == "", code), reverse=True)
    view.search.setText("cluster")
    found = _column(view.people_table, 0)
    assert 1 < len(found) < len(everyone)
    assert found == [name for name in everyone if name in found]
