"""The password of a CalDAV account: in the system keyring under its own
service name ("Planner CalDAV"), the account being ``user@host``; never in
the database. ``PLANNER_CALDAV_PASSWORD`` in the environment (for scripts)
comes first. Where no keyring is usable, a password given is kept in this
process's memory only (see mail_password for the keyring's checks)."""

from __future__ import annotations

import logging
import os
import threading
from urllib.parse import urlsplit

import keyring

from planner.services.language import say
from planner.services.mail_password import keyring_name, keyring_problem

log = logging.getLogger(__name__)

PASSWORD_VARIABLE = "PLANNER_CALDAV_PASSWORD"
SERVICE = "Planner CalDAV"

_in_memory: dict[str, str] = {}
_lock = threading.Lock()


def account(url: str, user_name: str) -> str:
    """What the password is kept under: the user on the calendar's server
    (every calendar of one account shares it)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    where = f"{host}:{parts.port}" if parts.port else host
    return f"{user_name}@{where}"


def from_environment() -> bool:
    return bool(os.environ.get(PASSWORD_VARIABLE))


def stored_password(url: str, user_name: str) -> str | None:
    """The password: from the environment, from this process's memory or
    from the keyring; None when there is none."""
    return os.environ.get(PASSWORD_VARIABLE) or kept_password(url, user_name)


def kept_password(url: str, user_name: str) -> str | None:
    """The password kept in this process's memory or in the keyring (not
    the environment's)."""
    key = account(url, user_name)
    with _lock:
        if key in _in_memory:
            return _in_memory[key]
    if keyring_problem():
        return None
    try:
        return keyring.get_password(SERVICE, key)
    except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
        log.warning("the password of %s could not be read from the keyring: %s", key, error)
        return None


def store_password(url: str, user_name: str, password: str) -> str:
    """Keep the password; where it is kept, as a sentence for the user."""
    key = account(url, user_name)
    problem = keyring_problem()
    if not problem:
        try:
            keyring.set_password(SERVICE, key, password)
        except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
            problem = f"the system keyring refused it ({type(error).__name__}: {error})"
        else:
            with _lock:
                _in_memory.pop(key, None)
            return say(
                "The password of {account} is kept in the system keyring ({keyring}).",
                account=key,
                keyring=keyring_name(),
            )
    log.warning("the password of %s is kept for this session only: %s", key, problem)
    with _lock:
        _in_memory[key] = password
    return say("The password of {account} is kept until Planner closes only: {problem}.", account=key, problem=problem)


def forget_session_passwords() -> None:
    with _lock:
        _in_memory.clear()
