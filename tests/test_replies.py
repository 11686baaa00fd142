"""Replies to invitations read back (ImportReplies): what each mail program
sends sets the participant's status, in one undoable step, and says so;
a reply that does not answer what was sent changes nothing and says why."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.calendar import invitations as mail
from planner.db.models import AgendaItem, InvitationSent
from planner.operations import perform, replay
from planner.operations.replies import ImportReplies
from planner.services import agenda, directory, participants, replies
from planner.services.replies import CHANGED, PROPOSAL, REFUSED, UNCHANGED
from tests import replies_mail as client

SENT_ON = datetime(2018, 3, 1, 9, 0, tzinfo=UTC)
MONDAY = datetime(2018, 3, 19, 8, 30, tzinfo=UTC)
TUESDAY = datetime(2018, 3, 20, 10, 15, tzinfo=UTC)


def send_invitations(store, event_id: int, now: datetime = SENT_ON) -> dict[str, client.Sent]:
    """Make the event's invitations and record them as the mail server's
    acceptance does (`invites --smtp`); what each said, by address."""
    with store.write() as session:
        made = mail.invitations(session, event_id, now=now).messages
        for invitation in made:
            if invitation.due:
                mail.record(session, event_id, invitation, now=now)
    return {invitation.target.email: client.invitation_of(invitation.message) for invitation in made}


@pytest.fixture
def munich(samples, store):
    """The Munich study visit with everyone invited (the sample has them all
    attended) and Eleni Papadopoulou added; their invitations sent."""
    event_id = samples["ECRI"]
    with store.write() as session:
        for participation, _person in participants.participations_of(session, event_id):
            participants.update_participation(session, participation.id, status="invited")
        participants.add_new_person(
            session,
            event_id,
            {"given_name": "Eleni", "family_name": "Papadopoulou", "email": "e.papadopoulou@example.org"},
        )
    return event_id


@pytest.fixture
def sent(munich, store) -> dict[str, client.Sent]:
    return send_invitations(store, munich)


def statuses(store, event_id: int) -> dict[str, str]:
    with store.read() as session:
        return {
            person.email: participation.status
            for participation, person in participants.participations_of(session, event_id)
        }


def write(folder: Path, files: dict[str, bytes]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def texts(report: replies.RepliesReport, kind: str) -> list[str]:
    return [outcome.text for outcome in report.of_kind(kind)]


def test_the_replies_of_each_mail_program_set_the_statuses_in_one_undoable_step(munich, sent, store, tmp_path):
    before = statuses(store, munich)
    paths = write(
        tmp_path / "replies",
        {
            "eleni.eml": client.outlook_reply(sent["e.papadopoulou@example.org"], "ACCEPTED", TUESDAY),
            "pawel.eml": client.gmail_reply(sent["p.los@example.org"], "DECLINED", TUESDAY),
            "dimitra.eml": client.thunderbird_reply(sent["d.alexiou@example.org"], "TENTATIVE", TUESDAY),
            "joan.eml": client.apple_reply(sent["j.pons@example.org"], "ACCEPTED", TUESDAY),
            "chiara.ics": client.rfc5546_reply(sent["c.rinaldi@example.org"], "DECLINED", TUESDAY),
        },
    )
    done = perform(store, ImportReplies((tmp_path / "replies",)))
    report = done.result

    assert sorted(texts(report, CHANGED)) == [
        "Chiara Rinaldi: invited → declined (declined)",
        "Dimitra Alexiou: still invited, now marked tentative (tentative)",
        "Eleni Papadopoulou: invited → confirmed (accepted)",
        "Joan Pons Sastre: invited → confirmed (accepted)",
        "Paweł Łoś: invited → declined (declined)",
    ]
    assert report.summary() == "5 replies read: 5 changed."
    assert {Path(outcome.source).name for outcome in report.outcomes} == {path.name for path in paths}
    assert {outcome.event for outcome in report.outcomes} == {"ECRI study visit to BioM, Munich"}
    after = statuses(store, munich)
    assert after["e.papadopoulou@example.org"] == "confirmed"
    assert after["j.pons@example.org"] == "confirmed"
    assert after["p.los@example.org"] == "declined"
    assert after["c.rinaldi@example.org"] == "declined"
    assert after["d.alexiou@example.org"] == "invited"
    with store.read() as session:
        answers = replies.last_answers(session, munich)
        alexiou = directory.find_person_by_email(session, "d.alexiou@example.org")
    assert answers[alexiou.id].answer == "TENTATIVE"
    assert answers[alexiou.id].answered_at == TUESDAY.replace(tzinfo=None)

    # One step: undone, every status and every answer remembered is as before.
    replay(store, done.changes, "before")
    assert statuses(store, munich) == before
    with store.read() as session:
        assert replies.last_answers(session, munich) == {}
    replay(store, done.changes, "after")
    assert statuses(store, munich) == after


def test_a_proposal_of_a_new_time_is_reported_in_the_events_zone_and_changes_nothing(munich, sent, store, tmp_path):
    before = statuses(store, munich)
    counter = client.outlook_counter(
        sent["p.los@example.org"],
        TUESDAY,
        start="20180323T160000",
        end="20180323T230000",
        comment="My flight lands at 14:50; could we start at four?",
    )
    done = perform(store, ImportReplies(tuple(write(tmp_path, {"counter.eml": counter}))))
    assert texts(done.result, PROPOSAL) == [
        (
            "Paweł Łoś proposes a new time: Fri 23 Mar 2018, 16:00–23:00 (Europe/Berlin); status unchanged (invited): "
            '"My flight lands at 14:50; could we start at four?"'
        )
    ]
    assert done.result.summary() == "1 reply read: 1 proposal of a new time."
    assert statuses(store, munich) == before
    assert done.changes.empty


def test_an_answer_the_participant_has_already_changes_nothing_and_says_so(munich, sent, store, tmp_path):
    with store.write() as session:
        rows = {person.email: p for p, person in participants.participations_of(session, munich)}
        participants.update_participation(session, rows["p.los@example.org"].id, status="confirmed")
    reply = client.thunderbird_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY)
    first = perform(store, ImportReplies(tuple(write(tmp_path / "a", {"los.eml": reply})))).result
    assert texts(first, UNCHANGED) == ["Paweł Łoś: already confirmed (accepted)"]
    assert first.summary() == "1 reply read: 1 already so."

    # The same reply read again, after the organiser set him back by hand.
    with store.write() as session:
        participants.update_participation(session, rows["p.los@example.org"].id, status="registered")
    again = perform(store, ImportReplies(tuple(write(tmp_path / "b", {"los.eml": reply}))))
    assert texts(again.result, UNCHANGED) == [
        "Paweł Łoś: this answer (accepted, 20 Mar 2018 10:15 UTC) was read already"
    ]
    assert again.changes.empty
    assert statuses(store, munich)["p.los@example.org"] == "registered"


def test_an_older_answer_does_not_undo_a_newer_one_read_before_or_with_it(munich, sent, store, tmp_path):
    pawel = sent["p.los@example.org"]
    eleni = sent["e.papadopoulou@example.org"]
    newer = write(tmp_path / "newer", {"declined.eml": client.gmail_reply(pawel, "DECLINED", TUESDAY)})
    perform(store, ImportReplies(tuple(newer)))
    older = write(tmp_path / "older", {"accepted.eml": client.gmail_reply(pawel, "ACCEPTED", MONDAY)})
    report = perform(store, ImportReplies(tuple(older))).result
    assert texts(report, UNCHANGED) == [
        (
            "Paweł Łoś: left as is: this answer (accepted, 19 Mar 2018 08:30 UTC) is older than the one already "
            "read (declined, 20 Mar 2018 10:15 UTC)"
        )
    ]
    assert statuses(store, munich)["p.los@example.org"] == "declined"

    # Both in one import, the older one first: the newer one wins.
    both = write(
        tmp_path / "both",
        {
            "1-yes.eml": client.outlook_reply(eleni, "ACCEPTED", MONDAY),
            "2-no.eml": client.outlook_reply(eleni, "DECLINED", TUESDAY),
        },
    )
    report = perform(store, ImportReplies((tmp_path / "both",))).result
    assert [Path(outcome.source).name for outcome in report.outcomes] == [path.name for path in both]
    assert texts(report, CHANGED) == ["Eleni Papadopoulou: invited → declined (declined)"]
    assert len(report.of_kind(UNCHANGED)) == 1
    assert statuses(store, munich)["e.papadopoulou@example.org"] == "declined"


def test_tentative_after_an_acceptance_sets_the_participant_back_to_invited(munich, sent, store, tmp_path):
    eleni = sent["e.papadopoulou@example.org"]
    perform(
        store, ImportReplies(tuple(write(tmp_path / "a", {"yes.eml": client.outlook_reply(eleni, "ACCEPTED", MONDAY)})))
    )
    report = perform(
        store,
        ImportReplies(tuple(write(tmp_path / "b", {"maybe.eml": client.outlook_reply(eleni, "TENTATIVE", TUESDAY)}))),
    ).result
    assert texts(report, CHANGED) == ["Eleni Papadopoulou: confirmed → invited, marked tentative (tentative)"]
    assert statuses(store, munich)["e.papadopoulou@example.org"] == "invited"


def _update_the_invitation(store, event_id: int) -> dict[str, client.Sent]:
    with store.write() as session:
        welcome = session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == event_id, AgendaItem.title == "Welcome")
        ).one()
        agenda.update_item(session, welcome.id, title="Welcome and introductions")
    return send_invitations(store, event_id, now=datetime(2018, 3, 10, 9, 0, tzinfo=UTC))


def hostile_replies(sent: dict[str, client.Sent], store, munich) -> dict[str, tuple[bytes, str]]:
    """Files that must change nothing, with what the user is told about each."""
    pawel = sent["p.los@example.org"]
    stranger = client.Sent(pawel.uid, pawel.sequence, "someone.else@example.com", "Someone Else")
    unknown = client.Sent("invitation-1.0123456789abcdef@planner", 0, pawel.email, pawel.name)
    with store.write() as session:
        own_invitation = mail.invitations(session, munich).messages[0].message.as_bytes()
    two = client.rfc5546_reply(pawel, "ACCEPTED", TUESDAY).replace(
        b"ATTENDEE;", b"ATTENDEE;PARTSTAT=ACCEPTED:mailto:c.rinaldi@example.org\r\nATTENDEE;", 1
    )
    no_stamp = client.rfc5546_reply(pawel, "ACCEPTED", TUESDAY).replace(b"DTSTAMP:20180320T101500Z\r\n", b"")
    return {
        "unknown-uid.ics": (
            client.rfc5546_reply(unknown, "ACCEPTED", TUESDAY),
            "answers an invitation this database did not send (UID invitation-1.0123456789abcdef@planner)",
        ),
        "wrong-address.eml": (
            client.gmail_reply(stranger, "ACCEPTED", TUESDAY),
            "comes from someone.else@example.com, an address this invitation was not sent to",
        ),
        "newer-sequence.ics": (
            client.rfc5546_reply(pawel, "ACCEPTED", TUESDAY, sequence=7),
            "answers SEQUENCE 7, but the latest invitation sent to p.los@example.org is SEQUENCE 0",
        ),
        "invitation.eml": (own_invitation, "is an invitation (METHOD:REQUEST), not a reply to one"),
        "broken.ics": (
            b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x\r\n",
            "is not a readable calendar: line 4: the file ends inside VEVENT (begun at line 3); it may be cut short",
        ),
        "letter.eml": (
            b"From: p.los@example.org\r\nSubject: Re: Invitation\r\n\r\nYes, I will come!\r\n",
            "holds no calendar (no text/calendar part, no .ics attachment): it is not a reply to an invitation",
        ),
        "empty.ics": (b"", "is empty"),
        "binary.eml": (bytes(range(256)) * 4, "is neither an iCalendar file nor a saved e-mail message (.eml)"),
        "nested.eml": (
            b"From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
            + b"".join(
                b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (n, n + 1) for n in range(3000)
            ),
            "has parts nested too deep to be a mail program's message",
        ),
        "two-attendees.ics": (two, "names 2 attendees; a reply names only the one who answers"),
        "no-answer.ics": (
            client.rfc5546_reply(pawel, "NEEDS-ACTION", TUESDAY),
            "Paweł Łoś has not answered yet (PARTSTAT NEEDS-ACTION)",
        ),
        "no-stamp.ics": (no_stamp, "has no DTSTAMP (the time of the answer), which a reply must have"),
        "not-a-number.ics": (
            client.rfc5546_reply(pawel, "ACCEPTED", TUESDAY).replace(b"SEQUENCE:0", b"SEQUENCE:zero"),
            "SEQUENCE 'zero' is not a number",
        ),
    }


def test_replies_that_do_not_answer_what_was_sent_change_nothing_and_say_why(munich, sent, store, tmp_path):
    before = statuses(store, munich)
    hostile = hostile_replies(sent, store, munich)
    folder = tmp_path / "hostile"
    write(folder, {name: data for name, (data, _) in hostile.items()})
    done = perform(store, ImportReplies((folder,)))
    told = {Path(outcome.source).name: outcome.text for outcome in done.result.outcomes}
    assert told == {name: f"{folder / name}: {reason}" for name, (_, reason) in hostile.items()}
    assert all(outcome.kind == REFUSED for outcome in done.result.outcomes)
    assert done.changes.empty
    assert statuses(store, munich) == before


def test_an_answer_to_an_invitation_updated_since_is_out_of_date(munich, sent, store, tmp_path):
    old = sent["p.los@example.org"]
    updated = _update_the_invitation(store, munich)
    assert updated["p.los@example.org"].sequence == old.sequence + 1
    report = perform(
        store,
        ImportReplies(
            tuple(
                write(
                    tmp_path,
                    {
                        "old.eml": client.thunderbird_reply(old, "ACCEPTED", TUESDAY),
                        "new.eml": client.thunderbird_reply(updated["e.papadopoulou@example.org"], "ACCEPTED", TUESDAY),
                    },
                )
            )
        ),
    ).result
    assert texts(report, REFUSED) == [
        (
            f"{tmp_path / 'old.eml'}: Paweł Łoś answers an older version of the invitation (SEQUENCE 0); "
            "the update sent on 10 Mar 2018 (SEQUENCE 1) is still unanswered"
        )
    ]
    assert texts(report, CHANGED) == ["Eleni Papadopoulou: invited → confirmed (accepted)"]
    assert statuses(store, munich)["p.los@example.org"] == "invited"


def test_a_reply_to_a_withdrawn_invitation_or_from_someone_taken_off_the_list_changes_nothing(
    munich, sent, store, tmp_path
):
    with store.write() as session:
        rows = {person.email: p for p, person in participants.participations_of(session, munich)}
        participants.update_participation(session, rows["p.los@example.org"].id, status="cancelled")
        participants.remove_participant(session, rows["e.papadopoulou@example.org"].id)
    send_invitations(store, munich, now=datetime(2018, 3, 10, 9, 0, tzinfo=UTC))  # Paweł is sent a CANCEL
    files = {
        "pawel.eml": client.outlook_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY),
        "eleni.eml": client.outlook_reply(sent["e.papadopoulou@example.org"], "ACCEPTED", TUESDAY),
    }
    done = perform(store, ImportReplies(tuple(write(tmp_path, files))))
    told = {Path(outcome.source).name: outcome.text.split(": ", 1)[1] for outcome in done.result.outcomes}
    assert told["pawel.eml"] == (
        "Paweł Łoś answers an invitation withdrawn since (a cancellation was sent on 10 Mar 2018)"
    )
    # Eleni's invitation was cancelled too, as she was taken off the list.
    assert told["eleni.eml"].startswith("Eleni Papadopoulou answers an invitation withdrawn since")
    assert done.changes.empty


def test_a_participant_who_attended_is_not_changed_by_an_answer(munich, sent, store, tmp_path):
    with store.write() as session:
        rows = {person.email: p for p, person in participants.participations_of(session, munich)}
        participants.update_participation(session, rows["p.los@example.org"].id, status="attended")
    files = {"late.eml": client.gmail_reply(sent["p.los@example.org"], "DECLINED", TUESDAY)}
    report = perform(store, ImportReplies(tuple(write(tmp_path, files)))).result
    assert texts(report, REFUSED) == ["Paweł Łoś: is marked attended; an answer to the invitation does not change that"]
    assert statuses(store, munich)["p.los@example.org"] == "attended"


def test_a_huge_file_is_refused_without_being_read_whole(munich, sent, store, tmp_path, monkeypatch):
    from planner.calendar import replies as reader

    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 4096)
    big = client.gmail_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY) + b"X" * 5000
    report = perform(store, ImportReplies(tuple(write(tmp_path, {"big.eml": big})))).result
    assert texts(report, REFUSED) == [
        f"{tmp_path / 'big.eml'}: is bigger than 4 kB; a reply is a few kilobytes, so it was not read"
    ]


def test_outlook_writes_the_address_in_capitals_and_mailto_in_capitals(sent):
    from planner.calendar.replies import answers_in

    (answer,) = answers_in(client.outlook_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY), "x.eml")
    assert answer.attendees[0].address == "p.los@example.org"
    assert answer.sender == "p.los@example.org"
    assert answer.answered_at == TUESDAY.replace(tzinfo=None)


def test_every_reply_the_tests_write_reads_in_a_second_parser(sent):
    """The fixtures are real iCalendar, not only what Planner's reader takes."""
    from tests.vobject_reading import read_calendar

    pawel = sent["p.los@example.org"]
    for data in (
        client.outlook_reply(pawel, "ACCEPTED", TUESDAY),
        client.gmail_reply(pawel, "DECLINED", TUESDAY),
        client.thunderbird_reply(pawel, "TENTATIVE", TUESDAY),
        client.apple_reply(pawel, "ACCEPTED", TUESDAY),
        client.outlook_counter(pawel, TUESDAY, start="20180323T160000", end="20180323T230000", comment="Later?"),
    ):
        message = client.parsed(data)
        parts = [
            part
            for part in message.walk()
            if part.get_filename("").endswith(".ics") or part.get_content_type() == "text/calendar"
        ]
        assert parts
        for part in parts:
            parsed = read_calendar(part.get_payload(decode=True).decode("utf-8"))
            assert parsed.vevent.uid.value == pawel.uid
    assert read_calendar(client.rfc5546_reply(pawel, "ACCEPTED", TUESDAY).decode()).method.value == "REPLY"


def test_invitations_sent_before_the_upgrade_keep_their_memory_and_have_no_answer_yet(tmp_path):
    """Migration 0006 on a database that has sent invitations."""
    from alembic import command
    from sqlalchemy import create_engine

    from planner.db import sqlite
    from planner.db.recognition import MIGRATIONS_DIR, migration_config
    from planner.db.store import Store

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = migration_config(MIGRATIONS_DIR)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.exec_driver_sql(
            "INSERT INTO event (id, title, kind, status, starts_on, ends_on, timezone, venue_name, venue_address, "
            "venue_city, venue_country, programme, funding, organiser_email, summary, objectives, minutes_summary, "
            "is_sample) VALUES (1, 'Partner meeting', 'meeting', 'planned', '2027-03-09', '2027-03-09', "
            "'Europe/Warsaw', '', '', '', '', '', '', 'org@example.org', '', '[]', '', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO invitation_sent (event_id, email, uid, sequence, method, content_hash, sent_at) "
            "VALUES (1, 'p.los@example.org', 'invitation-1.x@planner', 2, 'REQUEST', 'h', '2027-02-01 09:00:00')"
        )
    sqlite.mark_as_planner(engine)
    engine.dispose()

    store = Store.open(path, backup_dir=tmp_path / "backups")
    try:
        with store.read() as session:
            (row,) = session.scalars(select(InvitationSent)).all()
            assert (row.email, row.sequence, row.reply, row.replied_at) == ("p.los@example.org", 2, "", None)
    finally:
        store.close()
