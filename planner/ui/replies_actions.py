"""Replies to invitations read back from the window: File ▸ Import replies
to invitations…, or .eml and .ics replies (or a folder of them) dropped on
the window. Both run the ImportReplies operation, as `planner replies`
does: one undoable step, and a report of what changed for whom, what was
so already and what was refused and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.errors import PlannerError
from planner.ui import tasks
from planner.ui.action import make_action
from planner.ui.file_folders import REPLIES, last_folder, remember_folder

if TYPE_CHECKING:
    from planner.services.replies import RepliesReport
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate

REPLY_FILTER = str(QT_TRANSLATE_NOOP("ReplyActions", "Replies (*.eml *.ics);;All files (*)"))  # translated where shown
# How much of a dropped .ics is read to see whether it is a reply.
SNIFF_BYTES = 64 * 1024


class ReplyActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.import_action = make_action(
            window, translate("ReplyActions", "Import &replies to invitations…"), self.choose_files
        )
        self.import_action.setStatusTip(
            translate("ReplyActions", "Read partners' answers (.eml or .ics) into their participant status")
        )
        self.fetch_action = make_action(
            window, translate("ReplyActions", "&Fetch replies from mailbox…"), self.fetch_from_mailbox
        )
        self.fetch_action.setStatusTip(
            translate("ReplyActions", "Read the answers to your invitations from the mailbox they arrive in (IMAP)")
        )
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def choose_files(self) -> None:
        settings = self.window.context.settings
        chosen, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("ReplyActions", "Import replies"),
            str(last_folder(settings, REPLIES)),
            translate("ReplyActions", REPLY_FILTER),
        )
        if chosen:
            remember_folder(settings, REPLIES, chosen[0])
            self.import_replies([Path(name) for name in chosen])

    def fetch_from_mailbox(self):
        from planner.ui.mailbox_dialog import MailboxDialog

        try:
            self.window.context.refuse_if_read_only()
        except PlannerError as error:
            QMessageBox.warning(self.window, translate("ReplyActions", "Cannot fetch replies"), str(error))
            return None
        dialog = MailboxDialog(self.window.context, self.window)
        dialog.open()
        return dialog

    def import_replies(self, paths: list[Path]) -> tasks.Task | None:
        from planner.operations.replies import ImportReplies  # the mail parsers: when first used

        def failed(error: PlannerError) -> None:
            QMessageBox.warning(
                self.window,
                translate("ReplyActions", "Cannot import the replies"),
                translate("ReplyActions", "{error}\n\nNothing was changed.").format(error=error),
            )

        try:
            return tasks.TaskRunner.of(self.window).perform(
                ImportReplies(tuple(paths)),
                translate("ReplyActions", "Reading replies…"),
                what=translate("ReplyActions", "reading replies", "what is running, at the start of a sentence"),
                on_done=self.show_report,
                on_failed=failed,
            )
        except PlannerError as error:  # read-only, or other work still running
            QMessageBox.warning(self.window, translate("ReplyActions", "Cannot import the replies"), str(error))
            return None

    def show_report(self, report: RepliesReport) -> None:
        self.window.statusBar().showMessage(report.summary(), 8000)
        text = "\n".join(report.lines())
        if report.refused:
            QMessageBox.warning(self.window, translate("ReplyActions", "Replies read"), text)
        else:
            QMessageBox.information(self.window, translate("ReplyActions", "Replies read"), text)

    # -- files dropped on the window -------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Drag enter and drag move events are drop events too.
        if watched is self.window and isinstance(event, QDropEvent):
            paths = replies_in(event.mimeData())
            if not paths:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.import_replies(paths)
            return True
        return super().eventFilter(watched, event)


def replies_in(data: QMimeData) -> list[Path]:
    """The dropped files when all of them are replies to read: folders,
    .eml files, and .ics files that say METHOD:REPLY or COUNTER (another
    .ics is a calendar to import, not a reply)."""
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    if not paths or len(paths) != len(data.urls()):
        return []
    return paths if all(_is_reply(path) for path in paths) else []


def _is_reply(path: Path) -> bool:
    if path.is_dir():
        return True
    suffix = path.suffix.lower()
    if suffix == ".eml":
        return True
    if suffix != ".ics":
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES).upper()
    except OSError:
        return False
    return b"METHOD:REPLY" in head or b"METHOD:COUNTER" in head
