"""Files Planner writes for others (PDF, .ics, CSV, event files) get the
permissions any new file gets from the umask, so that colleagues can open
them on a shared folder: not the private 0600 of the temporary file they
were written as."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.databases import saved_database

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


def _written_with_umask(umask: int, tmp_path: Path, *args: str) -> int:
    database = saved_database(tmp_path / "planner.sqlite")
    environment = os.environ | {"PLANNER_DATA_DIR": str(tmp_path / "data")}
    subprocess.run(
        [PLANNER, "--db", str(database), *args],
        env=environment,
        check=True,
        capture_output=True,
        timeout=120,
        preexec_fn=lambda: os.umask(umask),  # the user's umask, in the process that writes
    )
    return stat.S_IMODE(os.stat(args[args.index("-o") + 1]).st_mode)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_an_exported_calendar_and_list_get_the_mode_the_umask_gives(tmp_path, umask, mode):
    calendar = tmp_path / "event.ics"
    assert _written_with_umask(umask, tmp_path, "ics", "1", "-o", str(calendar)) == mode
    people = tmp_path / "people.csv"
    assert _written_with_umask(umask, tmp_path, "export-participants", "1", "-o", str(people)) == mode


def test_a_pdf_gets_the_mode_the_umask_gives(tmp_path):
    agenda = tmp_path / "agenda.pdf"
    assert _written_with_umask(0o022, tmp_path, "pdf", "agenda", "1", "-o", str(agenda)) == 0o644
