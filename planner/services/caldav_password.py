"""The password of a CalDAV account: in the system keyring under its own
service name ("Planner CalDAV"), the account being ``user@host``; never in
the database. ``PLANNER_CALDAV_PASSWORD`` in the environment (for scripts)
comes first. Where no keyring is usable, a password given is kept in this
process's memory only (``kept_passwords`` does the keeping)."""

from __future__ import annotations

from urllib.parse import urlsplit

from planner.services.kept_passwords import KeptPasswords

PASSWORD_VARIABLE = "PLANNER_CALDAV_PASSWORD"
SERVICE = "Planner CalDAV"

passwords = KeptPasswords(SERVICE, PASSWORD_VARIABLE)


def account(url: str, user_name: str) -> str:
    """What the password is kept under: the user on the calendar's server
    (every calendar of one account shares it)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    where = f"{host}:{parts.port}" if parts.port else host
    return f"{user_name}@{where}"


def from_environment() -> bool:
    return passwords.from_environment()


def stored_password(url: str, user_name: str) -> str | None:
    """The password: from the environment, from this process's memory or
    from the keyring; None when there is none."""
    return passwords.stored(account(url, user_name))


def kept_password(url: str, user_name: str) -> str | None:
    """The password kept in this process's memory or in the keyring (not
    the environment's)."""
    return passwords.kept(account(url, user_name))


def store_password(url: str, user_name: str, password: str) -> str:
    """Keep the password; where it is kept, as a sentence for the user."""
    return passwords.store(account(url, user_name), password)


def forget_session_passwords() -> None:
    passwords.forget_session()
