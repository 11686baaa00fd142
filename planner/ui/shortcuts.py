"""Every keyboard shortcut of the app, in one place.

Written as text or as Qt's standard keys and turned into QKeySequence only
when first used: a standard key sequence needs a running QApplication (it
asks the platform), and this module is imported before one exists.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from planner.ui.marking import QT_TRANSLATE_NOOP

StandardKey = QKeySequence.StandardKey

_SHORTCUTS: dict[str, str | StandardKey | list[str | StandardKey]] = {
    # Files and databases
    "NEW_DATABASE": "Ctrl+Shift+N",
    "OPEN_DATABASE": StandardKey.Open,
    "IMPORT_EVENT": "Ctrl+I",
    "EXPORT_EVENT": "Ctrl+E",
    "QUIT": StandardKey.Quit,
    # Edit ▸ Preferences: the platform's key (Ctrl+, on macOS and KDE), else Ctrl+,
    "PREFERENCES": [StandardKey.Preferences, "Ctrl+,"],
    # Editing
    "UNDO": StandardKey.Undo,
    "REDO": ["Ctrl+Shift+Z", StandardKey.Redo],
    "NEW_EVENT": StandardKey.New,
    "FIND": StandardKey.Find,
    "ADD_ITEM": "Ctrl+Shift+A",  # add a row in the current tab
    "DUPLICATE": "Ctrl+D",
    "DELETE": StandardKey.Delete,
    "EDIT": "Return",
    "EDIT_KEYPAD": "Enter",  # the keypad's Enter edits too
    "REFRESH": StandardKey.Refresh,
    # Views: the event's tabs are Alt+1 .. Alt+5
    "TABS": [f"Alt+{number}" for number in range(1, 6)],
    "DIRECTORY": "Ctrl+Shift+D",
    "ACTIONS": "Ctrl+Shift+T",
    # Participants tab: the selected participant's own details (Enter edits the participation)
    "EDIT_PERSON": "Ctrl+Return",
    # Agenda tab: switch between list and timeline; the previous or next day
    "AGENDA_VIEW": "Ctrl+Shift+L",
    "PREVIOUS_DAY": "Alt+PgUp",
    "NEXT_DAY": "Alt+PgDown",
    # Agenda: what dragging a block does, by 5 minutes a press
    "EARLIER": "Alt+Up",
    "LATER": "Alt+Down",
    "SHORTER": "Alt+Shift+Up",
    "LONGER": "Alt+Shift+Down",
    # Minutes: reorder outcomes, tick off an action
    "MOVE_UP": "Ctrl+Shift+Up",
    "MOVE_DOWN": "Ctrl+Shift+Down",
    "MARK_DONE": "Ctrl+Shift+K",
    # Documents: Ctrl+P opens the agenda's print preview (users expect Print
    # there); in the preview Ctrl+P prints, Ctrl+S saves the PDF, and zoom.
    "PRINT_PREVIEW": StandardKey.Print,
    "PRINT": StandardKey.Print,
    "SAVE_DOCUMENT": StandardKey.Save,
    "ZOOM_IN": [StandardKey.ZoomIn, "Ctrl+="],
    "ZOOM_OUT": StandardKey.ZoomOut,
    "FIT_WIDTH": "Ctrl+0",
}

# The shortcuts of windows opened later (not actions of the main window), for
# Help ▸ Keyboard shortcuts: where they work and what they do.
ELSEWHERE: dict[str, tuple[str, str]] = {
    "PRINT": (QT_TRANSLATE_NOOP("ShortcutsDialog", "Print preview"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Print")),
    "SAVE_DOCUMENT": (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Print preview"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save as PDF"),
    ),
    "ZOOM_IN": (QT_TRANSLATE_NOOP("ShortcutsDialog", "Print preview"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in")),
    "ZOOM_OUT": (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Print preview"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom out"),
    ),
    "FIT_WIDTH": (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Print preview"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Fit the page's width"),
    ),
}


def names() -> list[str]:
    """The name of every shortcut, in the order listed here."""
    return list(_SHORTCUTS)


if TYPE_CHECKING:  # the names __getattr__ gives, typed one by one
    NEW_DATABASE: QKeySequence
    OPEN_DATABASE: QKeySequence
    IMPORT_EVENT: QKeySequence
    EXPORT_EVENT: QKeySequence
    QUIT: QKeySequence
    PREFERENCES: list[QKeySequence]
    UNDO: QKeySequence
    REDO: list[QKeySequence]
    NEW_EVENT: QKeySequence
    FIND: QKeySequence
    ADD_ITEM: QKeySequence
    DUPLICATE: QKeySequence
    DELETE: QKeySequence
    EDIT: QKeySequence
    EDIT_KEYPAD: QKeySequence
    REFRESH: QKeySequence
    TABS: list[QKeySequence]
    DIRECTORY: QKeySequence
    ACTIONS: QKeySequence
    EDIT_PERSON: QKeySequence
    AGENDA_VIEW: QKeySequence
    PREVIOUS_DAY: QKeySequence
    NEXT_DAY: QKeySequence
    EARLIER: QKeySequence
    LATER: QKeySequence
    SHORTER: QKeySequence
    LONGER: QKeySequence
    MOVE_UP: QKeySequence
    MOVE_DOWN: QKeySequence
    MARK_DONE: QKeySequence
    PRINT_PREVIEW: QKeySequence
    PRINT: QKeySequence
    SAVE_DOCUMENT: QKeySequence
    ZOOM_IN: list[QKeySequence]
    ZOOM_OUT: QKeySequence
    FIT_WIDTH: QKeySequence


@cache
def _sequence(spec: str | StandardKey) -> QKeySequence:
    return QKeySequence(spec)


def __getattr__(name: str) -> QKeySequence | list[QKeySequence]:
    """``shortcuts.DELETE`` and the like (PEP 562): built on first use."""
    if name not in _SHORTCUTS:
        raise AttributeError(f"no shortcut named {name}")
    spec = _SHORTCUTS[name]
    if isinstance(spec, list):
        return [_sequence(part) for part in spec]
    return _sequence(spec)
