"""The .ics of an event and of one participant, read back by vobject, a
second parser that evaluates the VTIMEZONE rules itself."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from planner.calendar.event_calendar import event_calendar
from planner.calendar.personal_calendar import personal_calendar
from planner.services import agenda, directory, events, minutes
from planner.services.times import to_utc
from tests.vobject_reading import read_calendar

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def export(store, event_id, *, person=None, actions=False) -> str:
    with store.write() as session:
        if person:
            data = personal_calendar(session, event_id, person, actions=actions, now=NOW)
        else:
            data = event_calendar(session, event_id, actions=actions, now=NOW)
    return data.decode("utf-8")


def parse(text: str):
    return read_calendar(text)


def by_uid(calendar) -> dict:
    return {component.uid.value: component for component in calendar.vevent_list}


def as_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def test_every_agenda_item_of_the_munich_visit_is_at_its_instant(store, samples):
    text = export(store, samples["ECRI"])
    assert "RDATE" not in text and "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin" in text
    read = by_uid(parse(text))
    with store.read() as session:
        items = agenda.items_of(session, samples["ECRI"])
    assert len(read) == len(items) + 1
    for item in items:
        component = next(c for uid, c in read.items() if uid.startswith(f"agenda-item-{item.id}."))
        assert as_utc(component.dtstart.value) == to_utc(item.starts_at, "Europe/Berlin")
        assert as_utc(component.dtend.value) == to_utc(item.ends_at, "Europe/Berlin")
        assert component.dtstamp.value == NOW


def test_items_on_both_sides_of_the_change_to_summer_time_keep_their_instants(store, session):
    event = events.create_event(
        session,
        title="Spring meeting",
        kind="meeting",
        starts_on=date(2026, 3, 28),
        ends_on=date(2026, 3, 30),
        timezone="Europe/Berlin",
    )
    for day in (28, 29, 30):
        agenda.create_item(
            session,
            event.id,
            title=f"Day {day}",
            starts_at=datetime(2026, 3, day, 9),
            ends_at=datetime(2026, 3, day, 17),
        )
    session.commit()
    calendar = parse(export(store, event.id))
    starts = sorted(as_utc(c.dtstart.value) for c in calendar.vevent_list if c.uid.value.startswith("agenda-item"))
    assert starts == [to_utc(datetime(2026, 3, day, 9), "Europe/Berlin") for day in (28, 29, 30)]
    assert [s.hour for s in starts] == [8, 7, 7]  # 09:00 CET, then 09:00 CEST


def test_the_second_parser_really_reads_the_vtimezone(store, samples):
    """Had vobject used its own zone data, a wrong rule would go unnoticed."""
    text = export(store, samples["ECRI"]).replace("BYDAY=-1SU;BYMONTH=3", "BYDAY=1SU;BYMONTH=3")
    item = next(c for c in parse(text).vevent_list if c.uid.value.startswith("agenda-item"))
    assert item.dtstart.value.utcoffset() == timedelta(hours=2)  # summer time from 4 March: wrong, as written


def test_the_event_is_all_day_with_an_exclusive_end_and_describes_itself(store, samples):
    event = by_uid(parse(export(store, samples["Improvement"])))
    whole = next(c for uid, c in event.items() if uid.startswith("event-"))
    assert whole.dtstart.value == date(2009, 6, 3) and whole.dtend.value == date(2009, 6, 5)
    assert whole.status.value == "CONFIRMED"


def test_agenda_items_say_who_speaks_and_where(store, samples):
    read = parse(export(store, samples["ECRI"]))
    item = next(c for c in read.vevent_list if c.summary.value.startswith("Identification of best practices"))
    description = item.description.value
    assert "Agnieszka Wróbel (KLK)" in description and "Moderator: Dimitra Alexiou (HBio)" in description
    assert item.location.value == "BioM premises, BioM, Am Klopferspitz 19a, Martinsried/Planegg"
    assert item.categories.value == ["Session"]
    dinner = next(c for c in read.vevent_list if c.summary.value == "Dinner")
    assert dinner.location.value == "Wirtshaus am Würmufer, Planegg"


def test_text_with_any_characters_survives(store, session):
    event = events.create_event(
        session,
        title="Συνάντηση; Łódź, Köln\\Bonn",
        kind="meeting",
        starts_on=date(2026, 5, 4),
        ends_on=date(2026, 5, 4),
        timezone="Europe/Athens",
    )
    text = "Zażółć gęślą jaźń; Grüße, \\n nicht\nzweite Zeile: Καλημέρα"
    agenda.create_item(
        session,
        event.id,
        title="Ä, ö; ü \\ ß",
        description=text,
        location="Sala 1; piętro 2",
        starts_at=datetime(2026, 5, 4, 10),
        ends_at=datetime(2026, 5, 4, 11),
    )
    session.commit()
    read = by_uid(parse(export(store, event.id)))
    item = next(c for uid, c in read.items() if uid.startswith("agenda-item"))
    assert item.summary.value == "Ä, ö; ü \\ ß"
    assert item.description.value == text
    assert item.location.value.startswith("Sala 1; piętro 2")
    whole = next(c for uid, c in read.items() if uid.startswith("event-"))
    assert whole.summary.value == "Συνάντηση; Łódź, Köln\\Bonn"
    assert "X-WR-CALNAME:Συνάντηση\\; Łódź\\, Köln\\\\Bonn" in export(store, event.id)


def test_a_typed_backslash_n_stays_two_characters(store, session):
    """A folder such as "C:\\Nextcloud" in a title is not a line break."""
    event = events.create_event(
        session,
        title="Files in C:\\Nextcloud\\Notes",
        kind="meeting",
        starts_on=date(2026, 5, 4),
        ends_on=date(2026, 5, 4),
        timezone="Europe/Athens",
        summary="Shared under \\\\Server\\N-drive",
    )
    session.commit()
    written = export(store, event.id)
    whole = next(c for uid, c in by_uid(parse(written)).items() if uid.startswith("event-"))
    assert whole.summary.value == "Files in C:\\Nextcloud\\Notes"
    assert "Shared under \\\\Server\\N-drive" in whole.description.value
    assert "X-WR-CALNAME:Files in C:\\\\Nextcloud\\\\Notes" in written


def test_uids_are_unique_and_stable_and_sequence_rises_only_for_what_changed(store, samples):
    first = parse(export(store, samples["ECRI"]))
    uids = [c.uid.value for c in first.vevent_list]
    assert len(set(uids)) == len(uids)
    assert all(c.sequence.value == "0" for c in first.vevent_list)
    second = parse(export(store, samples["ECRI"]))
    assert [c.uid.value for c in second.vevent_list] == uids
    assert all(c.sequence.value == "0" for c in second.vevent_list)

    with store.write() as session:
        coffee = next(item for item in agenda.items_of(session, samples["ECRI"]) if item.title == "Coffee")
        agenda.update_item(session, coffee.id, starts_at=datetime(2018, 3, 23, 15, 35))
    third = by_uid(parse(export(store, samples["ECRI"])))
    assert set(third) == set(uids)
    changed = {uid for uid, c in third.items() if c.sequence.value != "0"}
    assert changed == {uid for uid in uids if uid.startswith(f"agenda-item-{coffee.id}.")}
    assert third[changed.pop()].sequence.value == "1"
    # Exported again unchanged: still 1.
    assert {c.sequence.value for c in parse(export(store, samples["ECRI"])).vevent_list} == {"0", "1"}


def test_uids_differ_between_databases(tmp_path, samples, store):
    from planner.db.store import Store
    from tests.databases import saved_database

    other = Store.open(saved_database(tmp_path / "other.sqlite"), backup_dir=tmp_path / "b")
    try:
        assert not set(by_uid(parse(export(store, samples["ECRI"])))) & set(
            by_uid(parse(export(other, samples["ECRI"])))
        )
    finally:
        other.close()


def test_a_cancelled_event_cancels_its_items(store, samples):
    with store.write() as session:
        events.update_event(session, samples["ECRI"], status="cancelled")
    assert {c.status.value for c in parse(export(store, samples["ECRI"])).vevent_list} == {"CANCELLED"}


def test_a_link_to_an_event_of_the_database_becomes_related_to(store, samples):
    with store.write() as session:
        events.add_link(
            session, samples["Improvement"], relation="outcomes_presented_at", target_event_id=samples["CLUNET"]
        )
    conference_uid = next(
        c.uid.value for c in parse(export(store, samples["CLUNET"])).vevent_list if c.uid.value.startswith("event-")
    )
    workshop = parse(export(store, samples["Improvement"]))
    whole = next(c for c in workshop.vevent_list if c.uid.value.startswith("event-"))
    assert whole.related_to.value == conference_uid
    items = [c for c in workshop.vevent_list if c.uid.value.startswith("agenda-item")]
    assert {c.related_to.value for c in items} == {whole.uid.value}


# -- actions -------------------------------------------------------------------


def test_open_actions_become_tasks_only_when_asked(store, samples):
    assert "VTODO" not in export(store, samples["ECRI"])
    tasks = parse(export(store, samples["ECRI"], actions=True)).vtodo_list
    with store.read() as session:
        open_ones = [i for i in minutes.items_of(session, samples["ECRI"]) if i.kind == "action" and i.state == "open"]
    assert len(tasks) == len(open_ones) >= 1
    task = tasks[0]
    assert task.status.value == "NEEDS-ACTION"
    assert task.due.value == open_ones[0].due
    assert task.attendee.value == "mailto:m.ferrer@example.org" and task.attendee.params["CN"] == ["Marta Ferrer Vidal"]
    assert "Owner: Marta Ferrer Vidal" in task.description.value


def test_an_action_done_after_it_was_sent_is_sent_as_completed(store, samples):
    first = parse(export(store, samples["ECRI"], actions=True)).vtodo_list[0]
    with store.write() as session:
        action = next(i for i in minutes.items_of(session, samples["ECRI"]) if i.state == "open")
        minutes.set_state(session, action.id, "done")
    again = {t.uid.value: t for t in parse(export(store, samples["ECRI"], actions=True)).vtodo_list}
    assert again[first.uid.value].status.value == "COMPLETED"
    assert again[first.uid.value].sequence.value == "1"


# -- one participant's calendar -----------------------------------------------------


def test_a_participant_gets_the_programme_their_travel_in_local_times_and_their_hotel(store, samples):
    read = parse(export(store, samples["ECRI"], person="d.alexiou@example.org"))
    flight = next(c for c in read.vevent_list if c.summary.value.startswith("Flight Athens → Munich"))
    assert (flight.dtstart.value.hour, flight.dtstart.value.minute) == (8, 20)
    assert flight.dtstart.value.utcoffset() == timedelta(hours=2)
    assert (flight.dtend.value.hour, flight.dtend.value.minute) == (10, 0)
    assert flight.dtend.value.utcoffset() == timedelta(hours=1)
    assert as_utc(flight.dtstart.value) == to_utc(datetime(2018, 3, 21, 8, 20), "Europe/Athens")
    hotel = next(c for c in read.vevent_list if c.summary.value.startswith("Hotel:"))
    with store.read() as session:
        person = directory.find_person_by_email(session, "d.alexiou@example.org")
        stay = next(
            s
            for s in __import__("planner.services.logistics", fromlist=["x"]).stays_of(session, samples["ECRI"])
            if s.person_id == person.id
        )
    assert hotel.dtstart.value == stay.check_in and hotel.dtend.value == stay.check_out + timedelta(days=1)
    legs = [c for c in read.vevent_list if c.uid.value.startswith("travel-leg")]
    assert len(legs) == 2  # hers only
    moderated = next(c for c in read.vevent_list if c.summary.value.startswith("Identification"))
    assert moderated.description.value.startswith("You moderate this item.")
    assert "Your part" in moderated.categories.value
    programme = [c for c in read.vevent_list if c.uid.value.startswith("agenda-item")]
    assert len(programme) == 7  # the rest of the programme too
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Athens" in export(store, samples["ECRI"], person="d.alexiou@example.org")


def test_a_personal_note_does_not_change_the_sequence_of_shared_items(store, samples):
    export(store, samples["ECRI"])
    personal = parse(export(store, samples["ECRI"], person="d.alexiou@example.org"))
    assert {c.sequence.value for c in personal.vevent_list} == {"0"}


def test_a_participant_gets_only_their_own_actions(store, samples):
    mine = parse(export(store, samples["ECRI"], person="m.ferrer@example.org", actions=True))
    assert len(mine.vtodo_list) == 1
    others = export(store, samples["ECRI"], person="d.alexiou@example.org", actions=True)
    assert "VTODO" not in others


def test_an_unknown_address_or_a_non_participant_is_refused(store, samples, session):
    from planner.errors import PlannerError

    with pytest.raises(PlannerError, match="no person with this e-mail"):
        export(store, samples["ECRI"], person="nobody@example.org")
    with pytest.raises(PlannerError, match="is not a participant"):
        export(store, samples["CLUNET"], person="d.alexiou@example.org")


def test_line_breaks_and_control_characters_stored_in_texts_are_not_written(store, samples):
    """Values an older version or another program may have left in the
    database, past the services' checks: one-line properties stay one line,
    and no control character reaches the file (RFC 5545 allows none)."""
    from sqlalchemy import select

    from planner.db.models import Person

    with store.write() as session:
        event = events.get_event(session, samples["ECRI"])
        event.title = "ECRI\nstudy visit\x00 to\x1b[31m BioM\u2028Munich"
        event.venue_name = "BioM\r\npremises\x07"
        event.summary = "First line\r\nsecond\x00 line\x0c"
        item = agenda.items_of(session, samples["ECRI"])[0]
        item.title, item.description = "Wel\ncome\x00", "a\x1b[2Jb\r\nc\td"
        los = session.scalars(select(Person).where(Person.email == "p.los@example.org")).one()
        los.family_name = "Łoś\n\x00"
    texts = [export(store, samples["ECRI"]), export(store, samples["ECRI"], person="p.los@example.org")]
    for text in texts:
        unfolded = text.replace("\r\n ", "")
        assert not [char for char in unfolded.replace("\r\n", "") if ord(char) < 32 and char != "\t"]
        assert not [char for char in unfolded if char in "\x7f\x85\u2028\u2029"]
        read = by_uid(parse(text))
        whole = next(c for uid, c in read.items() if uid.startswith("event-"))
        assert whole.summary.value == "ECRI study visit to[31m BioM Munich"
        assert whole.location.value.startswith("BioM premises, ")
        assert whole.description.value.startswith("First line\nsecond line")
        welcome = next(c for uid, c in read.items() if uid.startswith(f"agenda-item-{item.id}."))
        assert welcome.summary.value == "Wel come"
        assert welcome.description.value.endswith("a[2Jb\nc\td")
    assert "X-WR-CALNAME:ECRI study visit to[31m BioM Munich – Paweł Łoś\r\n" in texts[1]
    # Cleaned the same way each time: exporting again changes no SEQUENCE.
    again = parse(export(store, samples["ECRI"]))
    assert {c.sequence.value for c in again.vevent_list} == {"0"}


@pytest.mark.parametrize(
    "text",
    [
        "x" * 60 + "\\" * 40 + "^" * 40 + ";,\\n" * 30,  # escapes at every place a line may be cut
        "Καλημέρα σας, " * 12 + "Zażółć gęślą jaźń " * 8,  # two-octet letters
        "会议室 ☕ 🗓️ " * 30 + "𝄞" * 50,  # three- and four-octet letters
    ],
)
def test_long_texts_are_folded_within_75_octets_and_read_back_whole(store, session, text):
    event = events.create_event(
        session,
        title=text.replace("\n", " ")[:300],
        kind="meeting",
        starts_on=date(2026, 5, 4),
        ends_on=date(2026, 5, 4),
        timezone="Europe/Athens",
        summary=text,
    )
    session.commit()
    written = export(store, event.id).encode("utf-8")
    for line in written.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no letter is cut in two
    whole = next(c for uid, c in by_uid(parse(written.decode("utf-8"))).items() if uid.startswith("event-"))
    assert whole.summary.value == text.replace("\n", " ")[:300].strip()
    assert whole.description.value == text
