"""One writer per database file: the app holds a lock while it has a
database open for writing, so a second Planner window on the same file can
say where it is open and offer to open it read-only instead.

The lock is an operating-system lock (``flock`` on POSIX, ``msvcrt.locking``
on Windows) on ``<database>.lock`` beside the database. The OS drops it when
the process ends, however it ends: a crashed Planner never leaves a lock that
blocks. Who holds it (host, process, user, since when, Planner version) is
written to ``<database>.lock.json``; that file only describes the lock, it is
never trusted on its own: one left behind by a crashed process is ignored and
replaced.

The command line does not take this lock: its writes are short and go
through SQLite's own locking (WAL, a busy timeout, BEGIN IMMEDIATE).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from babel import Locale
from babel.dates import format_datetime

from planner import __version__
from planner.errors import PlannerError, StoreError
from planner.fileio import same_file, try_lock, unlock, write_atomically
from planner.language import PLANNER_DOMAIN, interface_language, say, wording

log = logging.getLogger(__name__)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def facts_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock.json")


def _resolved(path: Path | str) -> Path:
    # The same file reached by two names (relative, symlink) shares one lock.
    return Path(path).expanduser().resolve()


@dataclass(frozen=True)
class LockHolder:
    """The Planner that has a database open for writing."""

    host: str
    pid: int | None
    user: str
    since: datetime | None
    version: str

    @classmethod
    def this_process(cls) -> LockHolder:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name in some containers and services
            user = ""
        return cls(
            socket.gethostname(), os.getpid(), user, datetime.now().astimezone().replace(microsecond=0), __version__
        )

    @classmethod
    def unknown(cls) -> LockHolder:
        """A live lock whose description is missing or unreadable."""
        return cls("", None, "", None, "")

    def to_json(self) -> bytes:
        facts = {
            "host": self.host,
            "pid": self.pid,
            "user": self.user,
            "since": self.since.isoformat() if self.since else None,
            "version": self.version,
        }
        return json.dumps(facts, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> LockHolder:
        facts = json.loads(data.decode("utf-8"))
        since = facts.get("since")
        pid = facts.get("pid")
        return cls(
            host=str(facts.get("host") or ""),
            pid=pid if isinstance(pid, int) else None,
            user=str(facts.get("user") or ""),
            since=datetime.fromisoformat(since) if isinstance(since, str) else None,
            version=str(facts.get("version") or ""),
        )

    def since_text(self, now: datetime | None = None) -> str:
        """ "15:02" today, "Sat 21 Nov 2026 15:02" on another day."""
        if self.since is None:
            return ""
        local = self.since.astimezone()
        now = (now or datetime.now()).astimezone()
        if local.date() == now.date():
            return local.strftime("%H:%M")
        return format_datetime(local, "EEE d MMM yyyy HH:mm", locale=_locale())

    def describe(self, now: datetime | None = None) -> str:
        """ "in Planner on host LAPTOP-7 (process 4242, user anna, since 15:02)"."""
        if not self.host:
            return say("in another Planner (which one could not be read)")
        details = []
        if self.pid is not None:
            details.append(say("process {pid}", pid=self.pid))
        if self.user:
            details.append(say("user {user}", user=self.user))
        if self.since is not None:
            details.append(say("since {since}", since=self.since_text(now)))
        if details:
            return say("in Planner on {host} ({details})", host=self.host, details=", ".join(details))
        return say("in Planner on {host}", host=self.host)


def _locale() -> Locale:
    return wording(interface_language(), PLANNER_DOMAIN).locale


class DatabaseInUse(StoreError):
    """The database is open for writing in another Planner window."""

    def __init__(self, database: Path, holder: LockHolder):
        self.database = database
        self.holder = holder
        super().__init__(
            say(
                "{database}: is open {where}; close it there first, or open it read-only",
                database=database,
                where=holder.describe(),
            )
        )


class LockUnavailable(StoreError):
    """No lock file can be made beside the database (a read-only folder or
    medium): the database can still be opened read-only."""

    def __init__(self, database: Path, reason: str):
        self.database = database
        self.reason = reason
        super().__init__(
            say(
                "{database}: Planner cannot make its lock file {lock} beside it ({reason}), "
                "so it can be opened read-only only",
                database=database,
                lock=lock_path(database).name,
                reason=reason,
            )
        )


def _read_facts(database: Path) -> LockHolder:
    try:
        return LockHolder.from_json(facts_path(database).read_bytes())
    except (OSError, ValueError, AttributeError, TypeError):
        return LockHolder.unknown()


class DatabaseLock:
    """The app's claim to write one database file; ``release()`` gives it up
    (the OS also does when the process ends)."""

    def __init__(self, database: Path, fd: int):
        self.database = database
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path | str) -> DatabaseLock:
        """Take the lock, or raise DatabaseInUse (held elsewhere, with who
        holds it) or LockUnavailable (no lock file can be made here)."""
        database = _resolved(path)
        target = lock_path(database)
        for _attempt in range(10):
            try:
                fd = os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            except OSError as error:
                raise LockUnavailable(database, error.strerror or str(error)) from error
            if not try_lock(fd):
                os.close(fd)
                raise DatabaseInUse(database, _read_facts(database))
            if same_file(fd, target):
                break
            # The holder released (and removed) the file between our open and
            # our lock: start again on the new file.
            unlock(fd)
            os.close(fd)
        else:  # pragma: no cover - ten releases in a row between two system calls
            raise LockUnavailable(database, say("the lock file keeps changing"))
        lock = cls(database, fd)
        try:
            # Replaces whatever a crashed holder left behind.
            write_atomically(facts_path(database), LockHolder.this_process().to_json())
        except PlannerError as error:  # the lock holds; only its description is missing
            log.warning("cannot describe the lock of %s: %s", database, error)
        return lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up; calling it again does nothing."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            facts_path(self.database).unlink(missing_ok=True)
            if sys.platform != "win32":
                # Removed while still held: whoever opened the old file sees
                # it is gone once they get the lock, and starts again.
                lock_path(self.database).unlink(missing_ok=True)
        except OSError as error:
            log.warning("cannot remove the lock files of %s: %s", self.database, error)
        finally:
            unlock(fd)
            os.close(fd)
        if sys.platform == "win32":  # pragma: no cover
            # Another Planner may have it open right now; that is harmless.
            with contextlib.suppress(OSError):
                lock_path(self.database).unlink()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


def holder_of(path: Path | str) -> LockHolder | None:
    """Who holds the database's lock, or None when nobody does (a
    description left by a crashed process does not count)."""
    database = _resolved(path)
    try:
        fd = os.open(lock_path(database), os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except OSError:
        try:
            fd = os.open(lock_path(database), os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
    try:
        if try_lock(fd):
            unlock(fd)
            return None
    finally:
        os.close(fd)
    return _read_facts(database)


def write_access_problem(path: Path | str) -> str | None:
    """Why Planner could not write this database (a read-only file, or a
    read-only folder where SQLite cannot make its -wal and -shm files nor
    Planner its lock), or None when it can."""
    database = Path(path).expanduser()
    folder = database.parent
    if database.exists() and not os.access(database, os.W_OK):
        return say("the file {name} is read-only", name=database.name)
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return say("the folder {folder} is read-only", folder=folder)
    return None
