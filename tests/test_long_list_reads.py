"""The long lists (an event's participants, the Directory's people) are read
in one fetch with sqlite3's own UTF-8 decoding; a name damaged on the disk
still shows, with U+FFFD in place of the bad byte, as everywhere else."""

from __future__ import annotations

import sqlite3
from datetime import date

from planner.services import directory, events, participants


def _damage_family_name(db_path, person_id: int) -> None:
    # "Wójcik" with a byte that is not UTF-8 in place of the ó.
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE person SET family_name = CAST(X'57FF6A63696B' AS TEXT) WHERE id = ?", (person_id,))
    connection.close()


def _event_with_two(store) -> tuple[int, int, int]:
    with store.write() as session:
        event = events.create_event(
            session,
            title="Workshop",
            kind="workshop",
            starts_on=date(2009, 6, 3),
            ends_on=date(2009, 6, 4),
            timezone="Europe/Madrid",
        )
        damaged = directory.create_person(session, given_name="Łukasz", family_name="Wojcik")
        sound = directory.create_person(session, given_name="Anna", family_name="Adamska")
        for person in (damaged, sound):
            participants.add_participant(session, event.id, person.id, arrives_on=date(2009, 6, 2))
        return event.id, damaged.id, sound.id


def test_a_damaged_name_is_listed_with_a_replacement_character(store, db_path):
    event_id, damaged_id, _sound = _event_with_two(store)
    _damage_family_name(db_path, damaged_id)
    with store.read() as session:
        listed = participants.participant_rows(session, event_id)
        people = directory.people_rows(session)
        # The same connection reads on after the second try.
        again = participants.participant_rows(session, event_id)
    assert [row.family_name for row in listed] == ["Adamska", "W\ufffdjcik"]
    assert listed[1].arrives_on == date(2009, 6, 2)
    assert [row.name for row in people] == ["Anna Adamska", "Łukasz W\ufffdjcik"]
    assert again == listed


def test_the_lists_show_names_days_and_event_counts_as_stored(store):
    event_id, _damaged, _sound = _event_with_two(store)
    with store.read() as session:
        listed = participants.participant_rows(session, event_id)
        people = directory.people_rows(session)
    assert [(row.full_name, row.arrives_on) for row in listed] == [
        ("Anna Adamska", date(2009, 6, 2)),
        ("Łukasz Wojcik", date(2009, 6, 2)),
    ]
    assert [(row.name, row.events) for row in people] == [("Anna Adamska", 1), ("Łukasz Wojcik", 1)]


def test_each_participant_shows_their_newest_answer_whichever_address_it_came_from(store):
    from datetime import datetime

    from planner.db.models import InvitationSent

    event_id, first, second = _event_with_two(store)
    with store.write() as session:
        sent = [
            # (person, address, answer, answered at)
            (first, "l.wojcik@example.org", "ACCEPTED", datetime(2009, 5, 2, 9)),
            (first, "lukasz@example.org", "TENTATIVE", datetime(2009, 5, 4, 9)),
            (first, "wojcik@example.com", "", None),
            (second, "anna@example.org", "", None),
        ]
        for person_id, address, reply, replied_at in sent:
            session.add(
                InvitationSent(
                    event_id=event_id,
                    email=address,
                    person_id=person_id,
                    uid=f"{address}@planner",
                    content_hash="x",
                    sent_at=datetime(2009, 5, 1, 9),
                    reply=reply,
                    replied_at=replied_at,
                )
            )
    with store.read() as session:
        answers = {row.family_name: row.answer for row in participants.participant_rows(session, event_id)}
    assert answers == {"Wojcik": "TENTATIVE", "Adamska": ""}
