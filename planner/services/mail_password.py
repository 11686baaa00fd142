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

import logging
import os
import threading
from typing import Protocol

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
from keyring.errors import PasswordDeleteError

from planner.services.mail_settings import MailSettings


class Account(Protocol):
    """What a password belongs to: the mail account (MailSettings), or the
    mailbox replies are fetched from."""

    @property
    def account(self) -> str: ...

    @property
    def user(self) -> str: ...


log = logging.getLogger(__name__)

# The same variable as the command line's --smtp-user reads.
PASSWORD_VARIABLE = "PLANNER_SMTP_PASSWORD"
# The keyring's service name: the account (user@host:port) is its user name.
SERVICE = "Planner mail"

# Passwords given while no keyring could keep them, by account: for this
# process only.
_in_memory: dict[str, str] = {}
_lock = threading.Lock()


def keyring_problem() -> str:
    """Why no password can be kept in a keyring ("" when one can)."""
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # noqa: BLE001 - a broken keyring configuration raises anything
        return f"the system keyring could not be opened ({type(error).__name__}: {error})"
    if isinstance(backend, keyring.backends.fail.Keyring):
        return "no system keyring was found on this computer (no Secret Service, Keychain or Credential Locker)"
    if isinstance(backend, keyring.backends.null.Keyring):
        return "the keyring is turned off on this computer (keyring's null backend is chosen)"
    return ""


def keyring_name() -> str:
    """The keyring in use, as the dialog names it."""
    backend: keyring.backend.KeyringBackend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


def from_environment() -> bool:
    return bool(os.environ.get(PASSWORD_VARIABLE))


def stored_password(settings: Account, *, variable: str = PASSWORD_VARIABLE) -> str | None:
    """The account's password: from the environment (``variable``), from
    this process's memory, or from the keyring; None when there is none."""
    given = os.environ.get(variable)
    if given:
        return given
    with _lock:
        remembered = _in_memory.get(settings.account)
    if remembered is not None:
        return remembered
    if keyring_problem():
        return None
    try:
        return keyring.get_password(SERVICE, settings.account)
    except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
        log.warning("the password of %s could not be read from the keyring: %s", settings.account, error)
        return None


def store_password(settings: Account, password: str) -> str:
    """Keep ``password`` for the account; where it is kept, as a sentence
    for the user (in the keyring, or for this session only and why)."""
    problem = keyring_problem()
    if not problem:
        try:
            keyring.set_password(SERVICE, settings.account, password)
        except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
            problem = f"the system keyring refused it ({type(error).__name__}: {error})"
        else:
            with _lock:
                _in_memory.pop(settings.account, None)
            return f"The password of {settings.account} is kept in the system keyring ({keyring_name()})."
    log.warning("the password of %s is kept for this session only: %s", settings.account, problem)
    with _lock:
        _in_memory[settings.account] = password
    return f"The password of {settings.account} is kept until Planner closes only: {problem}."


def forget_password(settings: Account) -> bool:
    """Remove the account's password from the keyring and from memory;
    whether there was one."""
    with _lock:
        found = _in_memory.pop(settings.account, None) is not None
    if keyring_problem():
        return found
    try:
        keyring.delete_password(SERVICE, settings.account)
    except PasswordDeleteError:  # none was stored
        return found
    except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
        log.warning("the password of %s could not be removed from the keyring: %s", settings.account, error)
        return found
    return True


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
    """Forget every password held in memory (the keyring keeps its own)."""
    with _lock:
        _in_memory.clear()


def where_kept(settings: MailSettings, *, asked: str = "The password is asked once per session.") -> str:
    """A line for the dialog and the command line: where the password is
    kept, or will be, and whether one is there. ``asked``: what happens
    instead without a keyring."""
    if not settings.user:
        return "No password: the server is used without logging in."
    if from_environment():
        return f"The password is taken from {PASSWORD_VARIABLE} in the environment."
    problem = keyring_problem()
    with _lock:
        in_memory = settings.account in _in_memory
    if problem:
        held = " It is held for this session." if in_memory else ""
        return f"No usable keyring: {problem}. {asked}{held}"
    if in_memory:
        return "The password is held for this session only: the keyring refused it."
    stored = stored_password(settings) is not None
    state = "is kept" if stored else "will be kept (none stored yet)"
    return f"The password {state} in the system keyring ({keyring_name()}), never in the database."
