"""No query per row: the number of SQL statements the main views make does
not grow with the number of participants, agenda items or travel legs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from planner.operations import Operation
from planner.operations.participants import ChangeParticipation
from planner.services import agenda, directory, events, logistics, participants


def _event_of_size(context, size: int) -> int:
    """An event with ``size`` participants, ``size // 10`` agenda items with
    speakers and ``size // 5`` travel legs, made as one edit so the window
    knows of it."""
    return context.perform(_FillEvent(size))


@dataclass(frozen=True)
class _FillEvent(Operation[int]):
    """A made-up event of many rows, as one undoable step (as an import is)."""

    size: int
    label = "Add an event"

    def run(self, session) -> int:
        return _fill(session, self.size)


def _fill(session, size: int) -> int:
    created = events.create_event(
        session,
        title=f"Event of {size}",
        kind="conference",
        starts_on=date(2027, 5, 3),
        ends_on=date(2027, 5, 5),
        timezone="Europe/Berlin",
    )
    people = []
    for number in range(size):
        person = directory.create_person(
            session,
            given_name=f"Given{number}",
            family_name=f"Family{number}",
            email=f"p{size}-{number}@example.org",
            country="DE",
        )
        participants.add_participant(session, created.id, person.id, status="confirmed")
        people.append(person.id)
    for number in range(size // 10):
        start = datetime(2027, 5, 3, 9) + timedelta(minutes=30 * number)
        agenda.create_item(
            session,
            created.id,
            title=f"Item {number}",
            starts_at=start,
            ends_at=start + timedelta(minutes=25),
            speakers=[people[number]],
        )
    for number in range(size // 5):
        logistics.add_leg(
            session,
            created.id,
            person_id=people[number],
            mode="train",
            from_place="Wien",
            from_at=datetime(2027, 5, 2, 8),
            from_timezone="Europe/Vienna",
            to_place="München",
            to_at=datetime(2027, 5, 2, 12),
            to_timezone="Europe/Berlin",
        )
    return created.id


def _statements(context, work) -> int:
    count = 0

    def counted(*_args):
        nonlocal count
        count += 1

    event.listen(context.store.engine, "before_cursor_execute", counted)
    try:
        work()
    finally:
        event.remove(context.store.engine, "before_cursor_execute", counted)
    return count


def _open_every_tab(window, event_id):
    window.open_event(event_id)
    for index in range(window.event_view.tabs.count()):
        window.event_view.tabs.setCurrentIndex(index)


@pytest.mark.parametrize("view", ["tabs", "directory"])
def test_the_views_make_as_many_queries_for_200_participants_as_for_20(window, context, view):
    counts = []
    for size in (20, 200):
        event_id = _event_of_size(context, size)
        if view == "tabs":
            counts.append(_statements(context, lambda: _open_every_tab(window, event_id)))  # noqa: B023 - called at once
        else:  # the Directory holds everyone: 20 more people, then 200 more, read when it is shown
            counts.append(_statements(context, lambda: window.show_view("directory")))
            window.show_view("actions")  # hidden again, the Directory reads the next people when shown
    assert counts[0] > 0
    assert counts[1] == counts[0], f"{counts[1]} statements for 10 times the rows, {counts[0]} before"


def test_going_back_to_an_event_shown_a_moment_ago_reads_its_participants_only_after_a_change(window, context):
    from planner.ui.participants import ParticipantsTab

    first, second = _event_of_size(context, 30), _event_of_size(context, 20)
    tab = window.event_view.page_of(ParticipantsTab)
    window.open_event(first)
    window.event_view.tabs.setCurrentWidget(tab)
    window.open_event(second)

    def participant_reads(work) -> int:
        reads = []
        listen = lambda _conn, _cursor, statement, *_args: reads.append(statement)  # noqa: E731
        event.listen(context.store.engine, "before_cursor_execute", listen)
        try:
            work()
        finally:
            event.remove(context.store.engine, "before_cursor_execute", listen)
        return sum("FROM participation JOIN person" in statement for statement in reads)

    assert participant_reads(lambda: window.open_event(first)) == 0
    assert tab.model.rowCount() == 30
    with context.read() as session:
        someone = participants.participant_rows(session, second)[0]
    context.perform(ChangeParticipation(someone.participation_id, {"status": "declined"}))
    assert participant_reads(lambda: window.open_event(second)) == 1
    assert tab.model.rowCount() == 20
    shown = {tab.model.row_at(row).participation_id: tab.model.row_at(row).status for row in range(20)}
    assert shown[someone.participation_id] == "declined"
