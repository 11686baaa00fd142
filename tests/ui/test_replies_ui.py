"""Replies read back from the window: File ▸ Import replies to invitations…
and replies dropped on the window, one undoable step with a report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.services import participants
from tests import replies_mail as client
from tests.test_replies import TUESDAY, send_invitations, statuses
from tests.ui.conftest import finish


@pytest.fixture
def munich(context, event_ids):
    event_id = event_ids["ECRI"]
    with context.store.write() as session:
        for participation, _person in participants.participations_of(session, event_id):
            participants.update_participation(session, participation.id, status="invited")
    return event_id


@pytest.fixture
def reports(monkeypatch) -> list[str]:
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *args, **kwargs: shown.append(text))
    return shown


def test_replies_chosen_in_the_file_menu_are_one_undoable_step_with_a_report(
    qtbot, window, context, munich, tmp_path, reports
):
    sent = send_invitations(context.store, munich)
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "los.eml").write_bytes(client.gmail_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY))
    (folder / "pons.eml").write_bytes(client.outlook_reply(sent["j.pons@example.org"], "DECLINED", TUESDAY))
    (folder / "letter.eml").write_bytes(b"From: a@example.org\r\nSubject: hi\r\n\r\nSee you.\r\n")
    before = statuses(context.store, munich)

    assert window.replies.import_action in window.calendar.menu.actions()
    finish(qtbot, window, window.replies.import_replies([folder]))
    assert reports[-1].splitlines() == [
        "ECRI study visit to BioM, Munich",
        "  Paweł Łoś: invited → confirmed (accepted)  [los.eml]",
        "  Joan Pons Sastre: invited → declined (declined)  [pons.eml]",
        "Refused, nothing changed:",
        (
            f"  {folder / 'letter.eml'}: holds no calendar (no text/calendar part, no .ics attachment): "
            "it is not a reply to an invitation"
        ),
        "3 replies read: 2 changed, 1 refused.",
    ]
    assert statuses(context.store, munich)["p.los@example.org"] == "confirmed"
    assert window.undo_action.text() == "&Undo Import replies"
    window.undo_action.trigger()
    assert statuses(context.store, munich) == before


def _drop(window, paths) -> bool:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return True


# PySide6 marks the QPoint constructor deprecated, yet it is the one Qt 6 has.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_replies_dropped_on_the_window_are_read_and_other_files_are_not_taken(
    qtbot, window, context, munich, tmp_path, reports
):
    sent = send_invitations(context.store, munich)
    reply = tmp_path / "invite.ics"
    reply.write_bytes(client.rfc5546_reply(sent["d.alexiou@example.org"], "TENTATIVE", TUESDAY))
    calendar = tmp_path / "conference.ics"
    calendar.write_bytes(b"BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n")

    assert not _drop(window, [calendar])  # a calendar to import, not a reply
    assert not _drop(window, [reply, tmp_path / "notes.txt"])
    assert _drop(window, [reply])
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert "  Dimitra Alexiou: still invited, now marked tentative (tentative)  [invite.ics]" in reports[-1]
    assert window.undo_action.text() == "&Undo Import replies"


def test_a_tentative_answer_shows_in_the_participants_status(qtbot, window, context, munich, tmp_path, reports):
    from planner.ui.participants.model import ROW_ROLE, STATUS
    from planner.ui.participants.tab import ParticipantsTab

    sent = send_invitations(context.store, munich)
    reply = tmp_path / "maybe.eml"
    reply.write_bytes(client.thunderbird_reply(sent["d.alexiou@example.org"], "TENTATIVE", TUESDAY))
    window.open_event(munich)
    finish(qtbot, window, window.replies.import_replies([reply]))
    tab = window.findChild(ParticipantsTab)
    window.event_view.tabs.setCurrentWidget(tab)
    model = tab.model

    def status_of(family_name: str):
        for row in range(model.rowCount()):
            if model.data(model.index(row, 0), ROW_ROLE).family_name == family_name:
                index = model.index(row, STATUS)
                return model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole)
        raise AssertionError(family_name)

    qtbot.waitUntil(lambda: status_of("Alexiou")[0] == "Invited (tentative)", timeout=10_000)
    assert status_of("Alexiou")[1] == "Their last answer to the invitation: tentative (maybe)"
    assert status_of("Łoś") == ("Invited", None)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: status_of("Alexiou")[0] == "Invited", timeout=10_000)
