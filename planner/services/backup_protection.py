"""Encrypted backups as the window handles them: whether backups are
encrypted, where the passphrase is kept, whether a backup is encrypted and
opens with a passphrase (planner.db.backup_protection and backup_cipher).

Light to load: the window asks for the passphrase while it opens a
database, before the database code (SQLAlchemy) or the cipher is loaded;
those come with the first backup looked into."""

from __future__ import annotations

from pathlib import Path

from planner import config
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
from planner.output_paths import ENCRYPTED_BACKUP_MAGIC

__all__ = [
    "PASSPHRASE_VARIABLE",
    "encrypt_backups",
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
    "unencrypted_backups",
]

# The name of encrypted backups ends so (planner/db/backups.py ENCRYPTED_SUFFIX).
ENCRYPTED_SUFFIX = ".sqlite.encrypted"


def is_encrypted(path: Path) -> bool:
    """Whether a file starts as an encrypted Planner backup does."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(ENCRYPTED_BACKUP_MAGIC)) == ENCRYPTED_BACKUP_MAGIC
    except OSError:
        return False


def opens(path: Path, chosen: str) -> bool:
    """Whether ``chosen`` is the passphrase of the encrypted backup ``path``
    (StoreError when it is damaged, OSError when it cannot be read)."""
    from planner.db.backup_cipher import opens as cipher_opens  # the cipher: loaded when first needed

    return cipher_opens(path, chosen)


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


def unencrypted_backups(folder: Path | None = None) -> list[Path]:
    """The backups made unencrypted, of every database in the backup folder."""
    from planner.db.backups import unencrypted_backups as found

    return found(folder)


def encrypt_backups(backups: list[Path], chosen: str) -> list[Path]:
    """Encrypt these backups made before, in place of the plain ones."""
    from planner.db.backups import encrypt_backups as encrypt

    return encrypt(backups, chosen)
