"""Every button that shows only an icon says what it does: to a screen
reader (its accessible name) and to the mouse (its tooltip)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QToolButton, QWidget

from planner.ui.forms import Field, FormDialog
from tests.ui.conftest import event_id_of


def _icon_only(root: QWidget) -> list[QToolButton | QPushButton]:
    buttons: list[QToolButton | QPushButton] = [*root.findChildren(QToolButton), *root.findChildren(QPushButton)]
    return [button for button in buttons if not button.text().replace("&", "").strip()]


def _unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(button).__name__} in {type(button.parentWidget()).__name__}: "
        f"name {button.accessibleName()!r}, tooltip {button.toolTip()!r}"
        for button in _icon_only(root)
        if not (button.accessibleName().strip() and button.toolTip().strip())
    ]


def test_every_icon_only_button_of_the_window_has_a_name_and_a_tooltip(window, context):
    window.open_event(event_id_of(context, "study_visit"))
    for index in range(window.event_view.tabs.count()):
        window.event_view.tabs.setCurrentIndex(index)
    for name in window.views:
        window.show_view(name)
    assert _unnamed(window) == []


def test_the_print_preview_and_help_dialogs_name_their_icon_only_buttons(window, context, qtbot):
    window.open_event(event_id_of(context, "study_visit"))
    window.documents.open("agenda")
    preview = window.documents.preview
    assert preview is not None
    qtbot.addWidget(preview)
    shortcuts = window.show_shortcuts()
    qtbot.addWidget(shortcuts)
    started = window.show_getting_started()
    qtbot.addWidget(started)
    for dialog in (preview, shortcuts, started):
        assert _unnamed(dialog) == []


def test_a_form_dialog_names_the_arrows_of_its_calendars(qtbot):
    dialog = FormDialog(
        "Add an action", [Field("text", "Action"), Field("due", "Due", "optional_date")], lambda values: None
    )
    qtbot.addWidget(dialog)
    arrows = [button for button in _icon_only(dialog) if button.objectName().startswith("qt_calendar_")]
    assert {button.accessibleName() for button in arrows} == {"Previous month", "Next month"}
    assert _unnamed(dialog) == []
