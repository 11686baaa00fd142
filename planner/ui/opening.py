"""Opening a database for a window, with a clear answer for every file that
cannot simply be opened.

- Open in another Planner (its lock is held): say where (host, process,
  since when) and offer to open it read-only, or cancel.
- A read-only file or folder: open it read-only, and say so.
- Not a database, empty, damaged, from a newer Planner, a missing folder:
  say what is wrong and what to do; the file is never changed. Where a
  backup of it exists, offer to restore it, then open the restored file.

The window keeps the lock it gets (``AppContext.lock``) until it closes or
opens another database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from planner import config
from planner.errors import PlannerError, StoreError
from planner.services import database as backups
from planner.services.database import DatabaseInUse, DatabaseLock, LockUnavailable, write_access_problem
from planner.services.labels import clock, day
from planner.shared_location import is_shared
from planner.ui import auto_backup
from planner.ui.protection import backups as encrypted
from planner.ui.protection.backups import ask_for_session

if TYPE_CHECKING:
    from planner.services.database import BackupInfo, Store

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

# The answers to the questions asked (the buttons' texts, translated where shown).
OPEN_READ_ONLY = str(QT_TRANSLATE_NOOP("Opening", "Open read-only"))
RESTORE = str(QT_TRANSLATE_NOOP("Opening", "Restore the backup"))
CANCEL = str(QT_TRANSLATE_NOOP("Opening", "Cancel"))

READ_ONLY_MEANS = str(
    QT_TRANSLATE_NOOP("Opening", "Read-only: you can look at everything and make documents, but not change anything.")
)
UNTOUCHED = str(QT_TRANSLATE_NOOP("Opening", "Planner has not changed the file."))


def _said(text: str) -> str:
    """One of the texts above in the window's language."""
    return translate("Opening", text)


# What a StoreError says about the file (the wording is planner/db/store.py's).
_BAD_CONTENT = ("empty file", "not an SQLite file", "damaged")


@dataclass
class Outcome:
    """What opening gave: a store (and the lock, when opened for writing),
    or nothing, because the user cancelled or the file cannot be opened."""

    store: Store | None = None
    lock: DatabaseLock | None = None
    cancelled: bool = False


def open_for_window(
    parent: QWidget | None, path: Path | str | None, settings: QSettings | None = None, *, otherwise: str = ""
) -> tuple[Store, DatabaseLock | None] | None:
    """Open ``path`` (None: the default database, with the sample events
    when it is new) for a window: (store, lock), or None after telling the
    user why not. ``otherwise`` ends a failure message ("Planner opens the
    default database instead.")."""
    outcome = open_database(parent, path, otherwise=otherwise)
    return (outcome.store, outcome.lock) if outcome.store is not None else None


def open_database(parent: QWidget | None, path: Path | str | None, *, otherwise: str = "") -> Outcome:
    """``open_for_window`` telling a cancel from a failure (the app ends on
    a cancel, and opens the default database after a failure)."""
    if is_shared(path):  # on a server: no lock, no backup, its password asked for when needed
        from planner.ui.shared_database_dialog import open_shared_for_window

        shared = open_shared_for_window(parent, str(path))
        # (A SharedStore: the interface of Store the window uses.)
        return Outcome(store=cast("Store", shared)) if shared is not None else Outcome(cancelled=True)
    ask_for_session(parent)  # encrypted backups without a keyring: before an upgrade's backup
    return _backed_up(parent, _open(parent, path, otherwise))


def _open(parent: QWidget | None, path: Path | str | None, otherwise: str) -> Outcome:
    default = path is None
    target = config.default_database_path() if path is None else Path(path).expanduser()
    if default:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            cannot = translate("Opening", "{folder}: cannot create the data folder ({reason})")
            _cannot_open(parent, StoreError(cannot.format(folder=target.parent, reason=error.strerror)), otherwise)
            return Outcome()
    if not target.parent.is_dir():
        missing = translate("Opening", "{file}: the folder {folder} does not exist").format(
            file=target, folder=target.parent
        )
        _cannot_open(parent, StoreError(missing), otherwise, what_to_do=_said(CONNECTED))
        return Outcome()
    is_new = not target.exists()
    problem = write_access_problem(target)
    if problem is not None:
        if is_new:
            cannot = translate("Opening", "{file}: cannot be created: {reason}").format(file=target, reason=problem)
            _cannot_open(parent, StoreError(cannot), otherwise)
            return Outcome()
        QMessageBox.information(
            parent,
            translate("Opening", "Opened read-only"),
            translate("Opening", "{file}: {reason}, so Planner opens it read-only.\n\n{read_only}").format(
                file=target, reason=problem, read_only=_said(READ_ONLY_MEANS)
            ),
        )
        return _open_store(parent, target, None, read_only=True, otherwise=otherwise)
    try:
        lock = DatabaseLock.acquire(target)
    except DatabaseInUse as busy:
        choice = ask(
            parent,
            translate("Opening", "Database open in another Planner"),
            translate("Opening", "{file} is open {where}.\n\nOpen it read-only, or cancel?").format(
                file=target.name, where=busy.holder.describe()
            ),
            [_said(OPEN_READ_ONLY), _said(CANCEL)],
            details=translate(
                "Opening",
                "{read_only} What is changed in the other Planner shows here when you open the database again."
                "\n\n{file}",
            ).format(read_only=_said(READ_ONLY_MEANS), file=target),
        )
        if choice != _said(OPEN_READ_ONLY):
            return Outcome(cancelled=True)
        return _open_store(parent, target, None, read_only=True, otherwise=otherwise)
    except LockUnavailable as unavailable:
        QMessageBox.information(
            parent, translate("Opening", "Opened read-only"), f"{unavailable}.\n\n{_said(READ_ONLY_MEANS)}"
        )
        return _open_store(parent, target, None, read_only=True, otherwise=otherwise)
    outcome = _open_store(parent, target, lock, read_only=False, otherwise=otherwise)
    if outcome.store is not None and default and is_new:
        _add_samples(outcome.store)
    return outcome


def open_looked_at(
    parent: QWidget | None, target: Path, lock: DatabaseLock, *, damage_checked: bool, otherwise: str = ""
) -> Outcome:
    """Open a database the window has only looked at so far (its lock
    taken, its schema Planner's current one, its pages checked unless
    ``damage_checked`` is False: see services.database.look_at), with the
    same checks, answers and backup as any other."""
    ask_for_session(parent)
    return _backed_up(
        parent,
        _open_store(parent, target, lock, read_only=False, otherwise=otherwise, damage_checked=damage_checked),
    )


def _backed_up(parent: QWidget | None, outcome: Outcome) -> Outcome:
    """The automatic backup of a database that changed since its last one,
    made while the window shows; one that fails is told, and the database
    is open all the same."""
    if outcome.store is not None and outcome.store.keeps_backups:
        auto_backup.start(outcome.store, parent)
    return outcome


def _open_store(
    parent: QWidget | None,
    target: Path,
    lock: DatabaseLock | None,
    *,
    read_only: bool,
    otherwise: str,
    restored: bool = False,
    damage_checked: bool = False,
) -> Outcome:
    try:
        store = backups.Store.open(target, read_only=read_only, damage_checked=damage_checked)
    except StoreError as error:
        if not read_only and target.exists() and _refused_writing(error):
            # Write access looked fine but SQLite could not write (a network
            # share, a locked-down medium): reading may still work.
            if lock is not None:
                lock.release()
            QMessageBox.information(
                parent,
                translate("Opening", "Opened read-only"),
                translate("Opening", "{error}.\n\nPlanner opens it read-only. {read_only}").format(
                    error=error, read_only=_said(READ_ONLY_MEANS)
                ),
            )
            return _open_store(parent, target, None, read_only=True, otherwise=otherwise)
        # A backup is put back only by the window that holds the lock: never
        # under another Planner that is writing the file.
        backup = _backup_to_offer(target, error) if lock is not None and not restored else None
        if backup is not None and _offer_restore(parent, target, error, backup):
            if _restore(parent, backup, target):
                return _open_store(parent, target, lock, read_only=False, otherwise=otherwise, restored=True)
            assert lock is not None  # a backup is offered only under the lock
            lock.release()
            return Outcome()
        elif backup is None:
            _cannot_open(parent, error, otherwise)
        if lock is not None:
            lock.release()
        return Outcome()
    return Outcome(store, lock)


def _refused_writing(error: StoreError) -> bool:
    text = str(error)
    return "cannot be opened for writing" in text and any(
        sign in text for sign in ("readonly", "read-only", "unable to open")
    )


# -- messages -----------------------------------------------------------------------


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: list[str],
    *,
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> str | None:
    """A question whose buttons say what they do; the chosen one's text, or
    None when the box is closed. The last choice is the safe one (Escape)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    buttons: dict[QAbstractButton, str] = {}
    for index, choice in enumerate(choices):
        safe = index == len(choices) - 1
        role = QMessageBox.ButtonRole.RejectRole if safe else QMessageBox.ButtonRole.AcceptRole
        button = box.addButton(choice, role)
        buttons[button] = choice
        if index == 0:
            box.setDefaultButton(button)
        if safe:
            box.setEscapeButton(button)
    box.exec()
    return buttons.get(box.clickedButton())


CONNECTED = str(
    QT_TRANSLATE_NOOP(
        "Opening",
        "Is the drive, USB stick or network folder connected? Check the path, "
        "or choose another database with File ▸ Open database.",
    )
)


def advice(error: StoreError) -> str:
    """What to do about a file that cannot be opened (told by the wording
    of planner/db/store.py's message)."""
    text = str(error)
    untouched = _said(UNTOUCHED)
    if "does not exist" in text:
        return _said(CONNECTED)
    if "newer version of Planner" in text:
        return untouched
    if "another program" in text or "not one of Planner's" in text:
        return translate("Opening", "{untouched} Choose a Planner database with File ▸ Open database.").format(
            untouched=untouched
        )
    if any(kind in text for kind in _BAD_CONTENT):
        return translate(
            "Opening",
            "{untouched} Restore a backup of it, or choose another database with File ▸ Open database.",
        ).format(untouched=untouched)
    if "cannot be read" in text:
        return translate(
            "Opening",
            "Check that you may read this file, or choose another database with File ▸ Open database.",
        )
    return translate("Opening", "{untouched} Choose another database with File ▸ Open database.").format(
        untouched=untouched
    )


def _cannot_open(parent: QWidget | None, error: StoreError, otherwise: str, *, what_to_do: str = "") -> None:
    text = f"{error}.\n\n{what_to_do or advice(error)}"
    if otherwise:
        text += f"\n\n{otherwise}"
    QMessageBox.warning(parent, translate("Opening", "Cannot open the database"), text)


def backup_label(backup: BackupInfo) -> str:
    """ "the backup of Sat 21 Nov 2026 15:30 (3 events, the newest: ECRI
    study visit to BioM, Munich (23 Mar 2018))"."""
    made: datetime = backup.made_at
    count = backup.event_count
    if backup.encrypted:
        return encrypted.described(f"{day(made)} {clock(made)}")
    if count is None:
        holds = translate("Opening", "what it holds cannot be read")
    elif backup.last_event:
        holds = translate("Opening", "%n event(s), the newest: {event}", "", count).format(event=backup.last_event)
    else:
        holds = translate("Opening", "%n event(s)", "", count)
    return translate("Opening", "the backup of {made} ({holds})").format(made=f"{day(made)} {clock(made)}", holds=holds)


def _backup_to_offer(target: Path, error: StoreError) -> BackupInfo | None:
    """The newest readable backup of a file whose content is bad, if any."""
    if not any(kind in str(error) for kind in _BAD_CONTENT):
        return None
    try:
        found = [backup for backup in backups.backups_of(target) if backup.event_count is not None or backup.encrypted]
    except (PlannerError, OSError) as problem:
        log.warning("cannot list the backups of %s: %s", target, problem)
        return None
    return found[0] if found else None


def _offer_restore(parent: QWidget | None, target: Path, error: StoreError, backup: BackupInfo) -> bool:
    choice = ask(
        parent,
        translate("Opening", "Cannot open the database"),
        translate("Opening", "{error}.\n\nRestore {backup}?").format(error=error, backup=backup_label(backup)),
        [_said(RESTORE), _said(CANCEL)],
        details=translate(
            "Opening",
            "{untouched} Restoring keeps it: backed up, or set aside beside it as "
            "{file}.damaged-… when it cannot be read at all. Nothing is deleted.",
        ).format(untouched=_said(UNTOUCHED), file=target.name),
        icon=QMessageBox.Icon.Warning,
    )
    return choice == _said(RESTORE)


def _restore(parent: QWidget | None, backup: BackupInfo, target: Path) -> bool:
    go_on, passphrase = encrypted.passphrase_for(parent, backup.path)
    if not go_on:
        return False
    try:
        kept = backups.restore(backup.path, target, passphrase=passphrase)
    except PlannerError as error:
        QMessageBox.warning(
            parent, translate("Opening", "Cannot restore the backup"), f"{error}.\n\n{_said(UNTOUCHED)}"
        )
        return False
    text = translate("Opening", "{file}: restored {backup}.").format(file=target, backup=backup_label(backup))
    if kept is not None:
        text += "\n\n" + translate("Opening", "The file as it was is kept in {file}.").format(file=kept)
    QMessageBox.information(parent, translate("Opening", "Backup restored"), text)
    return True


def _add_samples(store: Store) -> None:
    """A new default database starts with the sample events to look at."""
    from planner.operations import perform
    from planner.operations.files import AddSampleEvents  # the event file's schema: loaded only for a new database

    perform(store, AddSampleEvents())
