"""Whether backups are encrypted, and the passphrase they are encrypted with.

The choice is the user's, for all their databases, kept in
``backup-protection.json`` in the data folder (beside the backup folder it
is about): the window and the command line both read it, and a database
handed to a colleague does not ask them for a passphrase they never had.

The passphrase is never written in plain text: it lives in the system
keyring (service "Planner backups"). ``PLANNER_BACKUP_PASSPHRASE`` in the
environment comes first (for scripts). Where no keyring is usable it is held
in this process's memory once given, and asked again at the next start.
"""

from __future__ import annotations

import json
import logging
import os
import threading

import keyring
import keyring.backends.fail
import keyring.backends.null
from keyring.errors import PasswordDeleteError

from planner import config
from planner.errors import StoreError
from planner.fileio import write_atomically
from planner.language import say

log = logging.getLogger(__name__)

PASSPHRASE_VARIABLE = "PLANNER_BACKUP_PASSPHRASE"
SERVICE = "Planner backups"
ACCOUNT = "passphrase"
SETTING_FILE = "backup-protection.json"

_held: list[str] = []  # the passphrase given while no keyring keeps it (at most one)
_lock = threading.Lock()


class PassphraseMissing(StoreError):
    """Backups are to be encrypted and no passphrase is at hand."""


# -- the choice ---------------------------------------------------------------------


def encrypting() -> bool:
    """Whether new backups are encrypted."""
    try:
        chosen = json.loads((config.data_dir() / SETTING_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(chosen, dict) and chosen.get("encrypt") is True


def set_encrypting(on: bool) -> None:
    folder = config.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / SETTING_FILE, json.dumps({"encrypt": bool(on)}).encode("utf-8"))


# -- the passphrase -----------------------------------------------------------------


def keyring_problem() -> str:
    """Why no passphrase can be kept in a keyring ("" when one can)."""
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # noqa: BLE001 - a broken keyring configuration raises anything
        why = type(error).__name__ + ": " + str(error)
        return say("the system keyring could not be opened ({error})", error=why)
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return say("no usable system keyring was found on this computer")
    return ""


def keyring_name() -> str:
    """The keyring in use, as the window names it."""
    backend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


def from_environment() -> bool:
    return bool(os.environ.get(PASSPHRASE_VARIABLE))


def passphrase() -> str | None:
    """The passphrase of new backups: from the environment, from this
    process's memory, or from the keyring; None when there is none."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    with _lock:
        if _held:
            return _held[0]
    if keyring_problem():
        return None
    try:
        return keyring.get_password(SERVICE, ACCOUNT)
    except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
        log.warning("the backup passphrase could not be read from the keyring: %s", type(error).__name__)
        return None


def keep_passphrase(chosen: str) -> bool:
    """Keep the passphrase of new backups: in the keyring, or (when none
    can keep it) in memory until Planner closes. Whether the keyring has it."""
    if not keyring_problem():
        try:
            keyring.set_password(SERVICE, ACCOUNT, chosen)
        except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own (D-Bus, Keychain)
            log.warning("the keyring refused the backup passphrase: %s", type(error).__name__)
        else:
            with _lock:
                _held.clear()
            return True
    hold_for_session(chosen)
    return False


def hold_for_session(chosen: str) -> None:
    """Keep the passphrase in memory only (asked once per session)."""
    with _lock:
        _held[:] = [chosen]


def forget_passphrase() -> None:
    """Remove the passphrase from memory and from the keyring."""
    with _lock:
        _held.clear()
    if keyring_problem():
        return
    try:
        keyring.delete_password(SERVICE, ACCOUNT)
    except PasswordDeleteError:
        pass
    except Exception as error:  # noqa: BLE001 - KeyringError, or the service's own
        log.warning("the backup passphrase could not be removed from the keyring: %s", type(error).__name__)


def forget_session_passphrase() -> None:
    with _lock:
        _held.clear()


def for_new_backup() -> str | None:
    """The passphrase a new backup is encrypted with, or None when backups
    are not encrypted. Raises PassphraseMissing rather than let a backup be
    written unprotected."""
    if not encrypting():
        return None
    found = passphrase()
    if not found:
        raise PassphraseMissing(
            say(
                "backups are to be encrypted, but no passphrase is at hand "
                "(give it in Preferences, or in {variable} for the command line)",
                variable=PASSPHRASE_VARIABLE,
            )
        )
    return found
