"""The left side of the participant import dialog: one line per column of
the file, with its header, a few of its values and a combo saying what it
holds ("Ignore", "Name", "Given name", …). A handful of widgets per file
column, never per cell: a list has tens of columns, not thousands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.exchange.participant_table import SheetTable
from planner.ui import theme
from planner.ui.participants import import_models as models

translate = QCoreApplication.translate

SAMPLE_WIDTH = 210  # sample values are elided to this many pixels
MUTED = "color: palette(placeholder-text);"


class ColumnChoices(QWidget):
    """What each column holds; ``changed(column)`` when the user picks."""

    changed = Signal(int)

    def __init__(self, table: SheetTable, mapping: dict[int, str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        self.combos: list[QComboBox] = []
        self.header_labels: list[QLabel] = []
        metrics = self.fontMetrics()
        for column in range(len(table.headers)):
            name = models.column_header(table, column)
            header = QLabel(name, inner)
            header.setTextFormat(Qt.TextFormat.PlainText)
            samples = models.sample_values(table, column)
            shown = " · ".join(samples) if samples else translate("ColumnChoices", "(empty)")
            example = QLabel(metrics.elidedText(shown, Qt.TextElideMode.ElideRight, SAMPLE_WIDTH), inner)
            example.setTextFormat(Qt.TextFormat.PlainText)
            example.setStyleSheet(MUTED)
            example.setToolTip("\n".join(samples))
            combo = QComboBox(inner)
            for key, text in models.field_choices():
                combo.addItem(text, key or "")
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column) or "")))
            combo.setAccessibleName(translate("ColumnChoices", "Column {name}").format(name=name))
            combo.currentIndexChanged.connect(lambda _index, column=column: self.changed.emit(column))
            header.setBuddy(combo)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(header)
            cell.addWidget(example)
            grid.addLayout(cell, column, 0)
            grid.addWidget(combo, column, 1, Qt.AlignmentFlag.AlignVCenter)
            self.combos.append(combo)
            self.header_labels.append(header)
        grid.setRowStretch(len(table.headers), 1)

        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(inner.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = translate("ColumnChoices", "Columns in the file")
        layout.addWidget(QLabel(f"<b>{heading}</b>", self))
        layout.addWidget(scroll, 1)
        self.mark(mapping)

    def choice(self, column: int) -> str | None:
        return self.combos[column].currentData() or None

    def choose(self, column: int, field: str | None) -> None:
        self.combos[column].setCurrentIndex(self.combos[column].findData(field or ""))

    def mark(self, mapping: dict[int, str | None]) -> None:
        """Ignored columns muted; a field that several columns give noted
        (the importer takes them all, see models.shared_note)."""
        shared = models.shared_fields(mapping)
        for column, label in enumerate(self.header_labels):
            field = mapping.get(column)
            if not field:
                label.setStyleSheet(MUTED)
                label.setToolTip(translate("ColumnChoices", "Not imported"))
            elif column in shared:
                label.setStyleSheet(f"{theme.style('warning')} font-weight: bold;")
                others = [models.column_header(self.table, other) for other in shared[column]]
                label.setToolTip(models.shared_note(field, others))
            else:
                label.setStyleSheet("font-weight: bold;")
                label.setToolTip("")
