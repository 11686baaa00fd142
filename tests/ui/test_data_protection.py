"""The window's side of retention: the notice when the database opens with
something past its retention date (and none when nothing is), File ▸
Data protection… removing what the user checked after a confirmation, a
backup first and undo after; the health-data mark on a person's needs; an
event's own days on its Overview; a programme's audit date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSpinBox
from sqlalchemy import select

from planner.db import backups
from planner.db.models import Event, Programme, Purge
from planner.services import directory, events, participants, retention
from planner.ui.context import AppContext, open_settings
from planner.ui.data_protection import DataProtectionDialog

ECRI_NEEDS_DATE = date(2018, 4, 20)  # the Munich visit (23 March 2018) plus 28 days


def _needs_of(context, event_id: int) -> list[str]:
    with context.read() as session:
        rows = participants.participant_rows(session, event_id)
        return sorted(row.dietary + row.accessibility for row in rows if row.dietary or row.accessibility)


def test_the_notice_says_how_many_events_are_past_their_retention_date(window):
    notice = window.retention.label
    assert notice.isVisible()
    assert "past their retention date" in notice.text() and "Review" in notice.text()
    assert notice.text().startswith("2 events")  # both visits' needs; no programme has an audit date


@pytest.fixture
def quiet_window(store, qtbot):
    """A database whose only event is still to come."""
    with store.write() as session:
        event = events.create_event(
            session, title="Autumn workshop", kind="workshop", starts_on=date(2099, 10, 1), ends_on=date(2099, 10, 2),
            timezone="Europe/Madrid",
        )  # fmt: skip
        person = directory.create_person(session, given_name="Ana", family_name="Alvarez", dietary="vegetarian")
        participants.add_participant(session, event.id, person.id)
    from planner.ui.main_window import MainWindow

    shown = MainWindow(AppContext(store, open_settings()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_notice_follows_removals_and_their_undo(window, event_ids, monkeypatch):
    from planner.operations.retention import PurgeNeeds

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    context = window.context
    for event_id in (event_ids["ECRI"], event_ids["Improvement"]):
        context.perform(PurgeNeeds(event_id, date.today()))
    assert not window.retention.label.isVisible()
    context.undo()
    assert window.retention.label.isVisible() and window.retention.label.text().startswith("1 event past its")


def test_no_notice_when_nothing_is_due(quiet_window):
    assert not quiet_window.retention.label.isVisible()
    assert quiet_window.retention.check() == 0


def test_the_dialog_removes_what_is_checked_after_a_confirmation_backs_up_first_and_undo_restores(
    context, event_ids, qtbot, monkeypatch
):
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    munich = event_ids["ECRI"]
    before = _needs_of(context, munich)
    assert before == ["No pork", "Vegetarian"]
    dialog = DataProtectionDialog(context, today=ECRI_NEEDS_DATE)
    qtbot.addWidget(dialog)
    assert dialog.items.count() == 2  # the Madrid workshop's needs too
    for index in range(dialog.items.count()):  # only Munich's
        row = dialog.items.item(index)
        if "ECRI" not in row.text():
            row.setCheckState(Qt.CheckState.Unchecked)
    dialog.remove_checked()
    assert "ECRI study visit to BioM, Munich (23 Mar 2018): the dietary and access needs of 2 participants" in asked[0]
    assert "A backup is made first" in asked[0]
    assert _needs_of(context, munich) == []
    assert next(iter(backups.backups_of(context.store.path))).reason == backups.BEFORE_REMOVING
    with context.read() as session:
        assert [purge.what for purge in session.scalars(select(Purge))] == [
            "Dietary and access needs of 2 participants"
        ]
    assert dialog.items.count() == 1 and "Munich" not in dialog.items.item(0).text()
    assert "Dietary and access needs of 2 participants" in dialog.records.item(0).text()
    context.undo()
    assert _needs_of(context, munich) == before


def test_nothing_is_removed_when_the_user_says_no(context, event_ids, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    dialog = DataProtectionDialog(context, today=ECRI_NEEDS_DATE)
    qtbot.addWidget(dialog)
    dialog.remove_checked()
    assert _needs_of(context, event_ids["ECRI"]) == ["No pork", "Vegetarian"]
    assert backups.backups_of(context.store.path) == []


def test_the_database_s_days_are_changed_in_the_dialog(context, qtbot):
    dialog = DataProtectionDialog(context, today=ECRI_NEEDS_DATE)
    qtbot.addWidget(dialog)
    dialog.days.setValue(60)
    with context.read() as session:
        assert retention.database_days(session) == 60
    assert all("ECRI" not in dialog.items.item(index).text() for index in range(dialog.items.count()))


def test_a_person_s_needs_are_marked_as_health_data(context, event_ids, qtbot):
    from planner.ui.directory.dialogs import PersonDialog

    with context.read() as session:
        person_id = participants.participant_rows(session, event_ids["ECRI"])[0].person_id
    dialog = PersonDialog(context, person_id)
    qtbot.addWidget(dialog)
    for name in ("dietary", "accessibility"):
        mark = dialog.findChild(QLabel, f"{name}_health_data")
        assert mark is not None and mark.text() == "Health data · removed 28 days after the event"
        assert "removed 28 days after the person's last event" in dialog.form.widgets[name].toolTip()


def test_an_event_keeps_its_needs_for_its_own_days_from_its_overview(window, event_ids):
    window.open_event(event_ids["ECRI"])
    days = window.event_view.findChild(QSpinBox, "needs_kept_days")
    when = window.event_view.findChild(QLabel, "needs_removed_when")
    assert days.text() == "As the database says (28 days)"
    assert when.text() == "Health data: proposed for removal from 20 Apr 2018."
    days.setValue(10)
    with window.context.read() as session:
        assert session.get(Event, event_ids["ECRI"]).needs_kept_days == 10
    assert when.text() == "Health data: proposed for removal from 2 Apr 2018."
    window.context.undo()
    assert days.text() == "As the database says (28 days)"


def test_the_programme_s_audit_date_is_set_in_programme_details(context, event_ids, qtbot):
    from planner.ui.programme_dialog import ProgrammeDialog

    dialog = ProgrammeDialog(context, event_ids["ECRI"])
    qtbot.addWidget(dialog)
    dialog.audit.box.setDate(QDate(2031, 12, 31))
    dialog.save()
    with context.read() as session:
        programme = session.scalars(select(Programme)).one()
        assert programme.audit_until == date(2031, 12, 31)
        event = session.get(Event, event_ids["ECRI"])
        assert retention.evidence(session, event).until == date(2031, 12, 31)
