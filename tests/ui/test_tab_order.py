"""Tab goes through a form in the order its fields are shown, then to its
buttons; on the Overview, from the details to the column on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget

from planner.services.agenda import PersonName
from planner.ui.agenda.item_dialog import item_dialog
from planner.ui.forms import Field, FormDialog, buttons_in_order
from tests.ui.conftest import event_id_of


def _holder(widget: QWidget | None, candidates: dict[str, QWidget]) -> str:
    """The name of the candidate the focused widget is (or is part of)."""
    for name, candidate in candidates.items():
        if widget is candidate or (widget is not None and candidate.isAncestorOf(widget)):
            return name
    return type(widget).__name__


def _tabbing(qtbot, window: QWidget, start: QWidget, candidates: dict[str, QWidget], presses: int) -> list[str]:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    qtbot.waitUntil(lambda: start.hasFocus() or start.isAncestorOf(QApplication.focusWidget()))
    visited = [_holder(QApplication.focusWidget(), candidates)]
    for _press in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(_holder(QApplication.focusWidget(), candidates))
    return visited


def test_tab_follows_the_agenda_item_form_then_its_buttons(qtbot):
    people = [PersonName(7, "Anna Nowak")]
    dialog = item_dialog("Add agenda item", people, ["Room A"], lambda values: None)
    qtbot.addWidget(dialog)
    fields = dict(dialog.form.widgets)
    buttons = buttons_in_order(dialog.findChild(QDialogButtonBox))
    candidates = {**fields, **{f"button {index}": button for index, button in enumerate(buttons)}}
    visited = _tabbing(qtbot, dialog, fields["starts_at"], candidates, 20)
    order = list(dict.fromkeys(visited))
    assert order[: len(fields)] == list(fields)
    assert order[len(fields) :][:2] == ["button 0", "button 1"]


def test_a_field_added_to_a_row_later_does_not_break_the_order(qtbot):
    fields = [Field("title", "Title"), Field("starts_on", "First day", "date"), Field("city", "City")]
    dialog = FormDialog("Event", fields, lambda values: None)
    qtbot.addWidget(dialog)
    # A row that gets a button after the form was built, as the Overview's time zone does.
    late = QPushButton("Pick", dialog)
    row = dialog.form.rows["title"].layout()
    assert row is not None
    row.addWidget(late)
    visited = _tabbing(qtbot, dialog, dialog.form.widgets["title"], dict(dialog.form.widgets), 6)
    # Tab steps through the day, month and year of a date before leaving it.
    assert list(dict.fromkeys(visited))[:3] == ["title", "starts_on", "city"]


def test_on_the_overview_tab_goes_from_the_details_to_what_needs_attention(window, context, qtbot):
    window.open_event(event_id_of(context, "study_visit"))
    overview = window.event_view.pages[0]
    candidates = {
        "objectives": overview.form.widgets["objectives"],
        "attention": overview.attention,
        "links": overview.links,
        "add link": overview.add_link_button,
        "remove link": overview.remove_link_button,
        "conflicts": overview.conflicts,
    }
    visited = _tabbing(qtbot, window, overview.form.widgets["objectives"], candidates, 5)
    assert visited == ["objectives", "attention", "links", "add link", "remove link", "conflicts"]
