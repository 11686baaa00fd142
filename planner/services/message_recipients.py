"""Who gets a message made from a template: the participants of an event
chosen by status, by role, by e-mail address, or by who they are (the rows
selected in the window)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from planner.db.enums import ParticipationStatus, Role
from planner.db.models import Participation, Person
from planner.services import participants
from planner.services.errors import InvalidInput
from planner.services.labels import label
from planner.services.language import say
from planner.services.participants import NOT_COMING


def _word(value: str) -> str:
    return value.strip().casefold().replace(" ", "_").replace("-", "_")


def recipients(
    session: Session, event_id: int, to: Sequence[str] = (), person_ids: Sequence[int] | None = None
) -> list[tuple[Participation, Person]]:
    """The participants chosen, in the order of the participant list.

    ``to`` holds statuses ("confirmed"), roles ("speaker") and e-mail
    addresses, any of which chooses a participant; ``person_ids`` chooses
    those people. With neither, everyone who is coming (not declined or
    cancelled)."""
    rows = participants.participations_of(session, event_id)
    if not to and person_ids is None:
        return [(participation, person) for participation, person in rows if participation.status not in NOT_COMING]
    statuses, roles, addresses = set(), set(), set()
    for raw in to:
        word = _word(raw)
        if "@" in raw:
            addresses.add(raw.strip().casefold())
        elif word in {status.value for status in ParticipationStatus}:
            statuses.add(word)
        elif word in {role.value for role in Role}:
            roles.add(word)
        else:
            raise InvalidInput(
                "recipients",
                say(
                    "'{value}' is neither a status ({statuses}), a role ({roles}) nor an e-mail address",
                    value=raw.strip(),
                    statuses=", ".join(label(s.value).lower() for s in ParticipationStatus),
                    roles=", ".join(label(r.value).lower() for r in Role),
                ),
            )
    known = {(person.email or "").casefold() for _participation, person in rows}
    strangers = sorted(address for address in addresses if address not in known)
    if strangers:
        raise InvalidInput(
            "recipients",
            say("{addresses}: not the address of a participant of this event", addresses=", ".join(strangers)),
        )
    chosen_people = set(person_ids or ())
    return [
        (participation, person)
        for participation, person in rows
        if participation.status in statuses
        or participation.role in roles
        or (person.email or "").casefold() in addresses
        or person.id in chosen_people
    ]
