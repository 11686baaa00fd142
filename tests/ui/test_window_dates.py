"""Days, months and times in the window follow one rule: CLDR's way of the
window's language (services.labels), in the lists and in the forms' date
boxes alike."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from planner.services import labels, minutes
from planner.ui import translations
from planner.ui.actions.model import EVENT, ActionsModel
from planner.ui.date_boxes import DayBox, MomentBox

LANGUAGES = ("en", "es", "de", "fr", "it", "pl", "el")


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_day_box_shows_a_day_as_the_lists_write_it(code, qtbot):
    translations.install(code=code, pseudo=False)
    for day in (date(2018, 3, 23), date(2009, 6, 5)):
        box = DayBox()
        qtbot.addWidget(box)
        box.setDate(QDate(day.year, day.month, day.day))
        assert box.text() == labels.day(day)


def test_a_moment_box_in_german_and_greek(qtbot):
    translations.install(code="de", pseudo=False)
    box = MomentBox()
    qtbot.addWidget(box)
    box.setDateTime(QDateTime(QDate(2018, 3, 23), QTime(9, 30)))
    assert box.text() == "Fr., 23. März 2018  09:30"
    translations.install(code="el", pseudo=False)
    box = MomentBox()
    qtbot.addWidget(box)
    box.setDate(QDate(2018, 3, 23))
    assert box.text().startswith("Παρ 23 Μαρ 2018")


def test_the_actions_month_is_in_the_windows_language(context):
    with context.read() as session:
        rows = minutes.open_actions(session, date(2018, 7, 1))
    ecri = next(row for row in rows if row.event_title.startswith("ECRI"))
    model = ActionsModel()
    for code, month in (("en", "Mar 2018"), ("de", "März 2018"), ("el", "Μαρ 2018"), ("pl", "mar 2018")):
        translations.install(code=code, pseudo=False)
        model.set_rows([ecri])
        assert model.text(0, EVENT) == f"{month} · ECRI study visit to BioM, Munich"


def test_a_country_is_named_in_the_windows_language_and_read_back(context, qtbot):
    from PySide6.QtWidgets import QLineEdit

    from planner.ui.directory.dialogs import PersonDialog
    from planner.ui.directory.models import PeopleModel

    translations.install(code="de", pseudo=False)
    with context.read() as session:
        from planner.services import directory

        row = next(row for row in directory.people_rows(session) if row.country == "GR")
    dialog = PersonDialog(context, row.id)
    qtbot.addWidget(dialog)
    country = dialog.form.widget("country", QLineEdit)
    assert country.text() == "Griechenland"
    assert dialog.form.values()["country"] == "GR"
    model = PeopleModel()
    model.set_rows([row])
    tips = [model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) for column in range(model.columnCount())]
    assert "Griechenland" in tips


def test_a_journeys_length_is_abbreviated_as_the_windows_language_does(qtbot):
    from datetime import timedelta

    from planner.ui.logistics.models import duration_text

    took = timedelta(hours=2, minutes=40)
    expected = {"en": "2 h 40 min", "de": "2 Std. 40 Min.", "el": "2 ώ. 40 λ.", "pl": "2 godz. 40 min"}
    for code, text in expected.items():
        translations.install(code=code, pseudo=False)
        assert duration_text(took) == text
    assert duration_text(timedelta(minutes=5)) == "5 min"
