"""The day and time boxes of every form: what is typed is kept, an empty
day's calendar opens on a useful month, a refused day is cleared when put
right."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit

from planner.services.errors import InvalidInput
from planner.ui.forms import Field, FormDialog, FormWidget


def _type_at(box, position_from_end: int, text: str, qtbot) -> None:
    """Put the cursor inside the box's text (as a click there does) and type."""
    box.setFocus()
    line = box.findChild(QLineEdit)
    line.deselect()
    line.setCursorPosition(len(line.text()) - position_from_end)
    box.typing = None  # as after a click: a new part is being typed into
    qtbot.keyClicks(box, text)


def test_minutes_typed_into_a_time_are_kept(qtbot):
    form = FormWidget([Field("starts_at", "Starts", "datetime")])
    qtbot.addWidget(form)
    form.show()
    form.set_values({"starts_at": datetime(2027, 1, 12, 10, 0)})
    box = form.widget("starts_at", QDateTimeEdit)
    _type_at(box, 1, "15", qtbot)  # the cursor between the two zeros of "10:00"
    assert form.value("starts_at") == datetime(2027, 1, 12, 10, 15)
    assert box.text().endswith("10:15")
    _type_at(box, 4, "09", qtbot)  # in the hour
    assert form.value("starts_at") == datetime(2027, 1, 12, 9, 15)


def _open_calendar(box, qtbot) -> None:
    """A click on the box's arrow, at its right end."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 4, box.height() // 2))


def test_an_empty_due_day_opens_its_calendar_on_the_month_asked_for_not_1900(qtbot):
    form = FormWidget([Field("due", "Due", "optional_date")])
    qtbot.addWidget(form)
    form.show()
    form.open_empty_days_on(date(2027, 5, 20))
    box = form.widget("due", QDateEdit)
    _open_calendar(box, qtbot)
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 5)
    assert form.value("due") is None  # only the page turned: the day is still empty


def test_without_a_month_asked_for_an_empty_day_opens_on_today(qtbot):
    form = FormWidget([Field("due", "Due", "optional_date")])
    qtbot.addWidget(form)
    form.show()
    box = form.widget("due", QDateEdit)
    _open_calendar(box, qtbot)
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)


def test_moving_the_first_day_moves_the_last_and_a_fixed_day_loses_its_message(qtbot):
    def submit(values):
        if values["ends_on"] < values["starts_on"]:
            raise InvalidInput("ends_on", "The last day is before the first day")
        return values

    fields = [Field("starts_on", "First day", "date"), Field("ends_on", "Last day", "date")]
    dialog = FormDialog(
        "New event", fields, submit, values={"starts_on": date(2027, 1, 4), "ends_on": date(2027, 1, 6)}
    )
    qtbot.addWidget(dialog)
    dialog.form.keep_length("starts_on", "ends_on")
    dialog.form.set_values({"starts_on": date(2027, 1, 12)})
    assert dialog.form.value("ends_on") == date(2027, 1, 14)  # still three days
    dialog.form.set_values({"ends_on": date(2027, 1, 2)})
    dialog.accept()
    assert dialog.form.problem_text("ends_on") == "The last day is before the first day"
    dialog.form.set_values({"ends_on": date(2027, 1, 13)})
    assert dialog.form.problem_text("ends_on") == ""
