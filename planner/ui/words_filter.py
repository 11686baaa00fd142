"""A table's search box filter as every search in Planner works: each
typed word somewhere in the row's columns, case and accents ignored."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from planner.services.search import fold, matches
from planner.ui.tables import SORT_ROLE, SourceSortingProxy, refilter


class WordsFilter(SourceSortingProxy):
    def __init__(self, model: QAbstractTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self._query = ""

    def set_query(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_query", text.strip()))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._query:
            return True
        model = self.sourceModel()
        texts = (
            model.index(source_row, column, source_parent).data(Qt.ItemDataRole.DisplayRole)
            for column in range(model.columnCount())
        )
        return matches(fold(" ".join(str(text) for text in texts if text)), self._query)
