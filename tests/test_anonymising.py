"""Anonymising a person: their name and contact details are gone from
every table (their record, free text that repeats them, the records of
messages and invitations sent), what the statistics count stays, minutes
they proposed are credited to their organisation, and undo brings every
row back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlmodel import Session

from planner.db.models import ALL_TABLES, Disclosure, InvitationSent, MinutesItem
from planner.operations import perform, replay
from planner.operations.base import Operation
from planner.services import directory, messages_sent, minutes, participants
from planner.services.anonymising import strip_identities
from tests.databases import data_of

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL

TODAY = date(2026, 12, 4)


@dataclass(frozen=True)
class _Anonymise(Operation[None]):
    person_id: int

    @property
    def label(self) -> str:
        return "Anonymise a person"

    def run(self, session: Session) -> None:
        strip_identities(session, [directory.get_person(session, self.person_id)], TODAY)


def _dump(store) -> dict:
    with store.engine.connect() as connection:
        return {
            model.__tablename__: sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)
            for model in ALL_TABLES
        }


def _visitor_everywhere(store, samples) -> tuple[int, str, str]:
    """A participant of the Munich visit named in notes, minutes, a message
    and the record of a list given out; returns (person id, name, e-mail)."""
    munich = samples["ECRI"]
    with store.write() as session:
        row = participants.participant_rows(session, munich)[0]
        person = directory.get_person(session, row.person_id)
        name, email = person.full_name, person.email
        participants.update_participation(session, row.participation_id, notes=f"{name} arrives late")
        minutes.add_item(
            session, munich, kind="proposal", text=f"As {person.family_name} said: share", by_person_id=person.id
        )
        sent = datetime(2018, 3, 1, 9, tzinfo=UTC)
        session.add(
            InvitationSent(
                event_id=munich,
                email=email,
                person_id=person.id,
                uid="u",
                content_hash="h",
                sent_at=sent.replace(tzinfo=None),
            )
        )
        messages_sent.record_message(
            session, munich, person_id=person.id, email=email, template="Reminder", subject=f"Your visit, {name}",
            attachments=[f"Itinerary {name}.pdf"], how=messages_sent.MAIL, now=sent,
        )  # fmt: skip
        session.add(
            Disclosure(
                happened_at=sent.replace(tzinfo=None), kind="list", event_id=munich, what="Caterer list",
                recipients=[email.upper(), "caterer@example.org"], person_ids=[person.id],
            )
        )  # fmt: skip
        return person.id, name, email


def test_a_person_anonymised_is_named_nowhere_and_still_counted(store, samples):
    person_id, name, email = _visitor_everywhere(store, samples)
    with store.read() as session:
        before = directory.get_person(session, person_id)
        kept = (before.country, before.region, before.organisation_id, before.gender)
    perform(store, _Anonymise(person_id))
    with store.read() as session:
        person = directory.get_person(session, person_id)
        assert (person.full_name, person.email, person.phone, person.dietary, person.accessibility) == (
            "",
            None,
            "",
            "",
            "",
        )
        assert (person.country, person.region, person.organisation_id, person.gender) == kept
        assert person.anonymised_on == TODAY
        proposal = session.scalars(select(MinutesItem).where(MinutesItem.text.endswith("said: share"))).one()
        assert proposal.by_person_id is None and proposal.by_organisation_id == kept[2]
        assert session.scalars(select(InvitationSent).where(InvitationSent.person_id == person_id)).all() == []
        assert session.scalars(select(Disclosure)).one().recipients == ["caterer@example.org"]
    for table, rows in _dump(store).items():
        text = repr(rows).lower()
        assert name.lower() not in text, (table, name)
        assert email.lower() not in text, table


def test_undo_brings_back_every_row_as_it_was(store, samples):
    person_id, _, _ = _visitor_everywhere(store, samples)
    before = _dump(store)
    done = perform(store, _Anonymise(person_id))
    assert _dump(store) != before
    replay(store, done.changes, "before")
    assert _dump(store) == before
