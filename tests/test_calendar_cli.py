"""`planner ics`: the calendar files from the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.db.sqlite import read_only_connection
from tests.databases import saved_database
from tests.vobject_reading import read_calendar

pytestmark = pytest.mark.slow  # each test runs `planner` as a process

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


def planner(*args: str, data_dir: Path, check: bool = False) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120, check=check
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


def test_ics_writes_the_event_calendar_and_a_personal_one(database, data_dir, tmp_path):
    munich = _id(database, data_dir, "ECRI")
    output = tmp_path / "munich.ics"
    result = planner(
        "--db", str(database), "ics", munich, "-o", str(output), "--actions", data_dir=data_dir, check=True
    )
    assert result.stdout.strip() == f"Wrote {output}"
    calendar = read_calendar(output.read_text("utf-8"))
    assert len(calendar.vevent_list) == 8 and len(calendar.vtodo_list) == 1
    mine = tmp_path / "mine.ics"
    planner(
        "--db",
        str(database),
        "ics",
        munich,
        "-o",
        str(mine),
        "--person",
        "d.alexiou@example.org",
        data_dir=data_dir,
        check=True,
    )
    text = mine.read_text("utf-8")
    assert "DTSTART;TZID=Europe/Athens:20180321T082000" in text and "VTODO" not in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["999"], "event 999: there is no such event"),
        (
            ["{munich}", "--person", "nobody@example.org"],
            "nobody@example.org: there is no person with this e-mail address",
        ),
        (["{clunet}", "--person", "d.alexiou@example.org"], "is not a participant of 'CLUNET final conference'"),
    ],
)
def test_ics_mistakes_end_with_one_line(database, data_dir, tmp_path, arguments, message):
    ids = {"munich": _id(database, data_dir, "ECRI"), "clunet": _id(database, data_dir, "CLUNET")}
    output = tmp_path / "out.ics"
    result = planner(
        "--db", str(database), "ics", *[a.format(**ids) for a in arguments], "-o", str(output), data_dir=data_dir
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr and result.stderr.startswith("planner: ")
    assert not output.exists()
