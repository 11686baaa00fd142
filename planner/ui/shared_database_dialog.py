"""File ▸ Open shared database…: a partnership's database on a PostgreSQL
server. The dialog asks for the server, the database, the user and the
password (kept in the system keyring if the user wishes), and how the
connection is protected; "Test connection" tries it without opening.
A refusal (a wrong password, a server out of reach) is said in words that
name the server, never the password, and the dialog comes back to retype."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.services import shared_database
from planner.services.kept_passwords import keyring_problem
from planner.services.shared_password import PASSWORD_VARIABLE, passwords
from planner.shared_location import DEFAULT_PORT, SSL_MODES, SharedPlace
from planner.ui import theme

if TYPE_CHECKING:
    from planner.db.shared import SharedStore

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# The choices of protection, as sslmode says them (translated where shown).
SSL_CHOICES = {
    "prefer": str(QT_TRANSLATE_NOOP("SharedDatabaseDialog", "Encrypted if the server offers it")),
    "require": str(QT_TRANSLATE_NOOP("SharedDatabaseDialog", "Always encrypted")),
    "verify-full": str(QT_TRANSLATE_NOOP("SharedDatabaseDialog", "Encrypted, and the server's certificate checked")),
}


def refusal_text(error: Exception, place: SharedPlace, password: str | None = None) -> str:
    """What the user reads when the server said no: the server named, the
    password never (even where the server's words would repeat it)."""
    if shared_database.wants_password(error):
        text = translate(
            "SharedDatabaseDialog",
            "The server {server} did not accept the password of {user} for the database {database}. "
            "Type the password again.",
        ).format(server=place.server, user=place.user or "?", database=place.database)
    elif shared_database.could_not_connect(error):
        reason = _sentences(str(getattr(error, "reason", error)))
        text = translate(
            "SharedDatabaseDialog", "Planner could not reach the database {database} on the server {server}: {reason}"
        ).format(database=place.database, server=place.server, reason=reason)
    else:
        text = str(error)
    if password:
        text = text.replace(password, "•••")
    return text


def _sentences(reason: str) -> str:
    """libpq's words on one line: its lines run on as sentences, without
    its "connection failed:" that the message already says."""
    lines = [" ".join(line.split()) for line in reason.removeprefix("connection failed:").splitlines()]
    lines = [line for line in lines if line]
    return " ".join(line if line.endswith((".", "?", "!", ":")) or line is lines[-1] else line + "." for line in lines)


class SharedDatabaseDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, place: SharedPlace | None = None, problem: str = "", *, remember: bool = False
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("SharedDatabaseDialog", "Open shared database"))
        self.setMinimumWidth(520)
        intro = QLabel(
            translate(
                "SharedDatabaseDialog",
                "A database the partnership shares on a PostgreSQL server (version 15 or later). "
                "Whoever runs the server gives you these details.",
            )
        )
        intro.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(theme.style("error"))
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setVisible(bool(problem))

        self.server = QLineEdit()
        self.server.setPlaceholderText("db.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setPlaceholderText(translate("SharedDatabaseDialog", "partnership"))  # an example of a name
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(translate("SharedDatabaseDialog", "Remember the password in the system keyring"))
        self.remember.setChecked(remember)
        problem_of_keyring = keyring_problem()
        if problem_of_keyring:  # kept in memory instead, for this run of Planner
            self.remember.setText(translate("SharedDatabaseDialog", "Remember the password until Planner closes"))
            self.remember.setToolTip(problem_of_keyring)
        self.protection = QComboBox()
        for mode in SSL_MODES:
            self.protection.addItem(translate("SharedDatabaseDialog", SSL_CHOICES[mode]), mode)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self.password_note.setObjectName("note")
        self.password_note.setStyleSheet("color: palette(dark);")

        form = QFormLayout()
        form.addRow(translate("SharedDatabaseDialog", "&Server:"), self.server)
        form.addRow(translate("SharedDatabaseDialog", "P&ort:"), self.port)
        form.addRow(translate("SharedDatabaseDialog", "&Database:"), self.database)
        form.addRow(translate("SharedDatabaseDialog", "&User:"), self.user)
        form.addRow(translate("SharedDatabaseDialog", "&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.password_note)
        form.addRow(translate("SharedDatabaseDialog", "&Connection:"), self.protection)

        self.test_button = QPushButton(translate("SharedDatabaseDialog", "&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setObjectName("test result")
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            translate("SharedDatabaseDialog", "&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        testing = QHBoxLayout()
        testing.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        testing.addWidget(self.test_result, 1)
        layout.addLayout(testing)
        layout.addWidget(self.buttons)

        if place is not None:
            self.server.setText(place.host)
            self.port.setValue(place.port)
            self.database.setText(place.database)
            self.user.setText(place.user)
            index = self.protection.findData(place.sslmode)
            self.protection.setCurrentIndex(max(index, 0))
        for field in (self.server, self.database, self.user):
            field.textChanged.connect(self._place_changed)
        self.port.valueChanged.connect(self._place_changed)
        self._place_changed()
        # The first field still empty gets the cursor (the password, when the rest is known).
        for field in (self.server, self.database, self.user, self.password):
            if not field.text():
                field.setFocus()
                break

    def place(self) -> SharedPlace:
        return SharedPlace(
            host=self.server.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=str(self.protection.currentData()),
        )

    def typed_password(self) -> str | None:
        """The password typed (None: none, and the one kept is tried)."""
        return self.password.text() or None

    def _place_changed(self) -> None:
        place = self.place()
        if passwords.from_environment():
            note = translate("SharedDatabaseDialog", "Without a password typed, the one in {variable} is used.")
            self.password_note.setText(note.format(variable=PASSWORD_VARIABLE))
        elif place.host and place.database and passwords.kept(place.account) is not None:
            self.password_note.setText(
                translate(
                    "SharedDatabaseDialog", "A password is kept for {user} on this server: leave it empty to use it."
                ).format(user=place.user)
            )
        else:
            self.password_note.setText("")
        self.password_note.setVisible(bool(self.password_note.text()))

    def _missing(self) -> str:
        place = self.place()
        if not place.host:
            return translate("SharedDatabaseDialog", "Server: type the name or address of the database server.")
        if not place.database:
            return translate("SharedDatabaseDialog", "Database: type the name of the shared database.")
        return ""

    def _accept_if_complete(self) -> None:
        missing = self._missing()
        if missing:
            self.show_problem(missing)
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)

    def test_connection(self) -> bool:
        """Log in to the server and leave again; the outcome said below the fields."""
        missing = self._missing()
        if missing:
            self.test_result.setText(missing)
            return False
        place, password = self.place(), self.typed_password()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            shared_database.try_connecting(place.location, password)
        except PlannerError as error:
            self.test_result.setStyleSheet(theme.style("error"))
            self.test_result.setText("✗ " + refusal_text(error, place, password))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.test_result.setStyleSheet("")
        self.test_result.setText(
            "✓ "
            + translate("SharedDatabaseDialog", "Connected to {database} on {server}.").format(
                database=place.database, server=place.server
            )
        )
        return True


def open_shared_for_window(
    parent: QWidget | None, location: str | None = None, *, ask_first: bool = False
) -> SharedStore | None:
    """Open the shared database at ``location`` (None, or ``ask_first``:
    the dialog first) with the password kept for it or libpq's; where the
    server refuses, the dialog, until it opens or the user cancels (None)."""
    place = SharedPlace.of(location) if location else None
    problem = ""
    # A password already kept is replaced by the one typed, unless the user unticks it.
    remember = place is not None and passwords.kept(place.account) is not None
    if location is not None and not ask_first:
        try:
            return _opening(location, None)
        except PlannerError as error:
            assert place is not None
            problem = refusal_text(error, place)
    while True:
        dialog = SharedDatabaseDialog(parent, place, problem, remember=remember)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        place, password, remember = dialog.place(), dialog.typed_password(), dialog.remember.isChecked()
        try:
            store = _opening(place.location, password)
        except PlannerError as error:
            problem = refusal_text(error, place, password)
            continue
        if password is not None and remember:
            log.info("%s", passwords.store(place.account, password))
        return store


def _opening(location: str, password: str | None) -> SharedStore:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return shared_database.open_shared(location, password)
    finally:
        QApplication.restoreOverrideCursor()
