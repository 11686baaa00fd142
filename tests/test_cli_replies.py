"""`planner replies FILE_OR_FOLDER...`: what the organiser reads, and the
exit status (1 when any file was refused)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from planner.cli import main
from tests import replies_mail as client
from tests.test_replies import TUESDAY, send_invitations, statuses


@pytest.fixture
def munich(samples, store):
    from planner.services import participants

    event_id = samples["ECRI"]
    with store.write() as session:
        for participation, _person in participants.participations_of(session, event_id):
            participants.update_participation(session, participation.id, status="invited")
    return event_id


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_replies_read_from_a_folder_are_applied_and_listed(munich, store, db_path, tmp_path, capsys):
    sent = send_invitations(store, munich)
    folder = tmp_path / "Inbox"
    folder.mkdir()
    (folder / "Accepted ECRI.eml").write_bytes(client.outlook_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY))
    (folder / "invite.ics").write_bytes(client.rfc5546_reply(sent["d.alexiou@example.org"], "TENTATIVE", TUESDAY))
    (folder / "notes.txt").write_text("not a reply, not read")

    code, out, err = run(capsys, "--db", str(db_path), "replies", str(folder))
    assert code == 0, err
    assert out.splitlines() == [
        "ECRI study visit to BioM, Munich",
        "  Paweł Łoś: invited → confirmed (accepted)  [Accepted ECRI.eml]",
        "  Dimitra Alexiou: still invited, now marked tentative (tentative)  [invite.ics]",
        "2 replies read: 2 changed.",
    ]

    # The same again: nothing changes, and that is no failure.
    code, out, _ = run(capsys, "--db", str(db_path), "replies", str(folder))
    assert code == 0
    assert "  Paweł Łoś: this answer (accepted, 20 Mar 2018 10:15 UTC) was read already  [Accepted ECRI.eml]" in out
    assert out.splitlines()[-1] == "2 replies read: 2 already so."


def test_a_refused_file_is_named_with_its_reason_and_the_exit_status_is_1(munich, store, db_path, tmp_path, capsys):
    sent = send_invitations(store, munich)
    good = tmp_path / "yes.eml"
    good.write_bytes(client.gmail_reply(sent["j.pons@example.org"], "ACCEPTED", TUESDAY))
    stale = tmp_path / "old.eml"
    later = datetime(2018, 3, 21, tzinfo=UTC)
    stale.write_bytes(client.thunderbird_reply(sent["p.los@example.org"], "DECLINED", later, sequence=3))
    letter = tmp_path / "letter.eml"
    letter.write_bytes(b"From: a@example.org\r\nSubject: hello\r\n\r\nSee you there.\r\n")

    code, out, err = run(
        capsys, "--db", str(db_path), "replies", str(good), str(stale), str(letter), str(tmp_path / "missing.eml")
    )
    assert code == 1
    assert err == ""
    assert out.splitlines() == [
        "ECRI study visit to BioM, Munich",
        "  Joan Pons Sastre: invited → confirmed (accepted)  [yes.eml]",
        "Refused, nothing changed:",
        f"  {tmp_path / 'missing.eml'}: no such file or folder",
        f"  {letter}: holds no calendar (no text/calendar part, no .ics attachment): it is not a reply to an invitation",
        f"  {stale}: answers SEQUENCE 3, but the latest invitation sent to p.los@example.org is SEQUENCE 0",
        "4 replies read: 1 changed, 3 refused.",
    ]
    # What could be applied was applied; the refused ones changed nothing.
    found = statuses(store, munich)
    assert found["j.pons@example.org"] == "confirmed"
    assert found["p.los@example.org"] == "invited"


def test_replies_needs_a_file(db_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(db_path), "replies"])
    assert stopped.value.code == 2
    assert "FILE_OR_FOLDER" in capsys.readouterr().err


def test_an_empty_folder_is_refused(store, db_path, tmp_path, capsys):
    empty = tmp_path / "nothing"
    empty.mkdir()
    code, out, _ = run(capsys, "--db", str(db_path), "replies", str(empty))
    assert code == 1
    assert f"  {empty}: this folder holds no .eml or .ics file" in out.splitlines()
