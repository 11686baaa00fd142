"""Writing files so that a reader never sees half of one, and so that a
writer killed half-way leaves nothing behind for long.

A file is written as a temporary file beside it (``.<name>.<random>.part``)
that is renamed over it once whole. While it is written its writer holds an
operating-system lock on it; a temporary file nobody holds is what a killed
writer left behind, and the next writer of the same name removes it, with the
``-journal``, ``-wal`` and ``-shm`` files SQLite may have left beside it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from planner.errors import PlannerError
from planner.language import say

TEMPORARY_SUFFIX = ".part"
# What SQLite leaves beside a database file it was writing.
SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")
# Where a lock cannot tell a live writer from a dead one (Windows), a
# temporary file is taken for a leftover once it is this old.
STALE_SECONDS = 3600


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """Take the lock on an open file without waiting; False when another
        open file holds it. flock, not fcntl/lockf: two opens of the file in
        ONE process also exclude each other, the lock goes with the open file,
        and SQLite's own (fcntl) locks on the same file do not interfere."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def same_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is still the file at ``path`` (not one removed since)."""
    if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
        return True
    try:
        opened, named = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)


@contextlib.contextmanager
def held_temporary(folder: Path, prefix: str) -> Iterator[Path]:
    """A new empty file ``folder/<prefix><random>.part``, locked by this
    process for as long as the block runs and removed after it (unless it
    was renamed meanwhile), with what SQLite left beside it. Leftovers of
    writers that were killed, with the same prefix, are removed first.
    Raises OSError when the folder cannot be written."""
    remove_leftovers(folder, prefix)
    for _attempt in range(10):
        handle, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=TEMPORARY_SUFFIX)
        os.close(handle)
        temporary = Path(name)
        try:
            fd = os.open(temporary, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:  # taken for a leftover before we locked it
            continue
        if try_lock(fd) and same_file(fd, temporary):
            break
        os.close(fd)  # another writer's cleanup took it meanwhile: make another
    else:  # pragma: no cover - ten cleanups in a row between two system calls
        raise OSError(0, "the temporary file keeps being removed")
    try:
        yield temporary
    finally:
        try:
            _remove_with_companions(temporary)
        finally:
            unlock(fd)
            os.close(fd)


def remove_leftovers(folder: Path, prefix: str) -> list[Path]:
    """Remove the temporary files ``<prefix>*.part`` in ``folder`` that no
    writer holds (a killed one's), with SQLite's files beside them; returns
    what was removed. What cannot be removed stays."""
    pattern = f"{glob.escape(prefix)}*{TEMPORARY_SUFFIX}*"
    try:
        found = [path for path in Path(folder).glob(pattern) if _is_temporary(path, prefix)]
    except OSError:
        return []
    removed = []
    for main in sorted({_main_of(path) for path in found}):
        removed += _remove_if_abandoned(main)
    return removed


def _is_temporary(path: Path, prefix: str) -> bool:
    name = path.name
    return name.startswith(prefix) and any(name.endswith(TEMPORARY_SUFFIX + tail) for tail in ("", *SQLITE_COMPANIONS))


def _main_of(path: Path) -> Path:
    for tail in SQLITE_COMPANIONS:
        if path.name.endswith(TEMPORARY_SUFFIX + tail):
            return path.with_name(path.name[: -len(tail)])
    return path


def _remove_if_abandoned(path: Path) -> list[Path]:
    """Remove the temporary file ``path`` and its companions if no live
    writer holds it; removed while holding its lock, so that a writer that
    locks it next sees it is gone (``same_file``) and makes another."""
    if sys.platform == "win32":  # pragma: no cover - no lock to ask there: go by age
        try:
            if time.time() - path.stat().st_mtime < STALE_SECONDS:
                return []
        except FileNotFoundError:
            pass
        except OSError:
            return []
        return _remove_with_companions(path)
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:  # companions whose main file is gone: nobody writes them
        return _remove_with_companions(path)
    except OSError:
        return []
    try:
        if not try_lock(fd):
            return []  # a live writer's
        try:
            return _remove_with_companions(path) if same_file(fd, path) else []
        finally:
            unlock(fd)
    finally:
        os.close(fd)


def _remove_with_companions(path: Path) -> list[Path]:
    removed = []
    for tail in ("", *SQLITE_COMPANIONS):
        target = path.with_name(path.name + tail)
        try:
            target.unlink()
        except OSError:  # gone already, or not ours to remove
            continue
        removed.append(target)
    return removed


def temporary_prefix(path: Path) -> str:
    """The prefix of the temporary files that become ``path``."""
    return f".{Path(path).name}."


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then
    rename it over ``path``: the file is either the old one or the new one."""
    path = Path(path)
    if path.is_dir():
        raise PlannerError(say("{path}: is a folder; give a file name", path=path))
    if not path.parent.is_dir():
        raise PlannerError(say("{path}: the folder {folder} does not exist", path=path, folder=path.parent))
    try:
        with held_temporary(path.parent, temporary_prefix(path)) as temporary:
            _write_then_rename(temporary, path, data)
    except OSError as error:  # the temporary file could not be made
        raise PlannerError(say("{path}: cannot write here ({reason})", path=path, reason=error.strerror)) from error


def _umask() -> int:
    """The process's umask, read without changing it where the system tells
    (Linux); elsewhere set and put back at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_then_rename(temporary: Path, path: Path, data: bytes) -> None:
    try:
        with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0)), "wb") as stream:
            if sys.platform != "win32":
                # The temporary file was made private (0600); the file it
                # becomes gets what any new file gets here (0644 usually), so
                # that colleagues can open it on a shared folder.
                os.fchmod(stream.fileno(), 0o666 & ~_umask())
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise PlannerError(say("{path}: cannot be written ({reason})", path=path, reason=error.strerror)) from error


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise PlannerError(say("{path}: no such file", path=path)) from None
    except IsADirectoryError:
        raise PlannerError(say("{path}: is a folder, not a file", path=path)) from None
    except OSError as error:
        raise PlannerError(say("{path}: cannot be read ({reason})", path=path, reason=error.strerror)) from None
