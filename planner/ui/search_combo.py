"""A list to pick from that is searched by typing, the way every search in
Planner works: each typed word anywhere in the entry, case and accents
ignored ("wrobel" finds "Wróbel", "krakow" "Kraków"), and a line that says
so when nothing matches instead of an empty list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from planner.services.search import fold, matches

# The rows of the combo a typed text finds, when more than the entries'
# texts say (a zone found by a city in another language).
Finder = Callable[[str], list[int]]
# The combo row an entry of the list of matches stands for.
_ROW = Qt.ItemDataRole.UserRole + 41
translate = QCoreApplication.translate


class _Matches(QObject):
    """Keeps a combo's list of matches up to date with what is typed; a
    child of the combo, it lives as long as the combo."""

    def __init__(self, combo: QComboBox, nothing: str, finder: Finder | None):
        super().__init__(combo)
        self.finder = finder
        self.setObjectName("matches")
        self.combo = combo
        self.nothing = nothing
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, combo)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The list is the matches worked out here; Qt's own filter would drop "Kraków" for "krakow".
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self.picked)  # type: ignore[index]  # the stubs know one overload

    def update(self, typed: str) -> None:
        self.model.clear()
        query = typed.strip()
        if not query or query == self.combo.itemText(self.combo.currentIndex()):
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()
            return
        for row in self.finder(query) if self.finder else self.rows(query):
            item = QStandardItem(self.combo.itemText(row))
            item.setData(row, _ROW)
            item.setEditable(False)
            self.model.appendRow(item)
        if not self.model.rowCount():
            item = QStandardItem(self.nothing.format(query))
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # a message, not an entry: it cannot be picked
            self.model.appendRow(item)
        self.completer.setCompletionPrefix("")
        self.completer.complete()

    def rows(self, query: str) -> list[int]:
        """The entries (not "—", not a separator) with every word of ``query``."""
        combo = self.combo
        return [
            row
            for row in range(combo.count())
            if combo.itemData(row) is not None and matches(fold(combo.itemText(row)), query)
        ]

    def picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(_ROW)
        if row is not None:
            self.combo.setCurrentIndex(row)
            self.combo.activated.emit(row)


def searchable(combo: QComboBox, nothing: str | None = None, finder: Finder | None = None) -> QComboBox:
    """Typing lists the entries with every typed word in them (or those
    ``finder`` gives); ``nothing`` (with {} for what was typed) is the line
    shown when there is none."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    found = _Matches(combo, nothing or translate("SearchCombo", "Nothing matches '{}'"), finder)
    combo.setCompleter(found.completer)
    typed = combo.lineEdit()
    assert typed is not None  # an editable combo has one
    typed.textEdited.connect(found.update)
    return combo


def matches_shown(combo: QComboBox) -> list[str]:
    """The lines the list of matches shows for what was last typed."""
    found = combo.findChild(_Matches, "matches")
    assert found is not None, "not a searchable combo"
    return [found.model.item(row).text() for row in range(found.model.rowCount())]
