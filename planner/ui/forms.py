"""Forms built from a list of fields: the same widgets, the same way of
showing a refused value next to its field, in every dialog and tab.

A form never saves by itself: its owner calls a service through
``AppContext.edit``; an InvalidInput raised there is shown at the field it
names (``ends_at``, ``cost.amount``) and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.services.errors import InvalidInput
from planner.services.values import time_zones

INVALID_STYLE = "border: 1px solid #c62828;"
# QDateEdit has no empty state: its minimum stands for "no date".
NO_DATE = QDate(1900, 1, 1)


@dataclass
class Field:
    """One field: ``name`` is the service's keyword; ``kind`` one of text,
    multiline, lines, choice, date, optional_date, datetime, timezone,
    reference (one id from ``choices``), references (several ids)."""

    name: str
    label: str
    kind: str = "text"
    choices: Sequence[tuple[Any, str]] = ()
    placeholder: str = ""
    # Other names the services use for this field in their messages.
    aliases: tuple[str, ...] = ()
    allow_empty: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def searchable(combo: QComboBox) -> QComboBox:
    """Typing filters the list by any part of the text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer() or QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo


def time_zone_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItems(sorted(time_zones()))
    return searchable(combo)


def _make_widget(spec: Field, parent: QWidget) -> QWidget:
    kind = spec.kind
    if kind == "multiline" or kind == "lines":
        widget = QPlainTextEdit(parent)
        widget.setTabChangesFocus(True)
        widget.setMinimumHeight(60)
        widget.setPlaceholderText(spec.placeholder)
        return widget
    if kind == "choice" or kind == "reference":
        widget = QComboBox(parent)
        if kind == "reference" and spec.allow_empty:
            widget.addItem("—", None)
        for value, text in spec.choices:
            widget.addItem(text, value)
        return searchable(widget) if kind == "reference" else widget
    if kind == "references":
        widget = QListWidget(parent)
        for value, text in spec.choices:
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        widget.setMaximumHeight(140)
        return widget
    if kind in ("date", "optional_date"):
        widget = QDateEdit(parent)
        widget.setCalendarPopup(True)
        widget.setDisplayFormat("ddd d MMM yyyy")
        if kind == "optional_date":
            widget.setMinimumDate(NO_DATE)
            widget.setSpecialValueText("—")
            widget.setDate(NO_DATE)  # empty until a date is chosen, not Qt's 1 Jan 2000
        return widget
    if kind == "datetime":
        widget = QDateTimeEdit(parent)
        widget.setCalendarPopup(True)
        widget.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        return widget
    if kind == "timezone":
        return time_zone_combo(parent)
    widget = QLineEdit(parent)
    widget.setPlaceholderText(spec.placeholder)
    return widget


class FormWidget(QWidget):
    def __init__(self, fields: Sequence[Field], parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = {spec.name: spec for spec in fields}
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_message = QLabel(self)
        self.general_message.setStyleSheet("color: #c62828;")
        self.general_message.setWordWrap(True)
        self.general_message.hide()
        layout.addRow(self.general_message)
        for spec in fields:
            widget = _make_widget(spec, self)
            widget.setObjectName(spec.name)
            message = QLabel(self)
            message.setStyleSheet("color: #c62828;")
            message.setWordWrap(True)
            message.hide()
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(message)
            layout.addRow(spec.label, box)
            self.widgets[spec.name] = widget
            self.messages[spec.name] = message

    # -- values -------------------------------------------------------------

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.widgets:
                self._set(self.fields[name], self.widgets[name], value)

    def values(self) -> dict[str, Any]:
        return {name: self._get(self.fields[name], widget) for name, widget in self.widgets.items()}

    def value(self, name: str) -> Any:
        return self._get(self.fields[name], self.widgets[name])

    @staticmethod
    def _set(spec: Field, widget: QWidget, value: Any) -> None:
        kind = spec.kind
        if kind == "multiline":
            widget.setPlainText(value or "")
        elif kind == "lines":
            widget.setPlainText("\n".join(value or []))
        elif kind in ("choice", "reference"):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif kind == "references":
            chosen = list(value or [])
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(
                    Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
                )
        elif kind in ("date", "optional_date"):
            widget.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif kind == "datetime":
            widget.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))
        elif kind == "timezone":
            widget.setCurrentText(value or "")
        else:
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)  # show a long title from its start

    @staticmethod
    def _get(spec: Field, widget: QWidget) -> Any:
        kind = spec.kind
        if kind == "multiline":
            return widget.toPlainText()
        if kind == "lines":
            return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]
        if kind == "choice":
            return widget.currentData()
        if kind == "reference":
            # Typed text that matches no entry means none was chosen.
            return widget.currentData() if widget.currentText() == widget.itemText(widget.currentIndex()) else None
        if kind == "references":
            return [
                widget.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(widget.count())
                if widget.item(row).checkState() == Qt.CheckState.Checked
            ]
        if kind in ("date", "optional_date"):
            chosen = widget.date()
            if kind == "optional_date" and chosen == NO_DATE:
                return None
            return date(chosen.year(), chosen.month(), chosen.day())
        if kind == "datetime":
            chosen = widget.dateTime()
            day, moment = chosen.date(), chosen.time()
            return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())
        if kind == "timezone":
            return widget.currentText().strip()
        return widget.text()

    # -- problems -----------------------------------------------------------

    def field_for(self, service_field: str) -> str | None:
        """The form field a service message names (``speakers[1]`` -> speakers)."""
        base = service_field.split("[")[0]
        for name, spec in self.fields.items():
            if service_field == name or base == name or service_field in spec.aliases or base in spec.aliases:
                return name
        return None

    def show_problem(self, problem: InvalidInput, *, focus: bool = True, exclusive: bool = True) -> None:
        """Mark the field the problem names. ``exclusive`` clears the other
        marks first (a dialog shows one problem at a time); ``focus`` moves
        the cursor there (not in forms that save when a field loses focus,
        where that would bounce between two refused fields)."""
        if exclusive:
            self.clear_problems()
        name = self.field_for(problem.field)
        if name is None:
            self.general_message.setText(str(problem))
            self.general_message.show()
            return
        self.messages[name].setText(problem.message)
        self.messages[name].show()
        self.widgets[name].setStyleSheet(INVALID_STYLE)
        if focus:
            self.widgets[name].setFocus()

    def clear_problems(self, names: list[str] | None = None) -> None:
        if names is None:
            self.general_message.hide()
        for name in names if names is not None else list(self.messages):
            self.messages[name].hide()
            self.widgets[name].setStyleSheet("")

    def problem_text(self, name: str) -> str:
        """What the form says about a field, or "" (for tests and screen readers)."""
        message = self.messages[name]
        return message.text() if not message.isHidden() else ""


class FormDialog(QDialog):
    """A dialog around a form; OK calls ``submit(values)``, which saves
    through a service. A refusal keeps the dialog open with the field marked."""

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        values: dict[str, Any] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.result_value: Any = None
        self.form = FormWidget(fields, self)
        if values:
            self.form.set_values(values)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        self.form.clear_problems()
        try:
            self.result_value = self.submit(self.form.values())
        except InvalidInput as problem:
            self.form.show_problem(problem)
            self.adjustSize()  # a long message wraps onto lines the dialog had no room for
            return
        except PlannerError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        super().accept()
