"""Preferences ▸ Backups: encrypt backups with a passphrase, and change it.

The choice holds for every database of this user (the command line reads
it too); the passphrase goes to the system keyring when Preferences are
saved, never into a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.services import backup_protection as protection
from planner.ui.protection.passphrase_dialog import ask_new_passphrase

translate = QCoreApplication.translate


class BackupProtectionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("BackupProtectionBox", "Backups"), parent)
        self.chosen: str | None = None  # a new passphrase, kept when the preferences are saved
        self.encrypt = QCheckBox(translate("BackupProtectionBox", "&Encrypt backups with a passphrase"), self)
        self.encrypt.setObjectName("encrypt_backups")
        self.encrypt.setChecked(protection.encrypting())
        self.change = QPushButton(self)
        self.change.setObjectName("backup_passphrase")
        self.change.clicked.connect(self.choose_passphrase)
        self.where = QLabel(self)
        self.where.setObjectName("passphrase_kept")
        self.where.setWordWrap(True)
        self.note = QLabel(
            translate(
                "BackupProtectionBox",
                "An encrypted backup opens only with the passphrase it was made with. After a change, new backups "
                "use the new passphrase; older ones still open with the old one. Nobody, Planner included, can "
                "restore a backup whose passphrase is lost.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.encrypt)
        row.addStretch()
        row.addWidget(self.change)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.where)
        layout.addWidget(self.note)
        self.encrypt.toggled.connect(self._toggled)
        self._show_state()

    def _has_passphrase(self) -> bool:
        return self.chosen is not None or bool(protection.passphrase())

    def _toggled(self, on: bool) -> None:
        if on and not self._has_passphrase() and not self.choose_passphrase():
            self.encrypt.setChecked(False)  # no passphrase, no encryption
        self._show_state()

    def choose_passphrase(self) -> bool:
        chosen = ask_new_passphrase(
            self,
            translate("BackupProtectionBox", "Passphrase of the backups"),
            translate(
                "BackupProtectionBox",
                "Backups made from now on are encrypted with this passphrase. Keep it somewhere safe (a password "
                "manager): without it, no backup can be restored.",
            ),
        )
        if chosen is None:
            return False
        self.chosen = chosen
        self._show_state()
        return True

    def _show_state(self) -> None:
        has = self._has_passphrase()
        self.change.setText(
            translate("BackupProtectionBox", "Change the &passphrase…")
            if has
            else translate("BackupProtectionBox", "Set the &passphrase…")
        )
        self.change.setEnabled(self.encrypt.isChecked() and not protection.from_environment())
        if protection.from_environment():
            where = translate(
                "BackupProtectionBox", "The passphrase is taken from {variable} in the environment."
            ).format(variable=protection.PASSPHRASE_VARIABLE)
        elif protection.keyring_problem():
            where = translate(
                "BackupProtectionBox",
                "No usable keyring on this computer: Planner asks for the passphrase once each time it starts.",
            )
        else:
            where = translate(
                "BackupProtectionBox", "The passphrase is kept in the system keyring ({keyring}), never in a file."
            ).format(keyring=protection.keyring_name())
        if self.chosen is not None:
            where += " " + translate("BackupProtectionBox", "The new passphrase is kept when you press OK.")
        self.where.setText(where)
        self.where.setVisible(self.encrypt.isChecked())

    def apply(self) -> bool:
        """Keep the choice (and a new passphrase); False after telling why
        it could not be kept."""
        turned_on = self.encrypt.isChecked() and not protection.encrypting()
        try:
            if self.chosen is not None:
                protection.keep_passphrase(self.chosen)
            protection.set_encrypting(self.encrypt.isChecked())
        except PlannerError as error:
            QMessageBox.warning(self, translate("BackupProtectionBox", "Cannot keep the choice"), str(error))
            return False
        if turned_on:
            self.offer_to_encrypt_older()
        return True

    def offer_to_encrypt_older(self, folder: Path | None = None) -> int:
        """The backups made before stay readable until thinned (up to two
        years): offer to encrypt them now. How many were."""
        older = protection.unencrypted_backups(folder)
        chosen = protection.passphrase()
        if not older or not chosen:
            return 0
        answer = QMessageBox.question(
            self,
            translate("BackupProtectionBox", "Encrypt the backups made before?"),
            translate(
                "BackupProtectionBox",
                "%n backup(s) made before are not encrypted: anyone who can read the backup folder can read "
                "the participants' data in them. Encrypt them now with the passphrase?",
                "",
                len(older),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = protection.encrypt_backups(older, chosen)
        finally:
            QApplication.restoreOverrideCursor()
        if len(done) < len(older):
            QMessageBox.warning(
                self,
                translate("BackupProtectionBox", "Encrypt the backups made before?"),
                translate(
                    "BackupProtectionBox",
                    "%n backup(s) could not be encrypted; they are as they were.",
                    "",
                    len(older) - len(done),
                ),
            )
        return len(done)
