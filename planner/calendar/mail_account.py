"""The saved mail account put to use: a connection to its server, and a
short test message to the sender's own address that shows the settings and
the password work before any invitation goes out."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from planner.calendar import mail_headers, mail_server
from planner.errors import PlannerError
from planner.services.language import say
from planner.services.mail_settings import MailSecurity, MailSettings

# How each setting protects the connection, in the mail server's terms.
CONNECTION_SECURITY = {
    MailSecurity.STARTTLS: mail_server.STARTTLS,
    MailSecurity.TLS: mail_server.IMPLICIT_TLS,
    MailSecurity.NONE: mail_server.PLAIN,
}
TEST_SUBJECT = "Planner test message"


@contextmanager
def connection(settings: MailSettings, password: str | None, *, timeout: float = 30) -> Iterator[smtplib.SMTP]:
    """A connection to the account's server, logged in when it has a user
    name; failures are one-line PlannerErrors naming the server."""
    if settings.user and not password:
        raise PlannerError(
            say(
                "{server}: no password for {user}; give it in the mail settings "
                "(Edit ▸ Mail settings…, or planner mail-settings --password)",
                server=settings.server,
                user=settings.user,
            )
        )
    with mail_server.smtp_connection(
        settings.host,
        settings.port,
        security=CONNECTION_SECURITY[MailSecurity(settings.security)],
        user=settings.user or None,
        password=password,
        timeout=timeout,
    ) as opened:
        yield opened


def test_message(settings: MailSettings) -> EmailMessage:
    """A short message from the sender to the sender, saying what it tests."""
    message = EmailMessage(policy=mail_headers.POLICY)
    sender = [(settings.sender_name, settings.sender_email)]
    try:
        mail_headers.set_addresses(message, "From", sender)
        mail_headers.set_addresses(message, "To", sender)
    except mail_headers.UnusableAddress as error:
        raise PlannerError(say("Sender address: {problem}", problem=error)) from None
    mail_headers.set_text(message, "Subject", TEST_SUBJECT)
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=settings.sender_email.rpartition("@")[2])
    login = f" as {settings.user}" if settings.user else " without logging in"
    message.set_content(
        "Planner sent this message to check its mail settings.\n\n"
        f"Server: {settings.server} ({settings.security_name}), logged in{login}.\n\n"
        "It arrived, so invitations can be sent from this account.\n"
    )
    return message


@dataclass(frozen=True)
class TestSent:
    """The server took the test message: its own answer to it."""

    address: str
    server: str
    answer: str

    def __str__(self) -> str:
        return f"{self.server} accepted the test message to {self.address}: {self.answer}"


def send_test_message(settings: MailSettings, password: str | None, *, timeout: float = 30) -> TestSent:
    """Send the test message to the sender's own address; the server's
    answer, or a PlannerError saying in one line why it was not taken.
    Not in the record of what left the laptop: it holds nobody's data but
    the sender's own address, sent to itself."""
    message = test_message(settings)
    address = mail_headers.ascii_address(settings.sender_email)
    with connection(settings, password, timeout=timeout) as opened:
        try:
            # Step by step rather than send_message, to keep the server's answer to the message.
            _expect(opened.mail(address), settings, "the sender")
            _expect(opened.rcpt(address), settings, "the recipient")
            code, answer = opened.data(message.as_bytes())
        except smtplib.SMTPServerDisconnected as error:
            raise PlannerError(
                say(
                    "{server}: the connection to the mail server was lost ({reason})",
                    server=settings.server,
                    reason=error,
                )
            ) from None
        except smtplib.SMTPResponseException as error:
            raise PlannerError(_refused_test(settings, _answer(error.smtp_code, error.smtp_error))) from None
        except (OSError, smtplib.SMTPException) as error:
            raise PlannerError(
                say("{server}: the mail server failed ({reason})", server=settings.server, reason=error)
            ) from None
        if code != 250:
            raise PlannerError(_refused_test(settings, _answer(code, answer)))
    return TestSent(address, settings.server, _answer(code, answer))


def _refused_test(settings: MailSettings, answer: str) -> str:
    return say("{server}: the mail server refused the test message ({answer})", server=settings.server, answer=answer)


def _expect(reply: tuple[int, bytes], settings: MailSettings, what: str) -> None:
    """``what``: "the sender" or "the recipient", the step the server answered."""
    code, text = reply
    if code in (250, 251):
        return
    if what == "the sender":
        refused = say(
            "{server}: the mail server refused the sender ({answer})",
            server=settings.server,
            answer=_answer(code, text),
        )
    else:
        refused = say(
            "{server}: the mail server refused the recipient ({answer})",
            server=settings.server,
            answer=_answer(code, text),
        )
    if code == 530:  # RFC 4954 and 3207: a login or STARTTLS first
        refused += say("; give a user name (and STARTTLS or TLS) in the mail settings")
    raise PlannerError(refused)


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}".strip()
