"""The outbox dialog: every recipient with what they get and why, a preview
of the message selected, and delivery through the mail server or as .eml
files into a folder, with progress, Cancel and a report at the end.

What is listed comes from a plan made off the GUI thread (``load``); each
message delivered is recorded at once (``record``), in its own unit of
work, so a run that stops or fails half-way leaves a true record and the
next run delivers only what is missing. After each run the plan is made
again: the list then shows what is still due.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.calendar import outbox
from planner.errors import PlannerError
from planner.services.history import ChangeSet
from planner.ui import tasks
from planner.ui.outbox.preview import preview_text
from planner.ui.tables import select_row

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.ui.context import AppContext

translate = QCoreApplication.translate

# Translated where shown.
COLUMNS = (
    str(QT_TRANSLATE_NOOP("OutboxDialog", "Recipient")),
    str(QT_TRANSLATE_NOOP("OutboxDialog", "Gets")),
    str(QT_TRANSLATE_NOOP("OutboxDialog", "Why")),
)
# What a line of the plans gets (planner/calendar/invitation_plan.py and
# planner/mail/message_plan.py), as the Gets column shows it.
GETS = (
    QT_TRANSLATE_NOOP("OutboxDialog", "New invitation"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Update"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Cancellation"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Nothing"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Message"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Message, incomplete"),
)


class Line(Protocol):
    @property
    def recipient(self) -> str: ...
    @property
    def what(self) -> str: ...
    @property
    def why(self) -> str: ...
    @property
    def mail(self) -> Any: ...  # an outbox.Mail, or None: nothing goes to them
    @property
    def file_name(self) -> str: ...


class Plan(Protocol):
    @property
    def event_id(self) -> int: ...
    @property
    def sender(self) -> str: ...
    @property
    def lines(self) -> tuple[Any, ...]: ...  # of Line


def _no_password() -> str | None:
    return ""


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class MailServer:
    """Where messages are sent: said to the user; the password, asked for
    on the GUI thread before sending (None: the user cancelled); how to
    connect with it, in the worker; and what to do when the server refuses
    the login (forget the password, so it is asked again)."""

    description: str
    connect: Callable[[str | None], AbstractContextManager[smtplib.SMTP]]
    password: Callable[[], str | None] = _no_password
    login_refused: Callable[[], object] = _nothing


@dataclass
class Report:
    """What became of one run, by recipient."""

    verb: str  # "sent", "saved"
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def saved(self) -> bool:
        return self.verb == "saved"

    def headline(self) -> str:
        done = len(self.done)
        if self.saved:
            parts = [translate("OutboxDialog", "%n saved", "", done)]
        else:
            parts = [translate("OutboxDialog", "%n sent", "", done)]
        if self.failed:
            parts.append(translate("OutboxDialog", "%n failed", "", len(self.failed)))
        if self.stopped:
            parts.append(translate("OutboxDialog", "%n not sent (stopped)", "", len(self.stopped)))
        if self.skipped:
            parts.append(translate("OutboxDialog", "%n got nothing", "", len(self.skipped)))
        return ", ".join(parts)

    def text(self) -> str:
        # What needs the organiser's attention first.
        lines = [self.headline() + "."]
        if self.failed or self.stopped:
            lines[0] += " " + translate("OutboxDialog", "Run again to deliver only what is missing.")
        failed = translate("OutboxDialog", "FAILED: {recipient}: {reason}")
        stopped = (
            translate("OutboxDialog", "Not saved, stopped: {recipient}")
            if self.saved
            else translate("OutboxDialog", "Not sent, stopped: {recipient}")
        )
        done = (
            translate("OutboxDialog", "Saved: {recipient}")
            if self.saved
            else translate("OutboxDialog", "Sent: {recipient}")
        )
        lines += [failed.format(recipient=who, reason=why) for who, why in self.failed]
        lines += [stopped.format(recipient=who) for who in self.stopped]
        lines += [done.format(recipient=who) for who in self.done]
        return "\n".join(lines)

    def nothing_done(self) -> str:
        return (
            translate("OutboxDialog", "Nothing was saved.")
            if self.saved
            else translate("OutboxDialog", "Nothing was sent.")
        )


def _counted_kind(kind: str, count: int) -> str:
    """ "2 new invitations": a count of what a line gets."""
    if kind == "New invitation":
        text = translate("OutboxDialog", "%n new invitation(s)", "", count)
    elif kind == "Update":
        text = translate("OutboxDialog", "%n update(s)", "", count)
    elif kind == "Cancellation":
        text = translate("OutboxDialog", "%n cancellation(s)", "", count)
    elif kind == "Message":
        text = translate("OutboxDialog", "%n message(s)", "", count)
    elif kind == "Message, incomplete":
        text = translate("OutboxDialog", "%n incomplete message(s)", "", count)
    else:  # not one of the plans' kinds: as it is, counted
        return f"{count} {kind.lower()}"
    return text


def _summary(lines: tuple[Any, ...]) -> str:
    due = [line for line in lines if line.mail is not None]
    if not lines:
        return translate("OutboxDialog", "Nobody to write to: the event has no participants.")
    counts: dict[str, int] = {}
    for line in due:
        counts[line.what] = counts.get(line.what, 0) + 1
    nothing = len(lines) - len(due)
    if not due:
        return translate(
            "OutboxDialog", "Nothing to send: none of the %n people listed is due a message.", "", len(lines)
        )
    # "3 messages to deliver: 2 new invitations, 1 update." ("…: 8 messages." says nothing more)
    if list(counts) == ["Message"]:
        summary = translate("OutboxDialog", "%n message(s) to deliver.", "", len(due))
    else:
        what = ", ".join(_counted_kind(kind, count) for kind, count in counts.items())
        summary = translate("OutboxDialog", "%n message(s) to deliver: {what}.", "", len(due)).format(what=what)
    if nothing == 1:
        summary += " " + translate("OutboxDialog", "1 person gets nothing (see why below).")
    elif nothing:
        summary += " " + translate("OutboxDialog", "%n people get nothing (see why below).", "", nothing)
    return summary


class OutboxDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        *,
        title: str,
        intro: str,
        load: Callable[[Session], Plan],
        records_in: str,
        # (session, the plan, the message delivered, to_file=whether it was saved rather than sent)
        record: Callable[..., None],
        server: MailServer | None,
        no_server_reason: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self._load = load
        self._record = record
        self._records_in = records_in  # the table a delivered message is recorded in
        self.server = server
        self.plan: Plan | None = None
        self.report: Report | None = None
        self.runner = tasks.TaskRunner(context, self)  # progress dialogs over this dialog
        self.setWindowTitle(title)
        self.resize(1000, 640)

        layout = QVBoxLayout(self)
        heading = QLabel(intro)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.summary = QLabel(translate("OutboxDialog", "Preparing the messages…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("OutboxDialog", heading) for heading in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_preview)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(translate("OutboxDialog", "Select a recipient to see their message."))
        self.preview.setFont(QFont("monospace", 9))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([330, 230])
        layout.addWidget(split, 1)

        layout.addWidget(self._destination())
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setMaximumHeight(110)
        self.report_view.hide()
        layout.addWidget(self.report_view)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.deliver_button = QPushButton(translate("OutboxDialog", "Send"))
        self.deliver_button.setDefault(True)
        self.deliver_button.clicked.connect(self.deliver)
        close = QPushButton(translate("OutboxDialog", "Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.deliver_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._choose_destination()
        if server is None:
            self.by_server.setEnabled(False)
            self.by_files.setChecked(True)
            self.server_note.setText(no_server_reason)
        self.reload()

    # -- the destination ---------------------------------------------------------

    def _destination(self) -> QGroupBox:
        box = QGroupBox(translate("OutboxDialog", "Deliver"))
        grid = QGridLayout(box)
        self.by_server = QRadioButton(translate("OutboxDialog", "Send through the mail server"))
        self.by_server.setChecked(True)
        self.server_note = QLabel(self.server.description if self.server else "")
        self.server_note.setWordWrap(True)
        self.server_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.by_files = QRadioButton(
            translate("OutboxDialog", "Save as e-mail files (.eml) in a folder, to send from your own mail program")
        )
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(translate("OutboxDialog", "Choose a folder…"))
        browse = QPushButton(translate("OutboxDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        self.remember = QCheckBox(
            translate(
                "OutboxDialog", "I will send these files myself: count them as sent, so next time only changes go out"
            )
        )
        self.remember.setChecked(True)
        grid.addWidget(self.by_server, 0, 0, 1, 3)
        grid.addWidget(self.server_note, 1, 1, 1, 2)
        grid.addWidget(self.by_files, 2, 0, 1, 3)
        grid.addWidget(self.folder, 3, 1)
        grid.addWidget(browse, 3, 2)
        grid.addWidget(self.remember, 4, 1, 1, 2)
        grid.setColumnMinimumWidth(0, 18)
        grid.setColumnStretch(1, 1)
        self.by_server.toggled.connect(self._choose_destination)
        self.folder.textChanged.connect(self._choose_destination)
        self._folder_widgets = (self.folder, browse, self.remember)
        return box

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("OutboxDialog", "Folder for the messages"), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)
            self.by_files.setChecked(True)

    def _choose_destination(self, *_args: object) -> None:
        to_files = self.by_files.isChecked()
        for widget in self._folder_widgets:
            widget.setEnabled(to_files)
        self.deliver_button.setText(
            translate("OutboxDialog", "Save files") if to_files else translate("OutboxDialog", "Send")
        )
        self._update_button()

    def _update_button(self) -> None:
        due = bool(self.plan and any(line.mail is not None for line in self.plan.lines))
        ready = self.by_server.isChecked() or bool(self.folder.text().strip())
        self.deliver_button.setEnabled(due and ready and not self.runner.busy() and not self.context.read_only)

    # -- the plan ----------------------------------------------------------------

    def reload(self) -> tasks.Task[Any] | None:
        """Make the plan again, off the GUI thread (it reads the whole list
        and writes every message)."""
        store = self.context.store
        load = self._load

        def make(_progress: tasks.Progress) -> Plan:
            with store.write() as session:
                return load(session)

        def failed(error: PlannerError) -> None:
            self.summary.setText(translate("OutboxDialog", "Cannot prepare the messages: {error}").format(error=error))

        self.deliver_button.setEnabled(False)
        try:
            return self.runner.start(
                translate("OutboxDialog", "preparing the messages", "what is running, at the start of a sentence"),
                translate("OutboxDialog", "Preparing the messages…"),
                make,
                on_done=self.show_plan,
                on_failed=failed,
            )
        except PlannerError as error:
            failed(error)
            return None

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        self.summary.setText(_summary(plan.lines))
        self.table.setRowCount(len(plan.lines))
        for row, line in enumerate(plan.lines):
            gets = translate("OutboxDialog", line.what)
            for column, text in enumerate((line.recipient, gets, line.why)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if line.mail is None:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 420))
        first_due = next((row for row, line in enumerate(plan.lines) if line.mail is not None), 0 if plan.lines else -1)
        if first_due >= 0:
            select_row(self.table, first_due)
        self._update_button()

    def _show_preview(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.plan is None:
            self.preview.clear()
            return
        line = self.plan.lines[rows[0].row()]
        if line.mail is None:
            self.preview.setPlainText(
                translate("OutboxDialog", "{recipient} gets nothing: {reason}.").format(
                    recipient=line.recipient, reason=line.why
                )
            )
        else:
            self.preview.setPlainText(preview_text(line.mail.message))

    # -- delivering --------------------------------------------------------------

    def deliver(self) -> tasks.Task[Any] | None:
        """Send (or save) every message due, each recorded as it goes."""
        if self.plan is None:
            return None
        plan = self.plan
        due = [line for line in plan.lines if line.mail is not None]
        skipped = [(line.recipient, line.why) for line in plan.lines if line.mail is None]
        store = self.context.store
        record = self._record
        to_files = self.by_files.isChecked()
        remember = not to_files or self.remember.isChecked()
        folder = Path(self.folder.text().strip()).expanduser() if to_files else None
        server = self.server
        report = Report("saved" if to_files else "sent", skipped=skipped)
        password: str | None = ""
        if not to_files:
            if server is None:
                return None
            password = server.password()
            if password is None:
                return None  # the user did not give it

        def delivered(mail: Any, *_path: object) -> None:
            if remember:
                # Its own unit of work: a later failure leaves it recorded.
                with store.write() as session:
                    record(session, plan, mail, to_file=to_files)

        def work(progress: tasks.Progress) -> outbox.Outcome[Any]:
            mails = [line.mail for line in due]
            count = 0

            def step(mail: Any, *path: object) -> None:
                nonlocal count
                delivered(mail, *path)
                count += 1
                if not progress.cancelled:
                    progress(count, len(mails))

            stop = lambda: progress.cancelled  # noqa: E731
            if folder is not None:
                named = [(line.mail, line.file_name) for line in due]
                return outbox.write_all(folder, named, store, on_done=step, stop_requested=stop)
            assert server is not None
            with server.connect(password) as connection:
                return outbox.send_all(connection, plan.sender, mails, store=store, on_done=step, stop_requested=stop)

        def done(outcome: outbox.Outcome[Any]) -> None:
            if outcome.done and remember:  # what shows the records (the Participants tab) reads them again
                self.context.data_changed.emit(ChangeSet.noted(self._records_in, plan.event_id))
            report.done = [mail.recipient for mail in outcome.done]
            report.failed = [(mail.recipient, why) for mail, why in outcome.failed]
            report.stopped = [mail.recipient for mail in outcome.stopped]
            self.show_report(report)

        def failed(error: PlannerError) -> None:
            # Before the first message (the server or the folder): nothing went out.
            if server is not None and "refused the login" in str(error):
                server.login_refused()
            QMessageBox.warning(self, self.windowTitle(), f"{error}\n\n{report.nothing_done()}")
            self.reload()

        label = (
            translate("OutboxDialog", "Saving the messages…")
            if to_files
            else translate("OutboxDialog", "Sending the messages…")
        )
        self.deliver_button.setEnabled(False)
        try:
            what = translate("OutboxDialog", "sending the messages", "what is running, at the start of a sentence")
            return self.runner.start(what, label, work, on_done=done, on_failed=failed)
        except PlannerError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return None

    def show_report(self, report: Report) -> None:
        self.report = report
        self.report_view.setPlainText(report.text())
        self.report_view.show()
        self.reload()

    def reject(self) -> None:
        if self.runner.busy():
            return  # the progress dialog's Cancel stops the run first
        super().reject()
