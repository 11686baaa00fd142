"""Backups of a Planner database: copies made with SQLite's backup API (never
a copy of the live file) into the backup folder, listed with what they hold,
and thinned over time.

Names. Backups of several databases share one folder without mixing: each
is named after its database's file name and a short hash of the database's
absolute path, then the local time it was made and why::

    planner-3fa2c1-20261121-153012-automatic.sqlite
    planner-3fa2c1-20261121-153012-2-on-request.sqlite   (a second one that second)

so the time and the reason are read back from the name, and what the backup
holds (events, the newest event) from the file itself, opened read-only.

Schedule. After each automatic backup the backups of that database are
thinned; what any of these rules keeps stays:

- every backup of the last 24 hours, at most the newest 10 of them;
- the newest backup of each day, for the last 14 days;
- the newest backup of each week (Monday to Sunday), for the last 8 weeks;
- the newest backup of each month, for the last 24 months;
- always the newest 3, whatever their age;
- every "before restoring", "before upgrade" and "before removing" (personal
  data) backup younger than 90 days.

Encrypted backups. When the user chose so (``backup_protection``), each
backup is encrypted with their passphrase (``backup_cipher``) and named
``….sqlite.encrypted``; its content is copied into memory, never onto the
disk unencrypted. Listing, thinning and naming treat both alike; what an
encrypted one holds shows only once restored, which asks its passphrase
(the one it was made with: changing the passphrase leaves older backups as
they were).

Restoring is ``restoring``'s.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_date
from sqlalchemy import Engine

from planner import config
from planner.db import backup_cipher, backup_protection, sqlite
from planner.errors import StoreError
from planner.fileio import held_temporary, remove_leftovers, temporary_prefix
from planner.language import PLANNER_DOMAIN, interface_language, say, wording
from planner.output_paths import PLANNER_BACKUP, check_output

if TYPE_CHECKING:
    from planner.db.store import Store

log = logging.getLogger(__name__)

AUTOMATIC = "automatic"
ON_REQUEST = "on request"
BEFORE_RESTORING = "before restoring"
BEFORE_UPGRADE = "before upgrade"
BEFORE_REMOVING = "before removing"  # personal data purged or anonymised
REASONS = (AUTOMATIC, ON_REQUEST, BEFORE_RESTORING, BEFORE_UPGRADE, BEFORE_REMOVING)

# The schedule (see the module's docstring).
RECENT = timedelta(hours=24)
RECENT_AT_MOST = 10
DAYS, WEEKS, MONTHS = 14, 8, 24
ALWAYS_NEWEST = 3
SAFETY_REASONS = (BEFORE_RESTORING, BEFORE_UPGRADE, BEFORE_REMOVING)
SAFETY_KEPT = timedelta(days=90)

STAMP = "%Y%m%d-%H%M%S"
SUFFIX = ".sqlite"
ENCRYPTED_SUFFIX = ".sqlite.encrypted"
_TAIL = re.compile(
    r"(?P<stamp>\d{8}-\d{6})(?:-(?P<number>\d+))?-(?P<reason>"
    + "|".join(r.replace(" ", "-") for r in REASONS)
    + r")"
    + re.escape(SUFFIX)
    + r"(?P<encrypted>\.encrypted)?"
)


class PassphraseNeeded(StoreError):
    """An encrypted backup is to be restored and no passphrase was given."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # local time the backup was made
    size: int  # bytes
    event_count: int | None  # None when the backup cannot be read
    last_event: str  # title and date of the newest event ("ECRI study visit to BioM, Munich (23 Mar 2018)"), or ""
    reason: str  # one of REASONS
    encrypted: bool = False  # then event_count is None and last_event "": known once restored


@dataclass(frozen=True)
class _Entry:
    """A backup as its name describes it (no need to open it)."""

    path: Path
    made_at: datetime
    number: int
    reason: str
    encrypted: bool


# -- names -------------------------------------------------------------------------


def name_prefix(database: Path) -> str:
    """``planner-3fa2c1-``: the database's name and a hash of its absolute
    path, so two databases called planner.sqlite keep apart."""
    resolved = Path(database).expanduser().resolve()
    digest = hashlib.sha1(os.path.normcase(str(resolved)).encode("utf-8")).hexdigest()[:6]
    return f"{resolved.stem[:40]}-{digest}-"


def _entries(database: Path, folder: Path) -> list[_Entry]:
    """This database's backups in ``folder``, newest first."""
    prefix = name_prefix(database)
    found = []
    try:
        candidates = [path for path in folder.iterdir() if path.name.startswith(prefix)]
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        raise StoreError(
            say("{folder}: the backup folder cannot be read ({error})", folder=folder, error=error.strerror)
        ) from error
    for path in candidates:
        match = _TAIL.fullmatch(path.name[len(prefix) :])
        if match is None:
            continue
        try:
            made_at = datetime.strptime(match["stamp"], STAMP)
        except ValueError:
            continue
        found.append(
            _Entry(
                path, made_at, int(match["number"] or 1), match["reason"].replace("-", " "), bool(match["encrypted"])
            )
        )
    return sorted(found, key=lambda entry: (entry.made_at, entry.number), reverse=True)


def backup_folder(folder: Path | None) -> Path:
    return Path(folder).expanduser() if folder is not None else config.backup_dir()


# -- listing -----------------------------------------------------------------------


def backups_of(database: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``database``, newest first, with what each holds."""
    listed = []
    for entry in _entries(database, backup_folder(folder)):
        try:
            size = entry.path.stat().st_size
        except OSError:
            continue  # removed meanwhile
        event_count, last_event = (None, "") if entry.encrypted else _summary(entry.path)
        listed.append(
            BackupInfo(entry.path, entry.made_at, size, event_count, last_event, entry.reason, entry.encrypted)
        )
    return listed


def _summary(path: Path) -> tuple[int | None, str]:
    """How many events a backup holds and its newest event (by date), read
    without changing it; (None, "") when it cannot be read."""
    try:
        connection = sqlite.read_only_connection(path)
        try:
            (number,) = connection.execute("SELECT count(*) FROM event").fetchone()
            newest = connection.execute(
                "SELECT title, starts_on FROM event ORDER BY starts_on DESC, id DESC LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, OSError):
        return None, ""
    if newest is None:
        return number, ""
    title, starts_on = newest
    try:
        day = date.fromisoformat(str(starts_on)[:10])
    except ValueError:
        return number, title
    shown = format_date(day, "d MMM yyyy", locale=wording(interface_language(), PLANNER_DOMAIN).locale)
    return number, f"{title} ({shown})"


def size_text(size: int) -> str:
    """ "220 KB", "1.4 MB": a backup's size as the listings show it."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB" if size else "0 KB"
    return f"{size / 1024 / 1024:.1f} MB"


# -- making backups ------------------------------------------------------------------


def back_up(
    source: Store | Engine, database: Path | None = None, reason: str = ON_REQUEST, folder: Path | None = None
) -> Path:
    """A backup of an open database (a Store, or its engine with the
    database's path) into the backup folder; returns its path."""
    if isinstance(source, Engine):
        if database is None:
            raise TypeError("back_up: an engine needs the database's path beside it")
        engine = source
    else:
        # The automatic backup of the opening ends first: a backup asked for
        # now (before removing personal data, say) is the newest of them.
        source.wait_alongside()
        engine = source.engine
        database = database if database is not None else source.path
    database = Path(database)
    return make_backup(
        lambda target: sqlite.backup_engine_into(engine, target), database, reason, backup_folder(folder)
    )


def back_up_if_changed(store: Store, folder: Path | None = None) -> Path | None:
    """The automatic backup when a database is opened: made only when the
    database holds something and changed since its newest backup; then the
    old ones are thinned. Returns the new backup, or None.

    "Changed" is decided by comparing the new copy byte for byte with the
    newest backup. Copies made by the backup API of the same content are the
    same bytes (the pages as they are, and a header the copy sets the same
    way each time), so equal bytes mean nothing changed and different bytes
    mean something did (at worst an edit that was undone, which is worth a
    backup anyway). The other signs are not reliable: SQLite does not update
    the header's change counter in WAL mode, a file's time and size change
    with checkpoints, and ``data_version`` holds only for one connection.
    Costs one copy, which is the backup when it is kept.

    An encrypted newest backup is compared by decrypting it; one that the
    passphrase of now does not open (it changed) counts as a change."""
    folder = backup_folder(folder)
    passphrase = _passphrase_for(store.path)
    if passphrase is not None:
        return _back_up_encrypted_if_changed(store, folder, passphrase)
    try:
        with _temporary(store.path, folder) as temporary:
            sqlite.backup_to(store.engine, temporary)
            if not sqlite.holds_rows(temporary):
                log.debug("%s holds nothing yet: no backup", store.path)
                return None
            newest = next(iter(_entries(store.path, folder)), None)
            if newest is not None and _same_bytes(newest.path, temporary):
                log.debug("%s has not changed since %s", store.path, newest.path.name)
                return None
            made = _keep(temporary, store.path, AUTOMATIC, folder)
    except (OSError, sqlite3.Error) as error:
        raise _cannot_back_up(store.path, folder, error) from error
    log.info("backed up %s to %s", store.path, made)
    thin(store.path, folder)
    return made


def _back_up_encrypted_if_changed(store: Store, folder: Path, passphrase: str) -> Path | None:
    try:
        content = _in_memory(lambda copy: sqlite.backup_engine_into(store.engine, copy), check_rows=True)
        if content is None:
            log.debug("%s holds nothing yet: no backup", store.path)
            return None
        newest = next(iter(_entries(store.path, folder)), None)
        if newest is not None and newest.encrypted and backup_cipher.holds(newest.path, content, passphrase):
            log.debug("%s has not changed since %s", store.path, newest.path.name)
            return None
        with _temporary(store.path, folder) as temporary:
            backup_cipher.encrypt(backup_cipher.pieces_of(content), temporary, passphrase)
            made = _keep(temporary, store.path, AUTOMATIC, folder, encrypted=True)
    except (OSError, sqlite3.Error) as error:
        raise _cannot_back_up(store.path, folder, error) from error
    log.info("backed up %s to %s, encrypted", store.path, made)
    thin(store.path, folder)
    return made


def back_up_to_file(store: Store, target: Path, *, overwrite: bool = False, passphrase: str | None = None) -> None:
    """A consistent copy of an open database in a file of the user's
    choosing (``planner backup -o``): made beside it, then renamed over it,
    so the file is whole or untouched. Refuses the database's own files, the
    backup folder, and (unless ``overwrite``) an existing file that is not a
    Planner backup. Encrypted with ``passphrase``, or with the passphrase of
    backups when they are to be encrypted."""
    target = Path(target).expanduser()
    passphrase = passphrase or _passphrase_for(store.path)
    check_output(target, PLANNER_BACKUP, store.protected(), overwrite=overwrite)
    if not target.parent.is_dir():
        raise StoreError(say("{path}: the folder {folder} does not exist", path=target, folder=target.parent))
    try:
        with held_temporary(target.parent, temporary_prefix(target)) as temporary:
            try:
                _write_copy(lambda copy: sqlite.backup_engine_into(store.engine, copy), temporary, passphrase)
                os.replace(temporary, target)
            except (OSError, sqlite3.Error) as error:
                raise StoreError(
                    say("{path}: cannot be written ({error}); nothing was written", path=target, error=_why(error))
                ) from error
    except OSError as error:  # no temporary file can be made there
        raise StoreError(say("{path}: cannot write here ({error})", path=target, error=error.strerror)) from error


def make_backup(copy: Callable[[sqlite3.Connection], None], database: Path, reason: str, folder: Path) -> Path:
    """A backup, made by ``copy`` (the backup API into the connection
    given), encrypted when backups are to be."""
    if reason not in REASONS:
        raise ValueError(f"unknown reason for a backup: {reason!r}")
    passphrase = _passphrase_for(database)  # refused before anything is written
    try:
        with _temporary(database, folder) as temporary:
            _write_copy(copy, temporary, passphrase)
            made = _keep(temporary, database, reason, folder, encrypted=passphrase is not None)
    except (OSError, sqlite3.Error) as error:
        raise _cannot_back_up(database, folder, error) from error
    log.info("backed up %s to %s (%s)", database, made, reason)
    return made


def _passphrase_for(database: Path) -> str | None:
    """The passphrase of a new backup of ``database`` (None: unencrypted);
    PassphraseMissing, naming the database, rather than an unprotected copy."""
    try:
        return backup_protection.for_new_backup()
    except backup_protection.PassphraseMissing as missing:
        raise backup_protection.PassphraseMissing(
            say("{database}: cannot be backed up: {problem}", database=database, problem=missing)
        ) from None


def _write_copy(copy: Callable[[sqlite3.Connection], None], target: Path, passphrase: str | None) -> None:
    """The copy into ``target``: a single-file database, or, with a
    passphrase, its bytes encrypted (copied into memory first)."""
    if passphrase is not None:
        content = _in_memory(copy)
        assert content is not None
        backup_cipher.encrypt(backup_cipher.pieces_of(content), target, passphrase)
        return
    connection = sqlite3.connect(target)
    try:
        copy(connection)
        connection.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
    finally:
        connection.close()


def _in_memory(copy: Callable[[sqlite3.Connection], None], *, check_rows: bool = False) -> bytes | None:
    """The bytes of a database file holding the copy (None when
    ``check_rows`` and it holds nothing)."""
    connection = sqlite3.connect(":memory:")
    try:
        copy(connection)
        if check_rows and not sqlite.connection_holds_rows(connection):
            return None
        return connection.serialize()
    finally:
        connection.close()


def _temporary(database: Path, folder: Path) -> AbstractContextManager[Path]:
    """An empty file in the backup folder for the copy in the making: it
    gets its final name only when whole. What a killed backup left there is
    removed first. Raises OSError when the folder cannot be written."""
    folder.mkdir(parents=True, exist_ok=True)
    return held_temporary(folder, f".{name_prefix(database)}")


def _keep(temporary: Path, database: Path, reason: str, folder: Path, *, encrypted: bool = False) -> Path:
    """Give a finished copy its name, never replacing another backup: one
    made in the same second as others gets the next number (-2, -3…), which
    also orders them."""
    stem = f"{name_prefix(database)}{datetime.now():{STAMP}}"
    same_second = [
        _TAIL.fullmatch(path.name[len(name_prefix(database)) :]) for path in folder.glob(f"{glob.escape(stem)}*")
    ]
    first = max((int(match["number"] or 1) + 1 for match in same_second if match), default=1)
    for number in count(first):
        suffix = ENCRYPTED_SUFFIX if encrypted else SUFFIX
        target = folder / f"{stem}{'' if number == 1 else f'-{number}'}-{reason.replace(' ', '-')}{suffix}"
        try:
            os.link(temporary, target)  # fails if the name is taken, unlike a rename on POSIX
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            if target.exists():
                continue
            os.replace(temporary, target)
        return target
    raise AssertionError("unreachable")


def _same_bytes(first: Path, second: Path) -> bool:
    try:
        if first.stat().st_size != second.stat().st_size:
            return False
        with open(first, "rb") as one, open(second, "rb") as other:
            while True:
                block = one.read(1 << 20)
                if block != other.read(1 << 20):
                    return False
                if not block:
                    return True
    except OSError:
        return False


def _cannot_back_up(database: Path, folder: Path, error: BaseException) -> StoreError:
    why = say("it is a file, not a folder") if folder.exists() and not folder.is_dir() else _why(error)
    return StoreError(
        say("{database}: cannot be backed up into {folder} ({reason})", database=database, folder=folder, reason=why)
    )


def _why(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error)


# -- encrypting the backups made before ---------------------------------------------


def unencrypted_backups(folder: Path | None = None) -> list[Path]:
    """The backups in the folder (of every database) that are not
    encrypted, by their names."""
    folder = backup_folder(folder)
    try:
        return sorted(
            path
            for path in folder.iterdir()
            if path.name.endswith(SUFFIX) and _TAIL.search(path.name) and not path.name.startswith(".")
        )
    except OSError:
        return []


def encrypt_backups(backups: list[Path], passphrase: str) -> list[Path]:
    """Replace each of these unencrypted backups by an encrypted one of the
    same name (``….sqlite.encrypted``: its date and reason kept, so listing
    and thinning go on as before); the plain file is removed only once the
    encrypted one is whole. Returns the encrypted files; one that cannot be
    done stays as it was (logged)."""
    key = backup_cipher.Key(passphrase)  # one derivation for all of them
    done = []
    for plain in backups:
        target = plain.with_name(plain.name + ENCRYPTED_SUFFIX.removeprefix(SUFFIX))
        try:
            with held_temporary(plain.parent, f".{plain.name}.") as temporary:
                backup_cipher.encrypt(backup_cipher.file_pieces(plain), temporary, key)
                os.replace(temporary, target)
            plain.unlink()
        except OSError as error:
            log.warning("cannot encrypt the backup %s: %s", plain, error.strerror)
            continue
        done.append(target)
    log.info("encrypted %d backups made before", len(done))
    return done


# -- thinning ------------------------------------------------------------------------


def thin(database: Path, folder: Path | None = None, now: datetime | None = None) -> list[Path]:
    """Remove the backups of ``database`` the schedule no longer keeps;
    returns what was removed. A file that cannot be removed stays (logged)."""
    folder = backup_folder(folder)
    now = now or datetime.now()
    entries = _entries(database, folder)
    kept = kept_by_schedule([(entry.path, entry.made_at, entry.reason) for entry in entries], now)
    removed = []
    for entry in entries:
        if entry.path in kept:
            continue
        try:
            entry.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("cannot remove the old backup %s: %s", entry.path, error.strerror)
            continue
        removed.append(entry.path)
    remove_leftovers(folder, f".{name_prefix(database)}")
    return removed


def kept_by_schedule(backups: list[tuple[Path, datetime, str]], now: datetime) -> set[Path]:
    """Which of these backups (path, made at, reason; newest first) the
    schedule keeps at ``now``."""
    kept = {path for path, _made_at, _reason in backups[:ALWAYS_NEWEST]}
    recent = [path for path, made_at, _reason in backups if now - made_at < RECENT]
    kept.update(recent[:RECENT_AT_MOST])
    kept.update(path for path, made_at, reason in backups if reason in SAFETY_REASONS and now - made_at < SAFETY_KEPT)
    for period, how_many in ((_day, DAYS), (_week, WEEKS), (_month, MONTHS)):
        seen = set()
        for path, made_at, _reason in backups:  # newest first: the first of a period is its newest
            slot = period(made_at)
            if period(now) - slot < how_many and slot not in seen:
                seen.add(slot)
                kept.add(path)
    return kept


def thinned_away_by(made_at: datetime) -> date:
    """The day by which the schedule has removed a backup made at
    ``made_at``, while newer ones keep being made: the monthly rule keeps
    one longest, up to the first day of the month ``MONTHS`` months on."""
    month = _month(made_at) + MONTHS
    return date(month // 12, month % 12 + 1, 1)


def _day(moment: datetime) -> int:
    return moment.toordinal()


def _week(moment: datetime) -> int:
    return (moment.toordinal() - 1) // 7  # day 1 (1 Jan of year 1) was a Monday


def _month(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1
