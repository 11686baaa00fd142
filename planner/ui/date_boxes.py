"""The boxes that hold a day or a day and time in every form.

Qt's date boxes insert what is typed into the part under the cursor: a
click on "00" then "15" gave "10:10" (the third digit does not fit and is
dropped). Here the first key typed into a part replaces that whole part,
so what is typed is what is kept. An empty optional day (the year 1900
stands for "no date") opens its calendar on a useful month instead.

A day reads as the lists write it (services.labels.day): CLDR's pattern
of the window's language, spelled the way Qt's date boxes take it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from planner.services.language import SOURCE_LANGUAGE, interface_language

# QDateEdit has no empty state: its minimum stands for "no date".
NO_DATE = QDate(1900, 1, 1)

Section = QDateTimeEdit.Section

# CLDR's pattern letters as Qt's date boxes spell them (a weekday is always
# shown short, a year in full); quoted literals are written alike in both.
_QT_LETTERS = {"E": "ddd", "EE": "ddd", "EEE": "ddd", "EEEE": "dddd", "y": "yyyy", "yyyy": "yyyy"}
_CLDR_PART = re.compile(r"'[^']*'|([A-Za-z])\1*")


@cache
def day_format(language: str) -> str:
    """The display format of a day box in ``language``: "ddd dd MMM yyyy",
    "ddd, d. MMM yyyy" (de), "ddd d MMM yyyy" (el)."""
    if language == SOURCE_LANGUAGE:
        return "ddd dd MMM yyyy"  # as labels.day writes it: "Fri 23 Mar 2018", "Tue 05 Jun 2018"
    from babel import Locale

    pattern = Locale.parse(language).datetime_skeletons["yMMMEd"].pattern
    return _CLDR_PART.sub(lambda part: _QT_LETTERS.get(part.group(), part.group()), pattern)


def _start_typing(box: DayBox | MomentBox, event: QKeyEvent) -> Section:
    """Before a key: the first one typed into a part selects the whole part,
    so that it replaces it."""
    typed = event.text()
    section = box.currentSection()
    if typed and typed.isalnum() and section != Section.NoSection and box.typing != section:
        box.setSelectedSection(section)
    return section


def _typed(box: DayBox | MomentBox, event: QKeyEvent, before: Section) -> None:
    """After a key: still in the same part, the next key adds to it; moved on
    (the part was full, or a separator was typed), the next one starts afresh."""
    typed = event.text()
    box.typing = before if typed and typed.isalnum() and box.currentSection() == before else None


class DayBox(QDateEdit):
    def __init__(self, parent: QWidget | None = None, *, optional: bool = False):
        super().__init__(parent)
        self.typing: Section | None = None  # the part being typed into
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_format(interface_language()))
        # The month an empty day's calendar opens on: today's unless told.
        self.empty_page: date | None = None
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("—")
            self.setDate(NO_DATE)  # empty until a date is chosen, not Qt's 1 Jan 2000
        self.calendarWidget().installEventFilter(_EmptyPage(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        section = _start_typing(self, event)
        super().keyPressEvent(event)
        _typed(self, event, section)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.typing = None
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.typing = None
        super().focusInEvent(event)


class MomentBox(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.typing: Section | None = None  # the part being typed into
        self.setCalendarPopup(True)
        self.setDisplayFormat(f"{day_format(interface_language())}  HH:mm")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        section = _start_typing(self, event)
        super().keyPressEvent(event)
        _typed(self, event, section)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.typing = None
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.typing = None
        super().focusInEvent(event)


class _EmptyPage(QObject):
    """Turns an empty day's calendar to ``empty_page`` (or today) as it opens."""

    def __init__(self, box: DayBox):
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.box.date() == self.box.minimumDate() == NO_DATE:
            day = self.box.empty_page or date.today()
            self.box.calendarWidget().setCurrentPage(day.year, day.month)
        return False
