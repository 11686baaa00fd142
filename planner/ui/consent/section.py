"""The "Consent" section of a participant's dialog: for each purpose,
whether they agreed, refused or were never asked, on which day, how, in
which words, and the day they withdrew it. Saved with the dialog's other
changes by one OK (one step to undo)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from planner.operations.base import Operation
from planner.operations.consent import SetConsent, SetConsents, WithConsents
from planner.services import consent
from planner.ui.consent.words import ANSWERS, PURPOSES, WAYS, said
from planner.ui.context import AppContext
from planner.ui.date_boxes import NO_DATE, DayBox
from planner.ui.marking import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# (given, given on, how, wording, withdrawn on): one purpose's answer as the section holds it.
Answer = tuple[bool | None, date | None, str, str, date | None]
NOT_ASKED: Answer = (None, None, "", "", None)
HEADINGS = (
    QT_TRANSLATE_NOOP("ConsentSection", "Answer"),
    QT_TRANSLATE_NOOP("ConsentSection", "On"),
    QT_TRANSLATE_NOOP("ConsentSection", "How"),
    QT_TRANSLATE_NOOP("ConsentSection", "Wording asked"),
    QT_TRANSLATE_NOOP("ConsentSection", "Withdrawn on"),
)


def _day(box: DayBox) -> date | None:
    chosen = box.date()
    return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())


def _set_day(box: DayBox, value: date | None) -> None:
    box.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


@dataclass
class PurposeRow:
    """The widgets of one purpose's line."""

    answer: QComboBox
    given_on: DayBox
    how: QComboBox
    wording: QLineEdit
    withdrawn_on: DayBox

    def value(self) -> Answer:
        given = self.answer.currentData()
        if given is None:
            return NOT_ASKED
        withdrawn = _day(self.withdrawn_on) if given else None
        return given, _day(self.given_on), str(self.how.currentData() or ""), self.wording.text().strip(), withdrawn

    def show(self, value: Answer) -> None:
        given, given_on, how, wording, withdrawn_on = value
        self.answer.setCurrentIndex(max(0, self.answer.findData(given)))
        _set_day(self.given_on, given_on)
        self.how.setCurrentIndex(max(0, self.how.findData(how)))
        self.wording.setText(wording)
        self.wording.setCursorPosition(0)  # a long question shown from its start
        _set_day(self.withdrawn_on, withdrawn_on)
        self.fit()

    def fit(self) -> None:
        """What a "not asked" has no use for is greyed; a refusal cannot be withdrawn."""
        given = self.answer.currentData()
        for widget in (self.given_on, self.how, self.wording):
            widget.setEnabled(given is not None)
        self.withdrawn_on.setEnabled(given is True)


class ConsentSection(QGroupBox):
    """The participation's consents, read when the dialog opens."""

    def __init__(self, context: AppContext, participation_id: int, parent: QWidget | None = None):
        super().__init__(translate("ConsentSection", "Consent"), parent)
        self.participation_id = participation_id
        with context.read() as session:
            recorded = consent.consents_of(session, participation_id)
        self.initial: dict[str, Answer] = {
            purpose: (
                (found.given, found.given_on, found.how, found.wording, found.withdrawn_on)
                if (found := recorded.get(purpose)) is not None
                else NOT_ASKED
            )
            for purpose in consent.PURPOSES
        }
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        headings = ("", *HEADINGS)
        for column, heading in enumerate(headings):
            if heading:
                shown = QLabel(translate("ConsentSection", heading), self)
                shown.setStyleSheet("color: palette(placeholder-text);")
                grid.addWidget(shown, 0, column)
        self.rows: dict[str, PurposeRow] = {}
        for number, purpose in enumerate(consent.PURPOSES, start=1):
            name = QLabel(said(PURPOSES, purpose), self)
            name.setWordWrap(True)
            row = PurposeRow(QComboBox(self), DayBox(self, optional=True), QComboBox(self), QLineEdit(self),
                             DayBox(self, optional=True))  # fmt: skip
            for given, text in ANSWERS:
                row.answer.addItem(translate("ConsentSection", text), given)
            for way, text in WAYS:
                row.how.addItem(translate("ConsentSection", text) if way else text, way)
            row.wording.setPlaceholderText(translate("ConsentSection", "The question as it was put"))
            row.answer.setAccessibleName(said(PURPOSES, purpose))
            name.setBuddy(row.answer)
            row.withdrawn_on.setToolTip(translate("ConsentSection", "The day they withdrew this consent, if they did"))
            row.answer.currentIndexChanged.connect(lambda _index, purpose=purpose: self._answered(purpose))
            for column, widget in enumerate((name, row.answer, row.given_on, row.how, row.wording, row.withdrawn_on)):
                grid.addWidget(widget, number, column, Qt.AlignmentFlag.AlignVCenter)
            self.rows[purpose] = row
            row.show(self.initial[purpose])
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(4, 3)

    def _answered(self, purpose: str) -> None:
        row = self.rows[purpose]
        row.fit()
        # Agreed or refused today, unless said otherwise.
        if row.answer.currentData() is not None and _day(row.given_on) is None:
            _set_day(row.given_on, date.today())

    def answers(self) -> tuple[SetConsent, ...]:
        """The purposes whose answer the user changed, as edits."""
        changed = []
        for purpose, row in self.rows.items():
            value = row.value()
            if value != self.initial[purpose]:
                changed.append(SetConsent(self.participation_id, purpose, *value))
        return tuple(changed)

    def with_edit(self, edit: Operation[Any], *, changed: bool = True) -> Operation[Any]:
        """``edit`` (which ``changed`` something) and the consents changed,
        as one step named by what it changes."""
        answers = self.answers()
        if not answers:
            return edit
        return WithConsents(edit, SetConsents(answers)) if changed else SetConsents(answers)
