"""The password of the mail account when sending: the one kept (keyring,
this session, PLANNER_SMTP_PASSWORD), or asked for, saying why it is asked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from planner.services import mail_password
from planner.services.mail_settings import MailSettings

translate = QCoreApplication.translate


def why_asked(settings: MailSettings) -> str:
    problem = mail_password.keyring_problem()
    if problem:
        return translate(
            "MailPassword",
            "There is no usable keyring: {problem}.\n"
            "Planner asks for the password once per session and keeps it in memory only.",
        ).format(problem=problem)
    return translate("MailPassword", "No password is kept for this account yet; it will be kept in the system keyring.")


def password_for(parent: QWidget | None, settings: MailSettings) -> str | None:
    """The password to log in to ``settings``' server: "" for a server
    without login, None when the user cancelled. A password typed is kept
    (keyring, or memory for this session): a caller whose login is refused
    should call ``mail_password.forget_password`` so that it is asked again."""
    if not settings.user:
        return ""
    kept = mail_password.stored_password(settings)
    if kept:
        return kept
    typed, ok = QInputDialog.getText(
        parent,
        translate("MailPassword", "Mail password"),
        translate("MailPassword", "Password of {user} on {server}:").format(user=settings.user, server=settings.server)
        + f"\n\n{why_asked(settings)}",
        QLineEdit.EchoMode.Password,
    )
    if not ok or not typed:
        return None
    mail_password.store_password(settings, typed)
    return typed
