"""Edit ▸ Mail settings…: the account invitations are sent from (server,
port, security, user name, sender), its password kept in the system keyring,
and a test message sent off the GUI thread with the server's answer shown.
OK saves the settings as one undoable step; the password is not part of the
step (it is not in the database)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.operations.mail_settings import ChangeMailSettings
from planner.services import mail_password, mail_settings
from planner.services.errors import InvalidInput
from planner.services.mail_settings import USUAL_PORTS, MailSecurity, MailSettings
from planner.ui import theme
from planner.ui.context import AppContext
from planner.ui.forms import fit_hints
from planner.ui.mail_password_prompt import password_for
from planner.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from planner.calendar.mail_account import TestSent

translate = QCoreApplication.translate

# Translated where shown.
SECURITY_CHOICES = (
    (MailSecurity.STARTTLS, str(QT_TRANSLATE_NOOP("MailSettingsDialog", "STARTTLS (usually port 587)"))),
    (MailSecurity.TLS, str(QT_TRANSLATE_NOOP("MailSettingsDialog", "TLS from the start (usually port 465)"))),
    (
        MailSecurity.NONE,
        str(QT_TRANSLATE_NOOP("MailSettingsDialog", "None: no encryption, no login (usually port 25)")),
    ),
)
# How long the test waits for a silent server before saying so.
TEST_TIMEOUT_S = 20
_NOTE_STYLE = "color: palette(dark);"


class MailSettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.runner = TaskRunner(context, self)
        self.setWindowTitle(translate("MailSettingsDialog", "Mail settings"))
        self.setMinimumWidth(560)
        with context.read() as session:
            self.saved = mail_settings.load(session)
        # Where the password went on OK, for the window's status bar.
        self.outcome = ""

        intro = QLabel(
            translate("MailSettingsDialog", "The account invitations are sent from, for this database."), self
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(translate("MailSettingsDialog", "e.g. smtp.example.org"))
        self.security = QComboBox(self)
        for value, text in SECURITY_CHOICES:
            self.security.addItem(translate("MailSettingsDialog", text), value.value)
        self.port = QLineEdit(self)
        self.port.setMaxLength(5)
        self.port.setMaximumWidth(90)
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(
            translate("MailSettingsDialog", "often the e-mail address; empty for a server without login")
        )
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(self)
        self.password_note.setWordWrap(True)
        self.password_note.setTextFormat(Qt.TextFormat.PlainText)
        self.password_note.setStyleSheet(_NOTE_STYLE)
        self.sender_name = QLineEdit(self)
        self.sender_name.setPlaceholderText(translate("MailSettingsDialog", "e.g. ECRI study visit"))
        self.sender_email = QLineEdit(self)
        self.sender_email.setPlaceholderText(translate("MailSettingsDialog", "e.g. events@example.org"))

        form = QFormLayout()
        form.addRow(translate("MailSettingsDialog", "&Mail server"), self.host)
        form.addRow(translate("MailSettingsDialog", "&Security"), self.security)
        form.addRow(translate("MailSettingsDialog", "&Port"), self.port)
        form.addRow(translate("MailSettingsDialog", "&User name"), self.user)
        # The note right under the field it speaks of.
        password_box = QVBoxLayout()
        password_box.setSpacing(2)
        password_box.addWidget(self.password)
        password_box.addWidget(self.password_note)
        password_label = QLabel(translate("MailSettingsDialog", "Pass&word"), self)
        password_label.setBuddy(self.password)
        form.addRow(password_label, password_box)
        form.addRow(translate("MailSettingsDialog", "Sender &name"), self.sender_name)
        form.addRow(translate("MailSettingsDialog", "Sender &address"), self.sender_email)
        self.fields = {
            mail_settings.HOST: self.host,
            mail_settings.PORT: self.port,
            mail_settings.SECURITY: self.security,
            mail_settings.USER: self.user,
            mail_settings.SENDER_NAME: self.sender_name,
            mail_settings.SENDER_EMAIL: self.sender_email,
        }

        self.test_button = QPushButton(translate("MailSettingsDialog", "Send &test message"), self)
        self.test_button.setToolTip(
            translate("MailSettingsDialog", "Send a short message to the sender's own address with these settings")
        )
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)  # the server's answer, as it said it
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        testing = QHBoxLayout()
        testing.addWidget(self.test_button)
        testing.addStretch(1)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(theme.style("error"))
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(testing)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._show(self.saved)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.port.textEdited.connect(self._port_edited)
        for field in (self.host, self.port, self.user):
            field.editingFinished.connect(self._update_password_note)
        self.user.textChanged.connect(lambda text: self.password.setEnabled(bool(text.strip())))
        fit_hints(self)  # every hint whole: German and Greek ones are long

    # -- what the fields show ----------------------------------------------------

    def _show(self, settings: MailSettings | None) -> None:
        security = MailSecurity(settings.security) if settings is not None else MailSecurity.STARTTLS
        self.security.setCurrentIndex(self.security.findData(security.value))
        self.port.setText(str(settings.port if settings is not None else USUAL_PORTS[security]))
        # A port of the user's own stays when the security changes; the usual one follows it.
        self.port_typed = settings is not None and settings.port != USUAL_PORTS[security]
        if settings is not None:
            self.host.setText(settings.host)
            self.user.setText(settings.user)
            self.sender_name.setText(settings.sender_name)
            self.sender_email.setText(settings.sender_email)
        self._update_password_note()

    def _security_changed(self) -> None:
        if not self.port_typed:
            self.port.setText(str(USUAL_PORTS[MailSecurity(self.security.currentData())]))
        self._update_password_note()

    def _port_edited(self, text: str) -> None:
        self.port_typed = bool(text.strip())

    def _update_password_note(self) -> None:
        """Where the password of the account as typed is kept, or would be."""
        logs_in = bool(self.user.text().strip())
        self.password.setEnabled(logs_in)
        if not logs_in:
            self.password.setPlaceholderText("")
            self.password_note.setText(
                translate(
                    "MailSettingsDialog", "No password: without a user name the server is used without logging in."
                )
            )
            return
        try:
            settings = self.settings()
        except InvalidInput:
            settings = None
        if settings is None:
            self.password.setPlaceholderText("")
            problem = mail_password.keyring_problem()
            self.password_note.setText(
                translate(
                    "MailSettingsDialog", "No usable keyring: {problem}. The password will be asked once per session."
                ).format(problem=problem)
                if problem
                else translate(
                    "MailSettingsDialog", "The password is kept in the system keyring, never in the database."
                )
            )
            return
        kept = mail_password.stored_password(settings) is not None
        self.password.setPlaceholderText(translate("MailSettingsDialog", "(kept; type to change it)") if kept else "")
        self.password_note.setText(mail_password.where_kept(settings))

    def settings(self) -> MailSettings:
        """The settings as typed, checked (InvalidInput names the field)."""
        return mail_settings.checked(
            self.host.text(),
            self.port.text(),
            self.security.currentData(),
            self.user.text(),
            self.sender_name.text(),
            self.sender_email.text(),
        )

    def _refuse(self, error: PlannerError) -> None:
        self.error.setText(str(error))
        self.error.show()
        if isinstance(error, InvalidInput) and error.field in self.fields:
            self.fields[error.field].setFocus()

    # -- OK ----------------------------------------------------------------------

    def accept(self) -> None:
        """Save the settings (one undoable step) and keep the password typed;
        a refusal is shown in the dialog, which stays open."""
        try:
            settings = self.settings()
            if settings != self.saved:
                settings = self.context.perform(
                    ChangeMailSettings(
                        settings.host,
                        settings.port,
                        settings.security,
                        settings.user,
                        settings.sender_name,
                        settings.sender_email,
                    )
                )
        except PlannerError as error:
            self._refuse(error)
            return
        before, self.saved = self.saved, settings
        typed = self.password.text()
        self.outcome = translate("MailSettingsDialog", "Saved the mail settings.")
        if typed and settings.user:
            self.outcome += " " + mail_password.store_password(settings, typed)
        else:
            mail_password.follow_account(before, settings)
        self.runner.closing = True  # a test still under way reports to nobody
        super().accept()

    def reject(self) -> None:
        self.runner.closing = True
        super().reject()

    # -- the test message ---------------------------------------------------------

    def send_test(self) -> None:
        try:
            settings = self.settings()
        except InvalidInput as error:
            self._show_test(str(error), failed=True)
            self.fields[error.field].setFocus()
            return
        password: str | None = self.password.text() or None
        if settings.user and password is None:
            password = password_for(self, settings)
            self._update_password_note()
            if password is None:
                self._show_test(
                    translate("MailSettingsDialog", "No test message sent: no password was given."), failed=True
                )
                return
        from planner.calendar.mail_account import send_test_message  # smtplib and ssl: when first used

        self.test_button.setEnabled(False)
        self._show_test(
            translate("MailSettingsDialog", "Sending a test message to {address} through {server}…").format(
                address=settings.sender_email, server=settings.server
            )
        )
        self.runner.start_background(
            translate("MailSettingsDialog", "a test message", "what is running, at the start of a sentence"),
            lambda _progress: send_test_message(settings, password, timeout=TEST_TIMEOUT_S),
            on_done=self._test_sent,
            on_failed=self._test_failed,
        )

    def _test_sent(self, sent: TestSent) -> None:
        self.test_button.setEnabled(True)
        self._show_test(
            translate("MailSettingsDialog", "✓ {sent}. Look for it in the inbox of {address}.").format(
                sent=sent, address=sent.address
            )
        )

    def _test_failed(self, error: PlannerError) -> None:
        self.test_button.setEnabled(True)
        self._show_test(f"✗ {error}", failed=True)

    def _show_test(self, text: str, *, failed: bool = False) -> None:
        self.test_result.setStyleSheet(theme.style("error") if failed else "")
        self.test_result.setText(text)


def open_mail_settings(window: QMainWindow) -> None:
    """Edit ▸ Mail settings…: the dialog; what was saved in the status bar."""
    dialog = MailSettingsDialog(window.context, window)  # type: ignore[attr-defined]
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.statusBar().showMessage(dialog.outcome, 10_000)
