"""Opening a shared database (on a PostgreSQL server) for the window: its
password from the environment, the keyring or libpq's own PGPASSWORD and
~/.pgpass, in that order. The database code is loaded only here, when a
shared database is opened: a file's window starts without it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.services.shared_password import passwords
from planner.shared_location import SharedPlace

if TYPE_CHECKING:
    from planner.db.shared import SharedStore


def open_shared(location: str, password: str | None = None) -> SharedStore:
    """Open the shared database at ``location`` with ``password``, or else
    the one kept for it (None: libpq looks for one). Raises
    ``planner.db.shared.ServerRefused`` when the server cannot be reached
    or will not let the user in, StoreError for anything else."""
    from planner.db.shared import SharedStore

    if password is None:
        password = passwords.stored(SharedPlace.of(location).account)
    return SharedStore.open(location, password=password)


def wants_password(error: Exception) -> bool:
    """Whether the server refused for want of a (right) password."""
    return bool(getattr(error, "wants_password", False))


def could_not_connect(error: Exception) -> bool:
    """Whether the server was not reached or did not let the user in (as
    against a database it opened but Planner cannot use)."""
    from planner.db.shared import ServerRefused

    return isinstance(error, ServerRefused)


def try_connecting(location: str, password: str | None = None) -> None:
    """Log in to the server and leave, changing nothing; ServerRefused when that fails."""
    from planner.db.shared import SharedStore

    if password is None:
        password = passwords.stored(SharedPlace.of(location).account)
    SharedStore.try_connecting(location, password=password)
