"""The participant list as a Qt table model, the filter in front of it, and
the counts shown under it. Rows come from one read-model query
(``participants.participant_rows``); nothing here touches the database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from planner.services.labels import label
from planner.services.name_order import name_key
from planner.services.participants import ABSENT, STATUS_ORDER, ParticipantRow
from planner.services.search import country_token, fold_word, haystack, matches_words, words
from planner.services.values import country_name
from planner.services.vocabulary import ParticipationStatus
from planner.ui import theme
from planner.ui.tables import SORT_ROLE, SourceSortingProxy, comparable, refilter, reorder

COLUMNS = ("Name", "Organisation", "Country", "Role", "Status", "Arrives", "Departs", "Dietary", "Access", "E-mail")
NAME, ORGANISATION, COUNTRY, ROLE, STATUS, ARRIVES, DEPARTS, DIETARY, ACCESS, EMAIL = range(len(COLUMNS))

# SORT_ROLE holds the value a column sorts by (family name first for the name).
# The ParticipantRow behind a line.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# A reply's answer (iTIP PARTSTAT) as the status column's tooltip says it.
ANSWERS = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative (maybe)"}
# Counts are listed in the order a participation moves through (STATUS_ORDER).


def short_day(value: date | None) -> str:
    """ "Tue 2 Jun": the year is the event's."""
    return f"{value:%a} {value.day} {value:%b}" if value else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        # Folded text searched per row, built once per load (5,000 rows stay instant).
        self._haystacks: dict[int, str] = {}  # by id() of the row: rows are re-sorted
        # The model sorts itself (keys made once per row per sort); the
        # filter in front of it keeps its order.
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- loading -------------------------------------------------------------

    def load(self, rows: Sequence[ParticipantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self.sorted_by is not None:
            column, order = self.sorted_by
            keys = [comparable(self._sort_key(row, column)) for row in self._rows]
            positions = sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
            self._rows = [self._rows[position] for position in positions]
        self._haystacks = {}  # made when first searched
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def haystack(self, row: int) -> str:
        if not self._haystacks:
            # Names, organisations, countries (code and name) and e-mails,
            # folded: made when first searched, for every row at once.
            self._haystacks = {
                id(row): haystack(
                    row.given_name, row.family_name, row.organisation, row.country, country_name(row.country), row.email
                )
                + country_token(row.country)
                for row in self._rows
            }
        return self._haystacks[id(self._rows[row])]

    def rows(self) -> list[ParticipantRow]:
        return list(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sorted_by = (column, order)
        self._rows = reorder(self, self._rows, [self._sort_key(row, column) for row in self._rows], order)

    # -- Qt ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            # Those who will not be, or were not, there are shown muted; the
            # status itself is a chip (status_chips) in the theme's colours.
            if row.status in ABSENT and column != STATUS:
                return theme.colour("muted")
            return None
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _text(row: ParticipantRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == ORGANISATION:
            return row.organisation
        if column == COUNTRY:
            return row.country
        if column == ROLE:
            return label(row.role)
        if column == STATUS:
            if row.answer == "TENTATIVE" and row.status == ParticipationStatus.INVITED:
                return f"{label(row.status)} (tentative)"
            return label(row.status)
        if column == ARRIVES:
            return short_day(row.arrives_on)
        if column == DEPARTS:
            return short_day(row.departs_on)
        if column == DIETARY:
            return _one_line(row.dietary)
        if column == ACCESS:
            return _one_line(row.accessibility)
        if column == EMAIL:
            return row.email
        return ""

    @staticmethod
    def _tooltip(row: ParticipantRow, column: int) -> str | None:
        if column == NAME:
            sent = ["Messages sent:", *row.messages] if row.messages else []
            return "\n".join(part for part in (row.name, row.position, row.notes, *sent) if part) or None
        if column == EMAIL and row.messages:
            return "\n".join(["Messages sent:", *row.messages])
        if column == COUNTRY and row.country:
            return country_name(row.country)
        if column in (ARRIVES, DEPARTS):
            value = row.arrives_on if column == ARRIVES else row.departs_on
            return f"{value:%A %d %B %Y}" if value else None
        if column == DIETARY:
            return row.dietary or None
        if column == ACCESS:
            return row.accessibility or None
        if column == ORGANISATION:
            return row.organisation or None
        if column == STATUS and row.answer:
            return f"Their last answer to the invitation: {ANSWERS.get(row.answer, row.answer.lower())}"
        return None

    @staticmethod
    def _sort_key(row: ParticipantRow, column: int) -> Any:
        if column == NAME:
            return name_key(row.family_name, row.given_name)
        if column == STATUS:
            return f"{STATUS_ORDER.index(row.status) if row.status in STATUS_ORDER else 99:02d}"
        if column in (ARRIVES, DEPARTS):
            value = row.arrives_on if column == ARRIVES else row.departs_on
            # Unknown days after the known ones.
            return value.isoformat() if value else "9999"
        return fold_word(ParticipantsModel._text(row, column))


class ParticipantsFilter(SourceSortingProxy):
    """Search (every word in name, organisation, country or e-mail, accents
    ignored) and the status and role filters."""

    filtered = Signal()  # once per change of a filter (Qt signals each range of rows hidden)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._words: list[tuple[str, ...]] = []
        self._status: str | None = None
        self._role: str | None = None
        # Only these people, when the Overview sends the user to them.
        self._people: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_query(self, text: str) -> None:
        self._words = words(text)  # folded once, not once per row
        self._refilter("_query", text.strip())

    def set_status(self, status: str | None) -> None:
        self._refilter("_status", status or None)

    def set_role(self, role: str | None) -> None:
        self._refilter("_role", role or None)

    def set_people(self, person_ids: frozenset[int] | None) -> None:
        refilter(self, lambda: setattr(self, "_people", person_ids))
        self.filtered.emit()

    @property
    def people(self) -> frozenset[int] | None:
        return self._people

    def _refilter(self, name: str, value: str | None) -> None:
        refilter(self, lambda: setattr(self, name, value))
        self.filtered.emit()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = cast(ParticipantsModel, self.sourceModel())
        row = model.row_at(source_row)
        if self._people is not None and row.person_id not in self._people:
            return False
        if self._status and row.status != self._status:
            return False
        if self._role and row.role != self._role:
            return False
        if not self._words:
            return True
        return matches_words(model.haystack(source_row), self._words)

    def shown_rows(self) -> list[ParticipantRow]:
        """The rows that pass the filters, in the order shown (the source's:
        the proxy does not sort)."""
        model = cast(ParticipantsModel, self.sourceModel())
        rows = model.rows()
        if not (self._query or self._status or self._role or self._people is not None):
            return rows
        return [row for number, row in enumerate(rows) if self.filterAcceptsRow(number, QModelIndex())]


def count_by_status(rows: Iterable[ParticipantRow]) -> list[tuple[str, int]]:
    """(status, count), most first; ties in the order a participation moves through."""
    counts = Counter(row.status for row in rows)
    return sorted(
        counts.items(),
        key=lambda pair: (-pair[1], STATUS_ORDER.index(pair[0]) if pair[0] in STATUS_ORDER else 99),
    )


def count_by_country(rows: Iterable[ParticipantRow]) -> list[tuple[str, int]]:
    """(country code, count), most first; "" for people without a country."""
    counts = Counter(row.country for row in rows)
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0] == "", pair[0]))


def summary_texts(rows: Sequence[ParticipantRow], *, countries_shown: int = 8) -> tuple[str, str]:
    """ "12 attended · 1 no-show · 1 declined" and "ES 4 · PL 2 · GR 2 …"."""
    statuses = " · ".join(f"{count} {label(status).lower()}" for status, count in count_by_status(rows))
    by_country = count_by_country(rows)
    parts = [f"{code or 'no country'} {count}" for code, count in by_country[:countries_shown]]
    if len(by_country) > countries_shown:
        parts.append("…")
    return statuses, " · ".join(parts)
