"""The one way the window makes an action: a menu entry, toolbar button and
shortcut with its tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

Shortcut = QKeySequence | Sequence[QKeySequence] | None


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    *,
    shortcut: Shortcut = None,
    icon: QIcon | QStyle.StandardPixmap | None = None,
    tip: str = "",
    scope: Literal["window", "widget"] = "window",
    visible: bool = True,
) -> QAction:
    """An action calling ``slot()``. ``scope="widget"``: its shortcut works
    only while the focus is inside ``parent`` (a tab's Delete must not
    delete in another tab); the tooltip names the shortcut."""
    action = QAction(text, parent)
    if shortcut is not None:
        shortcuts = [shortcut] if isinstance(shortcut, QKeySequence) else list(shortcut)
        # A key listed twice (Ctrl+Shift+Z and the platform's Redo) would make
        # Qt call the shortcut ambiguous and do nothing.
        unique = {sequence.toString(): sequence for sequence in shortcuts if not sequence.isEmpty()}
        action.setShortcuts(list(unique.values()))
    if isinstance(icon, QStyle.StandardPixmap):
        icon = parent.style().standardIcon(icon)
    if icon is not None:
        action.setIcon(icon)
    tip = tip or text.replace("&", "").rstrip("…")
    if shortcut is not None and not action.shortcut().isEmpty():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})")
    else:
        action.setToolTip(tip)
    action.setStatusTip(tip)
    if scope == "widget":
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(action)
    action.setVisible(visible)
    action.triggered.connect(lambda _checked=False: slot())
    return action
