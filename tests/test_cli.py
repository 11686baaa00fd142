"""The command line as a user types it: the installed `planner` program."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test runs `planner` as a process

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


def planner(*args: str, data_dir: Path, check: bool = False) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120, check=check
    )


def test_the_default_database_starts_with_the_samples_in_the_data_folder(data_dir):
    result = planner("events", "--json", data_dir=data_dir, check=True)
    listing = json.loads(result.stdout)
    assert (data_dir / "planner.sqlite").exists()
    assert {row["kind"] for row in listing} == {"workshop", "conference", "study_visit"}
    assert set(listing[0]) == {"id", "title", "kind", "starts_on", "ends_on"}
    workshop = next(row for row in listing if row["kind"] == "workshop")
    assert (workshop["starts_on"], workshop["ends_on"]) == ("2009-06-03", "2009-06-04")
    # Samples come once, not at every start.
    again = json.loads(planner("events", "--json", data_dir=data_dir, check=True).stdout)
    assert again == listing


def test_demo_export_import_round_trip_on_a_new_file(tmp_path, data_dir):
    database = tmp_path / "work.sqlite"
    assert json.loads(planner("--db", str(database), "events", "--json", data_dir=data_dir, check=True).stdout) == []
    planner("--db", str(database), "demo", data_dir=data_dir, check=True)
    listing = json.loads(planner("--db", str(database), "events", "--json", data_dir=data_dir, check=True).stdout)
    assert len(listing) == 3
    copy = tmp_path / "copy.sqlite"
    for row in listing:
        exported = tmp_path / f"{row['id']}.planner.json"
        planner(
            "--db", str(database), "export-event", str(row["id"]), "-o", str(exported), data_dir=data_dir, check=True
        )
        result = planner("--db", str(copy), "import-event", str(exported), data_dir=data_dir, check=True)
        new_id = result.stdout.strip().splitlines()[-1]
        assert new_id.isdigit()
        again = tmp_path / f"{row['id']}-again.planner.json"
        planner("--db", str(copy), "export-event", new_id, "-o", str(again), data_dir=data_dir, check=True)
        assert again.read_bytes() == exported.read_bytes()
    assert planner("--db", str(copy), "check", data_dir=data_dir).returncode == 0


def test_demo_twice_does_not_duplicate_and_remove_takes_them_out(tmp_path, data_dir):
    database = str(tmp_path / "work.sqlite")
    planner("--db", database, "demo", data_dir=data_dir, check=True)
    second = planner("--db", database, "demo", data_dir=data_dir, check=True)
    assert second.stdout.count("already there") == 3
    planner("--db", database, "demo", "--remove", data_dir=data_dir, check=True)
    assert json.loads(planner("--db", database, "events", "--json", data_dir=data_dir, check=True).stdout) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export-event", "999", "-o", "{tmp}/out.json"], "event 999: there is no such event"),
        (["export-event", "1", "-o", "{tmp}/no such folder/out.json"], "does not exist"),
        (["import-event", "{tmp}/missing.planner.json"], "missing.planner.json: no such file"),
        (["import-event", "{tmp}/broken.planner.json"], "broken.planner.json: line 1, column"),
        (["--db", "{tmp}/notes.txt", "events"], "notes.txt: is not a Planner database"),
        (["--db", "{tmp}/no such folder/x.sqlite", "events"], "does not exist"),
    ],
)
def test_mistakes_end_with_one_line_naming_the_place(tmp_path, data_dir, args, message):
    (tmp_path / "broken.planner.json").write_text('{"format": "planner-event", "version": 1,,}')
    (tmp_path / "notes.txt").write_text("not a database")
    before = (tmp_path / "notes.txt").read_bytes()
    result = planner(*(arg.format(tmp=tmp_path) for arg in args), data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.startswith("planner: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert (tmp_path / "notes.txt").read_bytes() == before
    assert not (tmp_path / "out.json").exists()


def test_check_reports_conflicts_with_a_non_zero_exit(tmp_path, data_dir):
    document = {
        "format": "planner-event",
        "version": 1,
        "event": {
            "title": "Clash",
            "kind": "meeting",
            "starts_on": "2026-05-04",
            "ends_on": "2026-05-04",
            "timezone": "Europe/Brussels",
        },
        "agenda": [
            {"starts_at": "2026-05-04T09:00", "ends_at": "2026-05-04T10:00", "title": "One", "location": "Room A"},
            {"starts_at": "2026-05-04T09:30", "ends_at": "2026-05-04T10:30", "title": "Two", "location": "Room A"},
        ],
    }
    source = tmp_path / "clash.planner.json"
    source.write_text(json.dumps(document))
    database = str(tmp_path / "work.sqlite")
    planner("--db", database, "import-event", str(source), data_dir=data_dir, check=True)
    result = planner("--db", database, "check", data_dir=data_dir)
    assert result.returncode == 1
    assert "Room A holds 'One' and 'Two' at once" in result.stdout


def test_version_and_help(data_dir):
    assert planner("--version", data_dir=data_dir, check=True).stdout.startswith("Planner ")
    assert "import-event" in planner("--help", data_dir=data_dir, check=True).stdout


@pytest.mark.parametrize("database_argument", [["--db", "{db}"], ["--db={db}"]])
def test_the_window_opens_on_the_database_named_and_closes_cleanly(tmp_path, data_dir, database_argument):
    database = tmp_path / "window.sqlite"
    arguments = [argument.format(db=database) for argument in database_argument]
    environment = os.environ | {
        "PLANNER_DATA_DIR": str(data_dir),
        "PLANNER_QUIT_AFTER_START": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run([PLANNER, *arguments], capture_output=True, text=True, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert database.exists()  # the window made the database it was given, not the default one
    assert not (data_dir / "planner.sqlite").exists()


def test_db_without_a_path_is_refused_as_a_mistake(data_dir):
    result = planner("--db", data_dir=data_dir)
    assert result.returncode == 2
    assert "--db" in result.stderr and "expected one argument" in result.stderr
