"""Calendar ▸ Send invitations…: the outbox dialog over the event's
invitation plan (new, update, cancellation or nothing for each person)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.calendar.invitation_plan import plan_invitations, record_delivered
from planner.ui.outbox.dialog import MailServer, OutboxDialog
from planner.ui.outbox.server import event_to_write_for, open_outbox

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate

INTRO = str(
    QT_TRANSLATE_NOOP(
        "SendInvitations",
        "Each participant gets their own invitation, which calendar programs show with Accept and Decline; "
        "whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a "
        "cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… "
        "or Calendar ▸ Import replies to invitations…",
    )
)


def send_invitations(window: MainWindow, server: MailServer | None = None) -> OutboxDialog | None:
    """Open the dialog for the current event (``server`` given: use it
    rather than the saved mail settings)."""
    title = translate("SendInvitations", "Send invitations")
    event_id = event_to_write_for(window, title)
    if event_id is None:
        return None
    return open_outbox(
        window,
        server,
        title=title,
        intro=translate("SendInvitations", INTRO),
        load=lambda session: plan_invitations(session, event_id),
        records_in="invitation_sent",
        record=record_delivered,
    )
