"""`planner fetch-replies`: replies to invitations read from the organiser's
mailbox over IMAP, without marking anything read."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.db.store import Store

PASSWORD_VARIABLE = "PLANNER_IMAP_PASSWORD"

HELP = f"""\
Replies to the invitations (accepted, declined, tentative, a new time
proposed) read from the mailbox they arrive in, over IMAP, and applied as
`planner replies` applies saved ones. Only messages with a calendar are
downloaded and none is marked read; mail that answers nothing this database
sent is left alone. The next run reads only what arrived since.

The mailbox is remembered per database: give --server, --user (and
--security, --folder) once; later runs need none of them. The password
comes from ${PASSWORD_VARIABLE}, else from the system keyring where the
window keeps it, else it is asked for. Planner logs in only over
TLS (--security tls, usually port 993, or starttls, usually port 143);
--security none is for a test server on this computer."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    fetching = commands.add_parser(
        "fetch-replies",
        help="read replies to invitations from your mailbox (IMAP) into participants' statuses",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    fetching.add_argument("--server", metavar="HOST:PORT", help="the mailbox's IMAP server (remembered)")
    fetching.add_argument("--user", metavar="USER", help="the mailbox's user name (remembered)")
    fetching.add_argument(
        "--security", choices=("tls", "starttls", "none"), help="how the connection is protected (default tls)"
    )
    fetching.add_argument("--folder", metavar="FOLDER", help="the folder replies arrive in (default INBOX)")


def _settings(store: Store, args: argparse.Namespace):
    from planner.operations import perform
    from planner.operations.replies import ChangeReplyMailbox
    from planner.services import reply_mailbox
    from planner.services.reply_mailbox import MailboxSettings

    with store.read() as session:
        saved = reply_mailbox.load(session)
    given = args.server or args.user or args.security or args.folder
    if not given:
        if saved is None:
            raise PlannerError("no mailbox is set for this database: give --server HOST:PORT and --user USER")
        return saved
    old = saved[0] if saved is not None else None
    security = args.security or (old.security if old else "tls")
    if args.server:
        host, port = _server(args.server, security)
    elif old is not None:
        host, port = old.host, old.port
    else:
        raise PlannerError("--server HOST:PORT is needed the first time (e.g. imap.example.org:993)")
    user = args.user or (old.user if old else "")
    if not user:
        raise PlannerError("--user USER is needed the first time (usually your e-mail address)")
    settings = MailboxSettings(host, port, security, user, args.folder or (old.folder if old else "INBOX"))
    perform(store, ChangeReplyMailbox.to(settings))
    with store.read() as session:
        return reply_mailbox.load(session)


def _server(value: str, security: str) -> tuple[str, int]:
    from planner.calendar.imap_replies import DEFAULT_PORTS
    from planner.calendar.mail_server import parse_server

    if ":" not in value.strip("[]"):
        return value.strip(), DEFAULT_PORTS[security]
    try:
        return parse_server(value)
    except PlannerError:
        raise PlannerError(
            f"--server {value}: give the mailbox's server as HOST:PORT, e.g. imap.example.org:993"
        ) from None


def _password(settings) -> str:
    """From the environment, the keyring (where the window keeps it), or asked."""
    from planner.services import mail_password

    password = mail_password.stored_password(settings, variable=PASSWORD_VARIABLE)
    if password:
        return password
    if not sys.stdin.isatty():
        raise PlannerError(f"the password of {settings.user}: set it in the environment as {PASSWORD_VARIABLE}")
    return getpass.getpass(f"Password of {settings.user}: ")


def run(store: Store, args: argparse.Namespace) -> int:
    from planner.calendar.imap_replies import fetch_replies
    from planner.operations import perform
    from planner.operations.replies import ImportMailboxReplies

    settings, position = _settings(store, args)
    fetched = fetch_replies(settings, _password(settings), position)
    report = perform(store, ImportMailboxReplies(tuple(fetched.messages), fetched.position)).result
    print(f"{settings.folder} on {settings.where}: {fetched.summary()}")
    for source in fetched.too_large:
        print(f"  {source}: left aside, too large to be a reply")
    for line in report.lines():
        print(line)
    if fetched.more_left:
        print("More messages are waiting: run the command again to read them.")
    return 1 if report.refused else 0
