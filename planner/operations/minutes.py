"""Operations on an event's outcome minutes: its summary, and its
outcomes (conclusions, proposals, decisions, actions...) in the user's order."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import minutes
from planner.services.common import id_of
from planner.services.language import marked
from planner.services.minutes import ActionState, MinutesKind

# How the Edit menu names a change of an action's state.
STATE_LABELS = {
    ActionState.DONE.value: marked("Mark action done"),
    ActionState.OPEN.value: marked("Reopen action"),
    ActionState.DROPPED.value: marked("Drop action"),
}


def new_outcome_values(kind: str | None = None) -> dict[str, Any]:
    """What the form for a new outcome proposes: a conclusion unless another
    kind was chosen; should it become an action, an open one."""
    return {"kind": kind or MinutesKind.CONCLUSION.value, "state": ActionState.OPEN.value}


def toggled_state(state: str) -> str:
    """What "Mark done" does to an action: an open one is done; a done or
    dropped one is open again."""
    return ActionState.DONE.value if state == ActionState.OPEN else ActionState.OPEN.value


def _for_kind(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields as an outcome of ``kind`` keeps them. Only actions have a
    state, so for any other kind it is cleared; every other field keeps what
    it holds even when the form hides it for the kind (an imported proposal
    with an owner loses nothing by being edited, an action turned into a
    decision and back keeps its owner and due date)."""
    cleaned = dict(fields)
    if kind != MinutesKind.ACTION:
        cleaned["state"] = ""
    return cleaned


@dataclass(frozen=True)
class AddOutcome(Operation[int]):
    """A new outcome at the end of the event's minutes, from its fields
    (kind, text, topic, by_person_id or by_organisation_id, owner_id, due,
    state, follow_up_event_id); its id."""

    event_id: int
    values: Mapping[str, Any]
    label = marked("Add outcome")

    def run(self, session: Session) -> int:
        fields = _for_kind(self.values.get("kind") or "", self.values)
        item = minutes.add_item(session, self.event_id, **fields)
        return id_of(item)


@dataclass(frozen=True)
class ChangeOutcome(Operation[int]):
    """Change the fields of an outcome the user changed; the others keep
    what they hold. Its id."""

    item_id: int
    changes: Mapping[str, Any]
    label = marked("Change outcome")

    def run(self, session: Session) -> int:
        kind = self.changes.get("kind") or minutes.get_item(session, self.item_id).kind
        minutes.update_item(session, self.item_id, **_for_kind(kind, self.changes))
        return self.item_id


@dataclass(frozen=True)
class DeleteOutcome(Operation[None]):
    """Delete an outcome; the ones after it move up."""

    item_id: int
    label = marked("Delete outcome")

    def run(self, session: Session) -> None:
        minutes.delete_item(session, self.item_id)


@dataclass(frozen=True)
class MoveOutcome(Operation[None]):
    """Put an outcome at another place in its minutes (0: the first; past
    the end: the last)."""

    item_id: int
    position: int
    label = marked("Move outcome")

    def run(self, session: Session) -> None:
        minutes.move_item(session, self.item_id, self.position)


@dataclass(frozen=True)
class SetActionState(Operation[None]):
    """Mark an action done, reopen it or drop it; refused for an outcome
    that is not an action."""

    item_id: int
    state: str

    @property
    def label(self) -> str:
        return STATE_LABELS.get(self.state, marked("Change action"))

    def run(self, session: Session) -> None:
        minutes.set_state(session, self.item_id, self.state)


@dataclass(frozen=True)
class ChangeMinutesSummary(Operation[str]):
    """Save the summary of an event's minutes; the summary as saved. Saved
    again and again while the user writes it, it is one undo step."""

    event_id: int
    summary: str
    label = marked("Change summary of the meeting")

    def run(self, session: Session) -> str:
        return minutes.set_summary(session, self.event_id, self.summary)

    def merge_key(self) -> Hashable | None:
        # The key of ChangeEvent for the same field: either way, one step.
        return ("event", self.event_id, ("minutes_summary",))


@dataclass(frozen=True)
class LinkFollowUp(Operation[int]):
    """Say which event an outcome leads to (a follow-up meeting, the
    conference where it is presented), or none; its id."""

    item_id: int
    follow_up_event_id: int | None
    label = marked("Link follow-up event")

    def run(self, session: Session) -> int:
        minutes.update_item(session, self.item_id, follow_up_event_id=self.follow_up_event_id)
        return self.item_id
