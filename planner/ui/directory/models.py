"""Qt table models of the Directory: people, organisations and a person's
history of participations. Each is fed the rows of one read-model query."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from planner.db.enums import ParticipationStatus
from planner.services.directory import HistoryRow, OrganisationRow, PersonRow
from planner.services.values import country_name
from planner.ui.directory.search import fold, matches
from planner.ui.directory.tables import refilter
from planner.ui.labels import days, label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#8a8a8a")
ABSENT = {ParticipationStatus.DECLINED, ParticipationStatus.CANCELLED, ParticipationStatus.NO_SHOW}

Row = TypeVar("Row")


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows; each column says how to show, sort
    and explain a row. ``searched`` gives the text a search looks in."""

    columns: Sequence[Column] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._haystacks: list[str] = []

    def searched(self, row: Row) -> str:
        return ""

    def muted(self, row: Row) -> bool:
        return False

    def load(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = [fold(self.searched(row)) for row in self._rows]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, number: int) -> Row:
        return self._rows[number]

    def haystack(self, number: int) -> str:
        return self._haystacks[number]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else fold(column.text(row))
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(row):
            return MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SearchFilter(QSortFilterProxyModel):
    """Rows whose searched text holds every word typed, accents ignored."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_query(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_query", text.strip()))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not self._query or matches(self.sourceModel().haystack(source_row), self._query)


def _name_key(row) -> str:
    return fold(f"{row.family_name}\t{row.given_name}")


class PeopleModel(RowsModel):
    columns = (
        Column("Name", lambda row: row.name, _name_key, lambda row: row.position),
        Column("Organisation", lambda row: row.organisation, tooltip=lambda row: row.organisation),
        Column("Country", lambda row: row.country, tooltip=lambda row: country_name(row.country)),
        Column("E-mail", lambda row: row.email),
        Column("Events", lambda row: str(row.events), lambda row: row.events, align_right=True),
    )

    def searched(self, row: PersonRow) -> str:
        return " ".join(
            (row.given_name, row.family_name, row.organisation, row.position, row.country,
             country_name(row.country), row.email)
        )


class OrganisationsModel(RowsModel):
    columns = (
        Column("Name", lambda row: row.name, tooltip=lambda row: row.website),
        Column("Kind", lambda row: label(row.kind)),
        Column("Region", lambda row: row.region),
        Column("Country", lambda row: row.country, tooltip=lambda row: country_name(row.country)),
        Column("Members", lambda row: str(row.members), lambda row: row.members, align_right=True),
    )

    def searched(self, row: OrganisationRow) -> str:
        return " ".join((row.name, label(row.kind), row.region, row.country, country_name(row.country)))


class HistoryModel(RowsModel):
    columns = (
        Column("Event", lambda row: row.title, tooltip=lambda row: row.title),
        Column("Dates", lambda row: days(row.starts_on, row.ends_on), lambda row: row.starts_on.isoformat()),
        Column("Role", lambda row: label(row.role)),
        Column("Status", lambda row: label(row.status)),
    )

    def muted(self, row: HistoryRow) -> bool:
        return row.status in ABSENT
