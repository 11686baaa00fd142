"""`planner import-participants` and `planner export-participants`, run as
a user runs them: a summary on success; on problems a first line on stderr
and then one line per bad row, exit 1, nothing written."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.exchange.participant_table import read_table
from tests.databases import saved_database

pytestmark = pytest.mark.slow  # each test runs `planner` as a process

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"
DATA = Path(__file__).resolve().parent / "data" / "participants"


def planner(*args: str, data_dir: Path, check: bool = False) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120, check=check
    )


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A database with the sample events, made once; each test works on a copy."""
    folder = tmp_path_factory.mktemp("demo")
    path = saved_database(folder / "demo.sqlite")
    listing = planner("--db", str(path), "events", "--json", data_dir=folder / "data", check=True).stdout
    ids = {row["title"].split()[0]: str(row["id"]) for row in json.loads(listing)}
    return path, ids


@pytest.fixture
def database(demo_database, tmp_path) -> Path:
    source, _ids = demo_database
    path = tmp_path / "work.sqlite"
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{path}{suffix}")
    return path


@pytest.fixture
def munich(demo_database) -> str:
    return demo_database[1]["ECRI"]


def _dump(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        return "\n".join(connection.iterdump())


def test_import_a_german_list_then_export_it_as_csv_and_xlsx(database, munich, data_dir, tmp_path):
    result = planner(
        "--db", str(database), "import-participants", munich, str(DATA / "Anmeldungen.csv"), data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Imported 7 participants: 6 new people, 1 already in the directory.\n"
    for suffix in ("csv", "xlsx"):
        output = tmp_path / f"Teilnehmer.{suffix}"
        written = planner("--db", str(database), "export-participants", munich, "-o", str(output), data_dir=data_dir)
        assert written.stdout == f"Wrote {output} (18 participants)\n"
        table = read_table(output.read_bytes(), output.name)
        names = {(row[1], row[2]) for row in table.rows}
        assert ("Käthe", "Müller-Lüdenscheidt") in names and ("Paweł", "Łoś") in names and len(names) == 18


def test_a_list_with_bad_rows_is_refused_with_one_line_per_problem(database, munich, data_dir):
    before = _dump(database)
    result = planner(
        "--db", str(database), "import-participants", munich, str(DATA / "bad_rows.csv"), data_dir=data_dir
    )
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "planner: bad_rows.csv: 8 rows cannot be imported; nothing was imported"
    assert [line.split(":")[1] for line in lines[1:]] == [f" row {number}" for number in range(3, 11)]
    assert lines[1] == (
        "bad_rows.csv: row 3: e-mail: 'bruno.keller@' is not a valid e-mail address (There must be something after "
        "the @-sign.)"
    )
    assert "Traceback" not in result.stderr
    assert _dump(database) == before
    # A dry run shows the rows too, with the same problems.
    dry = planner(
        "--db", str(database), "import-participants", munich, str(DATA / "bad_rows.csv"), "--dry-run", data_dir=data_dir
    )
    assert dry.returncode == 1
    assert "row 2: Anna Schmidt <anna.schmidt@example.de>, BioM: new person" in dry.stdout.splitlines()
    assert dry.stderr.splitlines()[0] == "planner: bad_rows.csv: 8 of 10 rows cannot be imported"
    assert dry.stderr.splitlines()[1:] == lines[1:]


def test_a_dry_run_shows_the_columns_and_rows_and_writes_nothing(database, munich, data_dir):
    before = _dump(database)
    result = planner(
        "--db",
        str(database),
        "import-participants",
        munich,
        str(DATA / "registration_form.csv"),
        "--dry-run",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "registration_form.csv: UTF-8 with BOM, comma-separated, 5 rows"
    assert "  column 'Timestamp': (left out)" in lines and "  column 'Will you attend?': Status" in lines
    assert "row 3: Dimitra Alexiou <d.alexiou@example.org>, HBio: already on the list (updated)" in lines
    assert lines[-1] == (
        "Would import 4 participants: 4 new people, 0 already in the directory; 1 already on the list would be updated."
    )
    assert _dump(database) == before


def test_columns_can_be_named_on_the_command_line(database, munich, data_dir, tmp_path):
    listing = tmp_path / "anmeldungen.csv"
    listing.write_bytes("Anmeldename;Kontakt\nAnna Schmidt;anna@example.de\n".encode("cp1252"))
    refused = planner("--db", str(database), "import-participants", munich, str(listing), data_dir=data_dir)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("planner: anmeldungen.csv: no column holds the participants' names")
    result = planner(
        "--db",
        str(database),
        "import-participants",
        munich,
        str(listing),
        "--column",
        "Anmeldename=full_name",
        "--column",
        "Kontakt=E-mail",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Imported 1 participant: 1 new person, 0 already in the directory.\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["import-participants", "999", "{data}/Anmeldungen.csv"], "event 999: there is no such event"),
        (["import-participants", "{munich}", "{tmp}/missing.csv"], "missing.csv: no such file"),
        (["import-participants", "{munich}", "{tmp}/old.xls"], "old.xls: this is an old Excel workbook (.xls)"),
        (["import-participants", "{munich}", "{data}/no_header.csv"], "no_header.csv: row 1 looks like a participant"),
        (["export-participants", "{munich}", "-o", "{tmp}/list.pdf"], "list.pdf: name the file .csv or .xlsx"),
        (["export-participants", "{munich}", "-o", "{tmp}/nowhere/list.csv"], "the folder"),
    ],
)
def test_mistakes_end_with_one_line(database, munich, data_dir, tmp_path, arguments, message):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    places = {"data": str(DATA), "tmp": str(tmp_path), "munich": munich}
    result = planner("--db", str(database), *[argument.format(**places) for argument in arguments], data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("planner: ") and message in result.stderr
    assert not (tmp_path / "list.csv").exists() and not (tmp_path / "list.pdf").exists()
