"""The password of the mail account: in the system keyring (through the
``keyring`` library: the Secret Service, macOS Keychain, Windows Credential
Locker), under the account ``user@host:port``. Never in the database, the
settings file or the log.

Where no keyring is usable (none installed, keyring's fail or null backend,
a locked or absent service), ``keyring_problem`` says why in words the window
can show, and a password given is kept in this process's memory only, to be
asked again next time. ``PLANNER_SMTP_PASSWORD`` in the environment (the
command line's variable) comes before both."""

from __future__ import annotations

from typing import Protocol

from planner.services.kept_passwords import (
    KeptPasswords,
    forget_every_session_password,
    keyring_name,
    keyring_problem,
)
from planner.services.mail_settings import MailSettings

__all__ = ["keyring_name", "keyring_problem"]


class Account(Protocol):
    """What a password belongs to: the mail account (MailSettings), or the
    mailbox replies are fetched from."""

    @property
    def account(self) -> str: ...

    @property
    def user(self) -> str: ...


# The same variable as the command line's --smtp-user reads.
PASSWORD_VARIABLE = "PLANNER_SMTP_PASSWORD"
# The keyring's service name: the account (user@host:port) is its user name.
SERVICE = "Planner mail"

_passwords = KeptPasswords(SERVICE, PASSWORD_VARIABLE)


def from_environment() -> bool:
    return _passwords.from_environment()


def stored_password(settings: Account, *, variable: str = PASSWORD_VARIABLE) -> str | None:
    """The account's password: from the environment (``variable``), from
    this process's memory, or from the keyring; None when there is none."""
    return _passwords.stored(settings.account, variable=variable)


def store_password(settings: Account, password: str) -> str:
    """Keep ``password`` for the account; where it is kept, as a sentence
    for the user (in the keyring, or for this session only and why)."""
    return _passwords.store(settings.account, password)


def forget_password(settings: Account) -> bool:
    """Remove the account's password from the keyring and from memory;
    whether there was one."""
    return _passwords.forget(settings.account)


def follow_account(before: MailSettings | None, after: MailSettings) -> None:
    """The same user on the same server, on another port: the password kept
    moves to the new account, so that it need not be typed again. (Never to
    another server: a password goes only where the user gave it.)"""
    if before is None or not after.user or before.account == after.account or from_environment():
        return
    if (before.host.lower(), before.user) != (after.host.lower(), after.user):
        return
    password = stored_password(before)
    if password is None or stored_password(after) is not None:
        return
    store_password(after, password)
    forget_password(before)


def forget_session_passwords() -> None:
    """Forget every password held in memory, of every kind (the keyring keeps its own)."""
    forget_every_session_password()


def where_kept(settings: MailSettings, *, asked: str = "The password is asked once per session.") -> str:
    """A line for the dialog and the command line: where the password is
    kept, or will be, and whether one is there. ``asked``: what happens
    instead without a keyring."""
    if not settings.user:
        return "No password: the server is used without logging in."
    if from_environment():
        return f"The password is taken from {PASSWORD_VARIABLE} in the environment."
    problem = keyring_problem()
    in_memory = _passwords.held_in_memory(settings.account)
    if problem:
        held = " It is held for this session." if in_memory else ""
        return f"No usable keyring: {problem}. {asked}{held}"
    if in_memory:
        return "The password is held for this session only: the keyring refused it."
    stored = stored_password(settings) is not None
    state = "is kept" if stored else "will be kept (none stored yet)"
    return f"The password {state} in the system keyring ({keyring_name()}), never in the database."
