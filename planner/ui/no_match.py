"""The line a search shows when it finds nothing ("No event matches
'xyz'"), so that an empty list is never left to be guessed at."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class NoMatchLine(QLabel):
    """Hidden until a search finds nothing; ``template`` has {} for what was
    typed: "No event matches '{}'"."""

    def __init__(self, template: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.template = template
        self.setObjectName("no_match")
        self.setWordWrap(True)
        self.setStyleSheet("color: palette(placeholder-text); padding: 4px;")
        self.hide()

    def show_for(self, query: str, found: int) -> None:
        query = query.strip()
        if query and not found:
            self.setText(self.template.format(query))
            self.show()
        else:
            self.hide()
