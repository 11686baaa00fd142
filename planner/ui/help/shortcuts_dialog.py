"""Help ▸ Keyboard shortcuts: every shortcut of the app, read from the
window's actions (so that it lists what the keys really do, where they
work) and from the shortcuts of windows opened later."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui import shortcuts
from planner.ui.accessibility import name_icon_buttons
from planner.ui.marking import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

EVERYWHERE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere")
# Set on an action whose text changes (Undo names the step to undo): what the list calls it.
LISTED_AS = "listed_as"


@dataclass(frozen=True)
class ShortcutRow:
    place: str  # "Everywhere", "Agenda tab", "Print preview"…
    what: str  # "Add item"
    keys: str  # "Ctrl+Shift+A", or "Return or Enter"


def keys_text(sequences: list[QKeySequence]) -> str:
    return translate("ShortcutsDialog", " or ").join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in sequences
    )


def _what(action: QAction) -> str:
    listed = action.property(LISTED_AS)
    text = listed if isinstance(listed, str) and listed else action.text()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
    return re.sub(r"^\d+ ", "", text)  # "1 Overview": the menu's numbering


def _place(action: QAction, places: dict[QObject, str]) -> str:
    everywhere = translate("ShortcutsDialog", EVERYWHERE)
    if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
        return everywhere
    owner: QObject | None = action.parent()
    while owner is not None:
        if owner in places:
            return places[owner]
        owner = owner.parent()
    return everywhere


def shortcut_rows(actions: list[QAction], places: dict[QObject, str]) -> list[ShortcutRow]:
    """A row for each action with a shortcut, placed where its shortcut works
    (the first of ``places`` holding it), then the rows of ``ELSEWHERE``:
    Everywhere first, the places in their order, each sorted by what it does."""
    rows: list[ShortcutRow] = []
    for action in actions:
        sequences = [sequence for sequence in action.shortcuts() if not sequence.isEmpty()]
        if sequences:
            rows.append(ShortcutRow(_place(action, places), _what(action), keys_text(sequences)))
    for name, (place, what) in shortcuts.ELSEWHERE.items():
        found = getattr(shortcuts, name)
        sequences = [sequence for sequence in (found if isinstance(found, list) else [found]) if not sequence.isEmpty()]
        if sequences:
            rows.append(
                ShortcutRow(
                    translate("ShortcutsDialog", place), translate("ShortcutsDialog", what), keys_text(sequences)
                )
            )
    named = [translate("ShortcutsDialog", EVERYWHERE), *places.values(), *(row.place for row in rows)]
    order = {place: index for index, place in enumerate(dict.fromkeys(named))}
    return sorted(set(rows), key=lambda row: (order[row.place], _sort_text(row)))


def _sort_text(row: ShortcutRow) -> str:
    # "Show the Overview tab", "Show the Agenda tab"…: in the tabs' order
    # (Alt+1 first), together where "Show" sorts, in any language.
    if re.fullmatch(r"[^+]+\+[1-9]", row.keys) and row.what.casefold().startswith(_tab_prefix()):
        return f"{_tab_prefix()}{row.keys}"
    return row.what.casefold()


def _tab_prefix() -> str:
    return translate("MainWindow", "Show the {tab} tab").partition("{tab}")[0].replace("&", "").casefold()


def window_places(window: QMainWindow) -> dict[QObject, str]:
    """The parts of the main window whose shortcuts work only inside them."""
    places: dict[QObject, str] = {}
    event_view = getattr(window, "event_view", None)
    if event_view is not None:
        event_view.make_every_tab()  # with its shortcuts, if the window has not yet
        for index in range(event_view.tabs.count()):
            places[event_view.tabs.widget(index)] = translate("ShortcutsDialog", "{tab} tab").format(
                tab=event_view.tabs.tabText(index)
            )
    views = {
        "directory": translate("ShortcutsDialog", "Directory"),
        "actions": translate("ShortcutsDialog", "Open actions"),
    }
    for name, view in getattr(window, "views", {}).items():
        places[view] = views.get(name, name.title())
    return places


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.resize(620, 600)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts")
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([translate("ShortcutsDialog", "What it does"), translate("ShortcutsDialog", "Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in rows:
            group = groups.get(row.place)
            if group is None:
                group = groups[row.place] = QTreeWidgetItem(self.tree, [row.place])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(group, [row.what, row.keys])
        self.tree.expandAll()
        note = QLabel(
            translate(
                "ShortcutsDialog", "A tab's keys work while the tab is shown; the others, everywhere in the window."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        name_icon_buttons(self)

    def listed(self) -> list[tuple[str, str, str]]:
        """(place, what, keys) as shown."""
        shown = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            for child in range(group.childCount()):
                item = group.child(child)
                assert item is not None
                shown.append((group.text(0), item.text(0), item.text(1)))
        return shown


def _in_a_dialog(action: QAction) -> bool:
    """An action of a dialog open meanwhile (the print preview): ELSEWHERE lists it."""
    owner: QObject | None = action.parent()
    while owner is not None:
        if isinstance(owner, QDialog):
            return True
        owner = owner.parent()
    return False


def window_shortcuts(window: QMainWindow) -> list[ShortcutRow]:
    actions = [action for action in window.findChildren(QAction) if not _in_a_dialog(action)]
    return shortcut_rows(actions, window_places(window))


def shortcuts_dialog(window: QMainWindow) -> ShortcutsDialog:
    return ShortcutsDialog(window_shortcuts(window), window)
