"""The mail account invitations are sent from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import mail_settings
from planner.services.language import marked
from planner.services.mail_settings import MailSettings


@dataclass(frozen=True)
class ChangeMailSettings(Operation[MailSettings]):
    """Save the mail account: server (host and port), security (starttls,
    tls or none), user name, sender name and address; the settings as saved.
    The password is not among them: it goes to the system keyring."""

    host: str
    port: int
    security: str
    user: str = ""
    sender_name: str = ""
    sender_email: str = ""
    label = marked("Change mail settings")

    def run(self, session: Session) -> MailSettings:
        settings = mail_settings.checked(
            self.host, self.port, self.security, self.user, self.sender_name, self.sender_email
        )
        return mail_settings.save(session, settings)
