"""Consent in the window: the participant's dialog records and withdraws
a consent (undone whole), the participant table marks who is left off
lists given to others and needs kept without consent, the Overview's
switch asks for consent, and the preview of the participant list says
who it leaves off."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from planner.services import consent, events
from planner.ui.consent.section import ConsentSection
from planner.ui.participants.dialogs import ParticipationDialog
from planner.ui.participants.model import DIETARY, NAME
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


def _row(tab, family_name: str):
    return next(row for row in tab.model.rows() if row.family_name == family_name)


def _proxy_row(tab, family_name: str) -> int:
    return next(
        number
        for number in range(tab.proxy.rowCount())
        if tab.proxy.index(number, 0).data(Qt.ItemDataRole.UserRole + 2).family_name == family_name
    )


def _stored(context, participation_id: int) -> dict[str, tuple]:
    with context.read() as session:
        return {
            purpose: (found.given, found.given_on, found.how, found.wording, found.withdrawn_on)
            for purpose, found in consent.consents_of(session, participation_id).items()
        }


def test_the_dialog_sets_and_withdraws_a_consent_and_undo_restores_it(context, tab):
    tab.show_event(_event(context, "Improvement of management skills"))
    row = _row(tab, "Żurawska")
    dialog = ParticipationDialog(context, row, date(2009, 6, 3), tab)
    photos = dialog.consent.rows["photos"]
    assert photos.answer.currentText() == "Not asked" and not photos.given_on.isEnabled()
    photos.answer.setCurrentIndex(photos.answer.findData(True))
    photos.given_on.setDate(QDate(2009, 5, 2))
    photos.how.setCurrentIndex(photos.how.findData("paper"))
    photos.wording.setText("May we publish photos of you?")
    assert not dialog.consent.rows["needs"].withdrawn_on.isEnabled()
    dialog.accept()
    assert _stored(context, row.participation_id) == {
        "photos": (True, date(2009, 5, 2), "paper", "May we publish photos of you?", None)
    }

    again = ParticipationDialog(context, row, date(2009, 6, 3), tab)
    withdrawn = again.consent.rows["photos"]
    assert withdrawn.answer.currentText() == "Agreed" and withdrawn.withdrawn_on.isEnabled()
    withdrawn.withdrawn_on.setDate(QDate(2009, 6, 10))
    again.accept()
    assert _stored(context, row.participation_id)["photos"][-1] == date(2009, 6, 10)
    assert context.undo_stack.undoText() == "Set consent"

    # With a change of the participation, one step of that name.
    both = ParticipationDialog(context, row, date(2009, 6, 3), tab)
    both.form.set_values({"notes": "Asked at the door"})
    both.consent.rows["needs"].answer.setCurrentIndex(2)  # refused
    both.accept()
    assert context.undo_stack.undoText() == "Change participant"
    assert _stored(context, row.participation_id)["needs"][0] is False
    context.undo_stack.undo()
    assert "needs" not in _stored(context, row.participation_id)

    context.undo_stack.undo()
    assert _stored(context, row.participation_id)["photos"][-1] is None
    context.undo_stack.undo()
    assert _stored(context, row.participation_id) == {}


def test_a_withdrawal_before_the_consent_was_given_is_refused_and_the_dialog_stays(context, tab, warnings_shown):
    tab.show_event(_event(context, "Improvement of management skills"))
    row = _row(tab, "Żurawska")
    dialog = ConsentSection(context, row.participation_id)
    shared = dialog.rows["shared_list"]
    shared.answer.setCurrentIndex(shared.answer.findData(True))
    shared.given_on.setDate(QDate(2009, 5, 2))
    shared.withdrawn_on.setDate(QDate(2009, 5, 1))
    participation = ParticipationDialog(context, row, date(2009, 6, 3), tab)
    participation.consent.rows["shared_list"].show(shared.value())
    participation.accept()
    assert warnings_shown == [
        "The participant list given to others: withdrawn on 2009-05-01, before it was given on 2009-05-02"
    ]
    assert participation.result() == 0 and _stored(context, row.participation_id) == {}


def test_the_table_marks_who_is_left_off_shared_lists_and_needs_kept_without_consent(context, tab):
    madrid = _event(context, "Improvement of management skills")
    tab.show_event(madrid)
    with_needs = next(row for row in tab.model.rows() if row.dietary)
    name = tab.proxy.index(_proxy_row(tab, with_needs.family_name), NAME)
    needs = tab.proxy.index(_proxy_row(tab, with_needs.family_name), DIETARY)
    assert name.data(Qt.ItemDataRole.DecorationRole) is None  # the event asks no consent yet
    assert needs.data(Qt.ItemDataRole.DecorationRole) is not None
    assert needs.data(Qt.ItemDataRole.ToolTipRole).endswith(
        "Kept without their consent to keep dietary and access needs"
    )

    from planner.operations.consent import SetConsent, SwitchConsentNeeded

    context.perform(SwitchConsentNeeded(madrid, True))
    context.perform(SetConsent(with_needs.participation_id, "needs", True, date(2009, 5, 1)))
    tab.ensure_loaded()
    name = tab.proxy.index(_proxy_row(tab, with_needs.family_name), NAME)
    needs = tab.proxy.index(_proxy_row(tab, with_needs.family_name), DIETARY)
    assert name.data(Qt.ItemDataRole.DecorationRole) is not None
    assert name.data(Qt.ItemDataRole.ToolTipRole).endswith("Left off lists given to others: never asked")
    assert needs.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_overview_switch_asks_for_consent_and_undo_takes_it_back(context, window):
    munich = _event(context, "ECRI")
    window.open_event(munich)
    overview = window.event_view.pages[0]
    overview.ensure_loaded()
    switch = overview.consent_switch
    assert switch.text() == "Lists given to others need consent"
    assert switch.isEnabled() and not switch.isChecked()
    switch.click()
    with context.read() as session:
        assert consent.consent_needed(session, munich)
    assert context.undo_stack.undoText() == "Change consent for shared lists"
    context.undo_stack.undo()
    overview.ensure_loaded()
    assert not switch.isChecked()
    with context.read() as session:
        assert not consent.consent_needed(session, munich)


def test_the_preview_of_the_participant_list_says_who_it_leaves_off(context, window, qtbot):
    from PySide6.QtWidgets import QLabel

    from planner.operations.consent import SetConsent, SwitchConsentNeeded
    from planner.services import participants
    from planner.ui.documents.preview import DocumentPreview

    munich = _event(context, "ECRI")
    with context.read() as session:
        rows = participants.participant_rows(session, munich)
    context.perform(SwitchConsentNeeded(munich, True))
    for row in rows[1:]:
        context.perform(SetConsent(row.participation_id, "shared_list", False, date(2018, 3, 1)))
    context.perform(SetConsent(rows[0].participation_id, "shared_list", True, date(2018, 3, 1)))
    preview = DocumentPreview(context, window)
    qtbot.addWidget(preview)
    preview.show()
    preview.show_document(munich, "participants")
    qtbot.waitUntil(lambda: preview.shown is not None, timeout=60_000)
    note = preview.findChild(QLabel, "consent_left_off")
    assert note is not None and note.isVisible()
    assert note.text().startswith(f"{len(rows) - 1} participants left off: no consent to the shared list (")
    assert rows[0].full_name not in note.text() and f"{rows[1].full_name}: refused" in note.text()
    preview.show_document(munich, "agenda")
    qtbot.waitUntil(lambda: preview.shown is not None and preview.shown.kind == "agenda", timeout=60_000)
    assert not note.isVisible()
