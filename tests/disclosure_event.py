"""A small event for the record of what left the laptop: two participants
with e-mail addresses, and a speaker who is not one of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.db.models import Disclosure
from planner.services import agenda, directory, events, participants

ANNA = "anna.beck@example.org"
PAWEL = "pawel.los@example.org"
CHIARA = "chiara.neri@example.org"


@dataclass(frozen=True)
class Meeting:
    event_id: int
    anna: int
    pawel: int
    chiara: int  # speaks, does not take part

    @property
    def participants(self) -> set[int]:
        return {self.anna, self.pawel}


def partner_meeting(store) -> Meeting:
    with store.write() as session:
        event = events.create_event(
            session,
            title="Partner meeting in Kraków",
            kind="meeting",
            starts_on=date(2018, 5, 10),
            ends_on=date(2018, 5, 10),
            timezone="Europe/Warsaw",
            organiser_email="organiser@example.org",
        )
        anna = directory.create_person(session, given_name="Anna", family_name="Beck", email=ANNA)
        pawel = directory.create_person(session, given_name="Paweł", family_name="Łoś", email=PAWEL)
        chiara = directory.create_person(session, given_name="Chiara", family_name="Neri", email=CHIARA)
        for person in (anna, pawel):
            participants.add_participant(session, event.id, person.id)
        agenda.create_item(
            session,
            event.id,
            title="Welcome",
            starts_at=datetime(2018, 5, 10, 10, 0),
            ends_at=datetime(2018, 5, 10, 11, 0),
            speakers=[chiara.id],
        )
        return Meeting(event.id, anna.id, pawel.id, chiara.id)


def recorded(store) -> list[Disclosure]:
    """Every row of the record, oldest first."""
    from sqlalchemy import select

    with store.read() as session:
        return list(session.scalars(select(Disclosure).order_by(Disclosure.id)))
