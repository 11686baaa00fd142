"""The mail server messages from the window go through: the saved mail
settings of the open database (Edit ▸ Mail settings…), with the password
from the keyring, or asked for when sending."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.calendar import mail_account
from planner.services import mail_password, mail_settings
from planner.ui.mail_password_prompt import password_for
from planner.ui.outbox.dialog import MailServer

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

NO_SETTINGS = (
    "No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files."
)


def mail_server_for(window: MainWindow) -> tuple[MailServer | None, str]:
    """The server to send through, or None and why there is none."""
    with window.context.read() as session:
        settings = mail_settings.load(session)
    if settings is None:
        return None, NO_SETTINGS
    login = f" as {settings.user}" if settings.user else ""
    description = (
        f"{settings.server}, {settings.security_name}{login}, from {settings.sender_email} "
        "(change in Edit ▸ Mail settings…)"
    )
    return (
        MailServer(
            description,
            lambda password: mail_account.connection(settings, password),
            password=lambda: password_for(window, settings),
            login_refused=lambda: mail_password.forget_password(settings),
        ),
        "",
    )
