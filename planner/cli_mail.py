"""`planner mail-settings`: the mail account of the database, shown,
changed, its password kept in the system keyring, and a test message; and
`planner invites ID --smtp` without HOST:PORT, which sends through it."""

from __future__ import annotations

import argparse
from getpass import getpass
from typing import TYPE_CHECKING

from planner.errors import PlannerError
from planner.services.mail_security import MailSecurity

# The database's code is imported when the command runs: the window starts
# through this module's parser and needs none of it.
if TYPE_CHECKING:
    from planner.db.store import Store
    from planner.services.mail_settings import MailSettings

HELP = """\
The mail account invitations are sent from, kept in the database: the
server (--host, --port), how the connection is protected (--security:
starttls, usually port 587; tls, TLS from the start, usually port 465; none,
only for a server that needs no login), the user name to log in with
(--user; --user "" for none) and the sender (--sender-name, --sender-email).
Without options it shows them. The options given are saved, the others
kept.

--password asks for the password and keeps it in the system keyring, never
in the database; --forget-password removes it. PLANNER_SMTP_PASSWORD in the
environment comes before the keyring. --test sends a short message to the
sender's own address and shows the server's answer.

`planner invites ID --smtp` without HOST:PORT then sends through this account."""

FIELDS = ("host", "port", "security", "user", "sender_name", "sender_email")


def add_command(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser(
        "mail-settings",
        help="show or change the mail account invitations are sent from; its password in the system keyring",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("--host", metavar="HOST", help="the mail server, such as smtp.example.org")
    command.add_argument("--port", metavar="N", help="its port (usually 587 for starttls, 465 for tls)")
    command.add_argument(
        "--security", choices=[each.value for each in MailSecurity], help="how the connection is protected"
    )
    command.add_argument("--user", metavar="USER", help='the user name to log in with ("" for none)')
    command.add_argument("--sender-name", metavar="NAME", help="the name the mail is from")
    command.add_argument("--sender-email", metavar="ADDRESS", help="the address the mail is from")
    command.add_argument("--password", action="store_true", help="ask for the password and keep it in the keyring")
    command.add_argument("--forget-password", action="store_true", help="remove the password from the keyring")
    command.add_argument("--test", action="store_true", help="send a test message to the sender's own address")


def mail_settings_command(store: Store, args: argparse.Namespace) -> int:
    from planner.services import mail_password, mail_settings

    given = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
    with store.read() as session:
        settings = mail_settings.load(session)
    if given:
        settings = _save(store, settings, given)
        print("Saved the mail settings.")
    elif settings is None:
        if args.password or args.forget_password or args.test:
            raise PlannerError(
                "mail-settings: no mail settings saved yet; give --host, --security and --sender-email first"
            )
        print("No mail settings saved yet: give them with --host, --port, --security, --user and --sender-email.")
        return 0
    if args.forget_password:
        forgotten = mail_password.forget_password(settings)
        print(f"{'Removed the' if forgotten else 'There was no'} password of {settings.account} from the keyring.")
    if args.password:
        if not settings.user:
            raise PlannerError("mail-settings --password: give the user name to log in with first (--user)")
        problem = mail_password.keyring_problem()
        if problem and not args.test:  # refused before the password is typed in vain
            raise PlannerError(
                f"mail-settings --password: the password cannot be kept: {problem}; "
                f"set {mail_password.PASSWORD_VARIABLE} in the environment instead"
            )
        password = getpass(f"Password for {settings.account}: ")
        if not password:
            raise PlannerError("mail-settings --password: no password given; nothing was kept")
        print(mail_password.store_password(settings, password))
    if args.test:
        from planner.calendar.mail_account import send_test_message

        print(send_test_message(settings, mail_password.stored_password(settings)))
    if not (args.password or args.forget_password or args.test):
        _show(settings, store)
    return 0


def _save(store: Store, saved: MailSettings | None, given: dict[str, object]) -> MailSettings:
    from planner.operations import perform
    from planner.operations.mail_settings import ChangeMailSettings
    from planner.services import mail_password, mail_settings
    from planner.services.errors import InvalidInput

    fields: dict[str, object] = {"security": MailSecurity.STARTTLS.value, "user": "", "sender_name": ""}
    if saved is not None:
        fields |= {name: getattr(saved, name) for name in FIELDS}
    fields |= given
    # The usual port of the security chosen, unless another one was set.
    usual = saved is None or saved.port == mail_settings.USUAL_PORTS[MailSecurity(saved.security)]
    security = str(fields["security"]).lower()
    if "port" not in given and usual and security in set(MailSecurity):
        fields["port"] = mail_settings.USUAL_PORTS[MailSecurity(security)]
    try:
        settings = perform(store, ChangeMailSettings(**fields)).result  # type: ignore[arg-type]
    except InvalidInput as error:
        # The option that gives the field, as the message names it.
        options = {
            mail_settings.HOST: "--host",
            mail_settings.PORT: "--port",
            mail_settings.SECURITY: "--security",
            mail_settings.USER: "--user",
            mail_settings.SENDER_NAME: "--sender-name",
            mail_settings.SENDER_EMAIL: "--sender-email",
        }
        raise PlannerError(f"mail-settings {options.get(error.field, error.field)}: {error.message}") from None
    mail_password.follow_account(saved, settings)
    return settings


def _show(settings: MailSettings, store: Store) -> None:
    from planner.services import mail_password

    sender = f"{settings.sender_name} <{settings.sender_email}>" if settings.sender_name else settings.sender_email
    print(f"Mail settings of {store.path}:")
    print(f"  Mail server:  {settings.host}")
    print(f"  Port:         {settings.port}")
    print(f"  Security:     {settings.security_name}")
    print(f"  User name:    {settings.user or '(none: no login)'}")
    print(f"  Sender:       {sender}")
    without = f"Set {mail_password.PASSWORD_VARIABLE} in the environment for the commands that send."
    print(f"  Password:     {mail_password.where_kept(settings, asked=without)}")
