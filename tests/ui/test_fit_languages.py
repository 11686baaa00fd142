"""Layouts that survive translation: with every text stretched and accented
(the pseudo-localisation that stands for German and Greek), the forms'
hints and the preview's options are shown whole at 1280×720."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from planner.ui import translations
from planner.ui.directory.dialogs import PersonDialog
from planner.ui.forms import WIDEST_HINT


@pytest.fixture
def pseudo(qapp):
    translations.install(code="en", pseudo=True)


def _hint_fits(line: QLineEdit) -> bool:
    return line.width() >= line.fontMetrics().horizontalAdvance(line.placeholderText())


@pytest.mark.parametrize("code", ["en", "pseudo"])
def test_the_person_forms_hints_are_shown_whole(code, context, qtbot):
    translations.install(code="en", pseudo=code == "pseudo")
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hinted = [line for line in dialog.form.findChildren(QLineEdit) if line.placeholderText()]
    assert len(hinted) >= 5  # honorific, organisation, country, dietary, access needs
    for line in hinted:
        needed = line.fontMetrics().horizontalAdvance(line.placeholderText())
        assert _hint_fits(line) or (
            needed > WIDEST_HINT
            and line.placeholderText()
            in dialog.form.toolTip() + "".join(widget.toolTip() for widget in (line, line.parentWidget()))
        ), line.placeholderText()
    assert dialog.width() <= 1280 - 80  # with room for the window's frame on a 1280-pixel screen


def test_the_country_hint_is_whole_in_english(context, qtbot):
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    country = next(line for line in dialog.form.findChildren(QLineEdit) if "Greece" in line.placeholderText())
    assert _hint_fits(country)
