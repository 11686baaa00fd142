"""Event ▸ Programme details…: what the documents of a programme's events
show of its funding: the programme's logo, the funder's emblem with the
funding statement, the grant agreement number. The pictures are imported
from the user's own PNG, JPEG or SVG files (an SVG is drawn into a PNG
here, sharp enough for print) and kept in the database. OK saves it all as
one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.operations.attendance import ChangeProgramme
from planner.operations.events import ChangeEvent
from planner.services import events, programmes
from planner.ui import audit_date
from planner.ui.context import AppContext

translate = QCoreApplication.translate

# An SVG is drawn this many pixels tall: a 13 mm logo at over 1,000 dpi.
SVG_HEIGHT = 600
PREVIEW_HEIGHT = 48
STATEMENTS = ("Co-funded by the European Union", "Funded by the European Union")


class PictureUnreadable(Exception):
    """A file that is no picture Planner can keep."""


def picture_bytes(path: Path) -> bytes:
    """The file as PNG or JPEG bytes: a PNG or JPEG as it is, an SVG drawn
    into a PNG (transparent around the drawing)."""
    data = path.read_bytes()
    if programmes.image_kind(data):
        return data
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise PictureUnreadable
    size = renderer.defaultSize()
    width = max(1, round(SVG_HEIGHT * size.width() / size.height())) if size.height() > 0 else SVG_HEIGHT
    image = QImage(width, SVG_HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, SVG_HEIGHT))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # a QIODevice is accepted at run time
    return bytes(buffer.data().data())


class PictureField(QWidget):
    """A picture's preview with Import… and Remove."""

    def __init__(self, data: bytes | None, parent: QWidget):
        super().__init__(parent)
        self.data = data
        self.preview = QLabel(self)
        self.preview.setMinimumSize(120, PREVIEW_HEIGHT)
        self.import_button = QPushButton(translate("ProgrammeDialog", "Import…"), self)
        self.remove_button = QPushButton(translate("ProgrammeDialog", "Remove"), self)
        self.import_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 1)
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        self._show()

    def _show(self) -> None:
        pixmap = QPixmap()
        if self.data and pixmap.loadFromData(self.data):
            self.preview.setPixmap(pixmap.scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(translate("ProgrammeDialog", "None"))
        self.remove_button.setEnabled(bool(self.data))

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ProgrammeDialog", "Import a picture"),
            "",
            translate("ProgrammeDialog", "Pictures (*.png *.jpg *.jpeg *.svg)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        try:
            self.data = picture_bytes(path)
        except (OSError, PictureUnreadable):
            QMessageBox.warning(
                self,
                translate("ProgrammeDialog", "Cannot import the picture"),
                translate("ProgrammeDialog", "{file}: is not a PNG, JPEG or SVG picture Planner can read.").format(
                    file=path.name
                ),
            )
            return False
        self._show()
        return True

    def remove(self) -> None:
        self.data = None
        self._show()


class ProgrammeDialog(QDialog):
    def __init__(self, context: AppContext, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.event_id = context, event_id
        self.setWindowTitle(translate("ProgrammeDialog", "Programme details"))
        self.setMinimumWidth(560)
        with context.read() as session:
            self.event_programme = events.get_event(session, event_id).programme
            saved = programmes.programme_named(session, self.event_programme) if self.event_programme else None
        saved = saved or programmes.ProgrammeDetails(self.event_programme)

        intro = QLabel(
            translate(
                "ProgrammeDialog",
                "Shown on every document of the events of this programme: on signature sheets, on every page.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(saved.name, self)
        self.name.setPlaceholderText(translate("ProgrammeDialog", "e.g. Interreg Europe, COSME, Erasmus+"))
        self.statement = QComboBox(self)
        self.statement.setEditable(True)
        self.statement.addItems(STATEMENTS)  # the EU's own wording, kept in English as printed on its emblems
        self.statement.setCurrentText(saved.funding_statement)
        self.grant = QLineEdit(saved.grant_number, self)
        self.grant.setPlaceholderText(translate("ProgrammeDialog", "e.g. 101083928"))
        self.logo = PictureField(saved.logo, self)
        self.emblem = PictureField(saved.emblem, self)

        form = QFormLayout()
        form.addRow(translate("ProgrammeDialog", "&Programme"), self.name)
        form.addRow(translate("ProgrammeDialog", "&Funding statement"), self.statement)
        form.addRow(translate("ProgrammeDialog", "&Grant agreement number"), self.grant)
        form.addRow(translate("ProgrammeDialog", "Programme's &logo"), self.logo)
        form.addRow(translate("ProgrammeDialog", "Funder's &emblem"), self.emblem)
        self.audit = audit_date.add_row(form, context, saved.name, self)  # how long the funder's evidence is kept
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            QMessageBox.warning(
                self,
                translate("ProgrammeDialog", "Programme details"),
                translate("ProgrammeDialog", "Programme: please write the programme's name."),
            )
            return
        operation = ChangeProgramme(
            name, self.statement.currentText().strip(), self.grant.text().strip(), self.logo.data, self.emblem.data
        )
        if self.context.try_perform(self, operation) is None:
            return
        if programmes.name_key(name) != programmes.name_key(self.event_programme):
            # The event belongs to the programme by name.
            self.context.try_perform(self, ChangeEvent(self.event_id, {"programme": name}))
        if not self.audit.save(name):
            return
        self.accept()


def open_programme_details(context: AppContext, event_id: int | None, parent: QWidget) -> None:
    if event_id is None:
        return
    ProgrammeDialog(context, event_id, parent).exec()
