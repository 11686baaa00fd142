"""Keyrings for the tests: one in memory (a real keyring backend, so
Planner's code runs as it does on a desktop) and one that refuses to write,
like a locked Secret Service (nor read)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    name = "test keyring in memory"

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    name = "locked test keyring"

    def get_password(self, service, username):
        raise KeyringLocked("the collection is locked")

    def set_password(self, service, username, password):
        raise PasswordSetError("the collection is locked")
