"""`planner invites ID --out DIR --record`: for organisers who send the
files from their own mail program, what is written is recorded as a send
records it, so the next run writes only updates and cancellations, with
the right SEQUENCE; without --record nothing is recorded."""

from __future__ import annotations

import email
from email import policy

import pytest
from sqlalchemy import select

from planner.db.models import AgendaItem
from planner.services import agenda, directory, participants
from tests.test_invitations import MUNICH_ADDRESSES, invites, read_calendar, run


@pytest.fixture
def munich(samples):
    """The Munich study visit: one day, everyone with an e-mail address."""
    return samples["ECRI"]


def _read(path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_recorded_files_are_not_written_again_and_a_change_writes_only_updates(
    munich,
    store,
    db_path,
    tmp_path,
    smtp,
    capsys,
):
    first = tmp_path / "first"
    code, out, err = run(capsys, invites(db_path, str(munich), "--out", str(first), "--record"))
    assert code == 0, err
    assert len(list(first.glob("*.eml"))) == MUNICH_ADDRESSES
    assert out.count("(invitation to ") == MUNICH_ADDRESSES and out.count("recorded as sent") == MUNICH_ADDRESSES
    los = read_calendar(_read(first / "Paweł-Łoś.eml"))[1].vevent
    assert los.sequence.value == "0"

    # Nothing changed: nothing to write, and a send has nothing to send either.
    again = tmp_path / "again"
    code, out, _err = run(capsys, invites(db_path, str(munich), "--out", str(again), "--record"))
    assert code == 0 and "Nothing to write: everyone has the latest invitation." in out
    assert not list(again.glob("*.eml"))
    mailbox, server = smtp()
    code, out, _err = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0 and "Nothing to send" in out and not mailbox.messages

    # A change: updates with the same UID and the next SEQUENCE; one cancelled gets a cancellation.
    with store.write() as session:
        welcome = session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == munich, AgendaItem.title == "Welcome")
        ).one()
        agenda.update_item(session, welcome.id, title="Welcome and introductions")
        alexiou = directory.find_person_by_email(session, "d.alexiou@example.org")
        [row] = [
            participation
            for participation, person in participants.participations_of(session, munich)
            if person.id == alexiou.id
        ]
        participants.update_participation(session, row.id, status="cancelled")
    later = tmp_path / "later"
    code, out, err = run(capsys, invites(db_path, str(munich), "--out", str(later), "--record"))
    assert code == 0, err
    assert out.count("(update to ") == MUNICH_ADDRESSES - 1 and out.count("(cancellation to ") == 1
    update = read_calendar(_read(later / "Paweł-Łoś.eml"))[1].vevent
    assert update.uid.value == los.uid.value and update.sequence.value == "1"
    [cancelled_file] = list(later.glob("*-cancelled.eml"))
    cancelled = _read(cancelled_file)
    assert cancelled["To"].addresses[0].addr_spec == "d.alexiou@example.org"
    part, calendar = read_calendar(cancelled)
    assert part.get_param("method") == "CANCEL" and calendar.vevent.sequence.value == "1"

    # The files were recorded as sent: the mail server gets nothing more.
    code, out, _err = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 0 and "Nothing to send" in out and not mailbox.messages


def test_without_record_every_file_is_written_each_time_and_nothing_is_recorded(
    munich,
    db_path,
    tmp_path,
    capsys,
):
    for name in ("one", "two"):
        code, out, err = run(capsys, invites(db_path, str(munich), "--out", str(tmp_path / name)))
        assert code == 0, err
        assert len(list((tmp_path / name).glob("*.eml"))) == MUNICH_ADDRESSES and "recorded" not in out


def test_record_goes_with_out(munich, db_path, capsys):
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", "127.0.0.1:25", "--record"))
    assert code == 1 and err.count("\n") == 1 and "--record goes with --out" in err
