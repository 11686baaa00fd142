"""The command line in the user's words: every command says what it does
in --help, `events` lists kinds as the window names them under a header,
and a refused restore says what to do."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.db.lock import DatabaseLock
from tests.databases import saved_database


@pytest.mark.parametrize("command", ["import-event", "export-event", "ics", "check", "backup"])
def test_each_command_describes_itself_in_its_help(command, capsys):
    with pytest.raises(SystemExit) as ended:
        main([command, "--help"])
    assert ended.value.code == 0
    usage, description = capsys.readouterr().out.split("\n\n")[:2]
    assert usage.startswith(f"usage: planner {command}")
    assert len(description) > 30 and not description.startswith(("positional", "options")), description


def test_the_overall_help_gives_each_command_a_line(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    for command in ("import-event", "export-event", "ics", "check", "backup"):
        line = next(line for line in shown.splitlines() if line.strip().startswith(command))
        assert len(line.split(command, 1)[1].strip()) > 10, line


def test_events_prints_a_header_and_the_kinds_as_the_window_shows_them(tmp_path, capsys):
    database = saved_database(tmp_path / "planner.sqlite")
    assert main(["--db", str(database), "events"]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split() == ["ID", "Days", "Kind", "Title"]
    assert any("Study visit" in row for row in rows)
    assert not any("study_visit" in row for row in rows)
    assert main(["--db", str(database), "events", "--json"]) == 0  # unchanged for scripts
    assert {row["kind"] for row in json.loads(capsys.readouterr().out)} == {"workshop", "conference", "study_visit"}


def test_restore_while_a_window_has_the_database_says_to_close_it(tmp_path, capsys):
    database = saved_database(tmp_path / "planner.sqlite")
    backup = saved_database(tmp_path / "backup.sqlite")
    with DatabaseLock.acquire(database):  # as the open window holds it
        assert main(["--db", str(database), "restore", str(backup)]) == 1
    said = capsys.readouterr().err.strip()
    assert len(said.splitlines()) == 1
    assert "close the window that has it open, and try again" in said
    assert "read-only" not in said
