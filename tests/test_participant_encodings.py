"""Participant lists in the partners' own code pages (ISO-8859-7,
Windows-1253, Windows-1250, KOI8-R, Mac OS Roman, …), generated here: the
names are stored as they were written, the dry run shows them so, a file
whose encoding cannot be told is refused with the names as each likely
encoding reads them, and --encoding chooses."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from planner.cli import main
from planner.exchange import mojibake
from planner.exchange.participant_encoding import EncodingUnclear, codec_name, read_text
from planner.exchange.participant_table import ParticipantFileError, read_table
from tests.conftest import saved_database

GREEK = "Επώνυμο;Όνομα;Email\nΠαπαδοπούλου;Ελένη;eleni@example.gr\nΓεωργίου;Άρης;aris@example.gr\n"
POLISH = "Nazwisko;Imię;E-mail\nŻółtowski;Łukasz;lukasz@example.pl\nŚliwińska;Małgorzata;m@example.pl\n"
RUSSIAN = "Family name;Given name;Email\nИванов;Иван;ivan@example.ru\nСмирнова;Ольга;olga@example.ru\n"
UKRAINIAN = "Family name;Given name;Email\nШевченко;Мар'яна;m@example.ua\nБілоус;Ірина;i@example.ua\n"
FRENCH = "Nom;Prénom;Email\nLefèvre;Hélène;h@example.fr\nGarçon;François;f@example.fr\n"
# (Column names in English where Planner does not know the language's own.)
CZECH = "Family name;Given name;Email\nDvořák;Jiří;j@example.cz\nNovotná;Věra;v@example.cz\n"
LITHUANIAN = "Family name;Given name;Email\nKazlauskienė;Jonaitė;k@example.lt\nŠimkus;Žygimantas;z@example.lt\n"
WESTERN = (
    "Nachname;Vorname;E-Mail\nMüller;Jürgen;a@example.de\nMuñoz;José;c@example.es\nSørensen;Søren;d@example.dk\n"
    "Rossi;Nicolò;e@example.it\nGonçalves;João;f@example.pt\nWeiß;Käthe;h@example.at\nLindström;Åsa;i@example.se\n"
)
# Two names only, Lithuanian in Windows-1257: as Windows-1252 they read as
# French or Dutch words ("Jonaitë"), and nothing tells which is meant.
AMBIGUOUS = "Name;Email\nKazlauskienė Jonaitė;k@example.lt\n"


@pytest.fixture
def database(tmp_path) -> Path:
    return saved_database(tmp_path / "work.sqlite")


@pytest.fixture
def event_id(database) -> str:
    with sqlite3.connect(database) as connection:
        return str(connection.execute("SELECT id FROM event WHERE title LIKE 'ECRI%'").fetchone()[0])


def _names(database: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(database) as connection:
        return set(connection.execute("SELECT given_name, family_name FROM person"))


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("text", "encoding", "label", "names"),
    [
        (GREEK, "iso8859_7", "ISO-8859-7 (Greek)", {("Ελένη", "Παπαδοπούλου"), ("Άρης", "Γεωργίου")}),
        (GREEK, "cp1253", "Windows-1253 (Greek)", {("Ελένη", "Παπαδοπούλου"), ("Άρης", "Γεωργίου")}),
        (POLISH, "cp1250", "Windows-1250 (Central European)", {("Łukasz", "Żółtowski"), ("Małgorzata", "Śliwińska")}),
        (POLISH, "iso8859_2", "ISO-8859-2 (Central European)", {("Łukasz", "Żółtowski")}),
        (RUSSIAN, "koi8_r", "KOI8-R (Russian)", {("Иван", "Иванов"), ("Ольга", "Смирнова")}),
        (RUSSIAN, "cp1251", "Windows-1251 (Cyrillic)", {("Иван", "Иванов"), ("Ольга", "Смирнова")}),
        (UKRAINIAN, "koi8_u", "KOI8-U (Ukrainian)", {("Мар'яна", "Шевченко"), ("Ірина", "Білоус")}),
        (FRENCH, "mac_roman", "Mac OS Roman (Western European)", {("Hélène", "Lefèvre"), ("François", "Garçon")}),
        (CZECH, "cp1250", "Windows-1250 (Central European)", {("Jiří", "Dvořák"), ("Věra", "Novotná")}),
        (LITHUANIAN, "cp1257", "Windows-1257 (Baltic)", {("Jonaitė", "Kazlauskienė"), ("Žygimantas", "Šimkus")}),
        (WESTERN, "cp1252", "Windows-1252 (Western European)", {("Søren", "Sørensen"), ("Nicolò", "Rossi")}),
    ],
)
def test_a_list_in_its_code_page_is_stored_as_written_and_the_dry_run_shows_it(
    capsys, database, event_id, tmp_path, text, encoding, label, names
):
    path = tmp_path / "list.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    before = _hash(database)
    code, out, err = _run(capsys, "--db", str(database), "import-participants", event_id, str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith(f"list.csv: {label}, semicolon-separated, ")
    for given, family in names:
        assert f"{given} {family} <" in out
    assert _hash(database) == before

    code, out, err = _run(capsys, "--db", str(database), "import-participants", event_id, str(path))
    assert (code, err) == (0, "")
    assert names <= _names(database)


def test_the_names_of_the_issue_are_told_from_their_mojibake():
    # As Windows-1252 reads them: symbols inside words, capitals after small letters.
    assert mojibake.judge("ÅëÝíç Ðáðáäïðïýëïõ")[0] == 2
    assert mojibake.judge("£ukasz ¯ó³towski")[0] == 2
    assert mojibake.judge("Ελένη Παπαδοπούλου", ("Greek",)) == (0, 0, 1)
    assert mojibake.judge("Łukasz Żółtowski")[0] == 0
    # Greek read as Windows-1251: a long Cyrillic word without a vowel.
    assert mojibake.judge("Рбрбдьрпхлпт")[0] == 1
    # A Polish "ń" never stands before a vowel: "Muñoz" is no Polish "Muńoz".
    assert mojibake.judge("Muńoz")[0] == 1


def test_a_list_whose_encoding_cannot_be_told_is_refused_naming_how_each_reads_it(capsys, database, event_id, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(AMBIGUOUS.encode("cp1257"))
    before = _hash(database), _names(database)
    code, out, err = _run(capsys, "--db", str(database), "import-participants", event_id, str(path))
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0].startswith("planner: list.csv: cannot tell how the text is encoded")
    assert "--encoding" in lines[0]
    assert "--encoding windows-1257 reads: Kazlauskienė, Jonaitė" in lines
    assert "--encoding windows-1252 reads: Kazlauskienë, Jonaitë" in lines
    assert (_hash(database), _names(database)) == before

    code, out, err = _run(
        capsys, "--db", str(database), "import-participants", event_id, str(path), "--encoding", "Windows-1257"
    )
    assert (code, err) == (0, "")
    assert {("Kazlauskienė", "Jonaitė"), ("Jonaitė", "Kazlauskienė")} & _names(database)


def test_text_that_reads_as_mojibake_in_every_encoding_is_refused(capsys, database, event_id, tmp_path):
    path = tmp_path / "list.csv"
    # Bytes of no code page's names: symbols and controls inside words.
    path.write_bytes(b"Name;Email\n\xa4\xa6\xa8x\xae\xb1\xb6y\xbc;a@example.org\n")
    before = _hash(database)
    code, out, err = _run(capsys, "--db", str(database), "import-participants", event_id, str(path))
    assert (code, out) == (1, "")
    assert err.startswith("planner: list.csv: cannot tell how the text is encoded: in no encoding")
    assert _hash(database) == before


def test_the_encoding_given_overrides_what_would_be_found(capsys, database, event_id, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    code, out, err = _run(
        capsys, "--db", str(database), "import-participants", event_id, str(path), "--dry-run", "--encoding", "cp1252"
    )
    assert (code, err) == (0, "")
    assert "Windows-1252 (Western European)" in out and "£ukasz ¯ó³towski" in out

    before = _hash(database)
    code, out, err = _run(
        capsys, "--db", str(database), "import-participants", event_id, str(path), "--encoding", "utf-8"
    )
    assert (code, out) == (1, "")
    assert err == (
        "planner: list.csv: line 1: byte 0xEA is not valid UTF-8 text; choose another encoding, "
        "or save the list again as 'CSV UTF-8'\n"
    )
    assert _hash(database) == before


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--encoding", "klingon"],
            "planner: --encoding klingon: is not an encoding Planner knows; use one of: utf-8,",
        ),
        (["--encoding", "rot13"], "planner: --encoding rot13: is not an encoding Planner knows"),
    ],
)
def test_an_encoding_that_is_none_is_refused_in_one_line(capsys, database, event_id, tmp_path, arguments, message):
    path = tmp_path / "list.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    code, out, err = _run(capsys, "--db", str(database), "import-participants", event_id, str(path), *arguments)
    assert (code, out) == (1, "")
    assert err.startswith(message) and err.count("\n") == 1


def test_an_encoding_cannot_be_chosen_for_a_workbook():
    from tests.test_participant_table import _workbook

    with pytest.raises(ParticipantFileError, match="an encoding can be chosen only for CSV and text files"):
        read_table(_workbook(("Sheet", [["Name"], ["Zoë"]])), "list.xlsx", "cp1250")


@pytest.mark.parametrize(
    ("written", "codec"),
    [("Windows-1250", "cp1250"), ("latin2", "iso8859_2"), ("MacRoman", "mac_roman"), ("KOI8-R", "koi8_r")],
)
def test_encodings_are_named_as_users_write_them(written, codec):
    assert codec_name(written) == codec


def test_a_unicode_list_is_read_as_it_says_and_never_guessed():
    assert read_text(POLISH.encode("utf-8"), "list.csv").encoding == "utf_8"
    assert read_text(POLISH.encode("utf-16"), "list.csv").encoding == "utf_16"
    with pytest.raises(EncodingUnclear) as raised:
        read_text(AMBIGUOUS.encode("cp1257"), "list.csv")
    assert [reading.encoding for reading in raised.value.readings][:2] == ["cp1252", "cp1257"]


def test_guessing_a_large_list_is_bounded_by_its_words():
    rows = ["Nazwisko;Imię;Firma", *(f"Żółtowski{number};Łukasz;Spółka {number}" for number in range(5_000))]
    assert read_text("\n".join(rows).encode("cp1250"), "list.csv").encoding == "cp1250"
