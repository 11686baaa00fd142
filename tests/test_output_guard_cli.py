"""Every command that writes a file refuses the open database, its -wal,
-shm and -journal files, its lock and the backup folder, and replaces an
existing file of another kind only with --overwrite: one line naming the
place, exit status 1, every file as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner import config
from planner.cli import main
from tests.conftest import saved_database

# Each command that writes, with its arguments ({id}: an event, {out}: the
# target) and the name of a file it writes.
WRITERS = {
    "export-event": (["export-event", "{id}", "-o", "{out}"], "munich.planner.json"),
    "pdf": (["pdf", "agenda", "{id}", "-o", "{out}"], "agenda.pdf"),
    "ics": (["ics", "{id}", "-o", "{out}"], "munich.ics"),
    "export-participants": (["export-participants", "{id}", "-o", "{out}"], "list.csv"),
    "backup": (["backup", "-o", "{out}"], "copy.sqlite"),
}


@pytest.fixture
def database(tmp_path) -> Path:
    return saved_database(tmp_path / "x.sqlite")


@pytest.fixture
def munich(database, capsys) -> str:
    """The study visit's id; the command that reads it also makes the
    automatic backup, so that later commands find nothing to back up."""
    assert main(["--db", str(database), "events", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    return str(next(row["id"] for row in listing if row["kind"] == "study_visit"))


def snapshot(*folders: Path) -> dict[Path, str]:
    """Every file under the folders but the log, with a hash of what it holds."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink() and path.parent.name != "logs":
                found[path] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def run(capsys, database: Path, arguments: list[str], event_id: str, out: Path, *extra: str) -> tuple[int, str]:
    filled = [argument.format(id=event_id, out=out) for argument in arguments]
    code = main(["--db", str(database), *filled, *extra])
    return code, capsys.readouterr().err


def protected_targets(database: Path, tmp_path: Path, suffix: str) -> dict[Path, str]:
    """Names of the database's own files, with the role a message gives them."""
    name = database.name
    config.backup_dir().mkdir(parents=True, exist_ok=True)
    link = tmp_path / f"link{suffix}"
    link.symlink_to(database)
    hard = tmp_path / f"hard{suffix}"
    os.link(database, hard)
    targets = {
        link: "is the database itself",
        hard: "is the database itself",
        config.backup_dir()
        / f"mine{suffix}": f"is in the backup folder {config.backup_dir()}, which only Planner writes",
    }
    if suffix in (".csv", ".xlsx"):  # export-participants wants such a name first
        return targets
    return targets | {
        database: "is the database itself",
        tmp_path / "." / name: "is the database itself",
        database.with_name(f"{name}-wal"): f"is the write-ahead log of the database {name}",
        database.with_name(f"{name}-shm"): f"is the shared-memory file of the database {name}",
        database.with_name(f"{name}-journal"): f"is the journal of the database {name}",
        database.with_name(f"{name}.lock"): f"is the lock file of the database {name}",
        database.with_name(f"{name}.lock.json"): f"is the lock description of the database {name}",
    }


@pytest.mark.parametrize("command", list(WRITERS))
def test_no_command_writes_over_the_database_its_companions_or_a_backup(
    capsys, database, munich, tmp_path, data_dir, command
):
    arguments, example = WRITERS[command]
    targets = protected_targets(database, tmp_path, Path(example).suffix)
    before = snapshot(tmp_path)
    for target, role in targets.items():
        for extra in ((), ("--overwrite",)):  # no answer makes these writable
            code, err = run(capsys, database, arguments, munich, target, *extra)
            assert code == 1, (target, err)
            assert err == f"planner: {target}: {role}; choose another file (nothing was written)\n"
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("target", ["database", "backup folder", "inside the backup folder"])
def test_invitations_are_never_written_into_the_database_or_the_backup_folder(
    capsys, database, munich, tmp_path, target
):
    config.backup_dir().mkdir(parents=True, exist_ok=True)
    folder, role = {
        "database": (database, "is the database itself"),
        "backup folder": (config.backup_dir(), "is the backup folder"),
        "inside the backup folder": (
            config.backup_dir() / "mail",
            f"is in the backup folder {config.backup_dir()}, which only Planner writes",
        ),
    }[target]
    before = snapshot(tmp_path)
    code = main(["--db", str(database), "invites", munich, "--out", str(folder)])
    assert code == 1
    assert capsys.readouterr().err == f"planner: {folder}: {role}; choose another folder (nothing was written)\n"
    assert snapshot(tmp_path) == before  # not even the calendar's UIDs recorded


def _other_programs_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO users (name) VALUES ('Ann')")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("command", list(WRITERS))
@pytest.mark.parametrize("existing", ["another program's database", "a document of another kind"])
def test_a_file_of_another_kind_is_replaced_only_with_overwrite(capsys, database, munich, tmp_path, command, existing):
    arguments, example = WRITERS[command]
    target = tmp_path / example
    if existing == "another program's database":
        _other_programs_database(target)
        described = "an SQLite database"
    elif command == "pdf":
        target.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        described = "a calendar (.ics)"
    else:
        target.write_bytes(b"%PDF-1.7\n% the signed contract\n")
        described = "a PDF"
    kept = target.read_bytes()
    before = snapshot(tmp_path)
    code, err = run(capsys, database, arguments, munich, target)
    assert code == 1
    assert err.startswith(f"planner: {target}: exists and is {described}, not ")
    assert err.endswith("nothing was written: choose another name, or add --overwrite to replace it\n")
    assert len(err.splitlines()) == 1
    assert snapshot(tmp_path) == before
    code, err = run(capsys, database, arguments, munich, target, "--overwrite")
    assert (code, err) == (0, "")
    assert target.read_bytes() != kept
    code, err = run(capsys, database, arguments, munich, target)  # now of its own kind: replaced
    assert (code, err) == (0, "")


def test_an_existing_file_of_another_kind_is_kept_and_reported_and_the_others_written(
    capsys, database, munich, tmp_path
):
    folder = tmp_path / "mail"
    assert main(["--db", str(database), "invites", munich, "--out", str(folder)]) == 0
    written = sorted(folder.iterdir())
    assert len(written) > 2
    written[1].write_bytes(b"%PDF-1.7 not a message")
    kept = hashlib.sha256(written[1].read_bytes()).hexdigest()
    for path in (written[0], written[2]):
        path.unlink()
    capsys.readouterr()
    assert main(["--db", str(database), "invites", munich, "--out", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert f"{written[1]}: exists and is a PDF, not an e-mail message (.eml)" in out
    assert out.count("NOT written for ") == 1 and "not written" in err
    assert hashlib.sha256(written[1].read_bytes()).hexdigest() == kept
    assert written[0].exists() and written[2].exists()


PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


@pytest.mark.slow
def test_the_issues_command_leaves_the_database_as_it_was(database, munich, tmp_path, data_dir):
    """`planner --db x.sqlite export-event 1 -o x.sqlite`, as typed."""
    before = snapshot(tmp_path)
    result = subprocess.run(
        [PLANNER, "--db", "x.sqlite", "export-event", munich, "-o", "x.sqlite"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=os.environ | {"PLANNER_DATA_DIR": str(data_dir)},
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr == "planner: x.sqlite: is the database itself; choose another file (nothing was written)\n"
    assert result.stdout == ""
    assert snapshot(tmp_path) == before
