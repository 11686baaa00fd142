"""Passwords kept in the system keyring (through the ``keyring`` library:
the Secret Service, macOS Keychain, Windows Credential Locker) under a
service name of their own, by account; never in the database, the settings
file or the log. A variable of the environment (for scripts) comes first.

Where no keyring is usable (none installed, keyring's fail or null backend,
a locked or absent service), ``keyring_problem`` says why, and a password
given is kept in this process's memory only, to be asked again next time."""

from __future__ import annotations

import logging
import os
import threading

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
from keyring.errors import PasswordDeleteError

from planner.services.language import say

log = logging.getLogger(__name__)

_every: list[KeptPasswords] = []


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
    """The keyring in use, as the dialogs name it."""
    backend: keyring.backend.KeyringBackend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


class KeptPasswords:
    """The passwords of one kind of account: ``service`` is the keyring's
    service name, ``variable`` the environment's."""

    def __init__(self, service: str, variable: str):
        self.service = service
        self.variable = variable
        # Passwords given while no keyring could keep them, by account.
        self._in_memory: dict[str, str] = {}
        self._lock = threading.Lock()
        _every.append(self)

    def from_environment(self) -> bool:
        return bool(os.environ.get(self.variable))

    def stored(self, account: str, *, variable: str | None = None) -> str | None:
        """The password: from the environment, from this process's memory
        or from the keyring; None when there is none."""
        return os.environ.get(variable or self.variable) or self.kept(account)

    def kept(self, account: str) -> str | None:
        """The password kept in this process's memory or in the keyring."""
        with self._lock:
            if account in self._in_memory:
                return self._in_memory[account]
        if keyring_problem():
            return None
        try:
            return keyring.get_password(self.service, account)
        except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
            log.warning("the password of %s could not be read from the keyring: %s", account, error)
            return None

    def held_in_memory(self, account: str) -> bool:
        with self._lock:
            return account in self._in_memory

    def store(self, account: str, password: str) -> str:
        """Keep the password; where it is kept, as a sentence for the user
        (in the keyring, or until Planner closes only and why)."""
        problem = keyring_problem()
        if not problem:
            try:
                keyring.set_password(self.service, account, password)
            except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
                problem = f"the system keyring refused it ({type(error).__name__}: {error})"
            else:
                with self._lock:
                    self._in_memory.pop(account, None)
                return say(
                    "The password of {account} is kept in the system keyring ({keyring}).",
                    account=account,
                    keyring=keyring_name(),
                )
        log.warning("the password of %s is kept for this session only: %s", account, problem)
        with self._lock:
            self._in_memory[account] = password
        return say(
            "The password of {account} is kept until Planner closes only: {problem}.", account=account, problem=problem
        )

    def forget(self, account: str) -> bool:
        """Remove the password from the keyring and from memory; whether there was one."""
        with self._lock:
            found = self._in_memory.pop(account, None) is not None
        if keyring_problem():
            return found
        try:
            keyring.delete_password(self.service, account)
        except PasswordDeleteError:  # none was stored
            return found
        except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
            log.warning("the password of %s could not be removed from the keyring: %s", account, error)
            return found
        return True

    def forget_session(self) -> None:
        """Forget the passwords held in memory (the keyring keeps its own)."""
        with self._lock:
            self._in_memory.clear()


def forget_every_session_password() -> None:
    """Forget every password held in this process's memory, of every kind."""
    for kind in _every:
        kind.forget_session()
