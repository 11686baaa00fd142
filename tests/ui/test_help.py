"""Help ▸ Keyboard shortcuts lists every shortcut of the app, where it
works; Help ▸ Getting started shows by itself on the first start only."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from planner.ui import shortcuts
from planner.ui.context import open_settings
from planner.ui.help.getting_started import GettingStartedDialog
from planner.ui.help.shortcuts_dialog import keys_text


def _help_menu(window):
    return next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")


def test_the_help_menu_offers_shortcuts_and_getting_started(window):
    texts = [action.text() for action in _help_menu(window).actions() if not action.isSeparator()]
    assert texts == ["&Keyboard shortcuts", "&Getting started", "&About Planner"]


def test_the_shortcuts_dialog_lists_every_action_with_a_shortcut(window, qtbot):
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = dialog.listed()
    keys_listed = {keys for _place, _what, keys in listed}
    with_keys = [action for action in window.findChildren(QAction) if not action.shortcut().isEmpty()]
    assert len(with_keys) > 30
    for action in with_keys:
        assert keys_text(action.shortcuts()) in keys_listed, action.text()
    # Every shortcut of the app's list is there, those of the print preview too.
    every_key = {key for _place, _what, keys in listed for key in keys.split(" or ")}
    for name in shortcuts.names():
        found = getattr(shortcuts, name)
        for sequence in found if isinstance(found, list) else [found]:
            if sequence.isEmpty():
                continue  # a standard key this platform has none for (Quit, on some)
            assert sequence.toString(QKeySequence.SequenceFormat.NativeText) in every_key, name


def test_each_shortcut_is_listed_where_it_works_by_what_it_does(window, qtbot):
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = dialog.listed()
    assert ("Everywhere", "Undo", "Ctrl+Z") in listed
    assert ("Everywhere", "Show the Overview tab", "Alt+1") in listed
    assert ("Everywhere", "Print preview of the agenda", "Ctrl+P") in listed
    assert ("Agenda tab", "Move later", "Alt+Down") in listed
    assert ("Agenda tab", "Lengthen", "Alt+Shift+Down") in listed
    assert ("Participants tab", "Add participant", "Ctrl+Shift+A") in listed
    assert ("Print preview", "Save as PDF", "Ctrl+S") in listed
    places = list(dict.fromkeys(place for place, _what, _keys in listed))
    assert places[0] == "Everywhere" and places[-1] == "Print preview"
    assert places.index("Agenda tab") < places.index("Minutes tab")


def test_getting_started_shows_on_the_first_start_and_not_again(window, qtbot):
    first = window.show_getting_started_once()
    assert isinstance(first, GettingStartedDialog) and first.isVisible()
    page = first.page.toPlainText()
    for words in ("Overview", "Agenda", "Participants", "Logistics", "Minutes", "Send invitations", "Documents"):
        assert words in page
    first.close()
    assert window.show_getting_started_once() is None
    assert open_settings().value("help/getting_started_shown") == "true"  # remembered for the next start
    again = window.show_getting_started()  # the menu shows it any time
    assert again.isVisible()
    again.close()
