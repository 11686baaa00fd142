"""Lists given to others respect consent: the participant list PDF (read
back with pypdf) and the exported CSV hold exactly those who agreed when
the event needs it, and the command line says who was left off and why.
The signature sheets, the funder's evidence, keep everyone."""

from __future__ import annotations

import csv
import io
from datetime import date

import pypdf

from planner.cli import main
from planner.db.store import Store
from planner.services import consent, disclosures, events, participants
from planner.services.participants import NOT_COMING
from tests.databases import saved_database


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def _madrid_with_consents(path):
    """The Madrid workshop needing consent: the first participant coming
    agreed, the second refused, the third withdrew, the rest never asked.
    (event id, the one agreed, those left off by name)."""
    store = Store.open(path)
    try:
        with store.write() as session:
            madrid = next(event.id for event in events.list_events(session) if event.title.startswith("Improvement"))
            coming = [row for row in participants.participant_rows(session, madrid) if row.status not in NOT_COMING]
            agreed, refused, withdrew = coming[:3]
            consent.record(session, agreed.participation_id, "shared_list", given=True, given_on=date(2018, 1, 10))
            consent.record(session, refused.participation_id, "shared_list", given=False, given_on=date(2018, 1, 10))
            consent.record(
                session,
                withdrew.participation_id,
                "shared_list",
                given=True,
                given_on=date(2018, 1, 10),
                withdrawn_on=date(2018, 2, 1),
            )
            consent.set_consent_needed(session, madrid, True)
            return madrid, agreed, coming
    finally:
        store.close()


def test_the_printed_list_holds_only_who_agreed_and_the_command_line_says_who_was_left_off(tmp_path, capsys):
    database = saved_database(tmp_path / "work.sqlite")
    madrid, agreed, coming = _madrid_with_consents(database)
    output = tmp_path / "list.pdf"

    assert main(["--db", str(database), "pdf", "participants", str(madrid), "-o", str(output)]) == 0

    said = capsys.readouterr().out.splitlines()
    text = _text(output)
    assert agreed.family_name in text
    for row in coming[1:]:
        assert row.family_name not in text, row.full_name
    left = len(coming) - 1
    assert f"{left} more participants are not listed: they did not agree to be on a shared list." in " ".join(
        text.split()
    )
    assert said[0] == f"Wrote {output}"
    expected = sorted(coming[1:], key=lambda row: (row.family_name.casefold(), row.given_name.casefold()))
    reasons = {coming[1].full_name: "refused", coming[2].full_name: "withdrew"}
    who = ", ".join(f"{row.full_name}: {reasons.get(row.full_name, 'never asked')}" for row in expected)
    assert said[1] == f"{left} participants left off: no consent to the shared list ({who})"

    # The signature sheets are evidence for the funder: everyone is on them.
    sheets = tmp_path / "sheets.pdf"
    assert main(["--db", str(database), "pdf", "attendance", str(madrid), "-o", str(sheets)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"Wrote {sheets}"]
    signed = _text(sheets)
    assert all(row.family_name in signed for row in coming)


def test_the_exported_list_leaves_off_who_did_not_agree(tmp_path, capsys):
    database = saved_database(tmp_path / "work.sqlite")
    madrid, agreed, coming = _madrid_with_consents(database)
    output = tmp_path / "list.csv"

    assert main(["--db", str(database), "export-participants", str(madrid), "-o", str(output)]) == 0

    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert [(row["Given name"], row["Family name"]) for row in rows] == [(agreed.given_name, agreed.family_name)]
    assert "Consent" not in " ".join(rows[0])
    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"Wrote {output} (1 participant)"
    assert said[1].startswith(f"{len(coming) - 1 + _not_coming(database, madrid)} participants left off: ")
    # What left the laptop holds only the one on the list.
    store = Store.open(database)
    try:
        with store.read() as session:
            (given_out,) = disclosures.disclosures(session, event_id=madrid)
            assert given_out.person_ids == (agreed.person_id,)
    finally:
        store.close()


def _not_coming(path, event_id: int) -> int:
    """The export lists everyone, declined and cancelled too."""
    store = Store.open(path)
    try:
        with store.read() as session:
            return sum(row.status in NOT_COMING for row in participants.participant_rows(session, event_id))
    finally:
        store.close()
