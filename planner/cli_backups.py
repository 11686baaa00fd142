"""The backup commands: `planner backup -o FILE` (a database file's copy,
or a shared database's event-file archive), `planner backups` (those kept
in the data folder) and `planner restore FILE`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.db.shared import SharedStore
    from planner.db.store import Store


def add_parsers(commands: argparse._SubParsersAction, add_overwrite: Callable[[argparse.ArgumentParser], None]) -> None:
    backing_up = commands.add_parser(
        "backup",
        help="write a consistent copy of the database (SQLite's backup API)",
        description="Write a copy of the database to FILE, whole and consistent even while a Planner window "
        "has it open; `planner restore FILE` puts it back. Encrypted with a passphrase with --encrypt, or "
        "when backups are set to be encrypted (Preferences).",
    )
    backing_up.add_argument("-o", "--output", metavar="FILE", required=True)
    backing_up.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the copy with a passphrase (typed twice, or from PLANNER_BACKUP_PASSPHRASE)",
    )
    add_overwrite(backing_up)
    commands.add_parser("backups", help="list the backups of the database, newest first")
    restoring = commands.add_parser(
        "restore",
        help="replace the database with a backup; the database as it was is backed up first",
        description="Replace the database with a backup; the database as it was is backed up first. The "
        "passphrase of an encrypted backup is asked (or read from PLANNER_BACKUP_PASSPHRASE).",
    )
    restoring.add_argument("file", metavar="BACKUP_FILE", help="a backup file, or the name of one listed by `backups`")


def database_path(db: str | None) -> Path:
    from planner import config
    from planner.db.shared import is_shared, shown

    if db is not None and is_shared(db):
        raise PlannerError(f"{shown(db)}: {_SHARED_BACKUPS}")
    return Path(db).expanduser() if db is not None else config.default_database_path()


# Backups of a database file are copies of it; a server keeps its own.
_SHARED_BACKUPS = (
    "a shared database is backed up on its server (pg_dump, by whoever runs it); "
    "`planner backup -o FILE.zip` saves its events as an event-file archive, "
    "and `planner copy` makes a database file of it"
)


def _backup(store: Store, args: argparse.Namespace) -> int:
    from planner.cli_passphrase import new_passphrase
    from planner.db import backups
    from planner.db.shared import SharedStore

    target = Path(args.output)
    if isinstance(store, SharedStore):
        return _back_up_shared(store, target, args)
    passphrase = new_passphrase(str(target)) if args.encrypt else None
    backups.back_up_to_file(store, target, overwrite=args.overwrite, passphrase=passphrase)
    print(f"Wrote {target}{', encrypted' if passphrase or backups.backup_cipher.is_encrypted(target) else ''}")
    return 0


def _back_up_shared(store: SharedStore, target: Path, args: argparse.Namespace) -> int:
    """A shared database's backup an organiser can make: its events as an
    event-file archive (the server keeps its own)."""
    from planner import output_paths
    from planner.cli_passphrase import new_passphrase
    from planner.exchange.event_archive import event_archive
    from planner.fileio import write_atomically

    if target.suffix.lower() != ".zip":
        raise PlannerError(f"{target}: {_SHARED_BACKUPS}")
    output_paths.check_output(target, output_paths.ARCHIVE, store.protected(), overwrite=args.overwrite)
    passphrase = new_passphrase(str(target)) if args.encrypt else None
    with store.read() as session:
        data, count = event_archive(session)
    if passphrase:
        from planner.exchange.protected_export import protected_zip

        data = protected_zip(data, target.name, passphrase)
    write_atomically(target, data)
    print(f"Wrote {target} ({count} event file{'s' if count != 1 else ''}{', encrypted' if passphrase else ''})")
    return 0


def _backups(database: Path, _args: argparse.Namespace) -> int:
    from planner import config
    from planner.db import backups

    found = backups.backups_of(database)
    if not found:
        print(f"No backups of {database} in {config.backup_dir()} yet.")
        return 0
    print(f"Backups of {database} in {config.backup_dir()}, newest first:")
    for backup in found:
        events_held = (
            "encrypted"
            if backup.encrypted
            else "unreadable"
            if backup.event_count is None
            else f"{backup.event_count} event{'s' if backup.event_count != 1 else ''}"
        )
        last = backup.last_event if len(backup.last_event) <= 48 else backup.last_event[:47] + "…"
        print(
            f"{backup.made_at:%a %d %b %Y %H:%M}  {backup.reason:<16}  {events_held:>10}  "
            f"{backups.size_text(backup.size):>7}  {last:<48}  {backup.path.name}"
        )
    return 0


def _restore(database: Path, args: argparse.Namespace) -> int:
    from planner import config
    from planner.db.lock import DatabaseInUse, DatabaseLock

    chosen = Path(args.file).expanduser()
    if not chosen.exists() and chosen.name == args.file:  # a bare name from `planner backups`
        listed = config.backup_dir() / chosen.name
        chosen = listed if listed.exists() else chosen
    if database.parent.is_dir():
        # Never under a Planner window that has the database open.
        try:
            lock = DatabaseLock.acquire(database)
        except DatabaseInUse as busy:  # reading it would not help: restoring writes it
            raise PlannerError(
                f"{database}: is open {busy.holder.describe()}; close the window that has it open, and try again"
            ) from None
        with lock:
            safety = _restore_asking(chosen, database)
    else:
        safety = _restore_asking(chosen, database)  # refused, with the reason
    print(f"Restored {database} from {chosen}.")
    if safety is None:
        print("There was no database file before.")
    elif ".damaged-" in safety.name:
        print(f"The database could not be read; it was kept aside as {safety}")
    else:
        print(f"The database as it was is backed up in {safety}")
    return 0


def _restore_asking(backup: Path, database: Path) -> Path | None:
    """Restore, with the passphrase of an encrypted backup: the one of the
    backups made now when it opens it, else asked (or from the environment)."""
    from planner.cli_passphrase import known_passphrase
    from planner.db import backup_cipher, backup_protection, restoring

    if not backup_cipher.is_encrypted(backup):
        return restoring.restore(backup, database)
    stored = backup_protection.passphrase()
    if stored and not backup_protection.from_environment():
        try:
            return restoring.restore(backup, database, passphrase=stored)
        except backup_cipher.WrongPassphrase:
            pass  # made with an earlier passphrase: ask for that one
    return restoring.restore(backup, database, passphrase=known_passphrase(str(backup)))


COMMANDS = {"backup": _backup}
# Commands that work on a database file that may not open (given its path).
WITHOUT_STORE = {"backups": _backups, "restore": _restore}
