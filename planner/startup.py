"""Opening the database a command or the app works on: the one given with
--db, or the default one in the user's data folder, which starts with the
sample events the first time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner import config
from planner.db import backups
from planner.db.store import ReadOnlyPlace, Store
from planner.errors import PlannerError, StoreError
from planner.shared_location import is_shared

if TYPE_CHECKING:
    from planner.db.shared import SharedStore

log = logging.getLogger(__name__)


def open_database(
    path: Path | str | None,
    *,
    on_backup_problem: Callable[[str], None] | None = None,
) -> Store | SharedStore:
    """Open the database, and back it up if it changed since its last
    backup: on a thread while the command reads, finished before its first
    change and before the database is closed (``Store.alongside``). A
    backup that fails never stops the opening: it is logged, and
    ``on_backup_problem`` hears the message. A database Planner may read but
    not write (a read-only file or folder) is opened read-only, with the
    reason in ``Store.read_only_reason``. A shared database on a PostgreSQL
    server (``postgresql://user@host/dbname``; its password from
    PLANNER_DB_PASSWORD, the keyring, or libpq's PGPASSWORD or ~/.pgpass)
    is backed up by its server."""
    if path is not None and is_shared(path):
        from planner.services.shared_database import open_shared  # loaded only for a shared database

        return open_shared(str(path))
    if path is not None:
        store = _open(Path(path).expanduser())
    else:
        store = _open_default()
    store.alongside(lambda: back_up_automatically(store, on_backup_problem), f"backup of {store.path.name}")
    return store


def _open(path: Path) -> Store:
    try:
        return Store.open(path)
    except ReadOnlyPlace as refused:
        log.info("%s: %s; opened read-only", path, refused.problem)
        return Store.open(path, read_only=True, read_only_reason=refused.problem)


def _open_default() -> Store:
    default = config.default_database_path()
    is_new = not default.exists()
    try:
        default.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{default.parent}: cannot create the data folder ({error.strerror})") from error
    store = _open(default)
    if is_new:
        from planner.operations import perform
        from planner.operations.files import AddSampleEvents  # the event file's schema: loaded only for a new database

        added = perform(store, AddSampleEvents()).result.added
        log.info("new database %s with %d sample events", default, len(added))
    return store


def back_up_automatically(store: Store, on_problem: Callable[[str], None] | None = None) -> None:
    """The backup made when a database is opened (if it changed since its
    last one); a failure is logged and told to ``on_problem``, never raised."""
    try:
        backups.back_up_if_changed(store)
    except Exception as error:
        log.warning("automatic backup of %s failed", store.path, exc_info=True)
        if on_problem is not None:
            on_problem(
                str(error)
                if isinstance(error, PlannerError)
                else f"{store.path}: the automatic backup failed ({error})"
            )
