"""What Planner holds about one person, as they may ask for it: every row
of every table that refers to them is in their export (the schema is
walked, so a new table cannot be forgotten), and nobody else's."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import pypdf
from sqlmodel import SQLModel

from planner.db.models import Consent, InvitationSent, MessageSent, PersonalPublication
from planner.documents.person_archive import person_archive
from planner.services import attendance, directory, participants
from planner.services.person_data import BELONGING_TO, HELD_BY_ID, PERSON, person_data, referring_columns
from tests.databases import saved_database


def _everyone_somewhere(store, samples) -> None:
    """Rows in the tables the samples leave empty: a mark of presence, an
    invitation and a message sent to a participant of the Munich visit."""
    munich = samples["ECRI"]
    with store.write() as session:
        row = participants.participant_rows(session, munich)[0]
        attendance.set_present(session, munich, row.person_id, date(2018, 3, 23))
        session.add(
            Consent(participation_id=row.participation_id, purpose="photos", given_on=date(2018, 3, 1), how="form")
        )
        person = directory.get_person(session, row.person_id)
        sent = datetime(2018, 3, 1, 9, 0)
        session.add(
            InvitationSent(
                event_id=munich, email=person.email, person_id=person.id, uid="u1", content_hash="h", sent_at=sent
            )
        )
        session.add(
            MessageSent(
                event_id=munich,
                person_id=person.id,
                email=person.email,
                template="Reminder",
                subject="Soon",
                sent_at=sent,
            )
        )
        session.add(
            PersonalPublication(
                event_id=munich, person_id=person.id, url="https://cal.example.org/munich-participant-2-1/", items={}
            )
        )


def test_every_table_that_refers_to_a_person_is_in_their_export(store, samples):
    _everyone_somewhere(store, samples)
    referring = referring_columns(PERSON) + [pair for owner in BELONGING_TO for pair in referring_columns(owner)]
    referring += [(SQLModel.metadata.tables[name], column) for name, column in HELD_BY_ID]
    assert {table.name for table, _ in referring} >= {"participation", "travel_leg", "stay", "cost", "minutes_item"}
    with store.read() as session:
        for table, column in referring:
            rows = session.execute(table.select().where(table.c[column].is_not(None))).all()
            # Every such table holds a row here: a new one fails until this test gives it one.
            assert rows, f"no row of {table.name}.{column} to check: give the test one"
            row = rows[0]._mapping
            if table.name in BELONGING_TO or column in ("person_id", "by_person_id", "owner_id", "moderator_id"):
                person_id = row[column]
            else:  # a row belonging to a participation: the participant's
                owner = SQLModel.metadata.tables[BELONGING_TO[0]]
                person_id = session.execute(owner.select().where(owner.c.id == row[column])).one()._mapping["person_id"]
            held = person_data(session, person_id)
            key = [column.name for column in table.primary_key.columns]
            kept = {tuple(found[name] for name in key) for found in held.get(table.name, [])}
            assert tuple(row[name] for name in key) in kept, (table.name, column)


def test_the_export_holds_nobody_elses_rows(store, samples):
    _everyone_somewhere(store, samples)
    with store.read() as session:
        someone = participants.participant_rows(session, samples["ECRI"])[0].person_id
        held = person_data(session, someone)
    assert [row["id"] for row in held["person"]] == [someone]
    for table in ("participation", "travel_leg", "stay", "invitation_sent", "message_sent"):
        assert all(row["person_id"] == someone for row in held.get(table, [])), table


def test_a_persons_archive_holds_their_record_and_their_itineraries(store, samples):
    _everyone_somewhere(store, samples)
    with store.read() as session:
        someone = participants.participant_rows(session, samples["ECRI"])[0]
        data = person_archive(session, someone.person_id)
    archive = zipfile.ZipFile(io.BytesIO(data))
    record = json.loads(archive.read("person.json"))
    assert record["tables"]["person"][0]["email"] == someone.email
    assert any(row["day"] == "2018-03-23" for row in record["tables"]["attendance_mark"])
    itinerary = pypdf.PdfReader(io.BytesIO(archive.read(f"itinerary-{samples['ECRI']}.pdf")))
    assert someone.family_name in " ".join(page.extract_text() for page in itinerary.pages)


def test_the_command_line_writes_the_archive_and_refuses_an_unknown_address(tmp_path, data_dir):
    database = saved_database(tmp_path / "network.sqlite")
    planner = Path(sys.executable).with_name("planner")
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    output = tmp_path / "her-data.zip"
    done = subprocess.run(
        [str(planner), "--db", str(database), "person-data", "j.grossmann@example.org", "-o", str(output)],
        capture_output=True, text=True, env=environment, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "person.json" in zipfile.ZipFile(output).namelist()
    refused = subprocess.run(
        [str(planner), "--db", str(database), "person-data", "nobody@example.org", "-o", str(tmp_path / "x.zip")],
        capture_output=True, text=True, env=environment, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.strip() == "planner: nobody@example.org: nobody in this database has this e-mail address"
