"""The dialog of Calendar ▸ Publish to a calendar server… (where: the
calendar's URL; as whom; the password, kept in the system keyring, never in
the database; Test connection) and the publication itself, run off the GUI
thread, with what it changed said (Calendar ▸ Publish now)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.services import caldav_password, calendar_publications, mail_password
from planner.ui import tasks

if TYPE_CHECKING:
    from planner.calendar.caldav_publish import PublishReport
    from planner.ui.context import AppContext

translate = QCoreApplication.translate

# Translated where shown.
TITLE = str(QT_TRANSLATE_NOOP("CalDavPublishing", "Publish to a calendar server"))
FAILED = str(QT_TRANSLATE_NOOP("CalDavPublishing", "Cannot publish the calendar"))


def password_note() -> str:
    problem = mail_password.keyring_problem()
    if problem:
        return translate(
            "CalDavPublishDialog", "The password is kept until Planner closes only, never written down: {problem}."
        ).format(problem=problem)
    return translate(
        "CalDavPublishDialog", "The password is kept in the system keyring ({keyring}), never in the database."
    ).format(keyring=mail_password.keyring_name())


class CalDavPublishDialog(QDialog):
    """Where the event's calendar is published; Publish saves it (one
    undoable step) and publishes at once."""

    def __init__(self, context: AppContext, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.runner = tasks.TaskRunner(context, self)
        self.setWindowTitle(translate("CalDavPublishing", TITLE))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "CalDavPublishDialog",
                "Planner puts the event and each agenda item into a calendar on a CalDAV server (Nextcloud, "
                "Radicale, Baïkal, SOGo, Fastmail, iCloud…). Partners subscribe to that calendar once and always "
                "see the current programme. Planner changes only the entries it published there, never your "
                "partners' own.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/calendars/me/programme/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("CalDavPublishDialog", "Calendar URL:"), self.url)
        form.addRow(translate("CalDavPublishDialog", "User name:"), self.user)
        form.addRow(translate("CalDavPublishDialog", "Password:"), self.password)
        layout.addLayout(form)
        note = QLabel(password_note())
        note.setWordWrap(True)
        layout.addWidget(note)
        # Off by default: each participant's travel and hotel in a calendar of its own.
        self.personal = QCheckBox(
            translate(
                "CalDavPublishDialog",
                "Also publish each participant's personal calendar, each to a calendar of its own",
            )
        )
        layout.addWidget(self.personal)
        personal_form = QFormLayout()
        self.personal_base = QLineEdit()
        self.personal_base.setPlaceholderText("https://cloud.example.org/remote.php/dav/calendars/me/")
        personal_form.addRow(translate("CalDavPublishDialog", "Make them under:"), self.personal_base)
        layout.addLayout(personal_form)
        self.personal_warning = QLabel(
            translate(
                "CalDavPublishDialog",
                "Each of these calendars holds that person's travel and hotel. On the server, share each one with "
                "its person only, never with a group. The account you publish with can read them all.",
            )
        )
        self.personal_warning.setWordWrap(True)
        layout.addWidget(self.personal_warning)
        self.personal.toggled.connect(self._show_personal)
        self._show_personal(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(translate("CalDavPublishDialog", "&Test connection"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button = buttons.addButton(
            translate("CalDavPublishDialog", "&Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.setDefault(True)
        self.stop_button = QPushButton(translate("CalDavPublishDialog", "&Stop publishing"))
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stop_button.setVisible(False)  # shown when the event is published
        self.test_button.clicked.connect(self.test_connection)
        self.stop_button.clicked.connect(self.stop)
        buttons.accepted.connect(self.publish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()
        self.resize(560, self.sizeHint().height())

    def _show_personal(self, on: bool) -> None:
        self.personal_base.setEnabled(on)
        self.personal_warning.setVisible(on)

    def _load(self) -> None:
        with self.context.read() as session:
            saved = calendar_publications.publication_of(session, self.event_id)
        if saved is None:
            return
        self.stop_button.setVisible(True)
        self.url.setText(saved.url)
        self.user.setText(saved.user_name)
        self.personal_base.setText(saved.personal_base_url)
        self.personal.setChecked(bool(saved.personal_base_url))
        if saved.user_name:
            self.password.setText(caldav_password.stored_password(saved.url, saved.user_name) or "")

    def _given(self) -> tuple[str, str, str] | None:
        """The URL (checked), user name and password; None (said in the
        dialog) when something is missing."""
        try:
            url = calendar_publications.checked_url(self.url.text())
        except PlannerError as error:
            self.status.setText(getattr(error, "message", str(error)))
            self.url.setFocus()
            return None
        user = self.user.text().strip()
        if user and not self.password.text():
            self.status.setText(translate("CalDavPublishDialog", "Type the password of {user}.").format(user=user))
            self.password.setFocus()
            return None
        return url, user, self.password.text()

    def test_connection(self) -> tasks.Task | None:
        given = self._given()
        if given is None:
            return None
        url, user, password = given
        self.test_button.setEnabled(False)
        self.status.setText(translate("CalDavPublishDialog", "Connecting to {url}…").format(url=url))

        def work(_progress) -> str:
            from planner.calendar.caldav_publish import check_connection

            return check_connection(url, user, password or None)

        def ended(text: str) -> None:
            self.test_button.setEnabled(True)
            self.status.setText(text)

        return self.runner.start_background(
            translate("CalDavPublishDialog", "a connection test", "what is running, at the start of a sentence"),
            work,
            on_done=ended,
            on_failed=lambda error: ended(str(error)),
        )

    def stop(self) -> None:
        """Publish no more (one undoable step); the calendar on the server
        keeps what it holds."""
        from planner.operations.calendar_publication import StopPublishingToCalendarServer

        try:
            self.context.perform(StopPublishingToCalendarServer(self.event_id))
        except PlannerError as error:
            self.status.setText(str(error))
            return
        self.accept()
        window = self.parentWidget()
        status_bar = getattr(window, "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(
                translate(
                    "CalDavPublishDialog",
                    "The event is no longer published; the calendar on the server keeps its entries.",
                ),
                8000,
            )

    def publish(self) -> tasks.Task | None:
        """Keep where (an undoable step when it changed) and the password,
        then publish."""
        given = self._given()
        if given is None:
            return None
        url, user, password = given
        personal = self.personal_base.text().strip() if self.personal.isChecked() else ""
        if self.personal.isChecked() and not personal:
            self.status.setText(
                translate("CalDavPublishDialog", "Type the address under which the personal calendars are made.")
            )
            self.personal_base.setFocus()
            return None
        if self.personal.isChecked():
            try:
                personal = calendar_publications.checked_url(personal)
            except PlannerError as error:
                self.status.setText(getattr(error, "message", str(error)))
                self.personal_base.setFocus()
                return None
        with self.context.read() as session:
            saved = calendar_publications.publication_of(session, self.event_id)
        if saved is None or (saved.url, saved.user_name, saved.personal_base_url) != (url, user, personal):
            from planner.operations.calendar_publication import PublishToCalendarServer

            try:
                self.context.perform(PublishToCalendarServer(self.event_id, url, user, personal))
            except PlannerError as error:
                self.status.setText(str(error))
                return None
        if user:
            caldav_password.store_password(url, user, password)
        self.accept()
        window = self.parentWidget()
        assert window is not None
        return publish_now(window, self.context, self.event_id, password or None)


def publish_now(
    window: QWidget, context: AppContext, event_id: int, password: str | None = None, *, overwrite: bool = False
) -> tasks.Task | None:
    """Bring the event's calendar on the server up to date, off the GUI
    thread, then say what changed. ``overwrite``: also replace entries
    someone else changed on the server."""
    with context.read() as session:
        publication = calendar_publications.publication_of(session, event_id)
    if publication is None:
        return None

    def ask_password(why: str) -> None:
        dialog = CalDavPublishDialog(context, event_id, window)
        dialog.status.setText(why)
        dialog.password.clear()
        dialog.password.setFocus()
        dialog.open()

    if password is None and publication.user_name:
        password = caldav_password.stored_password(publication.url, publication.user_name)
        if password is None:  # not kept (no keyring, or another computer): asked in the dialog
            ask_password(
                translate("CalDavPublishDialog", "Type the password of {user}.").format(user=publication.user_name)
            )
            return None
    store = context.store

    def work(_progress) -> PublishReport:
        from planner.calendar.caldav_publish import publish

        with store.write() as session:
            return publish(session, event_id, password, overwrite=overwrite)

    def failed(error: PlannerError) -> None:
        if getattr(error, "password_refused", False) and publication.user_name:
            ask_password(str(error))  # typed again, not tried again
            return
        QMessageBox.warning(
            window,
            translate("CalDavPublishing", FAILED),
            translate("CalDavPublishing", "{error}\n\nNothing was changed on the server.").format(error=error),
        )

    def done(report: PublishReport) -> None:
        if show_report(window, report):
            publish_now(window, context, event_id, password, overwrite=True)

    try:
        return tasks.TaskRunner.of(window).start(
            translate("CalDavPublishing", "publishing", "what is running, at the start of a sentence"),
            translate("CalDavPublishing", "Publishing to {url}…").format(url=publication.url),
            work,
            on_done=done,
            on_failed=failed,
        )
    except PlannerError as error:  # read-only, or other work still running
        failed(error)
        return None


def report_lines(report: PublishReport) -> list[str]:
    """What a publication did, for the message and the status bar."""
    if not (report.changed or report.any_kept or report.problems):
        return [
            translate(
                "CalDavPublishing",
                "The calendar at {url} was up to date: nothing was written (%n entries).",
                "",
                report.unchanged,
            ).format(url=report.url)
        ]
    lines = [
        translate("CalDavPublishing", "Published to {url}:").format(url=report.url),
        translate("CalDavPublishing", "%n created", "", len(report.created)),
        translate("CalDavPublishing", "%n updated", "", len(report.updated)),
        translate("CalDavPublishing", "%n removed", "", len(report.removed)),
    ]
    if report.kept:
        lines.append(
            translate(
                "CalDavPublishing",
                "Left as they are, changed on the server by someone else since Planner published them: {titles}",
            ).format(titles="; ".join(report.kept))
        )
    for each in report.personal:
        if not (each.changed or each.kept or each.problem):
            continue
        done = ", ".join(
            [
                translate("CalDavPublishing", "%n created", "", len(each.created)),
                translate("CalDavPublishing", "%n updated", "", len(each.updated)),
                translate("CalDavPublishing", "%n removed", "", len(each.removed)),
            ]
        )
        lines.append(
            translate("CalDavPublishing", "Personal calendar of {name}: {done}").format(
                name=each.person or each.url, done=done
            )
        )
        if each.kept:
            lines.append(
                translate(
                    "CalDavPublishing",
                    "Left as they are, changed on the server by someone else since Planner published them: {titles}",
                ).format(titles="; ".join(each.kept))
            )
    if report.problems:
        lines.append(
            translate(
                "CalDavPublishing", "{problem}\n\nWhat was written before is recorded: publish again to finish."
            ).format(problem="\n".join(report.problems))
        )
    return lines


def show_report(window: QWidget, report: PublishReport) -> bool:
    """Say what a publication did; whether the user wants the entries
    someone else changed on the server replaced with the programme."""
    lines = report_lines(report)
    status_bar = getattr(window, "statusBar", None)
    if status_bar is not None:
        status_bar().showMessage(" ".join([lines[0], ", ".join(lines[1:4])]).strip(), 8000)
    if report.any_kept and not report.problems:
        question = translate("CalDavPublishing", "Replace them with the programme?")
        answer = QMessageBox.question(window, translate("CalDavPublishing", TITLE), "\n".join([*lines, "", question]))
        return answer == QMessageBox.StandardButton.Yes
    box = QMessageBox.warning if report.problems else QMessageBox.information
    box(window, translate("CalDavPublishing", TITLE), "\n".join(lines))
    return False
