"""File ▸ Restore from backup…: the backups of the open database, newest
first, with what each holds; restoring one backs up the current state first,
then reopens the database so every view shows the restored data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import config
from planner.errors import PlannerError
from planner.services import database as backups
from planner.services.database import BackupInfo, Store, size_text
from planner.services.labels import clock, day
from planner.ui import auto_backup
from planner.ui.context import AppContext
from planner.ui.protection import backups as encrypted
from planner.ui.tables import select_row

translate = QCoreApplication.translate

# Translated where shown.
COLUMNS = (
    str(QT_TRANSLATE_NOOP("BackupsDialog", "Made")),
    str(QT_TRANSLATE_NOOP("BackupsDialog", "Why")),
    str(QT_TRANSLATE_NOOP("BackupsDialog", "Events")),
    str(QT_TRANSLATE_NOOP("BackupsDialog", "Last event")),
    str(QT_TRANSLATE_NOOP("BackupsDialog", "Size")),
)
BACKUP_FILTER = str(QT_TRANSLATE_NOOP("BackupsDialog", "Planner backups (*.sqlite *.db);;All files (*)"))
# Why a backup was made (planner/db/backups.py REASONS), as the list shows it.
REASONS = {
    "automatic": QT_TRANSLATE_NOOP("BackupsDialog", "Automatic"),
    "on request": QT_TRANSLATE_NOOP("BackupsDialog", "On request"),
    "before restoring": QT_TRANSLATE_NOOP("BackupsDialog", "Before restoring"),
    "before upgrade": QT_TRANSLATE_NOOP("BackupsDialog", "Before upgrade"),
    "before removing": QT_TRANSLATE_NOOP("BackupsDialog", "Before removing personal data"),
}


def when(backup: BackupInfo) -> str:
    return f"{day(backup.made_at)} {clock(backup.made_at)}"


def why(backup: BackupInfo) -> str:
    reason = REASONS.get(backup.reason)
    return translate("BackupsDialog", str(reason)) if reason is not None else backup.reason.capitalize()


class BackupsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.context = context
        self.folder = folder if folder is not None else config.backup_dir()
        self.backups: list[BackupInfo] = []
        # What happened, for the window's status bar ("" when nothing was restored).
        self.outcome = ""
        self.setWindowTitle(translate("BackupsDialog", "Restore from backup"))
        self.resize(900, 420)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([translate("BackupsDialog", heading) for heading in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(translate("BackupsDialog", "&Restore…"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(translate("BackupsDialog", "From &file…"), self)
        self.file_button.setToolTip(
            translate("BackupsDialog", "Restore a backup kept elsewhere (written with `planner backup -o` or copied)")
        )
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(translate("BackupsDialog", "Open &folder"), self)
        self.folder_button.setToolTip(str(self.folder))
        self.folder_button.clicked.connect(self.open_folder)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        database = self.context.store.path
        self.backups = backups.backups_of(database, self.folder)
        if self.read_only:
            intro = translate(
                "BackupsDialog",
                "<b>{database}</b> is open read-only, so it cannot be restored here. Close the other "
                "Planner that has it open (or make the file writable), open it again, then restore.",
            )
        elif self.backups:
            intro = translate(
                "BackupsDialog",
                "Backups of <b>{database}</b> in {folder}, newest first.<br>"
                "Restoring one replaces what the database holds now; the current state is backed up first.",
            )
        else:
            intro = translate(
                "BackupsDialog",
                "No backups of <b>{database}</b> yet. Planner makes one each time it opens the database "
                "after a change, and File ▸ Back up now makes one at once.",
            )
        self.intro.setText(intro.format(database=database.name, folder=database.parent))
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            unreadable = backup.event_count is None and not backup.encrypted
            events = "?" if unreadable else "" if backup.encrypted else str(backup.event_count)
            last = (
                translate("BackupsDialog", "This backup cannot be read (damaged or incomplete)")
                if unreadable
                else encrypted.contents_unknown()
                if backup.encrypted
                else backup.last_event
            )
            cells = (when(backup), why(backup), events, last, size_text(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(backup.path))
                if unreadable:
                    item.setForeground(self.palette().placeholderText())
                if backup.encrypted and column == 0:
                    item.setIcon(encrypted.lock_icon())
                self.table.setItem(row, column, item)
        if self.backups:
            select_row(self.table, 0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        backup = self.selected()
        readable = backup is not None and (backup.event_count is not None or backup.encrypted)
        self.restore_button.setEnabled(not self.read_only and readable)
        self.file_button.setEnabled(not self.read_only)

    @property
    def read_only(self) -> bool:
        """Opened read-only (another Planner writes it, or the file is
        read-only): restoring under another writer would lose its work."""
        return bool(getattr(self.context.store, "read_only", False))

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        described = (
            encrypted.described(when(backup))
            if backup.encrypted
            else translate("BackupsDialog", "the backup of {made} ({events})").format(
                made=when(backup), events=_events(backup.event_count)
            )
        )
        return self.restore(backup.path, described)

    def choose_file(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("BackupsDialog", "Restore from a backup file"),
            str(self.folder),
            f"{translate('BackupsDialog', BACKUP_FILTER)};;{encrypted.file_filter()}",
        )
        return self.restore(Path(chosen), Path(chosen).name) if chosen else False

    def restore(self, backup: Path, described: str) -> bool:
        """Ask, then restore ``backup`` into the open database and reopen it."""
        database = self.context.store.path
        if self.read_only:
            return False
        answer = QMessageBox.question(
            self,
            translate("BackupsDialog", "Restore from backup"),
            translate(
                "BackupsDialog",
                "Replace what {database} holds now with {backup}?\n\n"
                "The current database will be backed up first, so this can be taken back "
                "by restoring that backup.",
            ).format(database=database.name, backup=described),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        encrypted.ask_for_session(self)  # the database as it is is backed up first, encrypted
        go_on, passphrase = encrypted.passphrase_for(self, backup)
        if not go_on:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # The store lets go of the file while it is replaced; if the
            # restore is refused, it simply connects again.
            auto_backup.wait()
            self.context.store.close()
            safety = backups.restore(backup, database, self.folder, passphrase)
            reopened = Store.open(database, backup_dir=self.folder)
        except PlannerError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, translate("BackupsDialog", "Cannot restore the backup"), str(error))
            self.reload()
            return False
        QApplication.restoreOverrideCursor()
        # This window keeps its claim on the file: the lock goes on with the reopened store.
        lock, self.context.lock = getattr(self.context, "lock", None), None
        self.context.replace_store(reopened, lock)
        if safety is not None:
            self.outcome = translate("BackupsDialog", "Restored {backup}; the database as it was is in {file}").format(
                backup=described, file=safety.name
            )
        else:
            self.outcome = translate("BackupsDialog", "Restored {backup}").format(backup=described)
        self.accept()
        return True

    def open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            QMessageBox.warning(
                self, translate("BackupsDialog", "Cannot open the backup folder"), f"{self.folder}: {error.strerror}"
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def _events(number: int | None) -> str:
    count = number or 0
    return translate("BackupsDialog", "%n event(s)", "", count)
