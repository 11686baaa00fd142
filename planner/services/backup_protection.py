"""Encrypted backups as the window handles them: whether backups are
encrypted, where the passphrase is kept, whether a backup is encrypted and
opens with a passphrase (planner.db.backup_protection and backup_cipher)."""

from __future__ import annotations

from pathlib import Path

from planner import config
from planner.db.backup_cipher import DamagedBackup, WrongPassphrase, is_encrypted, opens
from planner.db.backup_protection import (
    PASSPHRASE_VARIABLE,
    encrypting,
    forget_session_passphrase,
    from_environment,
    hold_for_session,
    keep_passphrase,
    keyring_name,
    keyring_problem,
    passphrase,
    set_encrypting,
)
from planner.db.backups import ENCRYPTED_SUFFIX, PassphraseNeeded

__all__ = [
    "PASSPHRASE_VARIABLE",
    "DamagedBackup",
    "PassphraseNeeded",
    "WrongPassphrase",
    "encrypting",
    "forget_session_passphrase",
    "from_environment",
    "hold_for_session",
    "is_encrypted",
    "keep_passphrase",
    "keyring_name",
    "keyring_problem",
    "newest_encrypted_backup",
    "opens",
    "passphrase",
    "set_encrypting",
]


def newest_encrypted_backup(folder: Path | None = None) -> Path | None:
    """The encrypted backup made last in the backup folder, of any
    database: a passphrase typed for new backups is checked against it."""
    try:
        found = [
            (path.stat().st_mtime, path)
            for path in (folder or config.backup_dir()).glob(f"*{ENCRYPTED_SUFFIX}")
            if path.is_file()
        ]
    except OSError:
        return None
    return max(found)[1] if found else None
