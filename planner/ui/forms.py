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
from functools import partial
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
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
from planner.services.countries import country_code, country_name
from planner.services.errors import InvalidInput
from planner.services.language import SOURCE_LANGUAGE, interface_language
from planner.ui import theme
from planner.ui.accessibility import name_icon_buttons
from planner.ui.country_line import country_line
from planner.ui.date_boxes import NO_DATE, DayBox, MomentBox
from planner.ui.search_combo import searchable
from planner.ui.zone_picker import picked_zone, set_zone, zone_picker

W = TypeVar("W", bound=QWidget)
translate = QCoreApplication.translate

INVALID_STYLE = "border: 1px solid palette(bright-text);"  # the theme's error colour
# A field that cannot be changed (a database opened read-only) looks it:
# the window's grey instead of a white box to type into.
READ_ONLY_STYLE = "background: palette(window); color: palette(dark);"


@dataclass
class Field:
    """One field: ``name`` is the service's keyword; ``kind`` one of text,
    multiline, lines, choice, date, optional_date, datetime, timezone,
    country (a name or a code shown as its name, read as its code),
    reference (one id from ``choices``), references (several ids)."""

    name: str
    label: str
    kind: str = "text"
    choices: Sequence[tuple[Any, str]] = ()
    placeholder: str = ""
    # Other names the services use for this field in their messages.
    aliases: tuple[str, ...] = ()
    allow_empty: bool = True
    # timezone: {"list_later": True} reads the list of zones when first needed.
    extra: dict[str, Any] = field(default_factory=dict)


def _when_changed(widget: QWidget, changed: Callable[[], None]) -> None:
    """Calls ``changed()`` whenever the widget's value changes."""
    if isinstance(widget, QDateTimeEdit):  # dates too
        widget.dateTimeChanged.connect(lambda _value: changed())
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _index: changed())
        widget.editTextChanged.connect(lambda _text: changed())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(changed)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(lambda _item: changed())
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text: changed())


def _make_widget(spec: Field, parent: QWidget) -> QWidget:
    kind = spec.kind
    if kind == "multiline" or kind == "lines":
        text = QPlainTextEdit(parent)
        text.setTabChangesFocus(True)
        text.setMinimumHeight(60)
        text.setPlaceholderText(spec.placeholder)
        return text
    if kind == "choice" or kind == "reference":
        combo = QComboBox(parent)
        if kind == "reference" and spec.allow_empty:
            combo.addItem("—", None)
        for value, label in spec.choices:
            combo.addItem(label, value)
        return searchable(combo, _nothing_matches(spec.label)) if kind == "reference" else combo
    if kind == "references":
        boxes = QListWidget(parent)
        for value, label in spec.choices:
            item = QListWidgetItem(label, boxes)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        boxes.setMaximumHeight(140)
        return boxes
    if kind in ("date", "optional_date"):
        return DayBox(parent, optional=kind == "optional_date")
    if kind == "datetime":
        return MomentBox(parent)
    if kind == "timezone":
        return zone_picker(parent, list_later=bool(spec.extra.get("list_later")))
    if kind == "country":
        return country_line(parent)
    line = QLineEdit(parent)
    line.setPlaceholderText(spec.placeholder)
    return line


def _nothing_matches(label: str) -> str:
    """The line a searchable list shows when nothing matches, with {} for
    what was typed: "No host organisation matches '{}'"."""
    # English lowercases the field's name inside a sentence; German, for one, must not.
    field = label.lower() if interface_language() == SOURCE_LANGUAGE else label
    return translate("FormWidget", "No {field} matches '{}'").replace("{field}", field)


def _as(widget: QWidget, cls: type[W]) -> W:
    """``widget`` as the class its field's kind made it (``_make_widget``)."""
    if not isinstance(widget, cls):
        raise TypeError(f"{widget.objectName()!r} is a {type(widget).__name__}, not a {cls.__name__}")
    return widget


class FormWidget(QWidget):
    def __init__(self, fields: Sequence[Field], parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = {spec.name: spec for spec in fields}
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.read_only = False
        # Each field's widget with its message under it: the field's row in the layout.
        self.rows: dict[str, QWidget] = {}
        self.form_layout = layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_message = QLabel(self)
        self.general_message.setStyleSheet(theme.style("error"))
        self.general_message.setWordWrap(True)
        self.general_message.hide()
        layout.addRow(self.general_message)
        for spec in fields:
            widget = _make_widget(spec, self)
            widget.setObjectName(spec.name)
            message = QLabel(self)
            message.setStyleSheet(theme.style("error"))
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
            self.rows[spec.name] = box
            _when_changed(widget, partial(self._changed, spec.name))
        self.chain_tab_order()

    def chain_tab_order(self, after: Sequence[QWidget] = ()) -> None:
        """Tab goes through the fields in the order shown, then to ``after``
        (a dialog's buttons), whatever was added to a row later."""
        chain = [*self.widgets.values(), *after]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _changed(self, name: str) -> None:
        # A marked field that is changed is being put right: its message goes
        # (and comes back at the next refusal if it is still wrong).
        if not self.messages[name].isHidden():
            self.clear_problems([name])

    def keep_length(self, first: str, last: str) -> None:
        """Moving the ``first`` day moves the ``last`` one with it: the
        event keeps its length."""
        first_box, last_box = self.widget(first, DayBox), self.widget(last, DayBox)
        shown = [first_box.date()]

        def follow(day: QDate) -> None:
            moved = shown[0].daysTo(day)
            shown[0] = day
            if moved and day != NO_DATE and last_box.date() != NO_DATE:
                last_box.setDate(last_box.date().addDays(moved))

        first_box.dateChanged.connect(follow)

    # -- values -------------------------------------------------------------

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.widgets:
                self._set(self.fields[name], self.widgets[name], value)

    def values(self) -> dict[str, Any]:
        return {name: self._get(self.fields[name], widget) for name, widget in self.widgets.items()}

    def being_typed(self) -> str | None:
        """The field the cursor is in (what the user may be typing), if any."""
        focused = QApplication.focusWidget()
        for name, widget in self.widgets.items():
            if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
                return name
        return None

    def value(self, name: str) -> Any:
        return self._get(self.fields[name], self.widgets[name])

    def open_empty_days_on(self, day: date | None) -> None:
        """An empty day's calendar opens on ``day``'s month (the event's),
        not on today's."""
        for widget in self.widgets.values():
            if isinstance(widget, DayBox):
                widget.empty_page = day

    def widget(self, name: str, cls: type[W]) -> W:
        """The field's widget as the class its kind makes (a ``QComboBox``
        for a choice), for what only that class can do."""
        return _as(self.widgets[name], cls)

    @staticmethod
    def _set(spec: Field, widget: QWidget, value: Any) -> None:
        kind = spec.kind
        if kind == "multiline":
            _as(widget, QPlainTextEdit).setPlainText(value or "")
        elif kind == "lines":
            _as(widget, QPlainTextEdit).setPlainText("\n".join(value or []))
        elif kind in ("choice", "reference"):
            combo = _as(widget, QComboBox)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        elif kind == "references":
            boxes = _as(widget, QListWidget)
            chosen = list(value or [])
            for row in range(boxes.count()):
                item = boxes.item(row)
                item.setCheckState(
                    Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
                )
        elif kind in ("date", "optional_date"):
            _as(widget, QDateEdit).setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif kind == "datetime":
            _as(widget, QDateTimeEdit).setDateTime(
                QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
            )
        elif kind == "timezone":
            set_zone(_as(widget, QComboBox), value or "")
        elif kind == "country":
            # Named in the window's language; a name in any language is read back.
            _as(widget, QLineEdit).setText(country_name(value or "", interface_language()))
        else:
            line = _as(widget, QLineEdit)
            line.setText("" if value is None else str(value))
            line.setCursorPosition(0)  # show a long title from its start

    @staticmethod
    def _get(spec: Field, widget: QWidget) -> Any:
        kind = spec.kind
        if kind == "multiline":
            return _as(widget, QPlainTextEdit).toPlainText()
        if kind == "lines":
            return [line.strip() for line in _as(widget, QPlainTextEdit).toPlainText().splitlines() if line.strip()]
        if kind == "choice":
            return _as(widget, QComboBox).currentData()
        if kind == "reference":
            combo = _as(widget, QComboBox)
            # Typed text that matches no entry means none was chosen.
            return combo.currentData() if combo.currentText() == combo.itemText(combo.currentIndex()) else None
        if kind == "references":
            boxes = _as(widget, QListWidget)
            return [
                boxes.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(boxes.count())
                if boxes.item(row).checkState() == Qt.CheckState.Checked
            ]
        if kind in ("date", "optional_date"):
            chosen = _as(widget, QDateEdit).date()
            if kind == "optional_date" and chosen == NO_DATE:
                return None
            return date(chosen.year(), chosen.month(), chosen.day())
        if kind == "datetime":
            moment = _as(widget, QDateTimeEdit).dateTime()
            day, time = moment.date(), moment.time()
            return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        if kind == "timezone":
            return picked_zone(_as(widget, QComboBox))
        if kind == "country":
            written = _as(widget, QLineEdit).text()
            return country_code(written) or written
        return _as(widget, QLineEdit).text()

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
            self.widgets[name].setStyleSheet(READ_ONLY_STYLE if self.read_only else "")

    def set_read_only(self, read_only: bool) -> None:
        """Fields that can be looked at and copied from, not typed into."""
        self.read_only = read_only
        for name, widget in self.widgets.items():
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QDateTimeEdit)):
                widget.setReadOnly(read_only)
            else:  # a list to choose from cannot be read-only, only switched off
                widget.setEnabled(not read_only)
            if self.messages[name].isHidden():
                widget.setStyleSheet(READ_ONLY_STYLE if read_only else "")

    def problem_text(self, name: str) -> str:
        """What the form says about a field, or "" (for tests and screen readers)."""
        message = self.messages[name]
        return message.text() if not message.isHidden() else ""


def buttons_in_order(box: QDialogButtonBox) -> list[QWidget]:
    """A button box's buttons as the platform lays them out (OK first or last)."""
    row = box.layout()
    assert row is not None
    found: list[QWidget] = []
    for index in range(row.count()):
        item = row.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QAbstractButton):
            found.append(widget)
    return found


# The widest a field grows to show its hint whole: a form still fits a
# 1280-pixel screen with its labels beside it.
WIDEST_HINT = 800
HINT_AROUND_LINE, HINT_AROUND_LIST = 16, 44  # px around a hint: a field's frame, and a list's arrow


def fit_hints(form: QWidget) -> None:
    """Each empty field wide enough to show its hint ("e.g. Greece, Ελλάδα
    or GR…") whole, up to WIDEST_HINT; a longer one is shown whole in the
    field's tooltip. German and Greek hints are long; cut, they say nothing."""
    for line in form.findChildren(QLineEdit):
        hint = line.placeholderText()
        if not hint:
            continue
        parent = line.parentWidget()
        holder: QWidget = parent if isinstance(parent, QComboBox) else line
        # What the field draws around its text: frame and margins, a list's arrow.
        around = HINT_AROUND_LIST if holder is not line else HINT_AROUND_LINE
        needed = line.fontMetrics().horizontalAdvance(hint) + around
        holder.setMinimumWidth(max(holder.minimumWidth(), min(needed, WIDEST_HINT)))
        if needed > WIDEST_HINT and not holder.toolTip():
            holder.setToolTip(hint)
    layout = form.layout()
    if form.isWindow() and layout is not None:
        # A dialog given a minimum width of its own no longer takes its
        # layout's: it is told again, or the widened fields would be cut.
        layout.activate()
        form.setMinimumWidth(max(form.minimumWidth(), layout.minimumSize().width()))


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
        self.form.chain_tab_order(buttons_in_order(buttons))
        name_icon_buttons(self)
        self.setMinimumWidth(480)

    def setVisible(self, visible: bool) -> None:
        # Before the dialog takes its size: its fields may get their hints
        # after the form is made (PersonDialog's organisation).
        if visible:
            fit_hints(self)
        super().setVisible(visible)

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
