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
