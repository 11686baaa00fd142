"""The Directory's actions on a person's data: their export as one ZIP, and
forgetting them, with what will happen shown first, a last question, the
person shown as "a participant from <organisation>" where they remain,
and Edit > Undo bringing them back."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from planner.db.models import Event, Person, Programme
from planner.services import directory
from planner.ui.directory.forget_dialog import ForgetPersonDialog
from planner.ui.main_window import DIRECTORY

TODAY = date(2026, 12, 4)


@pytest.fixture
def directory_view(window):
    window.show_view(DIRECTORY)
    return window.views[DIRECTORY]


def _alexiou(context, programme: str = "", audit_until: date | None = None) -> int:
    """Dr. Dimitra Alexiou, who took part in the Munich visit only, now
    of ``programme`` (none: she can be erased)."""
    with context.store.write() as session:
        munich = session.scalars(select(Event).where(Event.title.startswith("ECRI"))).one()
        munich.programme = programme
        session.add(munich)
        if programme:
            session.add(Programme(name=programme, audit_until=audit_until))
        return session.scalars(select(Person.id).where(Person.family_name == "Alexiou")).one()


def _names(view) -> list[str]:
    model = view.people_table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_dialog_shows_the_plan_asks_then_erases_and_undo_brings_her_back(
    context, window, directory_view, monkeypatch
):
    person_id = _alexiou(context)
    directory_view.reload()
    assert directory_view.show_person(person_id)
    assert directory_view.personal_data.forget_action.isEnabled()
    asked: list[str] = []

    def say_yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", say_yes)
    dialog = ForgetPersonDialog(context, person_id, directory_view, today=TODAY)
    shown = dialog.summary.text()
    assert "they can be erased from this database" in shown
    assert "<li>Their record in the Directory</li>" in shown
    assert "<li>1 participation, with its attendance and consents</li>" in shown
    assert "<li>Minutes: 1 action they own will have no owner</li>" in shown
    assert "<li>1 cost stays in its event's accounts, without their name</li>" in shown
    assert "Edit &gt; Undo brings everything back" in shown
    assert dialog.forget_button is not None and dialog.forget_button.text() == "&Erase"
    dialog.forget_button.click()
    assert asked == ["Erase Dr. Dimitra Alexiou and the records only about them from this database now?"]
    with context.read() as session:
        assert session.get(Person, person_id) is None
    assert "Dr. Dimitra Alexiou" not in _names(directory_view)
    assert window.undo_action.text().startswith("&Undo Forget a person")
    window.undo_action.trigger()
    with context.read() as session:
        assert directory.person_name(session, person_id) == "Dr. Dimitra Alexiou"
    assert "Dr. Dimitra Alexiou" in _names(directory_view)


def test_no_at_the_last_question_changes_nothing(context, directory_view, monkeypatch):
    person_id = _alexiou(context)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    dialog = ForgetPersonDialog(context, person_id, directory_view, today=TODAY)
    dialog.forget_button.click()
    assert dialog.done_as is None
    with context.read() as session:
        assert directory.person_name(session, person_id) == "Dr. Dimitra Alexiou"


def test_once_the_audit_is_over_she_is_anonymised_and_listed_as_a_participant_from_her_organisation(
    context, directory_view, answer_yes
):
    person_id = _alexiou(context, "Interreg Europe", date(2025, 12, 31))
    dialog = ForgetPersonDialog(context, person_id, directory_view, today=TODAY)
    assert dialog.forget_button.text() == "&Anonymise"
    assert "they can be anonymised" in dialog.summary.text()
    dialog.forget_button.click()
    assert "a participant from HBio" in _names(directory_view)
    assert "Dr. Dimitra Alexiou" not in _names(directory_view)


def test_while_the_evidence_is_kept_the_dialog_says_until_when_and_offers_nothing_to_do(context, directory_view):
    person_id = _alexiou(context, "Interreg Europe", date(2031, 12, 31))
    dialog = ForgetPersonDialog(context, person_id, directory_view, today=TODAY)
    assert dialog.forget_button is None
    assert "cannot be erased or anonymised yet" in dialog.summary.text()
    assert "<li>Kept until 31 December 2031 for the audit of Interreg Europe</li>" in dialog.summary.text()


def test_export_writes_her_data_as_one_zip(context, directory_view, tmp_path, monkeypatch):
    person_id = _alexiou(context)
    assert directory_view.show_person(person_id)
    target = tmp_path / "alexiou"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    written = directory_view.personal_data.export()
    assert written == tmp_path / "alexiou.zip"
    with zipfile.ZipFile(written) as archive:
        record = json.loads(archive.read("person.json"))
    assert record["tables"]["person"][0]["family_name"] == "Alexiou"


def test_the_actions_are_for_people_only(context, directory_view):
    directory_view.show_person(_alexiou(context))
    directory_view.tabs.setCurrentIndex(1)
    assert not directory_view.personal_data.export_action.isEnabled()
    assert not directory_view.personal_data.forget_action.isEnabled()


def test_one_toolbar_button_opens_both(context, directory_view):
    directory_view.show_person(_alexiou(context))
    data = directory_view.personal_data
    assert data.menu_action in directory_view.toolbar.actions() and data.menu_action.isEnabled()
    assert data.menu.actions() == [data.export_action, data.forget_action]
