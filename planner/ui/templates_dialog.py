"""Calendar ▸ Message templates…: the templates shipped with Planner and the
user's own, each a subject and a body with placeholders. The user's own are
edited here (a list of placeholders to insert, a live preview for a
participant of the event shown); a shipped one is read-only and copied to
be changed. Every change is an undoable operation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.operations.templates import AddTemplate, ChangeTemplate, CopyTemplate, DeleteTemplate
from planner.services import participants, template_values, templates
from planner.services.language import say
from planner.services.template_text import PLACEHOLDERS
from planner.services.templates import Template
from planner.ui.context import AppContext

translate = QCoreApplication.translate

TEMPLATE = Qt.ItemDataRole.UserRole  # a list item's Template
PLACEHOLDER = Qt.ItemDataRole.UserRole  # a placeholder item's name


class TemplatesDialog(QDialog):
    def __init__(self, context: AppContext, event_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.event_id = context, event_id
        self.setWindowTitle(translate("TemplatesDialog", "Message templates"))
        self._loading = False
        self._closed = False

        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show_current)
        self.new_button = QPushButton(translate("TemplatesDialog", "&New"))
        self.new_button.clicked.connect(self.new_template)
        self.copy_button = QPushButton(translate("TemplatesDialog", "&Copy"))
        self.copy_button.setToolTip(
            translate("TemplatesDialog", "A template of your own with the same text, to change")
        )
        self.copy_button.clicked.connect(self.copy_template)
        self.delete_button = QPushButton(translate("TemplatesDialog", "&Delete"))
        self.delete_button.clicked.connect(self.delete_template)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list)
        row = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.delete_button):
            row.addWidget(button)
        left_layout.addLayout(row)

        self.name = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_button = QPushButton(translate("TemplatesDialog", "&Save changes"))
        self.save_button.clicked.connect(self.save)
        for field in (self.name, self.subject):
            field.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.subject.returnPressed.connect(self.save)
        form = QFormLayout()
        form.addRow(translate("TemplatesDialog", "Name:"), self.name)
        form.addRow(translate("TemplatesDialog", "Subject:"), self.subject)
        form.addRow(translate("TemplatesDialog", "Body:"), self.body)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.note)
        middle_layout.addLayout(form)
        middle_layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)

        self.placeholders = QListWidget()
        for name, meaning in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}}")
            item.setToolTip(say(meaning))
            item.setData(PLACEHOLDER, name)
            self.placeholders.addItem(item)
        self.placeholders.itemActivated.connect(self._insert)
        self.insert_button = QPushButton(translate("TemplatesDialog", "&Insert"))
        self.insert_button.setToolTip(
            translate("TemplatesDialog", "Put the placeholder chosen where the cursor is in the subject or the body")
        )
        self.insert_button.clicked.connect(lambda: self._insert(self.placeholders.currentItem()))
        self.participant = QComboBox()
        self.participant.currentIndexChanged.connect(self.update_preview)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(translate("TemplatesDialog", "Placeholders (double-click to insert):")))
        right_layout.addWidget(self.placeholders)
        right_layout.addWidget(self.insert_button)
        right_layout.addWidget(QLabel(translate("TemplatesDialog", "Preview for:")))
        right_layout.addWidget(self.participant)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        for part in (left, middle, right):
            splitter.addWidget(part)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self._last_field: QLineEdit | QPlainTextEdit = self.body
        self.subject.cursorPositionChanged.connect(lambda *_: self._remember(self.subject))
        self.body.cursorPositionChanged.connect(lambda: self._remember(self.body))

        self._fill_participants()
        self.reload()
        context.data_changed.connect(self._data_changed)
        self.resize(1100, 600)

    # -- what is shown -----------------------------------------------------------

    def current(self) -> Template | None:
        item = self.list.currentItem()
        return item.data(TEMPLATE) if item is not None else None

    def reload(self, select: str | None = None) -> None:
        """The list read again, the template called ``select`` (else the one
        shown) chosen."""
        shown = self.current()
        wanted = select if select is not None else (shown.name if shown is not None else None)
        with self.context.read() as session:
            found = templates.all_templates(session)
        self.list.blockSignals(True)
        self.list.clear()
        for template in found:
            listed = (
                translate("TemplatesDialog", "{name} (shipped)").format(name=template.name)
                if template.shipped
                else template.name
            )
            item = QListWidgetItem(listed)
            item.setData(TEMPLATE, template)
            if template.shipped:
                item.setToolTip(
                    translate("TemplatesDialog", "Shipped with Planner: read-only; copy it to make one of your own")
                )
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [template.name.casefold() for template in found]
        row = names.index(wanted.casefold()) if wanted and wanted.casefold() in names else 0
        self.list.setCurrentRow(row if found else -1)
        self._show_current()

    def _fill_participants(self) -> None:
        self.participant.clear()
        if self.event_id is None:
            return
        with self.context.read() as session:
            rows = participants.participations_of(session, self.event_id)
            for _participation, person in rows:
                shown = (
                    person.full_name
                    or person.email
                    or translate("TemplatesDialog", "Person {number}").format(number=person.id)
                )
                self.participant.addItem(shown, person.id)

    def _show_current(self, *_args: object) -> None:
        template = self.current()
        self._loading = True
        for field, text in (
            (self.name, template.name if template else ""),
            (self.subject, template.subject if template else ""),
        ):
            field.setText(text)
        self.body.setPlainText(template.body if template else "")
        self._loading = False
        own = template is not None and not template.shipped
        writable = own and not self.context.read_only
        for field in (self.name, self.subject):
            field.setReadOnly(not writable)
        self.body.setReadOnly(not writable)
        self.copy_button.setEnabled(template is not None and not self.context.read_only)
        self.delete_button.setEnabled(writable)
        self.new_button.setEnabled(not self.context.read_only)
        self.insert_button.setEnabled(writable)
        self.save_button.setEnabled(False)
        if template is None:
            self.note.setText("")
        elif template.shipped:
            self.note.setText(
                translate(
                    "TemplatesDialog", "Shipped with Planner and read-only: Copy makes one of your own to change."
                )
            )
        else:
            self.note.setText(translate("TemplatesDialog", "Your own template."))
        self.update_preview()

    def update_preview(self, *_args: object) -> None:
        """The subject and body as typed, filled in for the participant chosen."""
        person_id = self.participant.currentData()
        if self.event_id is None or person_id is None:
            self.preview.setPlainText(translate("TemplatesDialog", "Open an event with participants to see a preview."))
            return
        try:
            with self.context.read() as session:
                filled = template_values.preview(
                    session, self.event_id, person_id, self.subject.text(), self.body.toPlainText()
                )
        except PlannerError as error:
            self.preview.setPlainText(translate("TemplatesDialog", "Cannot be filled in: {error}").format(error=error))
            return
        text = translate("TemplatesDialog", "Subject: {subject}").format(subject=filled.subject) + f"\n\n{filled.body}"
        problem = filled.problem(self.participant.currentText())
        if problem:
            missing = translate("TemplatesDialog", "Missing, so not sent unless you say so: {problem}").format(
                problem=problem
            )
            text = f"{missing}\n\n{text}"
        self.preview.setPlainText(text)

    # -- editing -----------------------------------------------------------------

    def _remember(self, field: QLineEdit | QPlainTextEdit) -> None:
        self._last_field = field

    def _edited(self) -> None:
        if self._loading:
            return
        template = self.current()
        self.save_button.setEnabled(template is not None and not template.shipped and self.dirty())
        self.update_preview()

    def dirty(self) -> bool:
        template = self.current()
        return template is not None and (
            self.name.text() != template.name
            or self.subject.text() != template.subject
            or self.body.toPlainText() != template.body
        )

    def _insert(self, item: QListWidgetItem | None) -> None:
        template = self.current()
        if item is None or template is None or template.shipped:
            return
        text = f"{{{item.data(PLACEHOLDER)}}}"
        if isinstance(self._last_field, QLineEdit):
            self._last_field.insert(text)
        else:
            self._last_field.insertPlainText(text)
        self._last_field.setFocus()

    def save(self) -> bool:
        """The name, subject and body as typed, saved as one step."""
        template = self.current()
        if template is None or template.id is None or not self.dirty():
            return True
        operation = ChangeTemplate(template.id, self.name.text(), self.subject.text(), self.body.toPlainText())
        if self.context.try_perform(self, operation) is None:
            return False
        self.reload(select=" ".join(self.name.text().split()))
        return True

    def _leave_edits(self) -> bool:
        """Before another template is made or chosen: the changes typed saved."""
        return self.save()

    def new_template(self) -> None:
        if not self._leave_edits():
            return
        with self.context.read() as session:
            name = templates.free_name(session, translate("TemplatesDialog", "New template"))
        greeting = translate("TemplatesDialog", "Dear {given_name},") + "\n\n"
        if self.context.try_perform(self, AddTemplate(name, "{event_title}", greeting)) is not None:
            self.reload(select=name)

    def copy_template(self) -> None:
        template = self.current()
        if template is None or not self._leave_edits():
            return
        new_id = self.context.try_perform(self, CopyTemplate(template.name))
        if new_id is not None:
            with self.context.read() as session:
                copied = next(each for each in templates.own_templates(session) if each.id == new_id)
            self.reload(select=copied.name)

    def delete_template(self) -> None:
        template = self.current()
        if template is None or template.id is None:
            return
        answer = QMessageBox.question(
            self,
            translate("TemplatesDialog", "Delete template"),
            translate("TemplatesDialog", "Delete the template '{name}'? Edit ▸ Undo brings it back.").format(
                name=template.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.context.try_perform(self, DeleteTemplate(template.id)) is not None or not self._exists(template):
            self.reload(select="")

    def _exists(self, template: Template) -> bool:
        with self.context.read() as session:
            return any(each.id == template.id for each in templates.own_templates(session))

    def _data_changed(self, _changes: object) -> None:
        # An undo or redo elsewhere: show the templates as they are now.
        if not self.dirty():
            self.reload()

    def reject(self) -> None:
        # Changes typed but not saved are saved on closing; if they cannot
        # be (the warning said why), the dialog stays open to correct them.
        if self.dirty() and not self.save():
            return
        super().reject()

    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            self.context.data_changed.disconnect(self._data_changed)
        super().done(result)
