"""The mail server messages from the window go through: the saved mail
settings of the open database (Edit ▸ Mail settings…), with the password
from the keyring, or asked for when sending."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from planner.calendar import mail_account
from planner.errors import PlannerError
from planner.services import mail_password, mail_settings
from planner.ui.mail_password_prompt import password_for
from planner.ui.outbox.dialog import MailServer, OutboxDialog

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate

NO_SETTINGS = str(
    QT_TRANSLATE_NOOP(
        "MailServer",
        "No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.",
    )
)


def mail_server_for(window: MainWindow) -> tuple[MailServer | None, str]:
    """The server to send through, or None and why there is none."""
    with window.context.read() as session:
        settings = mail_settings.load(session)
    if settings is None:
        return None, translate("MailServer", NO_SETTINGS)
    if settings.user:
        description = translate(
            "MailServer", "{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)"
        ).format(
            server=settings.server, security=settings.security_name, user=settings.user, sender=settings.sender_email
        )
    else:
        description = translate(
            "MailServer", "{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)"
        ).format(server=settings.server, security=settings.security_name, sender=settings.sender_email)
    return (
        MailServer(
            description,
            lambda password: mail_account.connection(settings, password),
            password=lambda: password_for(window, settings),
            login_refused=lambda: mail_password.forget_password(settings),
        ),
        "",
    )


def event_to_write_for(window: MainWindow, title: str) -> int | None:
    """The event shown, when mail may be sent for it (sending records what
    went to whom: not on a read-only database, where the user is told)."""
    event_id = window.current_event_id()
    if event_id is None:
        return None
    try:
        window.context.refuse_if_read_only()
    except PlannerError as error:
        QMessageBox.warning(window, title, str(error))
        return None
    return event_id


def open_outbox(window: MainWindow, server: MailServer | None, **dialog: Any) -> OutboxDialog:
    """The outbox dialog over the window, sending through ``server`` or, when
    none is given, the saved mail settings."""
    reason = ""
    if server is None:
        server, reason = mail_server_for(window)
    opened = OutboxDialog(window.context, server=server, no_server_reason=reason, parent=window, **dialog)
    opened.open()
    return opened
