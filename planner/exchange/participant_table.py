"""Reading a participant list (CSV or Excel) into rows of text.

Real lists come from registration forms and spreadsheets: UTF-8 with or
without a BOM, Excel's "Unicode text" (UTF-16), or Windows-1252 from an
older Excel; commas, or semicolons where Excel uses the decimal comma;
quoted fields with line breaks; blank lines and empty columns at the end.
``read_table`` turns any of them into a ``SheetTable`` of stripped text
with each row's number as a spreadsheet shows it, or refuses the file
with a ``ParticipantFileError`` that names the file and says what to do.
``guess_mapping`` says which column holds which field.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import PurePath

from planner.exchange import participant_encoding as encodings
from planner.exchange import participant_words as words
from planner.exchange.participant_errors import SHOWN_PROBLEMS, ParticipantFileError
from planner.services.language import say

__all__ = ["FIELDS", "SHOWN_PROBLEMS", "ParticipantFileError", "SheetTable", "guess_mapping", "read_table"]

# Field key → the label users see, in the order lists and dialogs show them.
FIELDS: dict[str, str] = {
    "full_name": "Name",
    "honorific": "Title",
    "given_name": "Given name",
    "family_name": "Family name",
    "email": "E-mail",
    "organisation": "Organisation",
    "position": "Position",
    "region": "Region",
    "country": "Country",
    "phone": "Phone",
    "role": "Role",
    "status": "Status",
    "dietary": "Dietary needs",
    "accessibility": "Access needs",
    "arrives_on": "Arrives",
    "departs_on": "Departs",
    "notes": "Notes",
    "language": "Language",  # last: lists written before it keep their columns
    "gender": "Gender",  # after it, for the same reason
    # What the person agreed to on the registration form (participant_consent).
    "consent_shared_list": "Consent to participant list",
    "consent_photos": "Photo consent",
    "consent_needs": "Consent to keep needs",
    "consent_contact_after": "Consent to contact after",
    "consent_date": "Consent date",
}

_DELIMITERS = {",": "comma-separated", ";": "semicolon-separated", "\t": "tab-separated"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and every password-protected .xlsx
_ZIP = b"PK\x03\x04"
_SEP_LINE = re.compile(r'^"?sep=(.)"?[ \t]*(\r\n|\n|\r|$)', re.IGNORECASE)
_CONTENT = re.compile(r"[^\s,;\"']")
_LOOKS_LIKE_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LOOKS_LIKE_DATE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$")


@dataclass(frozen=True)
class SheetTable:
    """A list as rows of text below a header row."""

    file_name: str
    headers: list[str]  # as in the file; an empty one is named "Column 5"
    rows: list[list[str]]  # data rows, each as long as headers
    row_numbers: list[int]  # each row's number as a spreadsheet shows it
    description: str  # "Windows-1250 (Central European), semicolon-separated", "Excel sheet 'Registrations'"
    encoding: str = ""  # the codec the text was read with ("cp1250"); empty for a workbook

    @property
    def name(self) -> str:
        """The file's name without its folder, for messages."""
        return PurePath(self.file_name).name or self.file_name


def read_table(data: bytes, file_name: str, encoding: str | None = None) -> SheetTable:
    """The rows of a .csv/.txt file (separator found out, and encoding
    unless given as a codec name) or of an .xlsx workbook's first sheet with
    data. ``participant_encoding.EncodingUnclear`` (a ParticipantFileError)
    when the encoding should be chosen by the user."""
    name = PurePath(file_name).name or file_name
    suffix = PurePath(file_name).suffix.lower()
    if not data.strip():
        raise ParticipantFileError(say("{file}: the file is empty; export the participant list again", file=name))
    if data.startswith(_OLE2):
        if suffix in (".xlsx", ".xlsm"):
            raise ParticipantFileError(
                say(
                    "{file}: the workbook is password-protected (or an old .xls file): remove the password in Excel "
                    "(File > Info > Protect Workbook) or save the list as .csv, and try again",
                    file=name,
                )
            )
        raise ParticipantFileError(
            say(
                "{file}: this is an old Excel workbook (.xls); open it in Excel or LibreOffice, save it as .xlsx or .csv, "
                "and import that",
                file=name,
            )
        )
    if data.startswith(_ZIP):
        if b"opendocument" in data[:200]:
            raise ParticipantFileError(
                say(
                    "{file}: this is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv and import that",
                    file=name,
                )
            )
        if encoding is not None:
            raise ParticipantFileError(
                say(
                    "{file}: is an Excel workbook, which holds its text in its own encoding; "
                    "an encoding can be chosen only for CSV and text files",
                    file=name,
                )
            )
        from planner.exchange.participant_xlsx import read_workbook  # openpyxl: only for workbooks

        sheet, records = read_workbook(data, name)
        return _table(file_name, name, records, f"Excel sheet '{sheet}'")
    if suffix in (".xlsx", ".xlsm"):
        raise ParticipantFileError(
            say(
                "{file}: is not an Excel workbook (.xlsx); it may be damaged, or a CSV file with the wrong name "
                "(rename it to .csv)",
                file=name,
            )
        )
    if suffix == ".xls" and data.lstrip()[:1] == b"<":
        raise ParticipantFileError(
            say(
                "{file}: is a web page saved as .xls, not a workbook; open it in Excel, save it as .xlsx or .csv, "
                "and import that",
                file=name,
            )
        )
    reading = encodings.read_text(data, name, encoding)
    delimiter, text = _delimiter(_checked(reading.text, name), name)
    records = _csv_records(text, delimiter, name)
    description = f"{reading.label}, {_DELIMITERS[delimiter]}"
    return _table(file_name, name, records, description, unescape=True, encoding=reading.encoding)


# -- CSV ---------------------------------------------------------------------


def _checked(text: str, name: str) -> str:
    if "\x00" in text:
        raise ParticipantFileError(
            say(
                "{file}: is not a text file (it holds binary data); import a list saved as CSV (.csv) or as an "
                "Excel workbook (.xlsx)",
                file=name,
            )
        )
    return text


def _delimiter(text: str, name: str) -> tuple[str, str]:
    """The separator, and the text without Excel's "sep=;" line if any.

    The header row decides: column names rarely hold a separator, while
    data often does ("Müller, Hans" in a semicolon file). Only when it
    cannot tell does csv.Sniffer look at the data, and then a comma."""
    text = text.lstrip("\ufeff")
    first = _SEP_LINE.match(text)
    if first and first.group(1) in _DELIMITERS:
        return first.group(1), text[first.end() :]
    # Rows of nothing but separators (";;;;" above or below the list) say nothing.
    content = _CONTENT.search(text)
    if content is None:
        raise ParticipantFileError(say("{file}: the list holds no rows; export the participant list again", file=name))
    line_start = text.rfind("\n", 0, content.start()) + 1
    sample = text[line_start : line_start + 65536]
    counts = {}
    for delimiter in _DELIMITERS:
        header = next((row for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(row)), [])
        counts[delimiter] = len(header)
    best = max(counts.values())
    winners = [delimiter for delimiter, count in counts.items() if count == best]
    if len(winners) == 1:
        return winners[0], text
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(winners)).delimiter, text
    except csv.Error:
        return winners[0], text


def _csv_records(text: str, delimiter: str, name: str) -> list[tuple[int, list[str]]]:
    """(row number, cells) of every record; a quoted field with line breaks
    is one row, as in a spreadsheet."""
    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            records.append((number, cells))
    except csv.Error as error:
        row = len(records) + 1
        if "field larger than field limit" in str(error):
            raise ParticipantFileError(
                say(
                    "{file}: row {row}: a field is longer than {limit} characters; most likely a "
                    'quote (") that is never closed: check that row in a text editor',
                    file=name,
                    row=row,
                    limit=csv.field_size_limit(),
                )
            ) from None
        raise ParticipantFileError(
            say("{file}: row {row}: cannot be read as CSV ({error})", file=name, row=row, error=error)
        ) from None
    _check_quotes(text, delimiter, name)
    return records


def _check_quotes(text: str, delimiter: str, name: str) -> None:
    """A quote opened and never closed swallows the rest of the file into
    one field; the lenient reader would take it, so check strictly."""
    count = 0
    try:
        for count, _cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True), 1):  # noqa: B007 - the count is read after the loop
            pass
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise ParticipantFileError(
                say(
                    '{file}: row {row}: a quote (") opens a field that is never closed; the rest of the file '
                    "would be read as one field: correct that row and try again",
                    file=name,
                    row=count + 1,
                )
            ) from None
        # Other strict complaints ('"a"b') are quirks Excel reads too.


_FORMULA_STARTS = ("=", "+", "-", "@")
# Spreadsheets skip these before a formula ("\t=cmd|…"), and a cell
# starting with TAB or CR is taken for one by some.
_SKIPPED_BEFORE_FORMULA = " \t\r\n"


def _looks_like_formula(value: str) -> bool:
    return value[:1] in ("\t", "\r") or value.lstrip(_SKIPPED_BEFORE_FORMULA)[:1] in _FORMULA_STARTS


def escape_cell(value: str) -> str:
    """A value as a CSV cell a spreadsheet shows as text: one that starts
    like a formula (=, +, -, @, also after spaces or line breaks, or a TAB
    or CR) gets a leading apostrophe, so that opening the file runs nothing
    and "+49 89 …" stays a phone number."""
    if _looks_like_formula(value) or (value[:1] == "'" and (_looks_like_formula(value[1:]) or value[1:2] == "'")):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """The inverse of ``escape_cell`` (also undoes what other tools write)."""
    if value[:1] == "'" and (_looks_like_formula(value[1:]) or value[1:2] == "'"):
        return value[1:]
    return value


# -- shaping the rows ----------------------------------------------------------


def _table(
    file_name: str,
    name: str,
    records: list[tuple[int, list[str]]],
    description: str,
    *,
    unescape: bool = False,
    encoding: str = "",
) -> SheetTable:
    """Blank rows and empty trailing columns dropped, the first row as the
    header, every row as long as it."""
    filled = []
    for number, cells in records:
        # One kind of line break inside a cell, whatever the file used.
        stripped = [cell.replace("\r\n", "\n").replace("\r", "\n").strip() for cell in cells]
        if any(stripped):
            filled.append((number, stripped))
    if not filled:
        raise ParticipantFileError(say("{file}: the list holds no rows; export the participant list again", file=name))
    header_number, header = filled[0]
    _check_header(header, header_number, name)
    width = max(_used_width(cells) for _number, cells in filled)
    headers = [" ".join(header[index].split()) if index < len(header) and header[index] else f"Column {index + 1}"
               for index in range(width)]  # fmt: skip
    rows, numbers = [], []
    for number, cells in filled[1:]:
        cells = (cells + [""] * width)[:width]
        rows.append([unescape_cell(cell) for cell in cells] if unescape else cells)
        numbers.append(number)
    if not rows:
        raise ParticipantFileError(
            say(
                "{file}: the list has a header row but no participants below it; export the participant list again",
                file=name,
            )
        )
    return SheetTable(file_name, headers, rows, numbers, description, encoding)


def _used_width(cells: list[str]) -> int:
    width = len(cells)
    while width and not cells[width - 1]:
        width -= 1
    return width


def _check_header(header: list[str], number: int, name: str) -> None:
    """A list whose first row is a participant has no column names to go by."""
    for cell in header:
        if _LOOKS_LIKE_EMAIL.match(cell) or _LOOKS_LIKE_DATE.match(cell):
            raise ParticipantFileError(
                say(
                    "{file}: row {row} looks like a participant ('{cell}'), not column names: add a first row naming "
                    "the columns (such as Name, E-mail, Organisation) and try again",
                    file=name,
                    row=number,
                    cell=cell,
                )
            )


# -- which column holds what -------------------------------------------------


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    """Column index → field key, or None for a column left out. Each field
    goes to the column whose name matches it best (the whole name before a
    word in it, a longer name before a shorter one)."""
    candidates = []
    for column, header in enumerate(headers):
        for field, score in words.column_matches(header).items():
            candidates.append((score, -column, field))
    mapping: dict[int, str | None] = dict.fromkeys(range(len(headers)))
    taken: set[str] = set()
    for _score, negative_column, field in sorted(candidates, reverse=True):
        column = -negative_column
        if mapping[column] is None and field not in taken:
            mapping[column] = field
            taken.add(field)
    for column, header in enumerate(headers):
        if mapping[column] is None and words.is_ambiguous_name(header):
            ambiguous = _ambiguous_name_field(taken)
            if ambiguous is not None:
                mapping[column] = ambiguous
                taken.add(ambiguous)
    return mapping


def _ambiguous_name_field(taken: set[str]) -> str | None:
    """ "Name" beside "Vorname" is the family name, beside "Surname" the
    given name, alone the whole name."""
    if "given_name" in taken and "family_name" not in taken:
        return "family_name"
    if "family_name" in taken and "given_name" not in taken:
        return "given_name"
    if "full_name" not in taken:
        return "full_name"
    return None


def assign(mapping: dict[int, str | None], column: int, field: str | None) -> dict[int, str | None]:
    """The mapping with ``column`` holding ``field`` (None: left out); a
    column that held the field before lets it go."""
    changed = {index: (None if held == field and field is not None else held) for index, held in mapping.items()}
    changed[column] = field
    return changed


def parse_column_choice(headers: list[str], text: str) -> tuple[int, str | None]:
    """(column index, field) from "Anmeldename=full_name", "3=email",
    "Ernährung=Dietary needs" or "Spalte X=none": a column by its name or
    number, a field by its key or label, none to leave the column out."""
    column_text, separator, field_text = text.rpartition("=")
    if not separator or not column_text.strip():
        raise ParticipantFileError(f"--column {text}: write COLUMN=FIELD, such as 'Anmeldename=full_name'")
    wanted = words.key(column_text)
    columns = [index for index, header in enumerate(headers) if words.key(header) == wanted]
    if not columns and column_text.strip().isdigit() and 1 <= int(column_text) <= len(headers):
        columns = [int(column_text) - 1]
    if not columns:
        listed = ", ".join(f"'{header}'" for header in headers)
        raise ParticipantFileError(f"--column {text}: the list has no column '{column_text.strip()}' (it has {listed})")
    field_key = words.key(field_text)
    if field_key in ("none", "ignore", ""):
        return columns[0], None
    for key, label in FIELDS.items():
        if field_key in (words.key(key), words.key(label)):
            return columns[0], key
    raise ParticipantFileError(
        f"--column {text}: '{field_text.strip()}' is not a field; use one of: {', '.join(FIELDS)}, or none"
    )
