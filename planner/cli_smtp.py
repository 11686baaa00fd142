"""The mail server options shared by `invites` and `mail`: --smtp
HOST:PORT with --starttls/--tls, --smtp-user (password in
PLANNER_SMTP_PASSWORD) and --insecure-login, or --smtp alone for the
account saved with `planner mail-settings`; checked together before
anything is made, so that a password never goes out in the clear."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    import smtplib

    from planner.db.store import Store

SMTP_PASSWORD_VARIABLE = "PLANNER_SMTP_PASSWORD"


def add_options(parser: argparse.ArgumentParser, target: argparse._MutuallyExclusiveGroup, what: str) -> None:
    """--smtp (in ``target``, beside --out) and the options that go with it."""
    target.add_argument(
        "--smtp",
        metavar="HOST:PORT",
        nargs="?",
        const="",  # alone: through the saved mail settings
        help=f"{what}; without HOST:PORT through the account saved with `planner mail-settings`",
    )
    parser.add_argument(
        "--smtp-user", metavar="USER", help=f"log in as USER; the password is read from ${SMTP_PASSWORD_VARIABLE}"
    )
    security = parser.add_mutually_exclusive_group()
    security.add_argument(
        "--starttls", action="store_true", help="switch the SMTP connection to TLS (usually port 587)"
    )
    security.add_argument("--tls", action="store_true", help="connect over TLS from the start (usually port 465)")
    parser.add_argument(
        "--insecure-login",
        action="store_true",
        help="log in without TLS, the password in the clear: only for a test mail server on this computer",
    )


@dataclass(frozen=True)
class Server:
    """Where to send, checked; ``sender``: the saved account's (name,
    address), when it sends for the organiser."""

    host: str
    port: int
    security: str
    user: str | None
    password: str | None
    insecure_login: bool
    sender: tuple[str, str] | None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    @contextmanager
    def connection(self) -> Iterator[smtplib.SMTP]:
        from planner.calendar import mail_server

        if self.insecure_login:
            print(
                f"planner: warning: logging in to {self.where} WITHOUT TLS (--insecure-login): "
                "the password goes over the connection in the clear",
                file=sys.stderr,
            )
        with mail_server.smtp_connection(
            self.host,
            self.port,
            security=self.security,
            user=self.user,
            password=self.password,
            insecure_login=self.insecure_login,
        ) as opened:
            yield opened


def server_of(store: Store, args: argparse.Namespace) -> Server | None:
    """The server the options name (None: no --smtp), refused in one line
    when they do not go together or a password is missing."""
    from planner.calendar import mail_server

    if args.smtp == "":  # --smtp alone: the saved mail account
        return _saved(store, args)
    security = mail_server.IMPLICIT_TLS if args.tls else mail_server.STARTTLS if args.starttls else mail_server.PLAIN
    if args.smtp is None:
        if args.smtp_user or args.starttls or args.tls or args.insecure_login:
            raise PlannerError("--smtp-user, --starttls, --tls and --insecure-login go with --smtp")
        return None
    if args.insecure_login and (not args.smtp_user or security != mail_server.PLAIN):
        raise PlannerError("--insecure-login is for logging in (--smtp-user) without --starttls or --tls")
    host, port = mail_server.parse_server(args.smtp)
    password = None
    if args.smtp_user:
        # Refused before anything else: a password never goes out in the clear.
        mail_server.check_login(host, port, security, insecure_login=args.insecure_login)
        password = os.environ.get(SMTP_PASSWORD_VARIABLE)
        if not password:
            raise PlannerError(
                f"--smtp-user {args.smtp_user}: set the password in the environment as {SMTP_PASSWORD_VARIABLE}"
            )
    return Server(host, port, security, args.smtp_user, password, args.insecure_login, None)


def _saved(store: Store, args: argparse.Namespace) -> Server:
    from planner.calendar.mail_account import CONNECTION_SECURITY
    from planner.services import mail_password, mail_settings
    from planner.services.mail_settings import MailSecurity

    if args.smtp_user or args.starttls or args.tls or args.insecure_login:
        raise PlannerError(
            "--smtp without HOST:PORT sends through the saved mail settings; "
            "--smtp-user, --starttls, --tls and --insecure-login go with --smtp HOST:PORT"
        )
    with store.read() as session:
        settings = mail_settings.load(session)
    if settings is None:
        raise PlannerError(
            "--smtp: no mail settings saved in this database; save them with `planner mail-settings --host …` "
            "or give the server as --smtp HOST:PORT"
        )
    password = None
    if settings.user:
        password = mail_password.stored_password(settings)
        if not password:
            raise PlannerError(
                f"--smtp: no password for {settings.account}; keep it with `planner mail-settings --password` "
                f"or set {mail_password.PASSWORD_VARIABLE}"
            )
    security = CONNECTION_SECURITY[MailSecurity(settings.security)]
    return Server(settings.host, settings.port, security, settings.user or None, password, False, settings.sender)
