"""The participant list as a Qt table model, the filter in front of it, and
the counts shown under it. Rows come from one read-model query
(``participants.participant_rows``); nothing here touches the database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import Any, cast

from babel.dates import format_date, format_skeleton
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from planner.services import labels
from planner.services.labels import label
from planner.services.language import SOURCE_LANGUAGE, interface_language
from planner.services.name_order import name_key
from planner.services.participants import ABSENT, STATUS_ORDER, ParticipantRow
from planner.services.search import country_token, fold_word, haystack, matcher, words
from planner.services.values import country_name
from planner.services.vocabulary import ParticipationStatus
from planner.ui import theme
from planner.ui.consent.marks import ConsentMarking
from planner.ui.participants.marked import QT_TRANSLATE_NOOP
from planner.ui.shown_rows import Keep, ShownRows
from planner.ui.tables import SORT_ROLE, comparable

translate = QCoreApplication.translate

# The headings in English; each is translated where shown (headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("ParticipantsModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Organisation"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Country"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Role"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Status"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Arrives"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Departs"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Dietary"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Access"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "E-mail"),
)
NAME, ORGANISATION, COUNTRY, ROLE, STATUS, ARRIVES, DEPARTS, DIETARY, ACCESS, EMAIL = range(len(COLUMNS))

# SORT_ROLE holds the value a column sorts by (family name first for the name).
# The ParticipantRow behind a line.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# A reply's answer (iTIP PARTSTAT) as the status column's tooltip says it.
ANSWERS = {
    "ACCEPTED": QT_TRANSLATE_NOOP("ParticipantsModel", "accepted"),
    "DECLINED": QT_TRANSLATE_NOOP("ParticipantsModel", "declined"),
    "TENTATIVE": QT_TRANSLATE_NOOP("ParticipantsModel", "tentative (maybe)"),
}
# Counts are listed in the order a participation moves through (STATUS_ORDER).


def short_day(value: date | None) -> str:
    """ "Tue 2 Jun" in the window's language: the year is the event's."""
    return _short_day(value, interface_language()) if value else ""


@lru_cache(maxsize=1024)
def _short_day(value: date, language: str) -> str:
    # As labels.day writes a day, without the year: English as it always
    # was, other languages in their own order and punctuation (CLDR's
    # "MMMEd": "Di., 2. Juni", "wt., 2 cze").
    if language == SOURCE_LANGUAGE:
        return format_date(value, "EEE d MMM", locale=SOURCE_LANGUAGE)
    return format_skeleton("MMMEd", value, locale=language)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ParticipantsModel(QAbstractTableModel):
    """Every participant of the event, in the order read; the table shows
    them through a ``ParticipantsFilter``, which sorts and filters their
    row numbers. Sort keys and search texts are made once per row (when
    first needed) and kept until the next load."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._keys: dict[int, list[Any]] = {}  # by column
        self._ordered_by: int | None = None
        self._haystacks: list[str] | None = None
        self.consent = ConsentMarking()  # who is left off shared lists, needs kept without consent

    # -- loading -------------------------------------------------------------

    def load(self, rows: Sequence[ParticipantRow], *, in_name_order: bool = False) -> None:
        """Show these rows; ``in_name_order``: they come in the order of
        names (as ``participant_rows`` reads them), and are shown so
        without sorting them again."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ordered_by = NAME if in_name_order else None
        self._keys = {}
        self._haystacks = None
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def haystacks(self) -> list[str]:
        """Each row's folded text to search: names, organisation, country
        (code and name) and e-mail; made when first searched."""
        if self._haystacks is None:
            self._haystacks = [
                haystack(
                    row.given_name, row.family_name, row.organisation, row.country, country_name(row.country), row.email
                )
                + country_token(row.country)
                for row in self._rows
            ]
        return self._haystacks

    def haystack(self, row: int) -> str:
        return self.haystacks()[row]

    def rows(self) -> list[ParticipantRow]:
        return list(self._rows)

    def ordered_by(self) -> int | None:
        """The column whose ascending order the rows came in, if said."""
        return self._ordered_by

    def plain_texts(self, column: int, numbers: Sequence[int]) -> list[str]:
        """What these rows show in a column (plain texts: no icon or font of
        their own), for measuring the column."""
        rows, text = self._rows, self._text
        return [text(rows[number], column) for number in numbers]

    def sort_keys(self, column: int) -> list[Any]:
        if column not in self._keys:
            self._keys[column] = [comparable(self._sort_key(row, column)) for row in self._rows]
        return self._keys[column]

    # -- Qt ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ParticipantsModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, number: int, column: int, role: int) -> Any:
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (NAME, DIETARY, ACCESS):
                return self.consent.tooltip(row, self._needs(row, column), self._tooltip(row, column))
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.consent.icon(row, self._needs(row, column)) if column in (NAME, DIETARY, ACCESS) else None
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
    def _needs(row: ParticipantRow, column: int) -> str | None:
        """The needs a needs column shows; None for the name column."""
        return row.dietary if column == DIETARY else row.accessibility if column == ACCESS else None

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
                return translate("ParticipantsModel", "{status} (tentative)").format(status=label(row.status))
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
            sent = [translate("ParticipantsModel", "Messages sent:"), *row.messages] if row.messages else []
            return "\n".join(part for part in (row.name, row.position, row.notes, *sent) if part) or None
        if column == EMAIL and row.messages:
            return "\n".join([translate("ParticipantsModel", "Messages sent:"), *row.messages])
        if column == COUNTRY and row.country:
            return country_name(row.country, interface_language())
        if column in (ARRIVES, DEPARTS):
            value = row.arrives_on if column == ARRIVES else row.departs_on
            return labels.day(value) or None
        if column == DIETARY:
            return row.dietary or None
        if column == ACCESS:
            return row.accessibility or None
        if column == ORGANISATION:
            return row.organisation or None
        if column == STATUS and row.answer:
            answer = (
                translate("ParticipantsModel", ANSWERS[row.answer]) if row.answer in ANSWERS else row.answer.lower()
            )
            return translate("ParticipantsModel", "Their last answer to the invitation: {answer}").format(answer=answer)
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


class ParticipantsFilter(ShownRows):
    """The participants shown, in the order sorted: search (every word in
    name, organisation, country or e-mail, accents ignored) and the status
    and role filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._words: list[tuple[str, ...]] = []
        self._status: str | None = None
        self._role: str | None = None
        # Only these people, when the Overview sends the user to them.
        self._people: frozenset[int] | None = None

    def set_query(self, text: str) -> None:
        if text.strip() != self._query:
            self._query = text.strip()
            self._words = words(text)  # folded once, not once per row
            self.refilter()

    def set_status(self, status: str | None) -> None:
        if (status or None) != self._status:
            self._status = status or None
            self.refilter()

    def set_role(self, role: str | None) -> None:
        if (role or None) != self._role:
            self._role = role or None
            self.refilter()

    def set_people(self, person_ids: frozenset[int] | None) -> None:
        if person_ids != self._people:
            self._people = person_ids
            self.refilter()

    @property
    def people(self) -> frozenset[int] | None:
        return self._people

    def keep(self) -> Keep | None:
        people, status, role, searched = self._people, self._status, self._role, self._words
        if people is None and not status and not role and not searched:
            return None
        model = cast(ParticipantsModel, self.sourceModel())
        rows = model.rows()
        if searched and people is None and not status and not role:  # typing in the search box
            haystacks, found = model.haystacks(), matcher(searched)
            return lambda number: found(haystacks[number])
        haystacks = model.haystacks() if searched else []
        found = matcher(searched)

        def keep(number: int) -> bool:
            row = rows[number]
            return (
                (people is None or row.person_id in people)
                and (not status or row.status == status)
                and (not role or row.role == role)
                and (not searched or found(haystacks[number]))
            )

        return keep

    def shown_rows(self) -> list[ParticipantRow]:
        """The rows that pass the filters, in the order shown."""
        rows = cast(ParticipantsModel, self.sourceModel()).rows()
        return [rows[number] for number in self.shown_numbers()]


_STATUS, _COUNTRY = attrgetter("status"), attrgetter("country")


def count_by_status(rows: Iterable[ParticipantRow]) -> list[tuple[str, int]]:
    """(status, count), most first; ties in the order a participation moves through."""
    counts = Counter(map(_STATUS, rows))  # counted in C: thousands of rows at each filter
    return sorted(
        counts.items(),
        key=lambda pair: (-pair[1], STATUS_ORDER.index(pair[0]) if pair[0] in STATUS_ORDER else 99),
    )


def count_by_country(rows: Iterable[ParticipantRow]) -> list[tuple[str, int]]:
    """(country code, count), most first; "" for people without a country."""
    counts = Counter(map(_COUNTRY, rows))
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0] == "", pair[0]))


def summary_texts(rows: Sequence[ParticipantRow], *, countries_shown: int = 8) -> tuple[str, str]:
    """ "12 attended · 1 no-show · 1 declined" and "ES 4 · PL 2 · GR 2 …"."""
    counted = translate("ParticipantsModel", "{count} {status}", "a count by status in the summary: 12 attended")
    statuses = " · ".join(
        counted.format(count=count, status=label(status).lower()) for status, count in count_by_status(rows)
    )
    by_country = count_by_country(rows)
    nowhere = translate("ParticipantsModel", "no country")
    parts = [f"{code or nowhere} {count}" for code, count in by_country[:countries_shown]]
    if len(by_country) > countries_shown:
        parts.append("…")
    return statuses, " · ".join(parts)
