"""What a killed backup leaves behind (its .part copy and SQLite's
.part-journal beside it) is removed by the next writer of the same name,
in the backup folder and beside a `backup -o` target; a writer still at
work keeps its file, and nobody else's file is touched."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from planner import config
from planner.cli import main
from planner.db.backups import name_prefix
from planner.fileio import temporary_prefix
from tests.conftest import saved_database

WRITER = """
import sys, time
from pathlib import Path
from planner.fileio import held_temporary

with held_temporary(Path(sys.argv[1]), sys.argv[2]) as temporary:
    Path(f"{temporary}-journal").write_bytes(b"a rollback journal")
    temporary.write_bytes(b"half a copy")
    print(temporary, flush=True)
    time.sleep(120)
"""


def writer(folder: Path, prefix: str) -> tuple[subprocess.Popen, Path]:
    """A process writing a temporary file in ``folder``; returns it and the file."""
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), prefix], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def killed_writer(folder: Path, prefix: str) -> Path:
    """What a writer killed half-way leaves: its file and SQLite's journal."""
    process, temporary = writer(folder, prefix)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert temporary.exists() and Path(f"{temporary}-journal").exists()
    return temporary


@pytest.fixture
def live_writers():
    started: list[subprocess.Popen] = []
    yield started
    for process in started:
        process.kill()
        process.wait()


def _left(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".part" in path.name)


def test_a_killed_automatic_backup_is_cleaned_by_the_next(tmp_path, live_writers):
    database = saved_database(tmp_path / "x.sqlite")
    folder = config.backup_dir()
    folder.mkdir(parents=True)
    prefix = f".{name_prefix(database)}"
    killed = killed_writer(folder, prefix)
    (folder / f"{prefix}lost.part-journal").write_bytes(b"a journal whose copy is gone")
    process, working = writer(folder, prefix)
    live_writers.append(process)
    other = killed_writer(folder, f".{name_prefix(tmp_path / 'other.sqlite')}")  # another database's
    assert main(["--db", str(database), "events"]) == 0
    assert _left(folder) == sorted([working.name, f"{working.name}-journal", other.name, f"{other.name}-journal"])
    assert not killed.exists()


def test_a_killed_backup_to_a_file_is_cleaned_by_the_next(tmp_path, live_writers, capsys):
    database = saved_database(tmp_path / "x.sqlite")
    target = tmp_path / "copy.sqlite"
    killed_writer(tmp_path, temporary_prefix(target))
    (tmp_path / f"{temporary_prefix(target)}gone.part-journal").write_bytes(b"a journal whose copy is gone")
    process, working = writer(tmp_path, temporary_prefix(target))
    live_writers.append(process)
    users_own = [tmp_path / ".copy.sqlite.part", tmp_path / "copy.sqlite.part", tmp_path / ".notes.txt.abc.part"]
    for path in users_own:  # not names Planner gives its temporary files
        path.write_bytes(b"the user's")
    assert main(["--db", str(database), "backup", "-o", str(target)]) == 0
    assert capsys.readouterr().out == f"Wrote {target}\n"
    left = sorted([working.name, f"{working.name}-journal", *(path.name for path in users_own)])
    assert _left(tmp_path) == left
