"""The agenda of one day as a table: what a reader of a printed agenda
reads, with breaks and meals set apart and conflicts marked on the item."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon

from planner.services.agenda import AgendaEntry
from planner.services.labels import clock, label
from planner.ui import theme
from planner.ui.icons import warning_icon
from planner.ui.participants.marked import QT_TRANSLATE_NOOP
from planner.ui.tables import ID_ROLE, SORT_ROLE

TIME, KIND, TITLE, ROOM, SPEAKERS, MODERATOR = range(6)
translate = QCoreApplication.translate

# The headings in English; each is translated where shown (headerData).
HEADERS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Time"),
    QT_TRANSLATE_NOOP("AgendaModel", "Kind"),
    QT_TRANSLATE_NOOP("AgendaModel", "Title"),
    QT_TRANSLATE_NOOP("AgendaModel", "Room"),
    QT_TRANSLATE_NOOP("AgendaModel", "Speakers"),
    QT_TRANSLATE_NOOP("AgendaModel", "Moderator"),
)

# ID_ROLE holds the item's id and SORT_ROLE what a column sorts by, as in
# every table of the app; the conflict messages come after them.
CONFLICTS_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# How breaks and meals look.
_PAUSE_ROLES = frozenset({Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole})
# The roles ``data`` answers; any other is None.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ID_ROLE,
        CONFLICTS_ROLE,
        SORT_ROLE,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
    }
)


def time_span(entry: AgendaEntry) -> str:
    """09:30–11:00; an item ending on a later day says so: 23:00–01:30 (+1)."""
    starts, ends = entry.starts_at, entry.ends_at
    text = f"{clock(starts)}–{clock(ends)}"
    days_later = (ends.date() - starts.date()).days
    if days_later and ends.time() != datetime.min.time():
        text += f" (+{days_later})"
    elif days_later:
        text = f"{clock(starts)}–24:00"
    return text


def speakers_text(entry: AgendaEntry) -> str:
    return ", ".join(speaker.label for speaker in entry.speakers)


class AgendaModel(QAbstractTableModel):
    """One row per agenda item of the day shown, in time order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AgendaEntry] = []
        self._conflicts: dict[int, list[str]] = {}
        self._texts: list[tuple[str, ...]] = []
        self._pauses: list[bool] = []
        self._icon: QIcon | None = None
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading ------------------------------------------------------------

    def load(self, entries: Sequence[AgendaEntry], conflicts: dict[int, list[str]] | None = None) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._conflicts = dict(conflicts or {})
        # Each cell's text, made once: a view asks for it many times over
        # while it measures and paints the columns.
        self._texts = [tuple(self._text(entry, column) for column in range(len(HEADERS))) for entry in self._entries]
        self._pauses = [entry.is_pause for entry in self._entries]
        self.endResetModel()

    def entry(self, row: int) -> AgendaEntry:
        return self._entries[row]

    def entries(self) -> list[AgendaEntry]:
        return list(self._entries)

    def row_of(self, item_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == item_id:
                return row
        return None

    def conflicts_of(self, item_id: int) -> list[str]:
        return list(self._conflicts.get(item_id, ()))

    # -- the table ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AgendaModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # most of what a view asks while it measures a cell
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What a cell shows, for a role (asked by row number when the
        columns are measured, not through Qt)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role in _PAUSE_ROLES:  # asked of every cell painted: breaks and meals set apart
            return self._pause_look(role) if self._pauses[row] else None
        if role not in _ROLES:
            return None
        entry = self._entries[row]
        conflicts = self._conflicts.get(entry.id, [])
        if role == ID_ROLE:
            return entry.id
        if role == CONFLICTS_ROLE:
            return list(conflicts)
        if role == SORT_ROLE:
            if column == TIME:
                # A string: Qt compares it, not a Python tuple it cannot order.
                return f"{entry.starts_at:%Y%m%d%H%M}{entry.ends_at:%Y%m%d%H%M}{entry.id:012d}"
            return self._texts[row][column].casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE and conflicts:
            if self._icon is None:
                self._icon = warning_icon()
            return self._icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column, conflicts)
        return None

    def _pause_look(self, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.colour("pause_ink"))
        return QBrush(theme.colour("pause_fill"))

    @staticmethod
    def _text(entry: AgendaEntry, column: int) -> str:
        """The text of a cell (before it is kept: see ``load``)."""
        if column == TIME:
            return time_span(entry)
        if column == KIND:
            return label(entry.kind)
        if column == TITLE:
            return entry.title
        if column == ROOM:
            return entry.location
        if column == SPEAKERS:
            return speakers_text(entry)
        if column == MODERATOR:
            return entry.moderator.label if entry.moderator else ""
        return ""

    def _tooltip(self, entry: AgendaEntry, column: int, conflicts: list[str]) -> str | None:
        lines = []
        if conflicts:
            lines += [translate("AgendaModel", "Conflicts:"), *(f"• {message}" for message in conflicts)]
        if column == SPEAKERS and entry.speakers:
            lines = [speaker.label for speaker in entry.speakers] + (["", *lines] if lines else [])
        elif column == TITLE and entry.description:
            lines = [entry.description] + (["", *lines] if lines else [])
        return "\n".join(lines) or None
