"""A person forgotten leaves no trace: their name and e-mail address are
in none of the bytes of the database file nor of its WAL once the erasure
is committed, nor in a backup made after it, nor in Planner's log; the
command line shows what it will do, asks, and does nothing on "n"."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner import config
from planner.db import backups
from planner.db.models import Event, Programme
from planner.documents.catalogue import render
from planner.documents.options import DocumentOptions
from planner.operations import perform, replay
from planner.operations.erasure import ForgetPerson
from planner.services import directory, minutes, participants
from planner.services.erasure import older_backups

TODAY = date(2026, 12, 4)


def _traces(path: Path, *words: str) -> list[str]:
    """The words found in the raw bytes of ``path`` and its -wal, case aside."""
    found = []
    for file in (path, path.with_name(path.name + "-wal")):
        data = file.read_bytes().lower() if file.exists() else b""
        found += [f"{word} in {file.name}" for word in words if word.lower().encode("utf-8") in data]
    return found


def _in_two_years() -> str:
    """The first day of the month 24 months from now: the longest a backup
    made today is kept by the schedule."""
    month = date.today().year * 12 + date.today().month - 1 + 24
    day = date(month // 12, month % 12 + 1, 1)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _named_everywhere(store, samples, programme: str = "") -> tuple[int, str, str]:
    """A participant of the Munich visit (of ``programme``: none, so they
    can be erased), named in notes and minutes and changed again and again
    (so old copies of their row sit in the WAL and in freed pages);
    (person id, name, e-mail)."""
    munich = samples["ECRI"]
    with store.write() as session:
        event = session.get(Event, munich)
        event.programme = programme
        session.add(event)
        row = participants.participant_rows(session, munich)[0]
        person = directory.get_person(session, row.person_id)
        name, email = person.full_name, person.email
        minutes.add_item(session, munich, kind="proposal", text=f"As {name} says: share", by_person_id=row.person_id)
        minutes.add_item(
            session, munich, kind="proposal", text="the partners share their pilot lines", by_person_id=row.person_id
        )
    for number in range(5):
        with store.write() as session:
            participants.update_participation(session, row.participation_id, notes=f"{name} call {number} " + "x" * 500)
    return row.person_id, name, email


def test_erasure_leaves_no_trace_in_the_file_its_wal_a_later_backup_or_the_log(store, samples, tmp_path):
    person_id, name, email = _named_everywhere(store, samples)
    assert _traces(store.path, name, email)  # there before
    before = backups.back_up(store, folder=tmp_path / "backups")
    assert older_backups(store.path, tmp_path / "backups") == (
        f"1 backup made before now still holds them: it is thinned away by {_in_two_years()} "
        f"(backups are in {tmp_path / 'backups'})"
    )
    perform(store, ForgetPerson(person_id, TODAY))
    assert _traces(store.path, name, email) == []
    after = backups.back_up(store, folder=tmp_path / "backups")
    assert _traces(after, name, email) == []
    assert _traces(before, name, email)  # older backups still hold them, as the plan says
    logged = "".join(path.read_text("utf-8") for path in config.log_dir().glob("*.log*"))
    assert name not in logged and email not in logged


def test_an_erasure_undone_then_done_again_leaves_no_trace_either(store, samples):
    person_id, name, email = _named_everywhere(store, samples)
    done = perform(store, ForgetPerson(person_id, TODAY))
    replay(store, done.changes, "before")
    assert _traces(store.path, name, email)  # back, as undo promises
    replay(store, done.changes, "after")
    assert _traces(store.path, name, email) == []


def test_anonymisation_leaves_no_trace_either_and_the_conclusions_credit_the_organisation(store, samples):
    person_id, name, email = _named_everywhere(store, samples, "Interreg Europe")
    munich = samples["ECRI"]
    with store.write() as session:
        session.add(Programme(name="Interreg Europe", audit_until=date(2025, 12, 31)))
        organisation = directory.organisation_values(session, directory.get_person(session, person_id).organisation_id)
    perform(store, ForgetPerson(person_id, TODAY))
    assert _traces(store.path, name, email) == []
    with store.read() as session:
        pdf = render(session, "minutes", munich, DocumentOptions(printed_on=TODAY))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert name not in text
    assert "proposed that as [removed] says: share" in text
    # Credited to her organisation, and counted among those who took part.
    assert re.search(rf"{organisation['name']}[^.]* proposed that the partners share their pilot lines", text), text
    assert f"a participant from {organisation['name']} {organisation['region']} ({organisation['country']})" in text


def _planner(*arguments: str, database: Path, answer: str = "") -> subprocess.CompletedProcess[str]:
    planner = Path(sys.executable).with_name("planner")
    environment = os.environ | {"PLANNER_DATA_DIR": str(config.data_dir())}
    return subprocess.run(
        [str(planner), "--db", str(database), *arguments],
        input=answer, capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120,
    )  # fmt: skip


def test_the_command_line_shows_the_plan_asks_and_does_nothing_on_no(store, samples):
    _, name, email = _named_everywhere(store, samples)
    store.close()
    answered = _planner("forget", email, database=store.path, answer="n\n")
    assert answered.returncode == 1, answered.stderr
    assert f"Erase Dr. {name}:" in answered.stdout
    assert "removed: their record in the Directory" in answered.stdout
    assert "Nothing was changed." in answered.stdout
    assert _traces(store.path, email)
    unanswered = _planner("forget", email, database=store.path)  # nothing to read: no
    assert unanswered.returncode == 1 and "Nothing was changed." in unanswered.stdout
    assert _traces(store.path, email)
    done = _planner("forget", email, "--yes", database=store.path)
    assert done.returncode == 0, done.stderr
    assert "Erased." in done.stdout
    assert _traces(store.path, name, email) == []
    logged = "".join(path.read_text("utf-8") for path in config.log_dir().glob("planner.log*"))
    assert logged and name not in logged and email not in logged
    again = _planner("forget", email, "--yes", database=store.path)
    assert again.returncode != 0 and "nobody in this database has this e-mail address" in again.stderr


@pytest.mark.parametrize("audit", [date.today(), date(2031, 12, 31)])
def test_the_command_line_refuses_with_the_date_the_evidence_is_kept_until(store, samples, audit):
    _, _, email = _named_everywhere(store, samples, "Interreg Europe")
    with store.write() as session:
        session.add(Programme(name="Interreg Europe", audit_until=audit))
    store.close()
    refused = _planner("forget", email, "--yes", database=store.path)
    assert refused.returncode != 0
    assert (
        f"kept until {audit.day} {audit.strftime('%B')} {audit.year} for the audit of Interreg Europe" in refused.stderr
    )
    assert _traces(store.path, email)
