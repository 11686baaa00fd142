"""Events taken on the road: chosen events copied from the shared database
to a laptop file exactly, a laptop copy that refuses changes to the events
not checked out to it, a server that refuses other organisers' changes to
an event checked out, and a check-in that merges what changed on both
sides, lists the conflicts and loses nothing (every row compared)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, create_engine, select
from sqlmodel import SQLModel, col
from sqlmodel import select as select_model

from planner.cli import main
from planner.db import models
from planner.db.models import AgendaItem, AgendaSpeaker, EventCheckout, Participation
from planner.db.shared import SharedStore, engine_url
from planner.db.store import Store
from planner.operations import agenda as agenda_ops
from planner.operations import attendance as attendance_ops
from planner.operations import directory as directory_ops
from planner.operations import participants as participant_ops
from planner.operations.base import perform
from planner.services.change_set import set_author
from planner.services.checkouts import CheckedOut
from tests.databases import saved_database

# Bookkeeping that differs between a copy and its server by design.
_NOT_COMPARED = {"change_log", "copy_origin", "event_checkout"}


def _plain(location: str) -> str:
    return location.replace("postgresql+psycopg://", "postgresql://")


def _rows(engine: Engine) -> dict[str, dict[tuple, dict]]:
    with engine.connect() as connection:
        return {
            table.name: {
                tuple(row[column.name] for column in table.primary_key.columns): dict(row)
                for row in connection.execute(select(table)).mappings()
            }
            for table in SQLModel.metadata.sorted_tables
            if table.name not in _NOT_COMPARED
        }


@pytest.fixture
def server(tmp_path, postgres_url):
    """The shared database, started from an organiser's file of the three sample events."""
    assert main(["copy", "--from", str(saved_database(tmp_path / "office.sqlite")), "--to", _plain(postgres_url)]) == 0
    yield _plain(postgres_url)
    set_author("")


def _busiest_event(location: str) -> int:
    store = SharedStore.open(location)
    with store.read() as session:
        counts: dict[int, int] = {}
        for participation in session.exec(select_model(Participation)):
            counts[participation.event_id] = counts.get(participation.event_id, 0) + 1
    store.close()
    return max(counts, key=counts.__getitem__)


def test_chosen_events_are_copied_exactly_with_what_they_refer_to(tmp_path, server, capsys):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    assert main(["copy", "--from", server, "--to", str(laptop), "--events", str(event)]) == 0
    assert capsys.readouterr().out.startswith("Copied ")
    on_server = create_engine(engine_url(server))
    on_laptop = create_engine(f"sqlite:///{laptop}")
    theirs, mine = _rows(on_server), _rows(on_laptop)
    linked = {row["target_event_id"] for row in mine["event_link"].values()} - {None}
    assert set(mine["event"]) == {(event,)} | {(other,) for other in linked}  # and the events it links to, alone
    for table, rows in mine.items():
        for key, row in rows.items():
            assert row == theirs[table][key], (table, key)  # every row exactly as on the server
        if "event_id" in SQLModel.metadata.tables[table].c:
            wanted = {key for key, row in theirs[table].items() if row["event_id"] == event}
            assert set(rows) == wanted, table  # all of the event's rows, none of another's
    people = {row["person_id"] for row in mine["participation"].values()}
    assert people and people <= {key[0] for key in mine["person"]}
    organisations = {row["organisation_id"] for row in mine["person"].values()} - {None}
    assert organisations <= {key[0] for key in mine["organisation"]}
    assert len(mine["person"]) < len(theirs["person"])  # only the people it needs
    on_server.dispose()
    on_laptop.dispose()


def test_a_laptop_copy_refuses_changes_to_events_not_checked_out(tmp_path, server):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    assert main(["copy", "--from", server, "--to", str(laptop), "--events", str(event)]) == 0
    store = Store.open(laptop)
    with store.read() as session:
        participation = session.exec(select_model(Participation)).first()
        assert participation is not None
    before = _rows(store.engine)
    with pytest.raises(CheckedOut, match="is a copy of the shared event; check it out to change it"):
        perform(store, participant_ops.ChangeParticipation(participation.id, {"status": "declined"}))
    assert _rows(store.engine) == before
    store.close()


def test_the_server_refuses_other_organisers_changes_to_a_checked_out_event(tmp_path, server, capsys):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    set_author("Ana on the road")
    assert main(["checkout", str(event), "--from", server, "--to", str(laptop)]) == 0
    assert f"Event {event} checked out" in capsys.readouterr().out
    set_author("Bea in the office")
    store = SharedStore.open(server)
    with store.read() as session:
        participation = session.exec(select_model(Participation).where(col(Participation.event_id) == event)).first()
        assert participation is not None
    before = _rows(store.engine)
    with pytest.raises(CheckedOut, match=r"is checked out by Ana on the road to .*laptop\.sqlite since"):
        perform(store, participant_ops.ChangeParticipation(participation.id, {"status": "declined"}))
    assert _rows(store.engine) == before
    # Someone else taking it out meanwhile is refused too.
    assert main(["checkout", str(event), "--from", server, "--to", str(tmp_path / "other.sqlite")]) != 0
    assert "already checked out by Ana on the road" in capsys.readouterr().err
    assert not (tmp_path / "other.sqlite").exists()
    # Checked in, it is released: the office changes it again.
    assert main(["checkin", "--from", str(laptop), "--to", server]) == 0
    assert f"Released: event {event}" in capsys.readouterr().out
    perform(store, participant_ops.ChangeParticipation(participation.id, {"status": "declined"}))
    store.close()


def test_a_copy_checked_out_later_is_brought_up_to_date_first(tmp_path, server):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    assert main(["copy", "--from", server, "--to", str(laptop), "--events", str(event)]) == 0
    office = SharedStore.open(server)
    with office.read() as session:
        item = session.exec(select_model(AgendaItem).where(col(AgendaItem.event_id) == event)).first()
        assert item is not None
    set_author("Bea in the office")
    perform(office, agenda_ops.ChangeAgendaItem(item.id, {"title": "Welcome (room 2)"}))
    set_author("Ana on the road")
    assert main(["checkout", str(event), "--from", server, "--to", str(laptop)]) == 0
    road = Store.open(laptop)
    assert _rows(road.engine)["agenda_item"][(item.id,)] == _rows(office.engine)["agenda_item"][(item.id,)]
    perform(road, agenda_ops.ChangeAgendaItem(item.id, {"location": "Room 3"}))
    road.close()
    assert main(["checkin", "--from", str(laptop), "--to", server]) == 0
    back = _rows(office.engine)["agenda_item"][(item.id,)]
    assert (back["title"], back["location"]) == ("Welcome (room 2)", "Room 3")
    office.close()


def test_a_check_in_merges_both_sides_lists_the_conflict_and_releases(tmp_path, server, capsys):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    office = SharedStore.open(server)
    with office.read() as session:
        people = list(
            session.exec(
                select_model(Participation).where(col(Participation.event_id) == event).order_by(col(Participation.id))
            )
        )
        speakers = {speaker.person_id for speaker in session.exec(select_model(AgendaSpeaker))}
        speakers |= {item.moderator_id for item in session.exec(select_model(AgendaItem))}
        quiet = [participation for participation in people if participation.person_id not in speakers]
        items = list(
            session.exec(select_model(AgendaItem).where(col(AgendaItem.event_id) == event).order_by(col(AgendaItem.id)))
        )
    mine_removed = quiet[0]  # one who neither speaks nor moderates may be taken out
    mine_changed, theirs_changed = [participation for participation in people if participation != mine_removed][:2]
    item = items[0]
    set_author("Ana on the road")
    assert main(["checkout", str(event), "--from", server, "--to", str(laptop)]) == 0
    copied = _rows(create_engine(f"sqlite:///{laptop}"))
    road = Store.open(laptop)
    new_status = "declined" if mine_changed.status != "declined" else "confirmed"
    perform(road, participant_ops.ChangeParticipation(mine_changed.id, {"status": new_status}))
    perform(road, agenda_ops.MoveAgendaItem(item.id, item.starts_at + timedelta(minutes=30)))
    perform(road, agenda_ops.ChangeAgendaItem(item.id, {"title": "Welcome on the road"}))
    perform(
        road,
        participant_ops.AddNewParticipant(
            event, {"given_name": "Zofia", "family_name": "Nowak", "email": "zofia.nowak@example.org"}
        ),
    )
    perform(road, participant_ops.RemoveParticipants((mine_removed.id,)))
    on_the_road = _rows(road.engine)
    road.close()
    # Meanwhile the laptop is out of reach: the office takes the event back and changes it.
    capsys.readouterr()
    assert main(["release", str(event), "--from", server]) == 0
    assert "checked out by Ana on the road" in capsys.readouterr().out
    set_author("Bea in the office")
    perform(office, participant_ops.ChangeParticipation(theirs_changed.id, {"notes": "Needs a visa letter"}))
    perform(office, agenda_ops.ChangeAgendaItem(item.id, {"title": "Welcome (room 2)"}))
    set_author("Ana on the road")
    before = _rows(office.engine)

    # A dry run says what would happen and changes nothing.
    capsys.readouterr()
    assert main(["checkin", "--from", str(laptop), "--to", server, "--dry-run"]) == 0
    told = capsys.readouterr().out
    assert "Would bring back" in told and "1 conflicts" in told
    assert _rows(office.engine) == before

    assert main(["checkin", "--from", str(laptop), "--to", server]) == 0
    told = capsys.readouterr().out
    after = _rows(office.engine)

    # The conflict: listed with both titles, who changed it on the server; the server's title kept.
    assert "1 conflicts" in told
    assert "'Welcome on the road'" in told and "'Welcome (room 2)'" in told and "Bea in the office" in told
    kept = list(tmp_path.glob("laptop.sqlite.conflicts-*.txt"))
    assert len(kept) == 1 and "'Welcome on the road'" in kept[0].read_text(encoding="utf-8")
    assert after["agenda_item"][(item.id,)]["title"] == "Welcome (room 2)"

    # Every row: the server's rows with the laptop's changes applied, but for the conflict.
    added_on_the_road = {table: set(on_the_road[table]) - set(copied[table]) for table in copied}
    for table, rows in before.items():
        expected = {key: dict(row) for key, row in rows.items()}
        for key, row in copied[table].items():
            if key not in on_the_road[table]:
                expected.pop(key, None)  # removed on the road
                continue
            for name, value in on_the_road[table][key].items():
                if name != "version" and value != row[name] and not (table == "agenda_item" and name == "title"):
                    expected[key][name] = value
        kept_rows = {key: _unversioned(row) for key, row in after[table].items() if key in before[table]}
        assert kept_rows == {key: _unversioned(row) for key, row in expected.items()}, table
        new = [_unnumbered(row) for key, row in after[table].items() if key not in before[table]]
        brought = [_unnumbered(on_the_road[table][key]) for key in added_on_the_road[table]]
        assert sorted(map(repr, new)) == sorted(map(repr, brought)), table
    assert (mine_removed.id,) not in after["participation"]
    assert after["participation"][(mine_changed.id,)]["status"] == new_status
    assert after["participation"][(theirs_changed.id,)]["notes"] == "Needs a visa letter"
    assert after["agenda_item"][(item.id,)]["starts_at"] == item.starts_at + timedelta(minutes=30)
    zofia = [key for key, row in after["person"].items() if row["email"] == "zofia.nowak@example.org"]
    assert len(zofia) == 1
    assert [row["event_id"] for row in after["participation"].values() if row["person_id"] == zofia[0][0]] == [event]

    # Released: the office may change the event again, the laptop may not.
    with office.read() as session:
        assert list(session.exec(select_model(EventCheckout))) == []
    set_author("Bea in the office")
    perform(office, participant_ops.ChangeParticipation(mine_changed.id, {"notes": "Back in the office"}))
    office.close()
    road = Store.open(laptop)
    with pytest.raises(CheckedOut, match="check it out to change it"):
        perform(road, participant_ops.ChangeParticipation(mine_changed.id, {"notes": "Too late"}))
    road.close()


def _unversioned(row: dict) -> dict:
    return {name: value for name, value in row.items() if name != "version"}


def _unnumbered(row: dict) -> dict:
    """A row added on the road, without what the server numbers anew."""
    return {name: value for name, value in row.items() if name not in {"id", "version"} and not name.endswith("_id")}


def test_attendance_and_speakers_changed_on_the_road_come_back(tmp_path, server, capsys):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    set_author("Ana on the road")
    assert main(["checkout", str(event), "--from", server, "--to", str(laptop)]) == 0
    road = Store.open(laptop)
    with road.read() as session:
        present = session.exec(select_model(Participation).where(col(Participation.event_id) == event)).first()
        spoken = next(
            speaker
            for speaker in session.exec(select_model(AgendaSpeaker))
            if session.get(AgendaItem, speaker.item_id).event_id == event
        )
        first_day = session.get(models.Event, event).starts_on
        speakers = [
            row.person_id
            for row in session.exec(
                select_model(AgendaSpeaker)
                .where(col(AgendaSpeaker.item_id) == spoken.item_id)
                .order_by(col(AgendaSpeaker.position))
            )
        ]
    assert present is not None
    perform(road, attendance_ops.MarkPresent(event, present.person_id, first_day))
    perform(
        road, agenda_ops.ChangeAgendaItem(spoken.item_id, {"speakers": [p for p in speakers if p != spoken.person_id]})
    )
    on_the_road = _rows(road.engine)
    road.close()
    # Meanwhile the office cannot tick anyone present at the checked-out event.
    office = SharedStore.open(server)
    set_author("Bea in the office")
    with pytest.raises(CheckedOut, match="is checked out by Ana on the road"):
        perform(office, attendance_ops.MarkPresent(event, present.person_id, first_day))
    assert main(["checkin", "--from", str(laptop), "--to", server]) == 0
    after = _rows(office.engine)
    office.close()
    items = {key[0] for key, row in after["agenda_item"].items() if row["event_id"] == event}
    people = {key[0] for key, row in after["participation"].items() if row["event_id"] == event}
    of_event = {
        "agenda_speaker": lambda row: row["item_id"] in items,
        "attendance_mark": lambda row: row["participation_id"] in people,
    }
    for table, belongs in of_event.items():
        assert {k: r for k, r in after[table].items() if belongs(r)} == on_the_road[table], table
    assert len(on_the_road["attendance_mark"]) == 1
    assert (spoken.item_id, spoken.person_id) not in after["agenda_speaker"]


def test_a_person_added_on_both_sides_is_listed_not_lost(tmp_path, server, capsys):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    set_author("Ana on the road")
    assert main(["checkout", str(event), "--from", server, "--to", str(laptop)]) == 0
    road = Store.open(laptop)
    perform(
        road,
        participant_ops.AddNewParticipant(
            event, {"given_name": "Zofia", "family_name": "Nowak", "email": "zofia.nowak@example.org"}
        ),
    )
    with road.read() as session:
        zofia = session.exec(select_model(models.Person).where(col(models.Person.family_name) == "Nowak")).one()
        first_day = session.get(models.Event, event).starts_on
    perform(road, attendance_ops.MarkPresent(event, zofia.id, first_day))
    road.close()
    office = SharedStore.open(server)
    set_author("Bea in the office")
    perform(
        office,
        directory_ops.AddPerson(
            {"given_name": "Zofia", "family_name": "Nowak-Kowalska", "email": "zofia.nowak@example.org"}
        ),
    )
    before = _rows(office.engine)
    capsys.readouterr()
    assert main(["checkin", "--from", str(laptop), "--to", server]) == 0
    told = capsys.readouterr().out
    assert "added on the laptop, but the server holds one like it" in told and "'Nowak'" in told
    after = _rows(office.engine)
    assert after["person"] == before["person"]  # theirs kept, nothing half-written
    assert after["participation"] == before["participation"]
    assert after["attendance_mark"] == before["attendance_mark"]
    assert told.count("not added") == 3  # the person, taking part, present
    kept = next(tmp_path.glob("laptop.sqlite.conflicts-*.txt")).read_text(encoding="utf-8")
    assert "'Nowak'" in kept
    office.close()


def test_a_change_the_server_will_not_take_is_listed_not_lost(tmp_path, server, capsys):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    assert main(["checkout", str(event), "--from", server, "--to", str(laptop)]) == 0
    road = Store.open(laptop)
    with road.read() as session:
        on_the_road = {person.id for person in session.exec(select_model(models.Person))}
        traveller = session.exec(select_model(models.Person)).first()
        assert traveller is not None
    office = SharedStore.open(server)
    with office.read() as session:
        elsewhere = next(
            person
            for person in session.exec(select_model(models.Person))
            if person.id not in on_the_road and person.email
        )
    perform(road, directory_ops.ChangePerson(traveller.id, {"email": elsewhere.email}))
    road.close()
    before = _rows(office.engine)
    capsys.readouterr()
    assert main(["checkin", "--from", str(laptop), "--to", server]) == 0
    told = capsys.readouterr().out
    assert "but the server would not take it" in told and repr(elsewhere.email) in told
    assert _rows(office.engine)["person"] == before["person"]
    office.close()


def test_a_copy_is_checked_in_only_where_it_came_from(tmp_path, server, postgres_server, capsys):
    event = _busiest_event(server)
    laptop = tmp_path / "laptop.sqlite"
    assert main(["checkout", str(event), "--from", server, "--to", str(laptop)]) == 0
    other = _plain(postgres_server.new_database())
    assert main(["copy", "--from", str(saved_database(tmp_path / "other.sqlite")), "--to", other]) == 0
    engine = create_engine(engine_url(other))
    before = _rows(engine)
    capsys.readouterr()
    assert main(["checkin", "--from", str(laptop), "--to", other]) != 0
    assert "is a copy of postgresql://" in capsys.readouterr().err
    assert _rows(engine) == before
    engine.dispose()
