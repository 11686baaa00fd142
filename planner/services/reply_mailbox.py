"""The mailbox replies to invitations arrive in (IMAP), per database, and
where the last fetch stopped in it. The password is not here: it is kept
in the system keyring."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from planner.db.models import ReplyMailbox
from planner.services import values
from planner.services.errors import InvalidInput
from planner.services.language import say

SECURITIES = ("tls", "starttls", "none")


@dataclass(frozen=True)
class MailboxSettings:
    host: str
    port: int
    security: str  # tls, starttls or none
    user: str
    folder: str = "INBOX"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def account(self) -> str:
        """What its password is kept under in the keyring."""
        return f"IMAP {self.user}@{self.host}:{self.port}"


@dataclass(frozen=True)
class MailboxPosition:
    """Where the last fetch stopped in the folder."""

    uidvalidity: int
    last_uid: int


def _row(session: Session) -> ReplyMailbox | None:
    return session.scalars(select(ReplyMailbox).order_by(ReplyMailbox.id)).first()  # type: ignore[arg-type]


def load(session: Session) -> tuple[MailboxSettings, MailboxPosition | None] | None:
    """The mailbox set for this database, and where the last fetch stopped
    (None: never fetched); None when no mailbox is set."""
    row = _row(session)
    if row is None or not row.host:
        return None
    settings = MailboxSettings(row.host, row.port, row.security, row.user, row.folder)
    position = MailboxPosition(row.uidvalidity, row.last_uid) if row.uidvalidity else None
    return settings, position


def checked(settings: MailboxSettings) -> MailboxSettings:
    """The settings, cleaned; InvalidInput names the field at fault in the
    words of the dialog."""
    host = values.required_line(settings.host, "mail server for replies").strip("[]")
    if any(character.isspace() for character in host):
        raise InvalidInput(
            "mail server for replies", say("'{host}' is not a server name (it holds a blank)", host=host)
        )
    if not isinstance(settings.port, int) or not 0 < settings.port < 65536:
        raise InvalidInput("port", say("{port} is not a port number (1 to 65535)", port=settings.port))
    if settings.security not in SECURITIES:
        raise InvalidInput(
            "security",
            say("'{value}' is not one of {allowed}", value=settings.security, allowed=", ".join(SECURITIES)),
        )
    user = values.required_line(settings.user, "user name", values.EMAIL)
    folder = values.required_line(settings.folder or "INBOX", "folder")
    return MailboxSettings(host, settings.port, settings.security, user, folder)


def save(session: Session, settings: MailboxSettings) -> MailboxSettings:
    """Keep the settings; another server, user or folder is read from the
    start again."""
    settings = checked(settings)
    row = _row(session)
    if row is None:
        row = ReplyMailbox()
        session.add(row)
    elif (row.host, row.user, row.folder) != (settings.host, settings.user, settings.folder):
        row.uidvalidity, row.last_uid = 0, 0
    row.host, row.port, row.security, row.user, row.folder = (
        settings.host,
        settings.port,
        settings.security,
        settings.user,
        settings.folder,
    )
    session.flush()
    return settings


def remember_position(session: Session, position: MailboxPosition) -> None:
    row = _row(session)
    if row is not None:
        row.uidvalidity, row.last_uid = position.uidvalidity, position.last_uid
        session.flush()
