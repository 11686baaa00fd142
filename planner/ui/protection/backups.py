"""What the window needs for encrypted backups: how the backups list shows
one (a lock, its date, no content: that is known once restored), the
passphrase a restore needs (the one kept tried first, then asked), and the
passphrase asked once per session where no keyring keeps it."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.errors import StoreError
from planner.ui import icons
from planner.ui.protection.passphrase_dialog import ask_passphrase

translate = QCoreApplication.translate

LOCK = "lock-outline"


def lock_icon() -> QIcon:
    return icons.icon(LOCK)


def contents_unknown() -> str:
    """The backups list's words for what an encrypted backup holds."""
    return translate("EncryptedBackups", "Encrypted: what it holds shows once restored with its passphrase")


def file_filter() -> str:
    return translate("EncryptedBackups", "Encrypted Planner backups (*.encrypted)")


def described(made: str) -> str:
    """ "the encrypted backup of Sat 21 Nov 2026 15:30", for the question
    before restoring."""
    return translate("EncryptedBackups", "the encrypted backup of {made}").format(made=made)


def _protection() -> ModuleType:
    """planner.services.backup_protection, loaded when first needed: the
    window opens its database before loading more than it must."""
    from planner.services import backup_protection

    return backup_protection


def _opens(path: Path, passphrase: str) -> bool:
    protection = _protection()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key takes half a second to derive
    try:
        return protection.opens(path, passphrase)
    finally:
        QApplication.restoreOverrideCursor()


def passphrase_for(parent: QWidget | None, path: Path) -> tuple[bool, str | None]:
    """Whether to go on with restoring ``path``, and with which passphrase
    (None for a backup that is not encrypted). The passphrase kept for new
    backups is tried first; otherwise (or when the backup was made with an
    earlier one) it is asked until it opens the backup or the user cancels."""
    protection = _protection()
    if not protection.is_encrypted(path):
        return True, None
    title = translate("EncryptedBackups", "Passphrase of the backup")
    try:
        kept = protection.passphrase()
        if kept and _opens(path, kept):
            return True, kept
        text = translate(
            "EncryptedBackups",
            "{file} is encrypted. Type the passphrase it was made with: a backup made before the passphrase "
            "was changed opens only with the earlier one.",
        ).format(file=path.name)
        problem = ""
        while True:
            typed = ask_passphrase(parent, title, text, problem)
            if typed is None:
                return False, None
            if _opens(path, typed):
                return True, typed
            problem = translate("EncryptedBackups", "This passphrase does not open the backup; nothing was changed.")
    except (StoreError, OSError) as error:
        QMessageBox.warning(parent, translate("EncryptedBackups", "Cannot restore the backup"), str(error))
        return False, None


def ask_for_session(parent: QWidget | None) -> None:
    """When backups are encrypted and no passphrase is at hand (no keyring
    keeps it), ask it once for this session, checked against the newest
    encrypted backup. Cancelled: no backup is made, and the window says so
    when one is due."""
    protection = _protection()
    if not protection.encrypting() or protection.passphrase():
        return
    newest = protection.newest_encrypted_backup()
    title = translate("EncryptedBackups", "Passphrase of the backups")
    text = translate(
        "EncryptedBackups",
        "Your backups are encrypted. No keyring on this computer keeps the passphrase, so Planner asks for it "
        "once each time it starts. Without it, no backup is made.",
    )
    problem = ""
    while True:
        typed = ask_passphrase(parent, title, text, problem)
        if typed is None:
            return
        try:
            right = newest is None or _opens(newest, typed)
        except (StoreError, OSError):
            right = True  # nothing to check it against
        if right:
            protection.hold_for_session(typed)
            return
        problem = translate("EncryptedBackups", "This passphrase does not open your newest backup ({file}).").format(
            file=newest.name if newest is not None else ""
        )
