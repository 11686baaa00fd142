"""A calendar imported again updates the event it came from: Planner's own
calendar edited in a client, a partner's invitation sent again with a
higher SEQUENCE, its cancellation; older copies and cancellations of
unknown events change nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from planner.calendar.event_calendar import event_calendar
from planner.cli import main
from planner.db.models import ALL_TABLES
from planner.db.store import Store
from planner.errors import PlannerError
from planner.operations import perform, replay
from planner.operations.files import ImportCalendar
from planner.services import agenda, events
from planner.services.common import id_of
from tests.vobject_reading import read_calendar

DATA = Path(__file__).resolve().parent / "data" / "ics"
OUTLOOK = (DATA / "outlook_invitation.ics").read_text(encoding="utf-8")


def row_counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {table.__tablename__: session.scalar(select(func.count()).select_from(table)) for table in ALL_TABLES}


def titles(store: Store) -> list[str]:
    with store.read() as session:
        return [event.title for event in events.list_events(session)]


def imported(store: Store, path: Path):
    return perform(store, ImportCalendar(path))


def written(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return path


# -- Planner's own calendar ---------------------------------------------------------


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> tuple[int, Path]:
    """A workshop with three items, its calendar exported to a file."""
    with store.write() as session:
        event = events.create_event(
            session,
            title="Cluster workshop",
            kind="workshop",
            starts_on=date(2026, 3, 3),
            ends_on=date(2026, 3, 4),
            timezone="Europe/Berlin",
            venue_name="BioM",
            venue_city="Martinsried",
        )
        event_id = id_of(event)
        for title, start, end, kind in (
            ("Welcome coffee", (3, 9, 0), (3, 9, 30), "break"),
            ("Opening session", (3, 9, 30), (3, 11, 0), "session"),
            ("Site visit", (4, 10, 0), (4, 12, 0), "site_visit"),
        ):
            agenda.create_item(
                session,
                event_id,
                title=title,
                starts_at=datetime(2026, 3, start[0], start[1], start[2]),
                ends_at=datetime(2026, 3, end[0], end[1], end[2]),
                kind=kind,
            )
        data = event_calendar(session, event_id)
    return event_id, written(tmp_path, "workshop.ics", data)


def edited(path: Path, summary: str, start: datetime, end: datetime) -> Path:
    """The calendar as a client writes it back with one item moved."""
    calendar = Calendar.from_ical(path.read_bytes())
    for component in calendar.walk("VEVENT"):
        if str(component["SUMMARY"]) == summary:
            zone = component["DTSTART"].dt.tzinfo
            component["DTSTART"].dt = start.replace(tzinfo=zone)
            component["DTEND"].dt = end.replace(tzinfo=zone)
    return written(path.parent, "edited.ics", calendar.to_ical())


def item_times(store: Store, event_id: int) -> dict[str, tuple[datetime, datetime]]:
    with store.read() as session:
        return {item.title: (item.starts_at, item.ends_at) for item in agenda.items_of(session, event_id)}


def test_own_calendar_edited_in_a_client_moves_the_item_and_undo_moves_it_back(store, exported):
    event_id, path = exported
    moved = edited(path, "Welcome coffee", datetime(2026, 3, 3, 9, 30), datetime(2026, 3, 3, 10, 0))
    # The edited file as another parser reads it: the coffee at 9:30.
    [coffee] = [
        item
        for item in read_calendar(moved.read_text(encoding="utf-8")).vevent_list
        if item.summary.value == "Welcome coffee"
    ]
    assert (coffee.dtstart.value.hour, coffee.dtstart.value.minute) == (9, 30)

    done = imported(store, moved)

    assert done.result.updated is not None and done.result.updated.id == event_id
    assert done.result.changes == ("Welcome coffee moves from Tue 9:00 to Tue 9:30",)
    assert titles(store) == ["Cluster workshop"]
    times = item_times(store, event_id)
    assert times["Welcome coffee"] == (datetime(2026, 3, 3, 9, 30), datetime(2026, 3, 3, 10, 0))
    assert times["Opening session"] == (datetime(2026, 3, 3, 9, 30), datetime(2026, 3, 3, 11, 0))

    replay(store, done.changes, "before")
    assert item_times(store, event_id)["Welcome coffee"] == (datetime(2026, 3, 3, 9, 0), datetime(2026, 3, 3, 9, 30))
    assert titles(store) == ["Cluster workshop"]


def test_own_calendar_unchanged_changes_nothing_and_says_so(store, exported):
    _event_id, path = exported
    before = row_counts(store)
    result = imported(store, path).result
    assert result.changes == ()
    assert result.note == "Nothing changes: the calendar says what “Cluster workshop” already holds"
    assert row_counts(store) == before


def test_own_calendar_with_an_item_added_renamed_and_one_deleted_in_a_client(store, exported, tmp_path):
    event_id, path = exported
    calendar = Calendar.from_ical(path.read_bytes())
    components = calendar.walk("VEVENT")
    site_visit = next(c for c in components if str(c["SUMMARY"]) == "Site visit")
    calendar.subcomponents.remove(site_visit)
    opening = next(c for c in components if str(c["SUMMARY"]) == "Opening session")
    opening["SUMMARY"] = "Opening plenary"
    added = Calendar.from_ical(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:lunch-1@example.org\r\nSUMMARY:Lunch\r\n"
        "DTSTART;TZID=Europe/Berlin:20260303T120000\r\nDTEND;TZID=Europe/Berlin:20260303T130000\r\n"
        "CATEGORIES:Meal\r\nLOCATION:Canteen, BioM, Martinsried\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).walk("VEVENT")[0]
    calendar.add_component(added)
    done = imported(store, written(tmp_path, "changed.ics", calendar.to_ical()))

    assert set(done.result.changes) == {
        "Item 'Opening session' is now called 'Opening plenary'",
        "New item: Lunch (Tue 12:00–13:00)",
        "Removed item: Site visit (Wed 10:00–12:00)",
    }
    with store.read() as session:
        items = {item.title: item for item in agenda.items_of(session, event_id)}
    assert set(items) == {"Welcome coffee", "Opening plenary", "Lunch"}
    assert (items["Lunch"].kind, items["Lunch"].location) == ("meal", "Canteen")

    # The same file again: the lunch is known now, nothing is added twice.
    again = imported(store, tmp_path / "changed.ics").result
    assert again.changes == ()
    replay(store, done.changes, "before")
    assert set(item_times(store, event_id)) == {"Welcome coffee", "Opening session", "Site visit"}


def test_own_calendar_with_the_event_renamed_and_cancelled(store, exported, tmp_path):
    event_id, path = exported
    text = path.read_text(encoding="utf-8")
    text = text.replace("SUMMARY:Cluster workshop", "SUMMARY:Cluster workshop 2026")
    text = text.replace("STATUS:TENTATIVE", "STATUS:CANCELLED", 1)
    result = imported(store, written(tmp_path, "cancelled.ics", text)).result
    assert result.changes == ("Title: 'Cluster workshop' → 'Cluster workshop 2026'", "The event is cancelled")
    with store.read() as session:
        event = events.get_event(session, event_id)
        assert (event.title, event.status) == ("Cluster workshop 2026", "cancelled")
        assert len(agenda.items_of(session, event_id)) == 3


# -- a partner's invitation ---------------------------------------------------------


TITLE = "Wizyta studyjna klastrów – Łódź, Αθήνα, München"


def invitation(
    sequence: int, *, method: str = "REQUEST", start: str = "20240612T093000", end: str = "20240613T133000"
) -> str:
    text = OUTLOOK.replace("METHOD:REQUEST", f"METHOD:{method}").replace("SEQUENCE:0", f"SEQUENCE:{sequence}")
    text = text.replace("20240612T093000", start).replace("20240613T133000", end)
    return text.replace("STATUS:CONFIRMED", "STATUS:CANCELLED") if method == "CANCEL" else text


def test_partner_invitation_sent_again_updates_then_cancels_the_event(store, tmp_path):
    first = imported(store, written(tmp_path, "invite.ics", invitation(0))).result
    [event] = first.created
    assert (event.starts_on, event.ends_on) == (date(2024, 6, 12), date(2024, 6, 13))

    moved = imported(
        store, written(tmp_path, "invite-2.ics", invitation(1, start="20240613T100000", end="20240614T140000"))
    ).result
    assert moved.updated is not None and moved.updated.id == event.id
    # The meeting's hours, its one agenda item, move with its days.
    assert moved.changes == ("Dates: 12–13 Jun 2024 → 13–14 Jun 2024", f"{TITLE} moves from Wed 9:30 to Thu 10:00")
    assert len(titles(store)) == 1
    with store.read() as session:
        stored = events.get_event(session, event.id)
        assert (stored.starts_on, stored.ends_on) == (date(2024, 6, 13), date(2024, 6, 14))
    assert item_times(store, event.id) == {TITLE: (datetime(2024, 6, 13, 10, 0), datetime(2024, 6, 14, 14, 0))}

    # The first invitation read once more: older than the one applied.
    before = row_counts(store)
    stale = imported(store, tmp_path / "invite.ics").result
    assert stale.changes == ()
    assert (
        stale.note
        == "Nothing changes: this calendar is not newer than the one imported before (its SEQUENCE is 0; 1 was applied)"
    )
    assert row_counts(store) == before

    cancelled = imported(store, written(tmp_path, "cancel.ics", invitation(2, method="CANCEL"))).result
    assert cancelled.changes == ("The event is cancelled",)
    with store.read() as session:
        assert events.get_event(session, event.id).status == "cancelled"
    assert len(titles(store)) == 1


def test_a_cancellation_of_an_event_nobody_imported_is_refused(store, tmp_path):
    imported(store, written(tmp_path, "invite.ics", invitation(0)))
    before = row_counts(store)
    with pytest.raises(PlannerError) as caught:
        imported(store, DATA / "cancel.ics")
    assert str(caught.value) == (
        "cancel.ics: this cancellation is of an event this database does not hold "
        "(UID 040000008200E00074C5B7101A82E00800000000D0C4D9E3C1B1DA01); nothing was cancelled"
    )
    assert row_counts(store) == before


# -- a partner's conference calendar ------------------------------------------------


def conference(*items: tuple[str, int, str, str, str]) -> str:
    """A published agenda: (UID, SEQUENCE, title, start, end) in Europe/Vienna."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partner//EN", "METHOD:PUBLISH", "X-WR-CALNAME:Danube forum"]
    for uid, sequence, title, start, end in items:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SEQUENCE:{sequence}",
            "DTSTAMP:20260101T120000Z",
            f"SUMMARY:{title}",
            f"DTSTART;TZID=Europe/Vienna:{start}",
            f"DTEND;TZID=Europe/Vienna:{end}",
            "END:VEVENT",
        ]
    return "\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n"


def test_partner_agenda_published_again_moves_adds_and_removes_items(store, tmp_path):
    first = conference(
        ("a@forum", 0, "Keynote", "20260505T090000", "20260505T100000"),
        ("b@forum", 0, "Panel", "20260505T100000", "20260505T110000"),
        ("c@forum", 0, "Dinner", "20260505T190000", "20260505T210000"),
    )
    [event] = imported(store, written(tmp_path, "forum.ics", first)).result.created
    second = conference(
        ("a@forum", 0, "Keynote", "20260505T090000", "20260505T100000"),
        ("b@forum", 1, "Panel", "20260505T103000", "20260505T113000"),
        ("d@forum", 0, "Reception", "20260505T180000", "20260505T190000"),
    )
    result = imported(store, written(tmp_path, "forum-2.ics", second)).result
    assert result.updated is not None and result.updated.id == event.id
    assert result.changes == (
        "Panel moves from Tue 10:00 to Tue 10:30",
        "New item: Reception (Tue 18:00–19:00)",
        "Removed item: Dinner (Tue 19:00–21:00)",
    )
    assert set(item_times(store, event.id)) == {"Keynote", "Panel", "Reception"}
    assert imported(store, tmp_path / "forum-2.ics").result.changes == ()


# -- the command line ---------------------------------------------------------------


def test_import_ics_prints_the_changes_and_a_dry_run_changes_nothing(store, exported, capsys):
    event_id, path = exported
    moved = edited(path, "Welcome coffee", datetime(2026, 3, 3, 9, 30), datetime(2026, 3, 3, 10, 0))
    database = str(store.path)
    store.close()

    assert main(["--db", database, "import-ics", "--dry-run", str(moved)]) == 0
    assert capsys.readouterr().out == (
        f"Importing {moved} would change 'Cluster workshop':\n  Welcome coffee moves from Tue 9:00 to Tue 9:30\n"
    )
    assert main(["--db", database, "import-ics", str(moved)]) == 0
    assert capsys.readouterr().out == (
        f"Updated 'Cluster workshop' from {moved}:\n  Welcome coffee moves from Tue 9:00 to Tue 9:30\n{event_id}\n"
    )
    assert main(["--db", database, "import-ics", str(moved)]) == 0
    assert (
        capsys.readouterr().out
        == f"Nothing changes: the calendar says what “Cluster workshop” already holds\n{event_id}\n"
    )


def test_own_calendar_with_texts_edited_keeps_what_planner_added_out_of_them(store, tmp_path):
    with store.write() as session:
        event = events.create_event(
            session,
            title="Cluster workshop",
            kind="workshop",
            starts_on=date(2026, 3, 3),
            ends_on=date(2026, 3, 3),
            timezone="Europe/Berlin",
            venue_name="BioM",
            venue_city="Martinsried",
            summary="Two clusters meet.",
            objectives=["Plan the visit"],
        )
        talk = agenda.create_item(
            session,
            id_of(event),
            title="Talk",
            starts_at=datetime(2026, 3, 3, 10),
            ends_at=datetime(2026, 3, 3, 11),
            location="Room 2",
            description="About clusters",
            topics=["Health"],
        )
        text = event_calendar(session, id_of(event)).decode()
    text = text.replace("Two clusters meet.", "Three clusters meet.").replace(
        "LOCATION:Room 2\\,", "LOCATION:Room 3\\,"
    )
    text = text.replace("About clusters", "About regions").replace("CATEGORIES:Session", "")
    result = imported(store, written(tmp_path, "texts.ics", text)).result
    assert result.changes == (
        "Description: 'Two clusters meet.' → 'Three clusters meet.'",
        "Talk: place 'Room 2' → 'Room 3'",
        "Talk: description 'About clusters' → 'About regions'",
    )
    with store.read() as session:
        stored = events.get_event(session, id_of(event))
        assert (stored.summary, stored.objectives) == ("Three clusters meet.", ["Plan the visit"])
        item = agenda.get_item(session, id_of(talk))
        assert (item.location, item.description, item.kind, item.topics) == (
            "Room 3",
            "About regions",
            "session",
            ["Health"],
        )


def test_own_calendar_with_an_item_moved_out_of_the_event_is_refused_whole(store, exported):
    event_id, path = exported
    moved = edited(path, "Welcome coffee", datetime(2026, 3, 9, 9, 30), datetime(2026, 3, 9, 10, 0))
    before = row_counts(store)
    with pytest.raises(PlannerError) as caught:
        imported(store, moved)
    assert str(caught.value) == (
        'edited.ics: VEVENT 2 ("Welcome coffee"): 2026-03-09T09:30 is outside the event\'s days '
        "(2026-03-03 to 2026-03-04)"
    )
    assert row_counts(store) == before
    assert item_times(store, event_id)["Welcome coffee"] == (datetime(2026, 3, 3, 9, 0), datetime(2026, 3, 3, 9, 30))


def test_a_newer_invitation_changing_only_the_hours_changes_the_hours_and_undo_restores_them(store, tmp_path):
    [event] = imported(store, written(tmp_path, "invite.ics", invitation(0))).result.created
    before = row_counts(store)
    done = imported(store, written(tmp_path, "later.ics", invitation(1, start="20240612T110000")))
    assert done.result.changes == (f"{TITLE} now runs Wed 11:00 – Thu 13:30 (was Wed 9:30 – Thu 13:30)",)
    assert item_times(store, event.id) == {TITLE: (datetime(2024, 6, 12, 11, 0), datetime(2024, 6, 13, 13, 30))}
    assert row_counts(store) == before
    replay(store, done.changes, "before")
    assert item_times(store, event.id) == {TITLE: (datetime(2024, 6, 12, 9, 30), datetime(2024, 6, 13, 13, 30))}


def test_a_newer_invitation_changing_only_what_planner_does_not_keep_says_so(store, tmp_path):
    imported(store, written(tmp_path, "invite.ics", invitation(0)))
    before = row_counts(store)
    attendee = "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Łukasz Gr"
    later = invitation(1).replace(attendee, attendee.replace("OPT-", "REQ-"))
    result = imported(store, written(tmp_path, "later.ics", later)).result
    assert result.changes == ()
    assert result.note.startswith("Nothing changes: what this newer calendar changes is nothing Planner keeps of")
    assert row_counts(store) == before


def test_a_newer_invitation_gives_back_its_hours_deleted_here_without_a_second_event(store, tmp_path):
    [event] = imported(store, written(tmp_path, "invite.ics", invitation(0))).result.created
    with store.write() as session:
        [item] = agenda.items_of(session, event.id)
        agenda.delete_item(session, item.id)
    assert imported(store, tmp_path / "invite.ics").result.changes == ()
    later = imported(store, written(tmp_path, "later.ics", invitation(1, start="20240612T100000"))).result
    assert later.changes == (f"New item: {TITLE} (Wed 10:00 – Thu 13:30)",)
    assert titles(store) == [TITLE]
    assert item_times(store, event.id) == {TITLE: (datetime(2024, 6, 12, 10, 0), datetime(2024, 6, 13, 13, 30))}
    # Known as the invitation's hours from now on.
    moved = imported(store, written(tmp_path, "latest.ics", invitation(2, start="20240612T103000"))).result
    assert moved.changes == (f"{TITLE} now runs Wed 10:30 – Thu 13:30 (was Wed 10:00 – Thu 13:30)",)


def test_a_cancellation_of_one_item_of_a_partner_agenda_removes_it(store, tmp_path):
    agenda_file = conference(
        ("a@forum", 0, "Keynote", "20260505T090000", "20260505T100000"),
        ("b@forum", 0, "Panel", "20260505T100000", "20260505T110000"),
    )
    [event] = imported(store, written(tmp_path, "forum.ics", agenda_file)).result.created
    cancel = conference(("b@forum", 1, "Panel", "20260505T100000", "20260505T110000")).replace(
        "METHOD:PUBLISH", "METHOD:CANCEL"
    )
    done = imported(store, written(tmp_path, "panel-cancelled.ics", cancel))
    assert done.result.changes == ("Removed item: Panel (Tue 10:00–11:00)",)
    assert set(item_times(store, event.id)) == {"Keynote"}
    replay(store, done.changes, "before")
    assert set(item_times(store, event.id)) == {"Keynote", "Panel"}


def test_import_ics_dry_run_of_a_new_calendar_says_it_creates_an_event(store, tmp_path, capsys):
    path = written(tmp_path, "invite.ics", invitation(0))
    database = str(store.path)
    store.close()
    assert main(["--db", database, "import-ics", "--dry-run", str(path)]) == 0
    assert capsys.readouterr().out == f"{path} is new to this database: importing it creates an event.\n"
    reopened = Store.open(Path(database), backup_dir=tmp_path / "backups")
    try:
        assert titles(reopened) == []
    finally:
        reopened.close()


@pytest.mark.parametrize("name", ["conference_dst.ics", "google_invitation.ics", "outlook_invitation.ics"])
def test_a_partner_calendar_imported_twice_makes_one_event(store, name):
    [event] = imported(store, DATA / name).result.created
    before = row_counts(store)
    again = imported(store, DATA / name).result
    assert again.updated is not None and again.updated.id == event.id
    assert again.changes == ()
    assert again.note.startswith("Nothing changes: this calendar is not newer than the one imported before")
    assert row_counts(store) == before


def test_planner_invitations_and_personal_calendars_imported_back_change_nothing(store, samples, tmp_path):
    from planner.calendar.personal_calendar import participant_calendar
    from planner.services import calendar_state

    event_id = samples["Improvement"]
    with store.write() as session:
        entries = agenda.agenda_entries(session, event_id)
        speaker = next(person.id for entry in entries for person in entry.speakers)
        personal = participant_calendar(session, event_id, speaker)
        uid = calendar_state.item_uid(session, "invitation", event_id)
    before = row_counts(store)
    result = imported(store, written(tmp_path, "personal.ics", personal)).result
    assert (result.updated.id, result.changes) == (event_id, ())
    invitation_text = OUTLOOK.replace(
        "UID:040000008200E00074C5B7101A82E00800000000D0C4D9E3C1B1DA01000000000000000\n"
        " 010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        f"UID:{uid}",
    )
    assert f"UID:{uid}" in invitation_text
    sent_back = imported(store, written(tmp_path, "sent.ics", invitation_text)).result
    assert sent_back.changes == ()
    assert sent_back.note.startswith("Nothing changes: this is the invitation to “Improvement of management")
    assert row_counts(store) == before


def test_a_newer_invitation_leaves_a_held_event_held(store, tmp_path):
    [event] = imported(store, written(tmp_path, "invite.ics", invitation(0))).result.created
    with store.write() as session:
        events.update_event(session, event.id, status="held")
    later = invitation(1, start="20240613T093000", end="20240613T170000")
    result = imported(store, written(tmp_path, "later.ics", later)).result
    assert result.changes == (
        "Dates: 12–13 Jun 2024 → Thu 13 Jun 2024",
        f"{TITLE} now runs Thu 9:30–17:00 (was Wed 9:30 – Thu 13:30)",
    )
    with store.read() as session:
        assert events.get_event(session, event.id).status == "held"


def forum(sequence: int, *, name: str, status: str, panel_room: str) -> str:
    """A partner's agenda with the whole meeting as an all-day VEVENT and the rooms in its items' places."""
    place = "Tech Gate\\, Donau-City-Straße 1\\, Wien"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partner//EN", "METHOD:PUBLISH", f"X-WR-CALNAME:{name}"]
    for uid, title, start, end, where in (
        ("w@forum", "Danube forum", "", "", place),
        ("a@forum", "Keynote", "20260505T090000", "20260505T100000", place),
        ("b@forum", "Panel", "20260505T100000", "20260505T110000", f"{panel_room}\\, {place}"),
    ):
        times = (
            [f"DTSTART;TZID=Europe/Vienna:{start}", f"DTEND;TZID=Europe/Vienna:{end}"]
            if start
            else ["DTSTART;VALUE=DATE:20260505", "DTEND;VALUE=DATE:20260506", f"STATUS:{status}"]
        )
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{sequence}", "DTSTAMP:20260101T120000Z"]
        lines += [f"SUMMARY:{title}", *times, f"LOCATION:{where}", "END:VEVENT"]
    return "\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n"


def test_a_partner_agenda_sent_again_reads_title_status_and_rooms_as_the_import_does(store, tmp_path):
    first = forum(0, name="Danube forum", status="TENTATIVE", panel_room="Hall A")
    [event] = imported(store, written(tmp_path, "forum.ics", first)).result.created
    with store.read() as session:
        stored = events.get_event(session, event.id)
        assert (stored.title, stored.status, stored.venue_name, stored.venue_city) == (
            "Danube forum",
            "planned",
            "Tech Gate",
            "Wien",
        )
        assert {item.title: item.location for item in agenda.items_of(session, event.id)} == {
            "Keynote": "",
            "Panel": "Hall A",
        }
    # The same agenda sent again under another file name: the name of a file is no title.
    resent = forum(1, name="Danube forum", status="TENTATIVE", panel_room="Hall A")
    result = imported(store, written(tmp_path, "forum (1).ics", resent)).result
    assert result.changes == ()
    later = forum(2, name="Danube forum 2026", status="CONFIRMED", panel_room="Hall B")
    result = imported(store, written(tmp_path, "forum-2.ics", later)).result
    assert result.changes == (
        "Title: 'Danube forum' → 'Danube forum 2026'",
        "Status: Planned → Confirmed",
        "Panel: place 'Hall A' → 'Hall B'",
    )
    with store.read() as session:
        assert events.get_event(session, event.id).title == "Danube forum 2026"
        assert {item.title: item.location for item in agenda.items_of(session, event.id)}["Panel"] == "Hall B"


def utc_invitation(sequence: int, start: str, end: str) -> str:
    """An invitation with its times in UTC and a place in Germany."""
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Partner//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:call@partner",
            f"SEQUENCE:{sequence}",
            "DTSTAMP:20260101T120000Z",
            "SUMMARY:Cluster call",
            f"DTSTART:{start}",
            f"DTEND:{end}",
            "LOCATION:BioM\\, Am Klopferspitz 19a\\, Martinsried\\, Germany",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def test_a_newer_invitation_in_utc_moves_its_hours_in_the_venues_zone(store, tmp_path):
    first = utc_invitation(0, "20260610T070000Z", "20260610T080000Z")
    [event] = imported(store, written(tmp_path, "call.ics", first)).result.created
    assert item_times(store, event.id) == {"Cluster call": (datetime(2026, 6, 10, 9, 0), datetime(2026, 6, 10, 10, 0))}
    later = utc_invitation(1, "20260610T080000Z", "20260610T090000Z")
    result = imported(store, written(tmp_path, "call-2.ics", later)).result
    assert result.changes == ("Cluster call moves from Wed 9:00 to Wed 10:00",)
    assert item_times(store, event.id) == {"Cluster call": (datetime(2026, 6, 10, 10, 0), datetime(2026, 6, 10, 11, 0))}


def test_a_newer_invitation_for_whole_days_drops_the_hours_it_had(store, tmp_path):
    first = utc_invitation(0, "20260610T070000Z", "20260610T080000Z")
    [event] = imported(store, written(tmp_path, "call.ics", first)).result.created
    days = utc_invitation(1, "20260610T070000Z", "20260610T080000Z")
    days = days.replace("DTSTART:20260610T070000Z", "DTSTART;VALUE=DATE:20260610")
    days = days.replace("DTEND:20260610T080000Z", "DTEND;VALUE=DATE:20260612")
    result = imported(store, written(tmp_path, "call-days.ics", days)).result
    assert result.changes == ("Dates: Wed 10 Jun 2026 → 10–11 Jun 2026", "Removed item: Cluster call (Wed 9:00–10:00)")
    assert item_times(store, event.id) == {}
    assert titles(store) == ["Cluster call"]
