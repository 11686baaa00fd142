"""A database file as the window and the commands handle it: opening it
(checked, upgraded, locked for one writer), a first look before that, its
backups, restoring one. What is behind (the store, the lock file, SQLite's
backup API) stays in ``planner.db``; the window reaches it only through
here.

The lock and the first look are loaded with this module; the store and
the backups (the database code: SQLAlchemy, the models) when first used
(PEP 562), so that the window can look at its database before loading
them."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from planner.db.first_look import FirstLook, Rows, look_at
from planner.db.lock import DatabaseInUse, DatabaseLock, LockUnavailable, write_access_problem

if TYPE_CHECKING:
    from planner.db.backups import (
        ON_REQUEST,
        BackupInfo,
        back_up,
        back_up_if_changed,
        backups_of,
        size_text,
    )
    from planner.db.restoring import restore
    from planner.db.store import Store

_LOADED_WHEN_USED = {
    "ON_REQUEST": "planner.db.backups",
    "BackupInfo": "planner.db.backups",
    "back_up": "planner.db.backups",
    "back_up_if_changed": "planner.db.backups",
    "backups_of": "planner.db.backups",
    "restore": "planner.db.restoring",
    "size_text": "planner.db.backups",
    "Store": "planner.db.store",
}

__all__ = [
    "ON_REQUEST",
    "BackupInfo",
    "DatabaseInUse",
    "DatabaseLock",
    "FirstLook",
    "LockUnavailable",
    "Rows",
    "Store",
    "back_up",
    "back_up_if_changed",
    "backups_of",
    "look_at",
    "restore",
    "size_text",
    "write_access_problem",
]


def __getattr__(name: str) -> Any:
    module = _LOADED_WHEN_USED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
