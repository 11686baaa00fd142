"""What the participant import dialog shows, without its widgets: the
preview of an import plan as a Qt table model (one model, no widget per
cell: a 5,000-row file stays light), the filter that keeps only the rows
with problems, the summary line, the choices of the mapping combos with a
few sample values per file column, and the mapping choices remembered per
column header."""

from __future__ import annotations

import json
from typing import cast

from babel.numbers import format_decimal
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from planner.exchange.participant_import import ImportPlan, PlannedRow
from planner.exchange.participant_table import FIELDS, SheetTable
from planner.services.language import interface_language
from planner.services.search import fold
from planner.ui import theme
from planner.ui.consent import words as consent_words
from planner.ui.participants.marked import QT_TRANSLATE_NOOP
from planner.ui.tables import RIGHT, SORT_ROLE, Column, RowsModel, refilter

ROW, NAME, EMAIL, ORGANISATION, ACTION, PROBLEMS = range(6)
translate = QCoreApplication.translate

IGNORE = QT_TRANSLATE_NOOP("ColumnChoices", "Ignore")
# The fields a column can hold, as the window names them (the importer's
# FIELDS, in the window's language where shown).
FIELD_NAMES = {
    "full_name": QT_TRANSLATE_NOOP("ColumnChoices", "Name"),
    "honorific": QT_TRANSLATE_NOOP("ColumnChoices", "Title"),
    "given_name": QT_TRANSLATE_NOOP("ColumnChoices", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ColumnChoices", "Family name"),
    "email": QT_TRANSLATE_NOOP("ColumnChoices", "E-mail"),
    "organisation": QT_TRANSLATE_NOOP("ColumnChoices", "Organisation"),
    "position": QT_TRANSLATE_NOOP("ColumnChoices", "Position"),
    "region": QT_TRANSLATE_NOOP("ColumnChoices", "Region"),
    "country": QT_TRANSLATE_NOOP("ColumnChoices", "Country"),
    "phone": QT_TRANSLATE_NOOP("ColumnChoices", "Phone"),
    "role": QT_TRANSLATE_NOOP("ColumnChoices", "Role"),
    "status": QT_TRANSLATE_NOOP("ColumnChoices", "Status"),
    "dietary": QT_TRANSLATE_NOOP("ColumnChoices", "Dietary needs"),
    "accessibility": QT_TRANSLATE_NOOP("ColumnChoices", "Access needs"),
    "arrives_on": QT_TRANSLATE_NOOP("ColumnChoices", "Arrives"),
    "departs_on": QT_TRANSLATE_NOOP("ColumnChoices", "Departs"),
    "notes": QT_TRANSLATE_NOOP("ColumnChoices", "Notes"),
    "gender": QT_TRANSLATE_NOOP("ColumnChoices", "Gender"),
    **consent_words.COLUMN_FIELDS,
}
# Remembered choices, by folded header text ("" = ignore the column).
REMEMBERED_KEY = "participants/import_mapping"


def _problems_text(row: PlannedRow) -> str:
    return "; ".join(row.problems)


COLUMNS: list[Column[PlannedRow]] = [
    Column(
        QT_TRANSLATE_NOOP("PreviewModel", "Row"),
        lambda row: str(row.row_number),
        sort=lambda row: row.row_number,
        align=RIGHT,
    ),
    Column(QT_TRANSLATE_NOOP("PreviewModel", "Name"), lambda row: row.name, tooltip=lambda row: row.name),
    Column(QT_TRANSLATE_NOOP("PreviewModel", "E-mail"), lambda row: row.email, tooltip=lambda row: row.email),
    Column(
        QT_TRANSLATE_NOOP("PreviewModel", "Organisation"),
        lambda row: row.organisation,
        tooltip=lambda row: row.organisation,
    ),
    # Short for a row with problems: the red row and its problems say why.
    Column(
        QT_TRANSLATE_NOOP("PreviewModel", "Action"),
        lambda row: translate("PreviewModel", "not imported") if row.problems else row.action,
        tooltip=lambda row: row.action,
    ),
    # Rows with problems sort first (then by row), so that sorting by this
    # column brings them to the top.
    Column(
        QT_TRANSLATE_NOOP("PreviewModel", "Problems"),
        _problems_text,
        sort=lambda row: (0 if row.problems else 1) * 10_000_000 + row.row_number,
        tooltip=lambda row: "\n".join(row.problems),
    ),
]


class PreviewModel(RowsModel[PlannedRow]):
    """The rows of an import plan: row number, who, and what the import
    would do with them; rows with problems in red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.row_number, parent)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        shown = super().headerData(section, orientation, role)
        return translate("PreviewModel", shown) if isinstance(shown, str) else shown

    def planned(self) -> list[PlannedRow]:
        return self.rows

    def style(self, row: PlannedRow, column: int, role: int) -> QColor | None:
        if row.problems and role == Qt.ItemDataRole.ForegroundRole:
            return theme.colour("error")
        return None


class PreviewFilter(QSortFilterProxyModel):
    """All rows, or only those with problems."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False
        self.setSortRole(SORT_ROLE)

    def set_only_problems(self, only: bool) -> None:
        refilter(self, lambda: setattr(self, "only_problems", only))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.only_problems:
            return True
        model = cast(PreviewModel, self.sourceModel())
        return bool(model.planned()[source_row].problems)


# -- what the dialog says ----------------------------------------------------------


def number(value: int) -> str:
    """A count as the window's language writes it: "5,000", "5.000"."""
    return format_decimal(value, locale=interface_language())


def rows_text(count: int) -> str:
    return translate("PreviewModel", "%Ln row(s)", "", count)


def table_description(table: SheetTable) -> str:
    """ "Anmeldungen.csv · Windows-1252, semicolon-separated · 42 rows"."""
    parts = [table.name, table.description, rows_text(len(table.rows))]
    return " · ".join(part for part in parts if part)


def plan_summary(plan: ImportPlan) -> str:
    """ "38 new people, 4 matched, 0 already on the list · 2 rows with problems"."""
    new = translate("PreviewModel", "%Ln new person(s)", "", plan.new_people)
    text = translate("PreviewModel", "{new}, {matched} matched, {already} already on the list").format(
        new=new, matched=number(plan.matched_people), already=number(plan.already_participants)
    )
    if plan.rows_with_problems:
        problems = translate("PreviewModel", "%Ln row(s) with problems", "", plan.rows_with_problems)
        text += " · " + problems
    return text


def problems_note(plan: ImportPlan, shown: int = 3) -> str:
    """The first problems, each with its row, for the line above the
    preview: the user sees what to fix without hunting for red rows."""
    problems = plan.problems
    lines = [problem[:1].upper() + problem[1:] for problem in problems[:shown]]
    if len(problems) > shown:
        more = translate("PreviewModel", "… and {count} more. Nothing is imported until every row is right.")
        lines.append(more.format(count=number(len(problems) - shown)))
    elif problems:
        lines.append(translate("PreviewModel", "Nothing is imported until every row is right."))
    return "\n".join(lines)


# -- the mapping ---------------------------------------------------------------------


def field_choices() -> list[tuple[str | None, str]]:
    """(field key or None, what the combo shows): Ignore first, then the fields."""
    return [(None, translate("ColumnChoices", IGNORE)), *((key, field_name(key)) for key in FIELDS)]


def field_name(key: str) -> str:
    return translate("ColumnChoices", FIELD_NAMES[key]) if key in FIELD_NAMES else FIELDS[key]


def column_header(table: SheetTable, column: int) -> str:
    """The column's header, or "Column 3" when the file gives none."""
    header = table.headers[column].strip() if column < len(table.headers) else ""
    return header or translate("ColumnChoices", "Column {number}").format(number=column + 1)


def sample_values(table: SheetTable, column: int, count: int = 3) -> list[str]:
    """The first few different, non-empty values of a column."""
    found: list[str] = []
    for row in table.rows:
        value = " ".join(row[column].split()) if column < len(row) else ""
        if value and value not in found:
            found.append(value)
            if len(found) == count:
                break
    return found


def remembered_choices(settings: QSettings) -> dict[str, str]:
    """Choices the user made before, by folded header text ("" = ignored)."""
    raw = settings.value(REMEMBERED_KEY, "")
    try:
        loaded = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(key): str(value) for key, value in loaded.items() if value == "" or value in FIELDS}


def remember_choice(settings: QSettings, header: str, field: str | None, guessed: str | None) -> None:
    """Remember a correction of the guess; a choice that agrees with the
    guess is forgotten, so that the guess (which looks at the neighbouring
    columns, as for "Name") decides again."""
    choices = remembered_choices(settings)
    if field == guessed:
        choices.pop(fold(header), None)
    else:
        choices[fold(header)] = field or ""
    settings.setValue(REMEMBERED_KEY, json.dumps(choices, ensure_ascii=False, sort_keys=True))


def initial_mapping(table: SheetTable, guessed: dict[int, str | None], settings: QSettings) -> dict[int, str | None]:
    """The guess, corrected by what the user chose before for the same
    header text; every column of the file has an entry."""
    remembered = remembered_choices(settings)
    mapping: dict[int, str | None] = {}
    for column in range(len(table.headers)):
        mapping[column] = guessed.get(column)
        header = table.headers[column].strip()
        if header and fold(header) in remembered:
            mapping[column] = remembered[fold(header)] or None
    return mapping


def shared_fields(mapping: dict[int, str | None]) -> dict[int, list[int]]:
    """Column → the other columns chosen for the same field."""
    columns_of: dict[str, list[int]] = {}
    for column, field in sorted(mapping.items()):
        if field:
            columns_of.setdefault(field, []).append(column)
    return {
        column: [other for other in columns if other != column]
        for columns in columns_of.values()
        if len(columns) > 1
        for column in columns
    }


# Several columns for one of these are all imported, one per line; for any
# other field the first column with a value counts (as the importer does).
JOINED_FIELDS = ("dietary", "accessibility", "notes")


def shared_note(field: str, others: list[str]) -> str:
    """What happens to a column whose field another column has too."""
    names = ", ".join(f"“{other}”" for other in others)
    if field in JOINED_FIELDS:
        text = translate("ColumnChoices", "{field} also comes from {columns}: all of them are imported, one per line")
    else:
        text = translate(
            "ColumnChoices",
            "{field} also comes from {columns}: for each row, the first of these columns with a value counts",
        )
    return text.format(field=field_name(field), columns=names)
