"""Every way personal data leaves Planner from the command line is in the
record of what left the laptop, once, with the addresses it went to and
whose data it held: documents, participant lists, event files, calendars,
a person's data, cost reports, invitations and messages sent through a
real mail server (aiosmtpd on 127.0.0.1) or written as .eml; and
`planner disclosures` writes the record as a CSV."""

from __future__ import annotations

import csv
import email
import io
from email import policy

import pytest

from planner.cli import main
from planner.services import logistics
from tests.disclosure_event import ANNA, PAWEL, partner_meeting, recorded


@pytest.fixture
def meeting(store):
    return partner_meeting(store)


def run(capsys, db_path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one(store):
    rows = recorded(store)
    assert len(rows) == 1, [(row.kind, row.what, row.destination) for row in rows]
    return rows[0]


@pytest.mark.parametrize(
    ("kind", "what", "whose"),
    [
        ("participants", "Participant list (PDF)", "participants"),
        ("attendance", "Signature sheets (PDF)", "participants"),
        ("badges", "Name badges (PDF)", "participants"),
        ("agenda", "Agenda (PDF)", "speaker"),
        ("itinerary", "Itinerary (PDF)", "everyone"),
        ("minutes", "Conclusions report (PDF)", "participants"),
    ],
)
def test_a_document_of_people_written_as_pdf_is_recorded_once(
    meeting, store, db_path, tmp_path, capsys, kind, what, whose
):
    path = tmp_path / f"{kind}.pdf"
    code, _out, err = run(capsys, db_path, "pdf", kind, str(meeting.event_id), "-o", str(path))
    assert code == 0, err
    row = _one(store)
    expected = {
        "participants": meeting.participants,
        "speaker": {meeting.chiara},
        "everyone": meeting.participants | {meeting.chiara},
    }[whose]
    assert (row.kind, row.what, row.destination, row.event_id) == ("document", what, str(path), meeting.event_id)
    assert set(row.person_ids) == expected and row.recipients == []


def test_one_travellers_itinerary_names_them_and_who_speaks(meeting, store, db_path, tmp_path, capsys):
    path = tmp_path / "anna.pdf"
    code, _out, err = run(capsys, db_path, "pdf", "itinerary", str(meeting.event_id), "--person", ANNA, "-o", str(path))
    assert code == 0, err
    assert _one(store).person_ids == [meeting.anna, meeting.chiara]


def test_the_conclusions_report_for_word_and_the_statistics(meeting, store, db_path, tmp_path, capsys):
    word = tmp_path / "report.docx"
    assert run(capsys, db_path, "pdf", "minutes", str(meeting.event_id), "--docx", "-o", str(word))[0] == 0
    statistics = tmp_path / "statistics.pdf"
    assert run(capsys, db_path, "pdf", "statistics", str(meeting.event_id), "-o", str(statistics))[0] == 0
    assert statistics.exists()
    row = _one(store)  # the statistics name nobody
    assert (row.what, row.destination) == ("Conclusions report (Word)", str(word))


def test_a_pdf_that_cannot_be_written_records_nothing(meeting, store, db_path, tmp_path, capsys):
    code, _out, err = run(
        capsys, db_path, "pdf", "participants", str(meeting.event_id), "-o", str(tmp_path / "gone" / "list.pdf")
    )
    assert code != 0 and "does not exist" in err
    assert recorded(store) == []


@pytest.mark.parametrize(("suffix", "what"), [("csv", "Participant list (CSV)"), ("xlsx", "Participant list (Excel)")])
def test_a_participant_list_exported_is_recorded_once(meeting, store, db_path, tmp_path, capsys, suffix, what):
    path = tmp_path / f"list.{suffix}"
    assert run(capsys, db_path, "export-participants", str(meeting.event_id), "-o", str(path))[0] == 0
    row = _one(store)
    assert (row.kind, row.what, row.destination) == ("export", what, str(path))
    assert set(row.person_ids) == meeting.participants


def test_an_event_file_names_everyone_in_it(meeting, store, db_path, tmp_path, capsys):
    path = tmp_path / "meeting.planner.json"
    assert run(capsys, db_path, "export-event", str(meeting.event_id), "-o", str(path))[0] == 0
    row = _one(store)
    assert (row.kind, row.what, row.destination) == ("export", "Event file", str(path))
    assert set(row.person_ids) == meeting.participants | {meeting.chiara}


def test_calendars_the_events_and_one_participants(meeting, store, db_path, tmp_path, capsys):
    personal = tmp_path / "pawel.ics"
    assert run(capsys, db_path, "ics", str(meeting.event_id), "--person", PAWEL, "-o", str(personal))[0] == 0
    row = _one(store)
    assert (row.what, row.destination, row.person_ids) == (
        "Personal calendar (.ics)",
        str(personal),
        [meeting.pawel, meeting.chiara],
    )
    whole = tmp_path / "meeting.ics"
    assert run(capsys, db_path, "ics", str(meeting.event_id), "-o", str(whole))[0] == 0
    rows = recorded(store)
    assert len(rows) == 2 and (rows[1].what, rows[1].person_ids) == ("Calendar of the event (.ics)", [meeting.chiara])


def test_a_persons_data_given_to_them(meeting, store, db_path, tmp_path, capsys):
    path = tmp_path / "anna.zip"
    assert run(capsys, db_path, "person-data", ANNA, "-o", str(path))[0] == 0
    row = _one(store)
    assert (row.kind, row.what, row.event_id, row.person_ids) == (
        "export",
        "A person's data (ZIP)",
        None,
        [meeting.anna],
    )


def test_a_cost_report_names_whom_the_costs_were_for(meeting, store, db_path, tmp_path, capsys):
    with store.write() as session:
        logistics.add_cost(
            session, meeting.event_id, person_id=meeting.pawel, category="travel", amount_minor="120.00",
            currency="EUR", funded_by="ECRI", description="Flight",
        )  # fmt: skip
        logistics.add_cost(
            session, meeting.event_id, person_id=meeting.anna, category="travel", amount_minor="80.00",
            currency="EUR", funded_by="Another funder", description="Train",
        )  # fmt: skip
    path = tmp_path / "costs.xlsx"
    assert run(capsys, db_path, "cost-report", str(meeting.event_id), "--funder", "ecri", "-o", str(path))[0] == 0
    row = _one(store)
    assert (row.kind, row.what, row.person_ids) == ("document", "Cost report (Excel)", [meeting.pawel])


def test_each_invitation_sent_is_recorded_with_its_address_and_the_server(meeting, store, db_path, smtp, capsys):
    mailbox, server = smtp(refuse=(PAWEL,))
    code, _out, _err = run(capsys, db_path, "invites", str(meeting.event_id), "--smtp", server)
    assert code == 1  # Paweł's server said no
    assert [rcpt for rcpt, _message in mailbox.messages] == [[ANNA]]
    row = _one(store)
    assert (row.kind, row.what, row.recipients, row.person_ids, row.destination) == (
        "message",
        "Invitation",
        [ANNA],
        [meeting.anna],
        server,
    )


def test_an_invitation_with_the_agenda_attached_names_its_speakers(meeting, store, db_path, smtp, capsys):
    mailbox, server = smtp(refuse=(PAWEL,))
    run(capsys, db_path, "invites", str(meeting.event_id), "--smtp", server, "--attach-agenda")
    assert [rcpt for rcpt, _message in mailbox.messages] == [[ANNA]]
    assert _one(store).person_ids == [meeting.anna, meeting.chiara]


def test_invitations_written_as_eml_are_recorded_even_as_a_preview(meeting, store, db_path, tmp_path, capsys):
    folder = tmp_path / "out"
    assert run(capsys, db_path, "invites", str(meeting.event_id), "--out", str(folder))[0] == 0
    rows = recorded(store)
    written = sorted(folder.glob("*.eml"))
    assert len(rows) == len(written) == 2
    for row in rows:
        message = email.message_from_bytes((folder / row.destination).read_bytes(), policy=policy.default)
        assert [address.addr_spec for address in message["To"].addresses] == row.recipients
    assert {(tuple(row.recipients), tuple(row.person_ids)) for row in rows} == {
        ((ANNA,), (meeting.anna,)),
        ((PAWEL,), (meeting.pawel,)),
    }


def test_a_message_from_a_template_with_the_agenda_names_its_speakers(meeting, store, db_path, smtp, capsys):
    mailbox, server = smtp()
    code, _out, err = run(
        capsys, db_path, "mail", str(meeting.event_id), "--template", "Reminder (the day before)",
        "--to", PAWEL, "--attach", "agenda", "--smtp", server, "--send-incomplete",
    )  # fmt: skip
    assert code == 0, err
    assert [rcpt for rcpt, _message in mailbox.messages] == [[PAWEL]]
    row = _one(store)
    assert (row.kind, row.what, row.recipients, row.destination) == (
        "message",
        "Reminder (the day before)",
        [PAWEL],
        server,
    )
    assert row.person_ids == [meeting.pawel, meeting.chiara]


def test_a_message_from_a_template_written_as_eml(meeting, store, db_path, tmp_path, capsys):
    folder = tmp_path / "out"
    code, _out, err = run(
        capsys, db_path, "mail", str(meeting.event_id), "--template", "Reminder (the day before)",
        "--to", ANNA, "--out", str(folder), "--send-incomplete",
    )  # fmt: skip
    assert code == 0, err
    [written] = list(folder.glob("*.eml"))
    row = _one(store)
    assert (row.destination, row.recipients, row.person_ids) == (str(written), [ANNA], [meeting.anna])


def test_the_record_as_csv_by_person_and_by_event(meeting, store, db_path, tmp_path, capsys):
    assert run(capsys, db_path, "pdf", "agenda", str(meeting.event_id), "-o", str(tmp_path / "agenda.pdf"))[0] == 0
    assert run(capsys, db_path, "person-data", ANNA, "-o", str(tmp_path / "anna.zip"))[0] == 0
    path = tmp_path / "record.csv"
    code, out, err = run(capsys, db_path, "disclosures", "--person", ANNA, "-o", str(path))
    assert code == 0, err
    assert out == f"Wrote {path} (1 disclosure)\n"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert [(row["What"], row["Whose data"], row["File or server"]) for row in rows] == [
        ("A person's data (ZIP)", "Anna Beck", str(tmp_path / "anna.zip"))
    ]
    by_event = tmp_path / "event.csv"
    assert run(capsys, db_path, "disclosures", "--event", str(meeting.event_id), "-o", str(by_event))[0] == 0
    rows = list(csv.DictReader(io.StringIO(by_event.read_text(encoding="utf-8-sig"))))
    assert [(row["Kind"], row["What"], row["How many people"]) for row in rows] == [("Document", "Agenda (PDF)", "1")]
    # Written out, the record itself left too: it named Anna.
    assert [(row.what, row.person_ids) for row in recorded(store)][2] == (
        "Record of what left the laptop (CSV)",
        [meeting.anna],
    )


def test_an_event_not_there_is_said_so(store, db_path, tmp_path, capsys):
    code, _out, err = run(capsys, db_path, "disclosures", "--event", "99", "-o", str(tmp_path / "r.csv"))
    assert code != 0 and "99" in err and not (tmp_path / "r.csv").exists()
