"""Each event's conflicts, found once and kept until a change concerns that
event: the Overview (its list and what needs attention) and the Agenda show
the same ones, and finding them reads every agenda item, speaker, arrival
and stay of the event."""

from __future__ import annotations

from sqlmodel import Session

from planner.services.conflicts import Conflict, find_conflicts
from planner.services.history import Change, ChangeSet


def _of_one_event(change: Change) -> bool:
    # A person, an organisation or a speaker belongs to no one event: their
    # names and bookings may show in the conflicts of any.
    return change.table == "event" or any(
        state and state.get("event_id") is not None for state in (change.before, change.after)
    )


class ConflictCache:
    def __init__(self) -> None:
        self._found: dict[int, list[Conflict]] = {}

    def of(self, session: Session, event_id: int) -> list[Conflict]:
        """The event's conflicts, found now unless kept since the last change
        that concerned it."""
        found = self._found.get(event_id)
        if found is None:
            found = self._found[event_id] = find_conflicts(session, event_id)
        return list(found)

    def forget(self, changes: ChangeSet) -> None:
        """Drop what ``changes`` may have made wrong."""
        changed = [change for change in changes.changes.values() if change.before != change.after]
        if not all(_of_one_event(change) for change in changed):
            self._found.clear()
            return
        for event_id in [event_id for event_id in self._found if changes.concerns_event(event_id)]:
            del self._found[event_id]

    def clear(self) -> None:
        self._found.clear()
