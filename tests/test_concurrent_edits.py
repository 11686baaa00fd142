"""Several organisers at once on one database ("two machines": two stores
opened on it): a save over someone else's newer change of the same thing
is refused, naming who and when, and nothing of theirs is lost; changes of
different fields of one row are both kept; an undo never overwrites a
newer change; every change records who made it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from planner.db.models import AgendaItem, ChangeLog, Participation
from planner.db.shared import SharedStore
from planner.db.store import Store
from planner.operations import Operation, perform, replay
from planner.operations.agenda import MoveAgendaItem
from planner.operations.participants import ChangeParticipation
from planner.services import change_log, history
from planner.services.change_set import ChangedElsewhere, Seen

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


@pytest.fixture
def other(store):
    """The same database opened by a second Planner, on another machine."""
    if isinstance(store, SharedStore):
        second = SharedStore.open(store.location)
    else:
        second = Store.open(store.path)
    yield second
    second.close()


@pytest.fixture(autouse=True)
def no_author_kept():
    yield
    change_log.set_author("")


def _as(author: str, store, operation, seen: Seen | None):
    """``operation`` saved by ``author`` (the name in their Preferences)."""
    change_log.set_author(author)
    return perform(store, operation, seen=seen)


def _seen(store) -> Seen:
    """What a window shows once it has read the database."""
    with store.read() as session:
        return Seen(change_log.latest(session))


def _participation(store, event_id: int) -> Participation:
    with store.read() as session:
        return session.exec(
            select(Participation).where(Participation.event_id == event_id).order_by(Participation.id)
        ).first()


def test_the_same_participant_saved_by_both_is_refused_for_the_second_naming_who_and_when(store, other, samples):
    row = _participation(store, samples["ECRI"])
    anna_saw, bea_saw = _seen(store), _seen(other)
    _as("Bea Schmidt", other, ChangeParticipation(row.id, {"status": "confirmed"}), bea_saw)

    with pytest.raises(ChangedElsewhere) as refused:
        _as("Anna Kowalska", store, ChangeParticipation(row.id, {"status": "declined"}), anna_saw)
    message = str(refused.value)
    assert "Bea Schmidt" in message and "status" in message and "UTC" in message
    assert "nothing was changed" in message
    assert _participation(store, samples["ECRI"]).status == "confirmed"  # hers is kept

    # Anna chooses to keep hers: saved over the newer version, in the record as hers.
    _as("Anna Kowalska", store, ChangeParticipation(row.id, {"status": "declined"}), None)
    assert _participation(other, samples["ECRI"]).status == "declined"
    with other.read() as session:
        entries = change_log.event_history(session, samples["ECRI"])
    assert [(entry.author, entry.action, entry.fields) for entry in entries[:2]] == [
        ("Anna Kowalska", "changed", "status"),
        ("Bea Schmidt", "changed", "status"),
    ]


def test_different_fields_of_one_participant_are_both_kept(store, other, samples):
    row = _participation(store, samples["ECRI"])
    anna_saw, bea_saw = _seen(store), _seen(other)
    _as("Bea", other, ChangeParticipation(row.id, {"notes": "Arrives by night train"}), bea_saw)
    _as("Anna", store, ChangeParticipation(row.id, {"status": "confirmed"}), anna_saw)
    both = _participation(other, samples["ECRI"])
    assert (both.notes, both.status) == ("Arrives by night train", "confirmed")
    assert both.version == row.version + 2


def test_the_same_agenda_item_moved_by_both_is_refused_for_the_second(store, other, samples):
    with store.read() as session:
        item = session.exec(
            select(AgendaItem).where(AgendaItem.event_id == samples["ECRI"]).order_by(AgendaItem.id)
        ).first()
    anna_saw, bea_saw = _seen(store), _seen(other)
    _as("Bea", other, MoveAgendaItem(item.id, item.starts_at + timedelta(minutes=30)), bea_saw)
    with pytest.raises(ChangedElsewhere, match="Bea"):
        _as("Anna", store, MoveAgendaItem(item.id, item.starts_at + timedelta(hours=1)), anna_saw)
    with store.read() as session:
        assert session.get(AgendaItem, item.id).starts_at == item.starts_at + timedelta(minutes=30)


def test_an_undo_over_a_newer_change_by_someone_else_is_refused(store, other, samples):
    row = _participation(store, samples["ECRI"])
    mine = _as("Anna", store, ChangeParticipation(row.id, {"status": "confirmed"}), _seen(store))
    _as("Bea", other, ChangeParticipation(row.id, {"status": "declined"}), _seen(other))
    with pytest.raises(history.ReplayRefused, match="changed elsewhere since"):
        replay(store, mine.changes, "before", "Change participant")
    assert _participation(store, samples["ECRI"]).status == "declined"


def test_an_undo_of_one_field_keeps_a_newer_change_of_another_and_counts_the_version_on(store, other, samples):
    row = _participation(store, samples["ECRI"])
    mine = _as("Anna", store, ChangeParticipation(row.id, {"status": "confirmed"}), _seen(store))
    _as("Bea", other, ChangeParticipation(row.id, {"notes": "Vegetarian lunch"}), _seen(other))
    change_log.set_author("Anna")
    replay(store, mine.changes, "before", "Change participant")
    after = _participation(other, samples["ECRI"])
    assert (after.status, after.notes) == (row.status, "Vegetarian lunch")
    assert after.version == row.version + 3  # never back to a version someone may hold
    with store.read() as session:
        newest = session.exec(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
    assert (newest.author, newest.table_name, newest.row_id, newest.fields) == (
        "Anna",
        "participation",
        row.id,
        "status",
    )


def test_each_change_records_its_author_and_the_fields_it_changed_never_their_values(store, samples):
    row = _participation(store, samples["ECRI"])
    _as("", store, ChangeParticipation(row.id, {"notes": "Needs a wheelchair ramp"}), _seen(store))
    with store.read() as session:
        entry = session.exec(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
        database_user = change_log.author(session)
    assert entry.author == database_user != ""  # the database's user, or the computer's for a file
    assert (entry.event_id, entry.action, entry.fields) == (samples["ECRI"], "changed", "notes")
    assert "wheelchair" not in repr(entry.model_dump())


@dataclass(frozen=True)
class _ChangeWhileOtherSaves(Operation[None]):
    """Anna's save, read before and written after Bea's save of the same row."""

    participation_id: int
    other: SharedStore

    label = "Change participant"

    def run(self, session: Session) -> None:
        row = session.get(Participation, self.participation_id)
        _as("Bea", self.other, ChangeParticipation(self.participation_id, {"status": "confirmed"}), None)
        change_log.set_author("Anna")
        row.status = "declined"
        session.flush()


def test_a_save_over_a_version_saved_meanwhile_on_the_server_is_refused(postgres_server):
    from tests.databases import shared_copy

    store = shared_copy(postgres_server, with_samples=True)
    other = SharedStore.open(store.location)
    try:
        with store.read() as session:
            row = session.exec(select(Participation).order_by(Participation.id)).first()
        with pytest.raises(ChangedElsewhere) as refused:
            perform(store, _ChangeWhileOtherSaves(row.id, other))
        assert "Bea" in str(refused.value) and "while you were saving" in str(refused.value)
        with other.read() as session:
            assert session.get(Participation, row.id).status == "confirmed"
    finally:
        other.close()
        store.close()


@dataclass(frozen=True)
class _ManyWhileOtherSaves(Operation[None]):
    """Anna's status for a whole list, its rows read before and written
    after Bea's save of one of them."""

    event_id: int
    other: SharedStore

    label = "Change participants"

    def run(self, session: Session) -> None:
        from planner.services import participants_bulk

        table = Participation.__table__
        before = [
            dict(row)
            for row in session.connection().execute(table.select().where(table.c.event_id == self.event_id)).mappings()
        ]
        _as("Bea", self.other, ChangeParticipation(before[0]["id"], {"notes": "Late"}), None)
        change_log.set_author("Anna")
        participants_bulk.update_many(session, before, [{"status": "confirmed"} for _row in before])


def test_a_list_changed_over_a_row_saved_meanwhile_on_the_server_is_refused_whole(postgres_server):
    from tests.databases import shared_copy

    store = shared_copy(postgres_server, with_samples=True)
    other = SharedStore.open(store.location)
    try:
        with store.read() as session:
            event_id = session.exec(select(Participation.event_id).order_by(Participation.id)).first()
            statuses = sorted(session.exec(select(Participation.status).where(Participation.event_id == event_id)))
        with pytest.raises(ChangedElsewhere, match="Bea"):
            perform(store, _ManyWhileOtherSaves(event_id, other))
        with other.read() as session:
            assert (
                sorted(session.exec(select(Participation.status).where(Participation.event_id == event_id))) == statuses
            )
    finally:
        other.close()
        store.close()
