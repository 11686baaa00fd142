"""`planner retention` lists what is due with its dates and sets how long
data is kept; `planner purge-needs` and `planner anonymise` say what will
be removed and ask, unless --yes; a backup is made first."""

from __future__ import annotations

import io
import sys

import pytest

from planner.cli import main
from planner.db import backups
from planner.db.store import Store
from planner.services import directory, participants
from tests.databases import saved_database

ECRI = 2  # the Munich study visit, 23 March 2018: two of its visitors have needs
NEEDS_DATE = "2018-04-20"  # 28 days after its last day


@pytest.fixture
def database(tmp_path):
    return saved_database(tmp_path / "network.sqlite")


def _run(database, capsys, *arguments: str, answer: str = "") -> tuple[int, str]:
    sys.stdin = io.StringIO(answer)
    try:
        status = main(["--db", str(database), *arguments])
    finally:
        sys.stdin = sys.__stdin__
    return status, capsys.readouterr().out


def _needs(database) -> list[str]:
    store = Store.open(database)
    try:
        with store.read() as session:
            rows = participants.participant_rows(session, ECRI)
            return [
                directory.get_person(session, row.person_id).dietary
                + directory.get_person(session, row.person_id).accessibility
                for row in rows
            ]
    finally:
        store.close()


def test_retention_lists_what_is_due_on_a_day_with_its_dates(database, capsys):
    _, before = _run(database, capsys, "retention", "--on", "2018-04-19")
    assert "ECRI" not in before
    _, on = _run(database, capsys, "retention", "--on", NEEDS_DATE)
    assert "ECRI study visit to BioM, Munich (2018-03-23): dietary and access needs of 2 participants" in on
    assert f"due since {NEEDS_DATE}" in on and "planner purge-needs 2" in on


def test_the_days_are_set_for_the_database_and_for_an_event(database, capsys):
    _run(database, capsys, "retention", "--days", "60")
    _, listed = _run(database, capsys, "retention", "--on", NEEDS_DATE)
    assert "kept 60 days" in listed and "ECRI" not in listed
    _run(database, capsys, "retention", "--event", str(ECRI), "--days", "10")
    _, listed = _run(database, capsys, "retention", "--on", "2018-04-02")
    assert "ECRI" in listed and "due since 2018-04-02" in listed


def test_purge_needs_asks_and_removes_nothing_without_a_yes(database, capsys):
    status, said = _run(database, capsys, "purge-needs", str(ECRI), "--on", NEEDS_DATE, answer="n\n")
    assert status == 1
    assert "The dietary and access needs of 2 participants will be removed:" in said
    assert "Nothing was removed." in said
    assert any(_needs(database))


def test_purge_needs_with_yes_backs_up_then_removes(database, capsys):
    status, said = _run(database, capsys, "purge-needs", str(ECRI), "--on", NEEDS_DATE, "--yes")
    assert status == 0, said
    assert "Removed the dietary and access needs of 2 participants" in said
    assert not any(_needs(database))
    assert next(backup.reason for backup in backups.backups_of(database)) == backups.BEFORE_REMOVING


def test_anonymise_is_refused_while_the_audit_date_is_not_set(database, capsys):
    status, _said = _run(database, capsys, "retention", "--programme", "ECRI", "--audit-until", "none")
    assert status == 1  # no event belongs to a programme of that name
    status = main(["--db", str(database), "anonymise", str(ECRI), "--yes"])
    assert status == 1
    assert "audit date of the programme" in capsys.readouterr().err
