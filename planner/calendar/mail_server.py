"""Sending invitations over SMTP: the connection (plain, STARTTLS or
implicit TLS), the login, one message at a time.

A password never goes out in the clear: logging in needs TLS (STARTTLS or
implicit TLS, both verifying the server's certificate), except with
``insecure_login`` for a test server on this computer, which the command
line says loudly.
"""

from __future__ import annotations

import ipaddress
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from planner.calendar.mail_headers import needs_utf8
from planner.errors import PlannerError
from planner.services.language import say

if TYPE_CHECKING:
    from email.message import EmailMessage

# How the connection is protected.
PLAIN = "plain"
STARTTLS = "starttls"  # plain first, then STARTTLS (RFC 3207), usually port 587
IMPLICIT_TLS = "tls"  # TLS from the first byte (RFC 8314), usually port 465


class SendFailed(Exception):
    """One message was not accepted; the message says why, in one line.
    ``connection_lost``: the server is gone, the next ones cannot be sent."""

    def __init__(self, reason: str, *, connection_lost: bool = False):
        super().__init__(reason)
        self.connection_lost = connection_lost


def parse_server(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise PlannerError(f"--smtp {value}: give the mail server as HOST:PORT, e.g. mail.example.org:587")
    return host.strip("[]"), int(port)


def is_this_computer(host: str) -> bool:
    """Whether ``host`` names this computer without a look-up: localhost
    or a loopback address (127.0.0.0/8, ::1)."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_login(host: str, port: int, security: str, *, insecure_login: bool) -> None:
    """Refuse, before connecting, a login whose password would go out in
    the clear, unless ``insecure_login`` allows it for this computer."""
    if security != PLAIN:
        return
    where = f"{host}:{port}"
    if not insecure_login:
        raise PlannerError(
            f"{where}: Planner logs in to a mail server only over TLS, or the password would go out in the clear; "
            "use --starttls (usually port 587) or --tls (usually port 465)"
        )
    if not is_this_computer(host):
        raise PlannerError(
            f"--insecure-login: only for a test mail server on this computer (localhost, 127.0.0.1 or ::1), "
            f"not {host}; use --starttls or --tls"
        )


class _Plain(smtplib.SMTP):
    # The server as HOST:PORT, for send()'s refusals that hold for the whole session.
    planner_where = "mail server"


class _ImplicitTLS(smtplib.SMTP_SSL):
    planner_where = "mail server"


def _connect(host: str, port: int, security: str, timeout: float) -> _Plain | _ImplicitTLS:
    where = f"{host}:{port}"
    try:
        if security == IMPLICIT_TLS:
            return _ImplicitTLS(host, port, timeout=timeout, context=ssl.create_default_context())
        return _Plain(host, port, timeout=timeout)
    except ssl.SSLCertVerificationError as error:
        raise PlannerError(
            say(
                "{where}: the mail server's certificate is not trusted ({reason})",
                where=where,
                reason=error.verify_message,
            )
        ) from None
    except ssl.SSLError as error:
        raise PlannerError(
            f"{where}: cannot connect to the mail server over TLS ({error.reason or error}); "
            "--tls is for servers that speak TLS from the start (usually port 465), --starttls for port 587"
        ) from None
    except smtplib.SMTPServerDisconnected as error:
        if security == IMPLICIT_TLS:
            raise PlannerError(
                say("{where}: cannot connect to the mail server ({reason})", where=where, reason=_reason(error))
            ) from None
        # No greeting: often a server waiting for the TLS handshake first.
        raise PlannerError(
            f"{where}: the mail server did not greet ({_reason(error)}); "
            "if it speaks TLS from the start (usually port 465), use --tls"
        ) from None
    except (OSError, smtplib.SMTPException) as error:
        raise PlannerError(
            say("{where}: cannot connect to the mail server ({reason})", where=where, reason=_reason(error))
        ) from None


@contextmanager
def smtp_connection(
    host: str,
    port: int,
    *,
    security: str = PLAIN,
    user: str | None = None,
    password: str | None = None,
    insecure_login: bool = False,
    timeout: float = 30,
) -> Iterator[smtplib.SMTP]:
    """A connection to the mail server, logged in when ``user`` is given;
    failures become one-line PlannerErrors."""
    where = f"{host}:{port}"
    if user:
        check_login(host, port, security, insecure_login=insecure_login)
    connection = _connect(host, port, security, timeout)
    try:
        try:
            connection.ehlo()
            if security == STARTTLS:
                if not connection.has_extn("starttls"):
                    raise PlannerError(say("{where}: the mail server does not offer STARTTLS", where=where))
                connection.starttls(context=ssl.create_default_context())
                connection.ehlo()
            if user:
                if not isinstance(connection.sock, ssl.SSLSocket) and not insecure_login:
                    raise PlannerError(say("{where}: the connection is not encrypted; not logging in", where=where))
                connection.login(user, password or "")
        except smtplib.SMTPAuthenticationError as error:
            raise PlannerError(
                say(
                    "{where}: the mail server refused the login of {user} ({reason})",
                    where=where,
                    user=user,
                    reason=_reason(error),
                )
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise PlannerError(say("{where}: the mail server does not support logging in", where=where)) from None
        except UnicodeEncodeError:  # smtplib sends AUTH credentials as ASCII only
            raise PlannerError(
                say(
                    "{where}: cannot log in as {user}: the user name and password must be ASCII for SMTP login",
                    where=where,
                    user=user,
                )
            ) from None
        except ssl.SSLCertVerificationError as error:
            raise PlannerError(
                say(
                    "{where}: the mail server's certificate is not trusted ({reason})",
                    where=where,
                    reason=error.verify_message,
                )
            ) from None
        except (OSError, smtplib.SMTPException, ssl.SSLError) as error:
            raise PlannerError(
                say("{where}: the mail server failed ({reason})", where=where, reason=_reason(error))
            ) from None
        connection.planner_where = where
        yield connection
    finally:
        try:
            connection.quit()
        except (OSError, smtplib.SMTPException):
            connection.close()


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [f"{code} {_text(text)}" for code, text in error.recipients.values()]
        return say("refused by the mail server: {codes}", codes="; ".join(codes))
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}"
    if isinstance(error, OSError) and error.strerror:
        return _text(error.strerror)
    return _text(str(error)) or type(error).__name__


def _text(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())


def send(connection: smtplib.SMTP, message: EmailMessage, address: str, sender: str) -> None:
    """Hand one message for ``address`` to the server; SendFailed says why it
    was not taken. A lost connection is raised as SendFailed too, and
    ``connection`` is then unusable. An address with letters outside ASCII
    before the @ goes only to a server that offers SMTPUTF8 (RFC 6531), and
    then with it (smtplib adds it)."""
    if (needs_utf8(address) or needs_utf8(sender)) and not connection.has_extn("smtputf8"):
        if needs_utf8(address):
            raise SendFailed(
                say(
                    "the address has non-ASCII characters before the @ and the mail server does not accept them "
                    "(no SMTPUTF8)"
                )
            )
        raise SendFailed(
            say(
                "the sender's address has non-ASCII characters before the @ and the mail server does not accept "
                "them (no SMTPUTF8)"
            )
        )
    try:
        refused = connection.send_message(message, from_addr=sender, to_addrs=[address])
    except smtplib.SMTPServerDisconnected as error:
        raise SendFailed(
            say("the connection to the mail server was lost ({reason})", reason=_reason(error)), connection_lost=True
        ) from None
    except smtplib.SMTPSenderRefused as error:
        if error.smtp_code == 530:
            # 530 5.7.0 to MAIL FROM: STARTTLS (RFC 3207) or a login (RFC 4954)
            # is required for the whole session; no message can be sent.
            where = getattr(connection, "planner_where", "mail server")
            needed = (
                "STARTTLS (use --starttls)" if "starttls" in _reason(error).lower() else "logging in (use --smtp-user)"
            )
            raise PlannerError(
                f"{where}: the mail server requires {needed} before sending ({_reason(error)})"
            ) from None
        raise SendFailed(_reason(error)) from None
    except smtplib.SMTPException as error:  # (a subclass of OSError) the server said no to this one
        raise SendFailed(_reason(error)) from None
    except OSError as error:
        raise SendFailed(
            say("the connection to the mail server was lost ({reason})", reason=_reason(error)), connection_lost=True
        ) from None
    if refused:
        raise SendFailed(_reason(smtplib.SMTPRecipientsRefused(refused)))
