"""Restoring a backup of a Planner database: the database as it is is
backed up first (or, when it cannot be read at all, the damaged file is
moved aside as ``<name>.damaged-<stamp>``: it is never deleted), then the
backup's content is written into the database file through the backup API.
A backup that is not a sound Planner database is refused before anything
changes; an encrypted one needs the passphrase it was made with."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from itertools import count
from pathlib import Path

from planner import config
from planner.db import backup_cipher, backups, recognition, sqlite
from planner.errors import StoreError
from planner.fileio import held_temporary
from planner.language import say

log = logging.getLogger(__name__)


def restore(backup: Path, database: Path, folder: Path | None = None, passphrase: str | None = None) -> Path | None:
    """Replace what ``database`` holds with a backup's content.

    Refuses (StoreError, nothing changed) a backup that is not a sound
    Planner database. Before anything is written the database as it is is
    backed up ("before restoring"), or, when it cannot be read as a
    database, moved aside as ``<name>.damaged-<stamp>``. Returns that path
    (None when there was no database file). The database must not be open
    in this process: close its Store first and open it again afterwards.

    An encrypted backup needs ``passphrase`` (PassphraseNeeded without
    one); it is decrypted into a temporary file beside the database, which
    is unencrypted anyway, and checked there before anything changes."""
    backup, database = Path(backup).expanduser(), Path(database).expanduser()
    folder = backups.backup_folder(folder)
    if not backup_cipher.is_encrypted(backup):
        check_backup(backup)
        _check_place(backup, database)
        return _restore_checked(backup, database, folder, shown=backup)
    if passphrase is None:
        raise backups.PassphraseNeeded(say("{path}: is an encrypted backup; its passphrase is needed", path=backup))
    _check_place(backup, database)
    try:
        with held_temporary(database.parent, f".{database.name}.restoring.") as plain:
            _decrypt(backup, plain, passphrase)
            try:
                check_backup(plain)
            except StoreError as error:
                raise StoreError(str(error).replace(str(plain), str(backup))) from error
            return _restore_checked(plain, database, folder, shown=backup)
    except OSError as error:  # no temporary file can be made beside the database
        raise StoreError(
            say("{path}: cannot write here ({error}); nothing was changed", path=database.parent, error=error.strerror)
        ) from error


def _decrypt(backup: Path, plain: Path, passphrase: str) -> None:
    try:
        backup_cipher.decrypt_to(backup, plain, passphrase)
    except backup_cipher.WrongPassphrase as error:
        raise backup_cipher.WrongPassphrase(say("{problem}; nothing was changed", problem=error)) from error
    except StoreError as error:
        raise StoreError(say("{problem}; nothing was changed", problem=error)) from error
    except OSError as error:
        raise StoreError(
            say("{path}: cannot be read ({error}); nothing was changed", path=backup, error=error.strerror)
        ) from error


def _check_place(backup: Path, database: Path) -> None:
    """Refuse a restore whose database is the backup itself, or a folder,
    or in a folder that is not there."""
    if database.exists() and os.path.samefile(backup, database):
        raise StoreError(say("{path}: is the database itself; choose one of its backups", path=backup))
    if database.is_dir():
        raise StoreError(say("{path}: is a folder, not a database file; nothing was changed", path=database))
    if not database.parent.is_dir():
        raise StoreError(
            say(
                "{path}: the folder {folder} does not exist; nothing was changed", path=database, folder=database.parent
            )
        )


def _restore_checked(backup: Path, database: Path, folder: Path, *, shown: Path) -> Path | None:
    """``restore`` of a checked, unencrypted backup (``shown`` in the log)."""
    _check_target(database)
    safety = _save_current(database, folder)
    try:
        sqlite.restore_into(backup, database, busy_timeout_ms=config.BUSY_TIMEOUT_MS)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise StoreError(
                say(
                    "{path}: another program is using this database; close it and restore again (nothing was changed)",
                    path=database,
                )
            ) from error
        raise StoreError(
            say(
                "{path}: cannot be restored ({error}); the database as it was is in {safety}",
                path=database,
                error=error,
                safety=safety,
            )
        ) from error
    except sqlite3.DatabaseError as error:
        # Read well enough to be backed up, but not written into: set it
        # aside (it is backed up too) and restore into a new file.
        log.warning("%s cannot be written into (%s); restoring into a new file", database, error)
        _keep_aside(database)
        sqlite.restore_into(backup, database, busy_timeout_ms=config.BUSY_TIMEOUT_MS)
    log.info("restored %s from %s; the state before is in %s", database, shown, safety)
    return safety


def check_backup(backup: Path) -> None:
    """Refuse (StoreError) a file that is not a sound Planner database this
    version of Planner can open: recognised as the store recognises a
    database (application id and tables), looked at without being changed."""
    from planner.db.recognition import look_at, recognise

    if not backup.exists():
        raise StoreError(say("{path}: no such file; nothing was changed", path=backup))
    if backup.is_dir():
        raise StoreError(say("{path}: is a folder, not a backup; nothing was changed", path=backup))
    try:
        revision = recognise(backup, look_at(backup))
        problems = sqlite.file_problems(backup)
    except StoreError as error:
        raise StoreError(say("{problem}; nothing was changed", problem=error)) from error
    except OSError as error:
        raise StoreError(
            say("{path}: cannot be read ({error}); nothing was changed", path=backup, error=error.strerror)
        ) from error
    except sqlite3.DatabaseError as error:
        raise StoreError(
            say("{path}: is damaged or not a database ({error}); nothing was changed", path=backup, error=error)
        ) from error
    if revision is None:
        raise StoreError(
            say(
                "{path}: is an SQLite database, but not one of Planner's (it holds nothing); nothing was changed",
                path=backup,
            )
        )
    if problems:
        raise StoreError(say("{path}: is damaged ({problem}); nothing was changed", path=backup, problem=problems[0]))


def _check_target(database: Path) -> None:
    """Refuse to restore over a sound SQLite database that is not Planner's
    (another program's file named by mistake); a Planner database, or a file
    too damaged to be read, is saved first (``_save_current``)."""
    from planner.db.recognition import ForeignFile, look_at, recognise

    if not database.exists():
        return
    try:
        facts = look_at(database)
    except StoreError:
        return  # unreadable or empty: kept aside, never deleted
    if not facts.is_sqlite:
        return
    try:
        recognise(database, facts)
    except ForeignFile as error:
        raise StoreError(
            say("{problem}; a backup is restored only into a Planner database; nothing was changed", problem=error)
        ) from error
    except StoreError:
        return  # a Planner database this Planner cannot open: saved first, then replaced


def _save_current(database: Path, folder: Path) -> Path | None:
    """Back up the database about to be replaced; when it cannot be read as
    a database, move it aside instead. Never deletes it."""
    if not database.exists():
        return None
    try:
        readable = recognition.read_header(database) == recognition.SQLITE_HEADER
    except OSError as error:
        raise StoreError(
            say("{path}: cannot be read ({error}); nothing was changed", path=database, error=error.strerror)
        ) from error
    if readable:
        try:
            return backups.make_backup(
                lambda copy: sqlite.backup_file_into(database, copy), database, backups.BEFORE_RESTORING, folder
            )
        except StoreError as error:
            if not isinstance(error.__cause__, sqlite3.DatabaseError) or isinstance(
                error.__cause__, sqlite3.OperationalError
            ):
                raise  # the backup folder or a lock, not the database: stop here
            log.warning("%s cannot be backed up (%s); moving it aside", database, error.__cause__)
    return _keep_aside(database)


def _keep_aside(database: Path) -> Path:
    """``planner.sqlite`` → ``planner.sqlite.damaged-20261121-153012``, with
    its -wal file if it has one (SQLite pairs them by name)."""
    stamp = f"{datetime.now():{backups.STAMP}}"
    for number in count(1):
        aside = database.with_name(f"{database.name}.damaged-{stamp}{'' if number == 1 else f'-{number}'}")
        if not aside.exists():
            break
    try:
        os.replace(database, aside)
        for companion in ("-wal", "-shm"):
            part = database.with_name(database.name + companion)
            if part.exists():
                os.replace(part, aside.with_name(aside.name + companion))
    except OSError as error:
        raise StoreError(
            say("{path}: cannot be moved aside ({error}); nothing was changed", path=database, error=error.strerror)
        ) from error
    log.warning("kept the unreadable %s aside as %s", database, aside)
    return aside
