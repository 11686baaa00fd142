"""Reading participant lists as they come from registration forms and
spreadsheets: the encoding and separator found out, blank rows and empty
columns dropped, row numbers as a spreadsheet shows them, the columns
mapped to fields in the languages of European partner networks, and a
clear refusal naming the file for anything that is not a list."""

from __future__ import annotations

import codecs
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from planner.exchange.participant_table import (
    FIELDS,
    ParticipantFileError,
    assign,
    escape_cell,
    guess_mapping,
    parse_column_choice,
    read_table,
    unescape_cell,
)
from planner.exchange.participant_values import parse_day, row_values, split_full_name
from planner.exchange.participant_words import country_code

DATA = Path(__file__).resolve().parent / "data" / "participants"


def _read(name: str):
    return read_table((DATA / name).read_bytes(), name)


def _mapped(headers: list[str]) -> dict[str, str | None]:
    mapping = guess_mapping(headers)
    return {headers[column]: field for column, field in mapping.items()}


def _workbook(*sheets: tuple[str, list[list]]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


# -- the files in tests/data/participants -------------------------------------


def test_a_german_excel_export_in_windows_1252_with_semicolons():
    table = _read("Anmeldungen.csv")
    assert table.description == "Windows-1252 (Western European), semicolon-separated"
    # The empty column Excel leaves after the last ";" and the empty rows below are gone.
    assert table.headers == ["Vorname", "Nachname", "E-Mail", "Organisation", "Land", "Ernährung"]
    assert len(table.rows) == 7 and table.row_numbers == [2, 3, 4, 5, 6, 7, 8]
    assert table.rows[0][:2] == ["Jürgen", "Großmann"]
    assert table.rows[1][3] == "Universität Würzburg – Lehrstuhl für Biotechnologie"  # the dash is 0x96 in Windows-1252
    assert table.rows[3][5] == "Laktoseintoleranz; keine Nüsse"  # a quoted separator stays in its cell
    assert [row[0] for row in table.rows][-2:] == ["Søren", "Zoë"]


def test_an_english_registration_form_with_a_bom_and_a_comment_over_two_lines():
    table = _read("registration_form.csv")
    assert table.description == "UTF-8 with BOM, comma-separated"
    assert table.headers[0] == "Timestamp"  # no BOM glued to the first name
    # The comment over two lines is one row, as in a spreadsheet.
    assert table.row_numbers == [2, 3, 4, 5, 6]
    assert table.rows[0][8] == "Arriving late on Monday,\nplease keep a seat"
    assert table.rows[1][1] == "Alexiou, Dimitra"


def test_a_spanish_list_in_utf8_without_bom():
    table = _read("inscripciones.csv")
    assert table.description == "UTF-8, semicolon-separated"
    assert table.rows[1][:2] == ["Mª José", "Núñez Peña"]


def test_excel_unicode_text_is_utf16_with_tabs():
    table = _read("unicode_text.txt")
    assert table.description == "UTF-16 (Unicode text), tab-separated"
    assert table.headers == ["Imię", "Nazwisko", "E-mail", "Organizacja", "Kraj", "Rola"]
    assert table.rows[2][:2] == ["Δημήτρης", "Παπαδόπουλος"]


def test_an_excel_workbook_first_sheet_with_data_and_cells_as_text():
    table = _read("Registrations.xlsx")
    assert table.description == "Excel sheet 'Registrations'"  # the empty "Cover" sheet is passed over
    assert table.headers[-1] == "Column 11"  # a column with data but no name
    assert table.row_numbers == [2, 3, 5]  # the empty row 4 is skipped, the numbers stay Excel's
    francesca = dict(zip(table.headers, table.rows[0], strict=True))
    assert francesca["Phone"] == "390112345678"  # a number without ".0"
    assert francesca["Arrival date"] == "2024-06-02" and francesca["Departure date"] == "2024-06-04"
    assert francesca["Attending"] == "yes" and dict(zip(table.headers, table.rows[2], strict=True))["Attending"] == "no"
    assert francesca["Column 11"] == "badge printed"


def test_a_list_without_a_header_row_is_refused_saying_so():
    with pytest.raises(ParticipantFileError) as refused:
        _read("no_header.csv")
    assert str(refused.value).startswith("no_header.csv: row 1 looks like a participant ('anna.schmidt@example.de')")
    assert "add a first row naming the columns" in str(refused.value)


# -- encodings and separators ---------------------------------------------------


@pytest.mark.parametrize(
    ("encoded", "description"),
    [
        (codecs.BOM_UTF8 + "Name;Land\nZoë Weiß;CH\n".encode(), "UTF-8 with BOM, semicolon-separated"),
        ("Name;Land\nZoë Weiß;CH\n".encode(), "UTF-8, semicolon-separated"),
        ("Name;Land\nZoë Weiß;CH\n".encode("cp1252"), "Windows-1252 (Western European), semicolon-separated"),
        ("Name\tLand\nZoë Weiß\tCH\n".encode("utf-16"), "UTF-16 (Unicode text), tab-separated"),
        ("Name\tLand\nZoë Weiß\tCH\n".encode("utf-16-le"), "UTF-16 (Unicode text), tab-separated"),
        ("Name\tLand\nZoë Weiß\tCH\n".encode("utf-16-be"), "UTF-16 (Unicode text), tab-separated"),
        ("Name,Land\r\nZoë Weiß,CH\r\n".encode(), "UTF-8, comma-separated"),
    ],
)
def test_encodings_and_separators_are_found_out(encoded, description):
    table = read_table(encoded, "list.csv")
    assert table.description == description
    assert table.headers == ["Name", "Land"] and table.rows == [["Zoë Weiß", "CH"]]


def test_the_header_row_decides_the_separator_even_when_the_data_has_commas():
    data = "Name;Organisation;Notes\nMüller, Hans;BioM, Munich;a, b, c, d, e\nLe Gall, Anne;Atlanpole;x\n"
    table = read_table(data.encode(), "list.csv")
    assert table.description.endswith("semicolon-separated")
    assert table.rows[0] == ["Müller, Hans", "BioM, Munich", "a, b, c, d, e"]


def test_excels_sep_line_names_the_separator_and_is_not_a_row():
    table = read_table(b"sep=;\r\nName;E-mail\r\nAnna Schmidt;anna@example.de\r\n", "list.csv")
    assert table.headers == ["Name", "E-mail"] and table.row_numbers == [2]


def test_a_list_of_one_column():
    table = read_table(b"Name\nAnna Schmidt\nBruno Keller\n", "names.txt")
    assert table.headers == ["Name"] and table.rows == [["Anna Schmidt"], ["Bruno Keller"]]


def test_blank_rows_blank_columns_and_ragged_rows():
    data = b"Name,,E-mail,,\n\nAnna,,anna@example.de,,\n,,,,\nBruno,,b@example.de,,extra\nCarla\n"
    table = read_table(data, "list.csv")
    # An empty header over a column with data is named; the empty column 2 stays (it is between).
    assert table.headers == ["Name", "Column 2", "E-mail", "Column 4", "Column 5"]
    assert table.rows == [
        ["Anna", "", "anna@example.de", "", ""],
        ["Bruno", "", "b@example.de", "", "extra"],
        ["Carla", "", "", "", ""],
    ]
    assert table.row_numbers == [3, 5, 6]  # blank rows count, as in a spreadsheet


def test_cells_are_stripped_and_line_breaks_made_one_kind():
    table = read_table(b'Name,Notes\n  Anna Schmidt\xc2\xa0 ,"one\r\ntwo\rthree"\n', "list.csv")
    assert table.rows == [["Anna Schmidt", "one\ntwo\nthree"]]


def test_a_tab_separated_text_file_named_xls_is_read_as_text():
    """Web registration systems often export tab-separated text as .xls."""
    table = read_table("Vorname\tNachname\nJürgen\tGroßmann\n".encode("cp1252"), "export.xls")
    assert table.rows == [["Jürgen", "Großmann"]]


# -- refusals ------------------------------------------------------------------


def _zip_with(name: str, content: bytes) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr(name, content)
    return stream.getvalue()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@pytest.mark.parametrize(
    ("data", "file_name", "message"),
    [
        (b"", "list.csv", "list.csv: the file is empty"),
        (b"  \r\n\n ", "list.csv", "list.csv: the file is empty"),
        (b";;;\n;;;\n", "list.csv", "list.csv: the list holds no rows"),
        (b"Name;E-Mail\n", "list.csv", "list.csv: the list has a header row but no participants below it"),
        (
            OLE2,
            "Teilnehmer.xls",
            (
                "Teilnehmer.xls: this is an old Excel workbook (.xls); open it in Excel or LibreOffice, "
                "save it as .xlsx or .csv"
            ),
        ),
        (OLE2, "Teilnehmer.xlsx", "Teilnehmer.xlsx: the workbook is password-protected"),
        (b"PK\x03\x04" + bytes(100), "list.xlsx", "list.xlsx: cannot be read as an Excel workbook (.xlsx)"),
        (_zip_with("hello.txt", b"hi"), "list.xlsx", "list.xlsx: cannot be read as an Excel workbook (.xlsx)"),
        (
            _zip_with("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
            "list.ods",
            "list.ods: this is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv",
        ),
        (b"Name;E-mail\nAnna;a@example.de\n", "list.xlsx", "list.xlsx: is not an Excel workbook (.xlsx)"),
        (
            b"<html><table><tr><td>Name</td></tr></table></html>",
            "export.xls",
            "export.xls: is a web page saved as .xls",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.csv", "photo.csv: is not a text file"),
        (
            b"Name;Firma\nM\xfcller;Caf\x81\n",
            "list.csv",
            "list.csv: cannot tell how the text is encoded",
        ),
        (codecs.BOM_UTF8 + b"Name\nM\xfcller\n", "list.csv", "list.csv: line 2: byte 0xFC is not valid UTF-8 text"),
        (
            b'Name,Notes\nAnna,"fine"\nBruno,"never closed\nCarla,x\n',
            "list.csv",
            'list.csv: row 3: a quote (") opens a field that is never closed',
        ),
        (b"Name\n" + b'"' + b"x" * 200_000 + b'"\n', "list.csv", "list.csv: row 2: a field is longer than"),
    ],
)
def test_what_is_not_a_list_is_refused_naming_the_file(data, file_name, message):
    with pytest.raises(ParticipantFileError) as refused:
        read_table(data, file_name)
    assert str(refused.value).startswith(message)


def test_a_workbook_whose_sheets_are_all_empty():
    with pytest.raises(ParticipantFileError, match=r"^list.xlsx: every sheet of this workbook is empty"):
        read_table(_workbook(("One", []), ("Two", [[None, None]])), "list.xlsx")


def test_a_workbook_takes_the_first_sheet_with_data_and_text_from_numbers_and_dates():
    data = _workbook(
        ("Empty", []),
        (
            "Anmeldungen",
            [["Name", "Anreise", "Telefon", "Anzahl", "Anteil"], ["Anna", date(2024, 6, 2), 4989123, 2.0, 0.25]],
        ),
        ("Later", [["Other", "Sheet"], ["x", "y"]]),
    )
    table = read_table(data, "list.xlsx")
    assert table.description == "Excel sheet 'Anmeldungen'"
    assert table.rows == [["Anna", "2024-06-02", "4989123", "2", "0.25"]]


# -- which column holds what ------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Vorname", "Nachname", "E-Mail", "Organisation", "Land", "Ernährung"],
            ["given_name", "family_name", "email", "organisation", "country", "dietary"],
        ),
        (
            ["Name", "Vorname", "E-Mail-Adresse", "Firma", "Anreisedatum", "Telefonnummer"],
            ["family_name", "given_name", "email", "organisation", "arrives_on", "phone"],
        ),
        (
            ["Nom", "Prénom", "Courriel", "Organisme", "Pays", "Régime alimentaire"],
            ["family_name", "given_name", "email", "organisation", "country", "dietary"],
        ),
        (
            ["Nombre", "Apellido(s)", "Correo electrónico", "Entidad", "País", "Rol", "Estado", "Alergias"],
            ["given_name", "family_name", "email", "organisation", "country", "role", "status", "dietary"],
        ),
        (
            ["Nome", "Cognome", "Posta elettronica", "Organizzazione", "Paese", "Ruolo"],
            ["given_name", "family_name", "email", "organisation", "country", "role"],
        ),
        (
            ["Imię", "Nazwisko", "Adres e-mail", "Organizacja", "Kraj", "Stanowisko"],
            ["given_name", "family_name", "email", "organisation", "country", "position"],
        ),
        (
            ["Voornaam", "Achternaam", "E-mailadres", "Organisatie", "Land", "Opmerkingen"],
            ["given_name", "family_name", "email", "organisation", "country", "notes"],
        ),
        (
            ["Όνομα", "Επώνυμο", "Email", "Φορέας", "Χώρα", "Τηλέφωνο"],
            ["given_name", "family_name", "email", "organisation", "country", "phone"],
        ),
        (
            ["Nome", "Apelido", "Correio eletrónico", "Organização", "País", "Chegada", "Partida"],
            ["given_name", "family_name", "email", "organisation", "country", "arrives_on", "departs_on"],
        ),
        (
            [
                "Timestamp",
                "Full name",
                "Email address",
                "Organization",
                "Will you attend?",
                "Last updated",
                "Participant ID",
            ],
            [None, "full_name", "email", "organisation", "status", None, None],
        ),
        (
            ["Name", "Email", "Company", "Job title", "Title", "Mobile", "Access needs", "Dietary requirements"],
            ["full_name", "email", "organisation", "position", "honorific", "phone", "accessibility", "dietary"],
        ),
        (["Name", "Surname"], ["given_name", "family_name"]),
        (["E-mail", "E-mail (work)", "Name"], ["email", None, "full_name"]),
        (list(FIELDS.values()), list(FIELDS)),
    ],
)
def test_column_names_in_european_languages_are_mapped(headers, expected):
    assert list(guess_mapping(headers).values()) == expected


def test_each_field_goes_to_one_column_at_most():
    mapping = guess_mapping(["Email", "E-Mail", "Mail", "Name", "Name"])
    fields = [field for field in mapping.values() if field]
    assert sorted(fields) == ["email", "full_name"]


def test_a_column_choice_corrects_the_mapping():
    headers = ["Anmeldename", "Mail", "Spalte X"]
    mapping = guess_mapping(headers)
    assert mapping == {0: None, 1: "email", 2: None}
    mapping = assign(mapping, *parse_column_choice(headers, "Anmeldename=full_name"))
    mapping = assign(mapping, *parse_column_choice(headers, "3=E-mail"))  # by number and label: moves it
    assert mapping == {0: "full_name", 1: None, 2: "email"}
    assert assign(mapping, *parse_column_choice(headers, "spalte x=none")) == {0: "full_name", 1: None, 2: None}
    with pytest.raises(ParticipantFileError, match="the list has no column 'Vorname'"):
        parse_column_choice(headers, "Vorname=given_name")
    with pytest.raises(ParticipantFileError, match="'shoe size' is not a field"):
        parse_column_choice(headers, "Mail=shoe size")
    with pytest.raises(ParticipantFileError, match="write COLUMN=FIELD"):
        parse_column_choice(headers, "Mail")


# -- values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Deutschland", "DE"),
        ("Germany", "DE"),
        ("DE", "DE"),
        ("de", "DE"),
        ("Allemagne", "DE"),
        ("Alemania", "DE"),
        ("Niemcy", "DE"),
        ("Polska", "PL"),
        ("Ελλάδα", "GR"),
        ("GREECE", "GR"),
        ("EL", "GR"),
        ("UK", "GB"),
        ("Vereinigtes Königreich", "GB"),
        ("Österreich", "AT"),
        ("Schweiz", "CH"),
        ("España", "ES"),
        ("The Netherlands", "NL"),
        ("Czech Republic", "CZ"),
        ("Česko", "CZ"),
        ("Germany (DE)", "DE"),
        ("DEU", "DE"),
        ("Atlantis", None),
        ("", None),
        ("Germany / France", None),
    ],
)
def test_countries_by_name_in_many_languages_or_code(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-06-03", date(2024, 6, 3)),
        ("2024-06-03 00:00:00", date(2024, 6, 3)),
        ("03.06.2024", date(2024, 6, 3)),
        ("3.6.2024", date(2024, 6, 3)),
        ("03/06/2024", date(2024, 6, 3)),
        ("03-06-24", date(2024, 6, 3)),
        ("2024/06/03", date(2024, 6, 3)),
        ("3 June 2024", date(2024, 6, 3)),
        ("3. Juni 2024", date(2024, 6, 3)),
        ("June 3, 2024", date(2024, 6, 3)),
        ("3 juin 2024", date(2024, 6, 3)),
        ("3 de junio de 2024", None),
        ("45446", date(2024, 6, 3)),
        ("31.02.2024", None),
        ("next Monday", None),
        ("12345", None),
        ("2024-13-01", None),
    ],
)
def test_dates_as_europeans_write_them(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Małgorzata Żurawska", ("", "Małgorzata", "Żurawska")),
        ("Dr. Jürgen Großmann", ("Dr.", "Jürgen", "Großmann")),
        ("Prof. Dr. Horst Domdey", ("Prof. Dr.", "Horst", "Domdey")),
        ("Alexiou, Dimitra", ("", "Dimitra", "Alexiou")),
        ("Ludwig van der Berg", ("", "Ludwig", "van der Berg")),
        ("María de la Cruz", ("", "María", "de la Cruz")),
        ("D. Alexiou", ("", "D.", "Alexiou")),
        ("Madonna", ("", "", "Madonna")),
        ("Dr.", ("", "", "Dr.")),
    ],
)
def test_a_whole_name_is_split_into_its_parts(text, parts):
    assert split_full_name(text) == parts


def test_a_row_names_each_problem_by_field():
    mapping = {0: "full_name", 1: "email", 2: "country", 3: "role", 4: "status", 5: "arrives_on", 6: "departs_on"}
    values = row_values(["", "x@", "Atlantis", "Keynote guru", "maybe", "tomorrow", "2024-06-01"], mapping)
    fields = [problem.split(":")[0] for problem in values.problems]
    assert fields == ["e-mail", "country", "role", "status", "arrives"]  # no name: a problem only for a new person
    good = row_values(
        ["Anna Schmidt", "Anna@Example.DE", "Deutschland", "Referentin", "bestätigt", "02.06.2024", "04.06.2024"],
        mapping,
    )
    assert good.problems == []
    assert good.person["email"] == "Anna@example.de" and good.person["country"] == "DE"
    assert good.participation == {
        "role": "speaker",
        "status": "confirmed",
        "arrives_on": date(2024, 6, 2),
        "departs_on": date(2024, 6, 4),
    }


@given(st.text(alphabet=st.sampled_from("=+-@' \t\r\nax"), max_size=12) | st.text(max_size=12))
def test_escaped_cells_read_back_as_they_were(value):
    escaped = escape_cell(value)
    assert unescape_cell(escaped) == value
    # Nothing a spreadsheet takes for a formula, also after whitespace.
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert escaped.lstrip(" \t\r\n")[:1] not in ("=", "+", "-", "@")


@pytest.mark.parametrize("value", ["\t=cmd|' /C calc'!A0", "\r=1+1", "\r\n@SUM(A1)", '  =HYPERLINK("http://x")', "\t"])
def test_a_formula_after_a_tab_a_line_break_or_spaces_is_neutralised(value):
    assert escape_cell(value) == "'" + value
    assert unescape_cell("'" + value) == value
