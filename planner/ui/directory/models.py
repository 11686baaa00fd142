"""Qt table models of the Directory: people, organisations and a person's
history of participations. Each is fed the rows of one read-model query."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt

from planner.services.directory import HistoryRow, OrganisationRow, PersonRow
from planner.services.labels import days, label
from planner.services.language import interface_language
from planner.services.name_order import name_key
from planner.services.search import country_token, fold_word, haystack, matcher, words
from planner.services.values import country_name
from planner.ui import theme
from planner.ui.shown_rows import Keep, ShownRows
from planner.ui.tables import RIGHT, Column, Row, RowsModel

translate = QCoreApplication.translate


class SearchedRowsModel(RowsModel[Row]):
    """Rows a search looks through (``searched`` gives the text, accents
    ignored, as in sorting); ``muted`` rows are shown grey. Right-aligned
    columns have their header right-aligned too."""

    ID_FIELD = "id"  # the field of a row that is its id (``ID_ROLE``)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.make_columns(), attrgetter(self.ID_FIELD), parent)
        self._haystacks: list[str] | None = None  # by row number, made when first searched

    def make_columns(self) -> Sequence[Column[Any]]:
        """The columns, their headings in the window's language (made with
        the model, once the language is known)."""
        return ()

    def searched(self, row: Row) -> Sequence[str]:
        """The texts a row is found by."""
        return ()

    def muted(self, row: Row) -> bool:
        return False

    def set_rows(self, rows: Sequence[Row], ordered_by: int | None = None) -> None:
        self._haystacks = None
        super().set_rows(rows, ordered_by)

    def haystacks(self) -> list[str]:
        """Each row's folded search text; each part folded once however
        many rows share it (names and organisations recur)."""
        if self._haystacks is None:
            self._haystacks = [haystack(*self.searched(row)) for row in self.rows]
        return self._haystacks

    def haystack(self, number: int) -> str:
        return self.haystacks()[number]

    def plain_texts(self, column: int, numbers: Sequence[int]) -> list[str] | None:
        # Texts only: rows are muted by their colour, never by a font or an icon.
        text, rows = self.columns[column].text, self.rows
        return [text(rows[number]) for number in numbers]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].align
        return super().headerData(section, orientation, role)

    def sort_text(self, text: str) -> str:
        return fold_word(text)

    def style(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(row):
            return theme.colour("muted")
        return None


class SearchFilter(ShownRows):
    """Rows whose searched text holds every word typed, accents ignored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, text: str) -> None:
        if text.strip() != self._query:
            self._query = text.strip()
            self.refilter()

    def keep(self) -> Keep | None:
        if not self._query:
            return None
        found = matcher(words(self._query))
        haystacks = cast(SearchedRowsModel[Any], self.sourceModel()).haystacks()
        return lambda number: found(haystacks[number])


@lru_cache(maxsize=512)
def _country_words(code: str) -> str:
    """What a country puts in a row's search text: its code, its name and
    the token a country's name in another language finds (made once per
    country, not once per row)."""
    return haystack(code, country_name(code), country_token(code))


def _name_key(row: PersonRow) -> str:
    return name_key(row.family_name, row.given_name)


NAME = 0  # the people's Name column


class PeopleModel(SearchedRowsModel[PersonRow]):
    def make_columns(self) -> Sequence[Column[PersonRow]]:
        return (
            Column(translate("PeopleModel", "Name"), lambda row: row.name, _name_key, tooltip=lambda row: row.position),
            Column(
                translate("PeopleModel", "Organisation"),
                lambda row: row.organisation,
                tooltip=lambda row: row.organisation,
            ),
            Column(
                translate("PeopleModel", "Country"),
                lambda row: row.country,
                tooltip=lambda row: country_name(row.country, interface_language()),
            ),
            Column(translate("PeopleModel", "E-mail"), lambda row: row.email),
            Column(translate("PeopleModel", "Events"), lambda row: str(row.events), lambda row: row.events, RIGHT),
        )

    def searched(self, row: PersonRow) -> Sequence[str]:
        return (
            row.given_name,
            row.family_name,
            row.organisation,
            row.position,
            row.email,
            _country_words(row.country),
        )


class OrganisationsModel(SearchedRowsModel[OrganisationRow]):
    def make_columns(self) -> Sequence[Column[OrganisationRow]]:
        return (
            Column(translate("OrganisationsModel", "Name"), lambda row: row.name, tooltip=lambda row: row.website),
            Column(translate("OrganisationsModel", "Kind"), lambda row: label(row.kind)),
            Column(translate("OrganisationsModel", "Region"), lambda row: row.region),
            Column(
                translate("OrganisationsModel", "Country"),
                lambda row: row.country,
                tooltip=lambda row: country_name(row.country, interface_language()),
            ),
            Column(
                translate("OrganisationsModel", "Members"), lambda row: str(row.members), lambda row: row.members, RIGHT
            ),
        )

    def searched(self, row: OrganisationRow) -> Sequence[str]:
        return (
            row.name,
            label(row.kind),
            row.region,
            _country_words(row.country),
        )


HISTORY_STATUS = 3  # the history's Status column, drawn as a chip


class HistoryModel(SearchedRowsModel[HistoryRow]):
    ID_FIELD = "participation_id"

    def make_columns(self) -> Sequence[Column[HistoryRow]]:
        return (
            Column(translate("HistoryModel", "Event"), lambda row: row.title, tooltip=lambda row: row.title),
            Column(
                translate("HistoryModel", "Dates"),
                lambda row: days(row.starts_on, row.ends_on),
                lambda row: row.starts_on.isoformat(),
            ),
            Column(translate("HistoryModel", "Role"), lambda row: label(row.role)),
            Column(translate("HistoryModel", "Status"), lambda row: label(row.status)),
            Column(
                translate("HistoryModel", "Messages"),
                _messages_sent,
                lambda row: len(row.messages),
                tooltip=lambda row: "\n".join(row.messages),
            ),
        )

    def muted(self, row: HistoryRow) -> bool:
        return row.absent


def _messages_sent(row: HistoryRow) -> str:
    """ "2 sent": the messages that went to the person for the event."""
    count = len(row.messages)
    return translate("HistoryModel", "%n sent", "messages", count) if count else ""
