"""Operations on who takes part in an event, and what a removal would keep."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import participants
from planner.services.common import id_of
from planner.services.language import SayN, english_n, marked, say, say_n
from planner.services.participants import DEFAULT_ROLE, DEFAULT_STATUS


def _counted(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def new_participation_values() -> dict[str, Any]:
    """What the form for a new participant proposes: invited, as a
    participant, days not known yet."""
    return {"role": DEFAULT_ROLE, "status": DEFAULT_STATUS, "arrives_on": None, "departs_on": None, "notes": ""}


@dataclass(frozen=True)
class AddParticipant(Operation[int]):
    """Someone of the Directory takes part in the event, with ``values``
    (role, status, days, notes; the defaults for those left out); the
    participation's id."""

    event_id: int
    person_id: int
    values: Mapping[str, Any] = field(default_factory=dict)
    label = marked("Add participant")

    def run(self, session: Session) -> int:
        added = participants.add_participant(session, self.event_id, self.person_id, **self.values)
        return id_of(added)


@dataclass(frozen=True)
class AddNewParticipant(Operation[int]):
    """A person not yet in the Directory takes part: created with their
    fields, with their organisation when ``organisation_name`` names one not
    yet there (a name already there, in any case, is that organisation),
    all in one step; the participation's id."""

    event_id: int
    person: Mapping[str, Any]
    organisation_name: str = ""
    values: Mapping[str, Any] = field(default_factory=dict)
    label = marked("Add participant")

    def run(self, session: Session) -> int:
        added = participants.add_new_person(
            session, self.event_id, dict(self.person), organisation_name=self.organisation_name, **self.values
        )
        return id_of(added)


@dataclass(frozen=True)
class ChangeParticipation(Operation[None]):
    """How one person takes part: role, status, days, notes."""

    participation_id: int
    values: Mapping[str, Any]
    label = marked("Change participant")

    def run(self, session: Session) -> None:
        participants.update_participation(session, self.participation_id, **self.values)


@dataclass(frozen=True)
class ChangeParticipants(Operation[None]):
    """The status or the role (or both) of several participants at once."""

    participation_ids: tuple[int, ...]
    status: str | None = None
    role: str | None = None

    def __post_init__(self) -> None:
        if self.status is None and self.role is None:
            raise TypeError("ChangeParticipants needs a status or a role")

    @property
    def label(self) -> str:
        return self._named(english_n)

    @property
    def shown_label(self) -> str:
        return self._named(say_n)

    def _named(self, say_n: SayN) -> str:
        count = len(self.participation_ids)
        if self.role is None:
            return say_n("Change status of {count} participant", "Change status of {count} participants", count)
        if self.status is None:
            return say_n("Change role of {count} participant", "Change role of {count} participants", count)
        return say_n(
            "Change status and role of {count} participant", "Change status and role of {count} participants", count
        )

    def run(self, session: Session) -> None:
        changes = {name: value for name, value in (("status", self.status), ("role", self.role)) if value is not None}
        participants.set_many(session, self.participation_ids, **changes)


@dataclass(frozen=True)
class RemoveParticipants(Operation[None]):
    """Take people out of the event; they stay in the Directory, and their
    travel, stays and costs stay in the event. All or none: refused, naming
    the agenda items, while any of them speaks in or moderates one."""

    participation_ids: tuple[int, ...]

    @property
    def label(self) -> str:
        return self._named(english_n)

    @property
    def shown_label(self) -> str:
        return self._named(say_n)

    def _named(self, say_n: SayN) -> str:
        return say_n("Remove participant", "Remove {count} participants", len(self.participation_ids))

    def run(self, session: Session) -> None:
        participants.remove_participants(session, self.participation_ids)


# -- before removing: what to ask --------------------------------------------


# How each kind of row a removal keeps is counted.
def _kept(what: str, count: int) -> str:
    if what == participants.TRAVEL_LEGS:
        return say_n("{count} travel leg", "{count} travel legs", count)
    if what == participants.HOTEL_STAYS:
        return say_n("{count} hotel stay", "{count} hotel stays", count)
    if what == participants.COSTS:
        return say_n("{count} cost", "{count} costs", count)
    return f"{count} {what}"


@dataclass(frozen=True)
class Removal:
    """What removing some participants would do: refused (``refusal`` says
    why), or done keeping their travel, stays and costs (``kept``)."""

    count: int
    who: str  # the person's name when there is one, else "3 participants"
    kept: tuple[tuple[str, int], ...]  # ("travel legs", 2), in the order listed
    refusal: str = ""

    @property
    def question(self) -> str:
        """ "Remove Matteo Galli from this event? … They stay in the
        Directory. Their 2 travel legs and 1 hotel stay in this event are
        kept." """
        if self.count == 1:
            text = say("Remove {name} from this event?\n\nThey stay in the Directory.", name=self.who)
        else:
            text = say_n(
                "Remove {count} participant from this event?\n\nThey stay in the Directory.",
                "Remove {count} participants from this event?\n\nThey stay in the Directory.",
                self.count,
            )
        if self.kept:
            listed = [_kept(what, count) for what, count in self.kept]
            if len(listed) == 1:
                joined = listed[0]
            else:
                joined = say("{items} and {last}", items=", ".join(listed[:-1]), last=listed[-1])
            if len(listed) == 1 and self.kept[0][1] == 1:
                text += " " + say("Their {kept} in this event is kept.", kept=joined)
            else:
                text += " " + say("Their {kept} in this event are kept.", kept=joined)
        return text


def removal_of(session: Session, participation_ids: Sequence[int]) -> Removal:
    """What ``RemoveParticipants(participation_ids)`` would do, for asking
    first."""
    references = participants.references_of(session, participation_ids)
    kept: dict[str, int] = {}
    for found in references.values():
        for what, count in found.items():
            if what not in participants.BLOCKING_REFERENCES:
                kept[what] = kept.get(what, 0) + count
    count = len(set(participation_ids))
    who = participants.participant_name(session, participation_ids[0]) if count == 1 else _counted(count, "participant")
    refusal = participants.removal_refusal(session, participation_ids, references)
    return Removal(count, who, tuple(kept.items()), refusal)
