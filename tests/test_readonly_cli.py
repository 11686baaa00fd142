"""A sound database in a read-only place opens read-only on the command
line and says so: reads work, writes are refused naming the reason, and
nothing is written beside the file. An automatic backup that fails is said
in one line, and the command goes on."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner import config
from planner.cli import main
from planner.db import lock as lock_module
from tests.conftest import saved_database

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def in_read_only_folder(tmp_path, monkeypatch) -> Path:
    """A database whose folder the operating system says cannot be written."""
    folder = tmp_path / "stick"
    folder.mkdir()
    database = saved_database(folder / "x.sqlite")
    real_access = lock_module.os.access
    monkeypatch.setattr(
        lock_module.os, "access", lambda path, mode: str(path) != str(folder) and real_access(path, mode)
    )
    return database


@pytest.mark.parametrize(
    "arguments",
    [["events"], ["check"], ["pdf", "agenda", "1", "-o", "{out}.pdf"], ["export-event", "1", "-o", "{out}.json"]],
    ids=["events", "check", "pdf", "export-event"],
)
def test_reads_work_and_say_the_database_was_opened_read_only(capsys, in_read_only_folder, tmp_path, arguments):
    folder = in_read_only_folder.parent
    before = snapshot(folder)
    filled = [argument.format(out=tmp_path / "out") for argument in arguments]
    assert main(["--db", str(in_read_only_folder), *filled]) == 0
    err = capsys.readouterr().err
    assert err == (
        f"planner: note: {in_read_only_folder}: the folder {folder} is read-only, so it was opened read-only\n"
    )
    assert snapshot(folder) == before


def test_a_change_is_refused_naming_the_reason(capsys, in_read_only_folder):
    folder = in_read_only_folder.parent
    before = snapshot(folder)
    assert main(["--db", str(in_read_only_folder), "do", "change-event", "event_id=1", "changes.title=X"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"planner: {in_read_only_folder}: opened read-only (the folder {folder} is read-only); nothing was changed"
    )
    assert "damaged" not in "".join(err)
    assert snapshot(folder) == before


def _read_only_mount_works(folder: Path) -> bool:
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.slow
def test_on_a_read_only_file_system_for_real(tmp_path, data_dir):
    """The folder mounted read-only (as a write-protected stick): what the
    issue saw as "damaged (attempt to write a readonly database)"."""
    folder = tmp_path / "stick"
    folder.mkdir()
    database = saved_database(folder / "x.sqlite")
    if shutil.which("unshare") is None or not _read_only_mount_works(folder):
        pytest.skip("no read-only mount can be made here")
    before = snapshot(folder)
    script = (
        f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
        f"{PLANNER} --db {database} events && {PLANNER} --db {database} check; "
        f"{PLANNER} --db {database} do change-event event_id=1 changes.title=X; echo exit=$?"
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=os.environ | {"PLANNER_DATA_DIR": str(data_dir)},
        timeout=120,
    )
    assert "ECRI study visit" in result.stdout and "No problems found." in result.stdout
    assert result.stdout.rstrip().endswith("exit=1")
    assert "damaged" not in result.stderr
    assert f"planner: note: {database}: the file x.sqlite is read-only, so it was opened read-only" in result.stderr
    assert "opened read-only (the file x.sqlite is read-only); nothing was changed" in result.stderr
    assert snapshot(folder) == before


def test_a_failed_automatic_backup_is_said_and_the_command_goes_on(capsys, tmp_path):
    database = saved_database(tmp_path / "x.sqlite")
    config.backup_dir().parent.mkdir(parents=True, exist_ok=True)
    config.backup_dir().write_text("a file where the backup folder should be")
    assert main(["--db", str(database), "events"]) == 0
    captured = capsys.readouterr()
    assert "ECRI study visit" in captured.out
    assert captured.err == (
        f"planner: warning: the automatic backup failed: {database}: cannot be backed up into "
        f"{config.backup_dir()} (it is a file, not a folder)\n"
    )
    assert config.backup_dir().read_text() == "a file where the backup folder should be"
