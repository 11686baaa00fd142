"""The mail account of a database: the SMTP server invitations go out
through, how the connection is protected, who logs in and who the mail is
from. One row; its password is never in it (see ``mail_password``).

Every way in (the Mail settings dialog, ``planner mail-settings``, an undo)
passes through ``checked``, whose messages name the field as the dialog
does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from planner.db.models import MailAccount
from planner.services import values
from planner.services.errors import InvalidInput
from planner.services.language import say
from planner.services.mail_security import MailSecurity as MailSecurity

# The one row of the table.
ROW_ID = 1

# The fields as the dialog labels them: messages name them so.
HOST = "Mail server"
PORT = "Port"
SECURITY = "Security"
USER = "User name"
SENDER_NAME = "Sender name"
SENDER_EMAIL = "Sender address"


# The port each kind of protection usually has (RFC 6409, RFC 8314, RFC 5321).
USUAL_PORTS = {MailSecurity.STARTTLS: 587, MailSecurity.TLS: 465, MailSecurity.NONE: 25}
SECURITY_NAMES = {
    MailSecurity.STARTTLS: "STARTTLS",
    MailSecurity.TLS: "TLS from the start",
    MailSecurity.NONE: "none (no encryption)",
}


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: str  # a MailSecurity value
    user: str = ""
    sender_name: str = ""
    sender_email: str = ""

    @property
    def account(self) -> str:
        """user@host:port: the account a password belongs to."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def sender(self) -> tuple[str, str] | None:
        """(name, address) messages are sent From, for the organiser (who
        gets the answers, as Reply-To); None when no sender address is set."""
        return (self.sender_name, self.sender_email) if self.sender_email else None

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def security_name(self) -> str:
        return SECURITY_NAMES[MailSecurity(self.security)]


def checked(
    host: object,
    port: object,
    security: object,
    user: object = "",
    sender_name: object = "",
    sender_email: object = "",
) -> MailSettings:
    """The settings as given, checked; InvalidInput names the first field at
    fault."""
    cleaned_host = _host(host)
    cleaned_port = _port(port)
    cleaned_security = _security(security)
    cleaned_user = values.line(user, USER, values.NAME)
    if cleaned_user and cleaned_security == MailSecurity.NONE:
        raise InvalidInput(
            USER,
            say(
                "logging in needs STARTTLS or TLS as the security, or the password would go over the network "
                "in the clear; leave the user name empty for a server that needs no login"
            ),
        )
    if any(ord(char) > 127 for char in cleaned_user):
        raise InvalidInput(
            USER,
            say("'{user}' holds letters outside ASCII, which SMTP login cannot send", user=values.shown(cleaned_user)),
        )
    cleaned_name = values.line(sender_name, SENDER_NAME, values.NAME)
    address = values.email(sender_email, SENDER_EMAIL)
    if not address:
        raise InvalidInput(SENDER_EMAIL, say("give the address the mail is sent from (such as events@example.org)"))
    if not address.rpartition("@")[0].isascii():
        raise InvalidInput(
            SENDER_EMAIL,
            say(
                "'{address}' has letters outside ASCII before the @, which needs a mail server with SMTPUTF8; "
                "Planner does not send from such addresses",
                address=values.shown(address),
            ),
        )
    return MailSettings(cleaned_host, cleaned_port, cleaned_security, cleaned_user, cleaned_name, address)


def _host(value: object) -> str:
    host = values.required_line(value, HOST, values.NAME).strip("[]")
    if "://" in host or "/" in host:
        raise InvalidInput(
            HOST,
            say("'{host}' is a web address; give the server's name, such as smtp.example.org", host=values.shown(host)),
        )
    if any(char.isspace() for char in host):
        raise InvalidInput(
            HOST,
            say("'{host}' holds a space; give the server's name, such as smtp.example.org", host=values.shown(host)),
        )
    name, colon, port = host.rpartition(":")
    if colon and port.isdigit() and ":" not in name:  # "smtp.example.org:587": not an IPv6 address
        raise InvalidInput(
            HOST, say("'{host}': give the port under Port, and here only {name}", host=values.shown(host), name=name)
        )
    return host


def _port(value: object) -> int:
    if isinstance(value, bool):
        raise InvalidInput(PORT, say("must be a number from 1 to 65535"))
    if isinstance(value, int):
        number = value
    else:
        text = values.line(value, PORT)
        if not text:
            raise InvalidInput(
                PORT, say("give the port, a number from 1 to 65535 (usually 587 for STARTTLS, 465 for TLS)")
            )
        if not (text.isascii() and text.isdigit()):
            raise InvalidInput(
                PORT, say("'{value}' is not a number; give one from 1 to 65535", value=values.shown(text))
            )
        number = int(text)
    if not 1 <= number <= 65535:
        raise InvalidInput(PORT, say("{number} is not a port; give a number from 1 to 65535", number=number))
    return number


def _security(value: object) -> str:
    text = values.line(value, SECURITY).lower()
    try:
        return MailSecurity(text).value
    except ValueError:
        raise InvalidInput(
            SECURITY, say("'{value}' is not one of: starttls, tls, none (no encryption)", value=values.shown(text))
        ) from None


def load(session: Session) -> MailSettings | None:
    """The saved settings, or None when none were saved yet."""
    row = session.get(MailAccount, ROW_ID)
    if row is None:
        return None
    return MailSettings(row.host, row.port, row.security, row.user_name, row.sender_name, row.sender_email)


def save(session: Session, settings: MailSettings) -> MailSettings:
    """Save ``settings`` (checked again) as the database's mail account."""
    settings = checked(*_fields(settings))
    row = session.get(MailAccount, ROW_ID)
    if row is None:
        row = MailAccount(
            id=ROW_ID, host=settings.host, port=settings.port, security=settings.security, sender_email=""
        )
    row.host, row.port, row.security = settings.host, settings.port, settings.security
    row.user_name, row.sender_name, row.sender_email = settings.user, settings.sender_name, settings.sender_email
    session.add(row)
    session.flush()
    return settings


def _fields(settings: MailSettings) -> tuple[object, ...]:
    return (
        settings.host,
        settings.port,
        settings.security,
        settings.user,
        settings.sender_name,
        settings.sender_email,
    )


def normalise_row(_session: Session, row: dict[str, Any]) -> dict[str, Any]:
    """The check an undo or redo passes before writing the row back."""
    settings = checked(
        row.get("host"),
        row.get("port"),
        row.get("security"),
        row.get("user_name"),
        row.get("sender_name"),
        row.get("sender_email"),
    )
    return row | {
        "host": settings.host,
        "port": settings.port,
        "security": settings.security,
        "user_name": settings.user,
        "sender_name": settings.sender_name,
        "sender_email": settings.sender_email,
    }
