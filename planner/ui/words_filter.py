"""A table's search box filter as every search in Planner works: each
typed word somewhere in the row's columns, case and accents ignored."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QWidget

from planner.services.search import fold, matcher, words
from planner.ui.shown_rows import Keep, ShownRows


class WordsFilter(ShownRows):
    """The rows of a ``RowsSource`` holding every word typed in one of
    their columns; each row's texts are folded once, when first searched."""

    # Set before Qt's constructor, which shows the model's rows already.
    _query = ""
    _haystacks: list[str] | None = None

    def __init__(self, model: QAbstractTableModel, parent: QWidget | None = None):
        super().__init__(parent, source=model)
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._haystacks = None

    def set_query(self, text: str) -> None:
        if text.strip() != self._query:
            self._query = text.strip()
            self.refilter()

    def _made_haystacks(self) -> list[str]:
        if self._haystacks is None:
            model = self.sourceModel()
            cell, columns, display = model.cell, range(model.columnCount()), Qt.ItemDataRole.DisplayRole  # type: ignore[attr-defined]
            self._haystacks = [
                fold(" ".join(str(text) for text in (cell(number, column, display) for column in columns) if text))
                for number in range(model.rowCount())
            ]
        return self._haystacks

    def keep(self) -> Keep | None:
        if not self._query:
            return None
        found, haystacks = matcher(words(self._query)), self._made_haystacks()
        return lambda number: found(haystacks[number])
