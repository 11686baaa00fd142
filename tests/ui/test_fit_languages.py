"""Layouts that survive translation: with every text stretched and accented
(the pseudo-localisation that stands for German and Greek), the forms'
hints, the agenda's day and the event list are shown whole at 1280×720."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

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


@pytest.fixture
def pseudo_window_1280(pseudo, context, qtbot, event_ids):
    """The main window made in pseudo-localisation, 1280×720, the study visit open."""
    from planner.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 720)
    window.open_event(event_ids["ECRI"])
    qtbot.waitExposed(window)
    return window


def test_english_plurals_stay_counted_in_pseudo_localisation(pseudo):
    from PySide6.QtCore import QCoreApplication

    many = QCoreApplication.translate("DocumentPreview", "%n page(s) · {paper}", "", 3)
    one = QCoreApplication.translate("DocumentPreview", "%n page(s) · {paper}", "", 1)
    assert many.startswith("⟦3 påĝéš · {paper}") and one.startswith("⟦1 påĝé · {paper}")


def _show_tab(window, qtbot, number: int):
    """The event's tab, shown and laid out: its layout settles over a few
    turns of the event loop (a page's contents ask for room once shown)."""
    window.event_view.tabs.setCurrentIndex(number)
    page = window.event_view.tabs.currentWidget()
    qtbot.waitUntil(page.isVisible)
    seen: list[object] = []

    def settled() -> bool:
        seen.append([widget.geometry() for widget in (window.navigator, *page.findChildren(QWidget))])
        return len(seen) > 2 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(settled)
    return page


def test_the_agendas_day_is_shown_whole_beside_a_long_toolbar(pseudo_window_1280, qtbot):
    page = _show_tab(pseudo_window_1280, qtbot, 1)
    combo = page.findChild(QComboBox, "agenda_day")
    assert combo.count() > 0 and combo.isVisible()
    assert combo.width() >= combo.sizeHint().width()


def test_the_minutes_toolbar_gives_way_rather_than_the_event_list(pseudo_window_1280, qtbot):
    window = pseudo_window_1280
    _show_tab(window, qtbot, 0)
    width = window.navigator.width()
    _show_tab(window, qtbot, 4)
    assert window.width() == 1280 and window.navigator.width() == width


@pytest.mark.parametrize("make", ["person", "mail"])
def test_the_hints_are_whole_as_the_dialog_first_shows(make, pseudo, context, qtbot):
    from planner.ui.mail_settings_dialog import MailSettingsDialog

    dialog = PersonDialog(context) if make == "person" else MailSettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for line in dialog.findChildren(QLineEdit):
        if line.placeholderText() and line.isVisible():
            needed = line.fontMetrics().horizontalAdvance(line.placeholderText())
            assert _hint_fits(line) or needed > WIDEST_HINT, line.placeholderText()
            # and the field lies inside the dialog, not cut by its edge
            assert line.mapTo(dialog, line.rect().topRight()).x() <= dialog.width()
