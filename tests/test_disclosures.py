"""The record of what left the laptop: recorded once a file is written
whole (never when it is not), read back newest first, by event and by
person, and as a CSV a spreadsheet opens, in the user's language."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, datetime

import pytest

from planner.documents.catalogue import render
from planner.documents.disclosed import document_disclosed, write_document
from planner.documents.options import DocumentOptions
from planner.documents.person_archive import person_archive
from planner.errors import PlannerError
from planner.services import disclosures
from planner.services.language import interface_language, set_interface_language
from tests.disclosure_event import ANNA, PAWEL, partner_meeting, recorded


@pytest.fixture
def meeting(store):
    return partner_meeting(store)


@pytest.fixture
def in_german():
    before = interface_language()
    set_interface_language("de")
    yield
    set_interface_language(before)


def _record(store, what, destination, when):
    with store.write() as session:
        disclosures.record(session, what, destination, now=when)


def test_a_document_written_is_recorded_once_with_whose_data_it_held(store, meeting, tmp_path):
    path = tmp_path / "list.pdf"
    options = DocumentOptions()
    with store.read() as session:
        data = render(session, "participants", meeting.event_id, options)
    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    write_document(store, path, data, "participants", meeting.event_id, options)
    after = datetime.now(UTC).replace(tzinfo=None)
    assert path.read_bytes().startswith(b"%PDF-")
    [row] = recorded(store)
    assert (row.kind, row.event_id, row.what, row.destination) == (
        "document",
        meeting.event_id,
        "Participant list (PDF)",
        str(path),
    )
    assert set(row.person_ids) == meeting.participants and row.recipients == []
    assert before <= row.happened_at <= after  # in UTC


def test_a_file_that_cannot_be_written_records_nothing(store, meeting, tmp_path):
    options = DocumentOptions()
    with store.read() as session:
        data = render(session, "participants", meeting.event_id, options)
    with pytest.raises(PlannerError, match="does not exist"):
        write_document(store, tmp_path / "no such folder" / "list.pdf", data, "participants", meeting.event_id, options)
    (tmp_path / "taken.pdf").mkdir()
    with pytest.raises(PlannerError, match="is a folder"):
        write_document(store, tmp_path / "taken.pdf", data, "participants", meeting.event_id, options)
    assert recorded(store) == []


def test_an_agenda_names_its_speakers_and_statistics_name_nobody(store, meeting):
    with store.read() as session:
        agenda = document_disclosed(session, "agenda", meeting.event_id)
        statistics = document_disclosed(session, "statistics", meeting.event_id)
    assert agenda.person_ids == (meeting.chiara,)
    assert not statistics.names_anyone
    with store.write() as session:
        assert disclosures.record(session, statistics, "/tmp/statistics.pdf") is None
    assert recorded(store) == []


def test_newest_first_and_filtered_by_event_and_by_person_or_their_address(store, meeting):
    about_anna = disclosures.disclosed("document", meeting.event_id, "Itinerary (PDF)", [meeting.anna])
    to_anna = disclosures.disclosed("message", None, "Reminder", [], [ANNA.upper()])
    about_pawel = disclosures.disclosed("export", meeting.event_id, "Event file", [meeting.pawel])
    _record(store, about_anna, "/tmp/a.pdf", datetime(2018, 5, 1, 9, 0, tzinfo=UTC))
    _record(store, to_anna, "127.0.0.1:25", datetime(2018, 5, 3, 9, 0, tzinfo=UTC))
    _record(store, about_pawel, "/tmp/p.json", datetime(2018, 5, 2, 9, 0, tzinfo=UTC))
    with store.read() as session:
        everything = disclosures.disclosures(session)
        of_event = disclosures.disclosures(session, event_id=meeting.event_id)
        of_anna = disclosures.disclosures(session, person_id=meeting.anna)
        by_address = disclosures.disclosures(session, email=PAWEL)
    assert [row.what for row in everything] == ["Reminder", "Event file", "Itinerary (PDF)"]
    assert [row.what for row in of_event] == ["Event file", "Itinerary (PDF)"]
    assert of_event[0].event_title == "Partner meeting in Kraków"
    assert [row.what for row in of_anna] == ["Reminder", "Itinerary (PDF)"]  # her address, any case, counts
    assert by_address == []  # Paweł's data left, but never to his address
    assert everything[2].names == ("Anna Beck",)
    assert [row.what for row in everything if row.matches("łos")] == ["Event file"]
    assert [row.what for row in everything if row.matches("ANNA.BECK@")] == ["Reminder"]


def test_the_csv_reads_back_in_the_users_language_with_local_times(store, meeting, in_german):
    when = datetime(2018, 5, 1, 9, 30, tzinfo=UTC)
    both = disclosures.disclosed("export", meeting.event_id, "Participant list (CSV)", [meeting.anna, meeting.pawel])
    _record(store, both, "/home/o/Liste, Mai.csv", when)
    with store.read() as session:
        data = disclosures.csv_of(disclosures.disclosures(session))
    assert data.startswith(b"\xef\xbb\xbf")  # so that Excel reads the accents
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [
        "Wann (Ortszeit)",
        "Art",
        "Veranstaltung",
        "Was",
        "An wen",
        "Datei oder Server",
        "Anzahl Personen",
        "Wessen Daten",
    ]
    assert rows[1] == [
        f"{when.astimezone():%Y-%m-%d %H:%M}",
        "Export",
        "Partner meeting in Kraków",
        "Liste der Teilnehmenden (CSV)",
        "",
        "/home/o/Liste, Mai.csv",
        "2",
        "Anna Beck, Paweł Łoś",
    ]


def test_a_persons_export_holds_what_left_with_their_data_and_nobody_elses(store, meeting):
    _record(
        store,
        disclosures.disclosed("document", meeting.event_id, "Itinerary (PDF)", [meeting.anna]),
        "/tmp/anna.pdf",
        datetime(2018, 5, 1, 9, 0, tzinfo=UTC),
    )
    _record(
        store,
        disclosures.disclosed("document", meeting.event_id, "Itinerary (PDF)", [meeting.pawel]),
        "/tmp/pawel.pdf",
        datetime(2018, 5, 1, 9, 5, tzinfo=UTC),
    )
    with store.read() as session:
        data = person_archive(session, meeting.anna)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        held = json.loads(archive.read("person.json"))["tables"]
    [row] = held["disclosure"]
    assert (row["destination"], row["person_ids"], row["happened_at"]) == (
        "/tmp/anna.pdf",
        [meeting.anna],
        "2018-05-01T09:00:00",
    )
    assert any(event["title"] == "Partner meeting in Kraków" for event in held["event"])


def test_a_database_opened_read_only_still_writes_the_file_and_records_nothing(store, meeting, tmp_path):
    from planner.db.store import Store

    store.close()
    reader = Store.open(store.path, backup_dir=tmp_path / "backups", read_only=True)
    try:
        what = disclosures.disclosed("export", meeting.event_id, "Event file", [meeting.anna])
        disclosures.write_and_record(reader, tmp_path / "event.json", b"{}", what)
        assert (tmp_path / "event.json").read_bytes() == b"{}"
        assert recorded(reader) == []
    finally:
        reader.close()


def test_a_kind_not_known_is_refused(store):
    with store.write() as session, pytest.raises(ValueError):
        disclosures.record(session, disclosures.Disclosed("gossip", None, "x", (1,)), "/tmp/x")


def test_every_document_planner_makes_has_its_name_in_the_record():
    from planner.documents import disclosed
    from planner.documents.catalogue import KINDS

    assert set(KINDS) <= set(disclosed._SAVED) and set(KINDS) <= set(disclosed._PRINTED)
