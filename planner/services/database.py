"""A database file as the window and the commands handle it: opening it
(checked, upgraded, locked for one writer), its backups, restoring one.
What is behind (the store, the lock file, SQLite's backup API) stays in
``planner.db``; the window reaches it only through here."""

from planner.db.backups import (
    ON_REQUEST,
    BackupInfo,
    back_up,
    back_up_if_changed,
    backups_of,
    restore,
    size_text,
)
from planner.db.lock import DatabaseInUse, DatabaseLock, LockUnavailable, write_access_problem
from planner.db.store import Store

__all__ = [
    "ON_REQUEST",
    "BackupInfo",
    "DatabaseInUse",
    "DatabaseLock",
    "LockUnavailable",
    "Store",
    "back_up",
    "back_up_if_changed",
    "backups_of",
    "restore",
    "size_text",
    "write_access_problem",
]
