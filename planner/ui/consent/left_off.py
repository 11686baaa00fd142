"""Telling the organiser who a list given to others leaves off, and why,
once it is made: under the preview of the participant list, and after the
participant list is exported."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.documents.participant_list import left_off
from planner.services.consent import left_off_message
from planner.ui.context import AppContext
from planner.ui.documents.render import Request

translate = QCoreApplication.translate

NOTE_NAME = "consent_left_off"


def preview_note(context: AppContext, request: Request | None) -> str:
    """ "2 participants left off: no consent to the shared list (…)" for
    the participant list ``request`` makes; "" for anything else."""
    if request is None or request.kind != "participants":
        return ""
    with context.read() as session:
        return left_off_message(left_off(session, request.event_id, request.options))


def show_in_preview(preview: QWidget, context: AppContext, request: Request | None) -> None:
    """The note under the document shown (made when first needed), or none."""
    note = preview.findChild(QLabel, NOTE_NAME)
    text = preview_note(context, request)
    if note is None:
        if not text:
            return
        note = QLabel(preview)
        note.setObjectName(NOTE_NAME)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)  # names as typed, never markup
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = preview.layout()
        assert isinstance(layout, QVBoxLayout)  # the page above, the buttons below
        layout.insertWidget(layout.count() - 1, note)
    note.setText(text)
    note.setVisible(bool(text))
