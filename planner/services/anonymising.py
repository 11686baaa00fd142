"""Removing who a person is while keeping what the statistics count: one
rule for a person erased on their request and for every participant of an
event whose evidence is no longer kept.

Kept: country, region, organisation and gender (what a funder's statistics
count) and the rows that say what happened (participations, attendance,
travel, costs). Removed: names, position, e-mail, phone, language, dietary
and access needs; the person's name and address wherever free text repeats
them (notes, minutes, cost descriptions, subjects of messages sent); the
address in the records of invitations and messages sent and of what left
the laptop. Minutes they proposed are then credited to their organisation
("a participant from HBio")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import JSON, Column, String, Table, TypeDecorator, or_, select, update
from sqlmodel import Session, SQLModel, col

from planner.db.models import Disclosure, InvitationSent, MessageSent, MinutesItem, Person
from planner.services import history

# Person fields that say who someone is; what is left is statistics.
IDENTITY_FIELDS = (
    "honorific",
    "given_name",
    "family_name",
    "position",
    "phone",
    "dietary",
    "accessibility",
    "language",
)
# Where their name stands in for words typed about them.
STAND_IN = "[removed]"


def strip_identities(session: Session, people: list[Person], today: date) -> None:
    """Anonymise ``people`` in place, as of ``today``. The caller commits:
    an Operation records every row changed here, so undo can put them back
    while the window is open."""
    words: list[str] = []
    for person in people:
        assert person.id is not None
        email = (person.email or "").strip()
        words += [name for name in (person.full_name, person.family_name) if len(name) >= 3] + (
            [email] if email else []
        )
        for field in IDENTITY_FIELDS:
            setattr(person, field, "")
        person.email = None
        person.anonymised_on = today
        session.add(person)
        _credit_minutes_to_organisation(session, person)
        _forget_address(session, person.id, email)
    session.flush()
    _scrub_free_text(session, words)


def _forget_address(session: Session, person_id: int, email: str) -> None:
    to_them = [col(InvitationSent.person_id) == person_id] + ([col(InvitationSent.email) == email] if email else [])
    # The invitation memory only serves the next invitation: there is none to an unknown address.
    for invitation in session.scalars(select(InvitationSent).where(or_(*to_them))).all():
        session.delete(invitation)
    sent_to_them = [col(MessageSent.person_id) == person_id] + ([col(MessageSent.email) == email] if email else [])
    for message in session.scalars(select(MessageSent).where(or_(*sent_to_them))).all():
        message.email = ""
        session.add(message)
    if email:
        _drop_recipient(session, email)


def _credit_minutes_to_organisation(session: Session, person: Person) -> None:
    for item in session.scalars(select(MinutesItem).where(col(MinutesItem.by_person_id) == person.id)).all():
        item.by_person_id = None
        if item.by_organisation_id is None:
            item.by_organisation_id = person.organisation_id
        session.add(item)


def _drop_recipient(session: Session, email: str) -> None:
    for row in session.scalars(select(Disclosure)).all():
        kept = [address for address in row.recipients if address.strip().lower() != email.lower()]
        if len(kept) != len(row.recipients):
            row.recipients = kept
            session.add(row)


def _scrub_free_text(session: Session, words: list[str]) -> None:
    """Replace ``words`` (case ignored) in every text column of every table
    but the person's own: the schema is walked, so a table added later is
    covered too."""
    words = [word for word in words if word]
    if not words:
        return
    pattern = re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    for table in SQLModel.metadata.sorted_tables:
        if table.name == Person.__tablename__:
            continue
        texts = [column for column in table.columns if _holds_text(column)]
        if texts and table.primary_key.columns:
            _scrub_table(session, table, texts, pattern)
    session.expire_all()  # rows loaded before now hold the words replaced underneath them


def _holds_text(column: Column[Any]) -> bool:
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type  # SQLModel's AutoString
    return isinstance(kind, String | JSON)


def _scrub_table(session: Session, table: Table, texts: list[Column[Any]], pattern: re.Pattern[str]) -> None:
    keys = list(table.primary_key.columns)
    for row in history.as_dicts(session.execute(select(table))):
        changes = {}
        for column in texts:
            scrubbed = _scrubbed(row[column.name], pattern)
            if scrubbed != row[column.name]:
                changes[column.name] = scrubbed
        if changes:
            history.touched(session, table, [row])  # undo puts the words back while the window is open
            session.execute(update(table).where(*[key == row[key.name] for key in keys]).values(**changes))


def _scrubbed(value: object, pattern: re.Pattern[str]) -> object:
    if isinstance(value, str):
        return pattern.sub(STAND_IN, value)
    if isinstance(value, list):
        return [_scrubbed(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: _scrubbed(item, pattern) for key, item in value.items()}
    return value
