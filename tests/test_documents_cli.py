"""`planner pdf`: the printed documents from the command line, in a real
process, read back with pypdf."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from planner.db.sqlite import read_only_connection
from tests.databases import saved_database

pytestmark = pytest.mark.slow  # each test runs `planner` as a process

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


def planner(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120
    )


@pytest.fixture
def database(tmp_path, data_dir):
    """A closed database with the sample events (`planner demo` is tested in test_cli.py)."""
    return saved_database(tmp_path / "work.sqlite")


def _id(database, data_dir, first_word: str) -> str:
    """Read from the file: a process for `planner events` (tested in test_cli.py) would only add seconds."""
    connection = read_only_connection(database)
    try:
        return str(
            next(
                id_ for id_, title in connection.execute("SELECT id, title FROM event") if title.startswith(first_word)
            )
        )
    finally:
        connection.close()


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_pdf_writes_the_participant_list_on_letter_paper(database, data_dir, tmp_path):
    madrid = _id(database, data_dir, "Improvement")
    output = tmp_path / "list.pdf"
    result = planner(
        "--db",
        str(database),
        "pdf",
        "participants",
        madrid,
        "-o",
        str(output),
        "--paper",
        "letter",
        "--with",
        "email",
        "--group-by",
        "country",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {output}"
    text = " ".join(_text(output).split())  # a name may wrap in its cell
    assert "Παπαδόπουλος, Γιώργος" in text and "Żurawska, Małgorzata" in text and "Großmann, Jürgen" in text
    assert "l.fernandez@example.org" in text
    page = pypdf.PdfReader(output).pages[0].mediabox
    assert sorted((round(float(page.width)), round(float(page.height)))) == [612, 792]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["pdf", "participants", "999", "-o", "{out}"], "999"),
        (["pdf", "agenda", "{madrid}", "-o", "{out}", "--person", "nobody@example.org"], "person: "),
        (
            ["pdf", "agenda", "{madrid}", "-o", "{out}", "--with", "email"],
            "columns: extra columns are for the participant list",
        ),
        (
            ["pdf", "attendance", "{madrid}", "-o", "{out}", "--blank-rows", "-1"],
            "blank_rows: must be between 0 and 200",
        ),
    ],
)
def test_a_wrong_choice_is_one_line_and_writes_nothing(database, data_dir, tmp_path, arguments, message):
    madrid = _id(database, data_dir, "Improvement")
    output = tmp_path / "kept.pdf"
    output.write_bytes(b"%PDF-1.4 what was there before")
    filled = [argument.format(out=output, madrid=madrid) for argument in arguments]
    result = planner("--db", str(database), *filled, data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.startswith("planner: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert output.read_bytes() == b"%PDF-1.4 what was there before"


def test_an_unknown_kind_lists_the_kinds(database, data_dir, tmp_path):
    result = planner("--db", str(database), "pdf", "poster", "1", "-o", str(tmp_path / "x.pdf"), data_dir=data_dir)
    assert result.returncode == 2  # argparse's usage error
    assert "agenda" in result.stderr and "badges" in result.stderr and "minutes" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
