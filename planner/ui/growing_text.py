"""Text boxes as high as their text, up to a limit: a few lines of text show
whole instead of in a three-line box with a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QPlainTextEdit

FEWEST_LINES = 3
MOST_LINES = 10  # beyond this the box scrolls


class GrowingText(QObject):
    """Keeps a text box as high as its wrapped text, between ``fewest`` and
    ``most`` lines; again when the text changes or the box is resized."""

    def __init__(self, edit: QPlainTextEdit, fewest: int = FEWEST_LINES, most: int = MOST_LINES):
        super().__init__(edit)
        self.edit, self.fewest, self.most = edit, fewest, most
        edit.textChanged.connect(self.fit)
        edit.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def lines(self) -> int:
        """How many lines the text takes at the box's width."""
        edit = self.edit
        metrics = edit.fontMetrics()
        width = max(edit.viewport().width() - 2 * int(edit.document().documentMargin()), 1)
        bounds = metrics.boundingRect(
            QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), edit.toPlainText() or " "
        )
        # The last line of a text ending in a newline still takes a line.
        ending = 1 if edit.toPlainText().endswith("\n") else 0
        return round(bounds.height() / metrics.lineSpacing()) + ending

    def fit(self) -> None:
        edit = self.edit
        lines = min(max(self.lines(), self.fewest), self.most)
        frame = 2 * edit.frameWidth() + int(2 * edit.document().documentMargin())
        margins = edit.contentsMargins().top() + edit.contentsMargins().bottom()
        height = lines * edit.fontMetrics().lineSpacing() + frame + margins
        if edit.height() != height:
            edit.setFixedHeight(height)
