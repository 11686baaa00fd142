"""Exporting one event with everything that belongs to it as an event file.

The output is canonical: the same event always gives the same bytes, empty
fields are left out, keys are made from names, and lists come in a stable
order (people by family name, agenda by time, minutes as the user ordered
them), so importing an export and exporting again gives the same file.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.exchange.event_schema import FORMAT, VERSION
from planner.services import (
    agenda,
    attendance,
    budget,
    consent,
    directory,
    events,
    logistics,
    minutes,
    participants,
    times,
    values,
)
from planner.services.common import id_of

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Consent, Event


def _compact(fields: dict[str, Any]) -> dict[str, Any]:
    """Leave out what is empty: the format reads a missing field as empty."""
    return {name: value for name, value in fields.items() if value not in ("", None, [], {})}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def make_key(name: str) -> str:
    """'Jocelyne Le Seyec' -> 'jocelyne-le-seyec'; letters of any script
    are kept, accents too."""
    normalised = unicodedata.normalize("NFC", name).lower()
    return re.sub(r"[\W_]+", "-", normalised).strip("-") or "x"


class _KeyMaker:
    def __init__(self) -> None:
        self.keys: dict[int, str] = {}
        self._taken: set[str] = set()

    def add(self, ident: int, name: str) -> None:
        base = make_key(name)
        key, counter = base, 2
        while key in self._taken:
            key, counter = f"{base}-{counter}", counter + 1
        self._taken.add(key)
        self.keys[ident] = key

    def __call__(self, ident: int | None) -> str | None:
        return self.keys[ident] if ident is not None else None


def _money(minor: int | None, currency: str) -> dict[str, str] | None:
    if minor is None:
        return None
    return {"amount": values.format_minor_units(minor, currency), "currency": currency}


def people_in_event_file(session: Session, event_id: int) -> set[int]:
    """Everyone the event file names (for the record of what left the laptop)."""
    return _mentioned(
        participants.participations_of(session, event_id),
        agenda.speakers_by_item(session, event_id),
        agenda.items_of(session, event_id),
        logistics.legs_of(session, event_id),
        logistics.stays_of(session, event_id),
        logistics.costs_of(session, event_id),
        minutes.items_of(session, event_id),
    )


def _mentioned(participation_rows, speakers, items, legs, stays, costs, outcomes) -> set[int]:
    """The people of an event's parts: its participants, speakers,
    moderators, travellers, guests, payees and the people of its minutes."""
    mentioned: set[int | None] = {person.id for _, person in participation_rows}
    mentioned |= {person_id for ids in speakers.values() for person_id in ids}
    mentioned |= {item.moderator_id for item in items}
    mentioned |= {leg.person_id for leg in legs} | {stay.person_id for stay in stays}
    mentioned |= {cost.person_id for cost in costs}
    mentioned |= {outcome.by_person_id for outcome in outcomes} | {outcome.owner_id for outcome in outcomes}
    return {ident for ident in mentioned if ident is not None}


def export_event(session: Session, event_id: int) -> dict[str, Any]:
    event = events.get_event(session, event_id)
    participation_rows = participants.participations_of(session, event_id)
    marks = attendance.marks_by_person(session, event_id)
    consents = {purpose: consent.consents_of_event(session, event_id, purpose) for purpose in consent.PURPOSES}
    items = agenda.items_of(session, event_id)
    speakers = agenda.speakers_by_item(session, event_id)
    legs = logistics.legs_of(session, event_id)
    stays = logistics.stays_of(session, event_id)
    costs = logistics.costs_of(session, event_id)
    outcomes = minutes.items_of(session, event_id)

    person_ids = _mentioned(participation_rows, speakers, items, legs, stays, costs, outcomes)
    people = sorted(
        directory.people_by_ids(session, person_ids),
        key=lambda person: (person.family_name.casefold(), person.given_name.casefold(), person.id),
    )
    named = {person.organisation_id for person in people} | {event.host_id}
    named |= {outcome.by_organisation_id for outcome in outcomes}
    organisation_ids = {ident for ident in named if ident is not None}
    organisations = sorted(
        directory.organisations_by_ids(session, organisation_ids),
        key=lambda organisation: (organisation.name.casefold(), organisation.id),
    )

    organisation_key, person_key = _KeyMaker(), _KeyMaker()
    for organisation in organisations:
        organisation_key.add(id_of(organisation), organisation.name)
    for person in people:
        person_key.add(id_of(person), person.full_name)

    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "event": _event_part(session, event, organisation_key),
        "organisations": [
            _compact(
                {
                    "key": organisation_key(row.id),
                    "name": row.name,
                    "kind": row.kind,
                    "region": row.region,
                    "country": row.country,
                    "website": row.website,
                }
            )
            for row in organisations
        ],
        "people": [
            _compact(
                {
                    "key": person_key(row.id),
                    "honorific": row.honorific,
                    "given_name": row.given_name,
                    "family_name": row.family_name,
                    "organisation": organisation_key(row.organisation_id),
                    "position": row.position,
                    "region": row.region,
                    "country": row.country,
                    "email": row.email,
                    "phone": row.phone,
                    "dietary": row.dietary,
                    "accessibility": row.accessibility,
                    "language": row.language,
                    "gender": row.gender,
                }
            )
            for row in people
        ],
        "participants": [
            _compact(
                {
                    "person": person_key(row.person_id),
                    "role": row.role,
                    "status": row.status,
                    "arrives_on": _day(row.arrives_on),
                    "departs_on": _day(row.departs_on),
                    "notes": row.notes,
                    "present": [
                        {"day": _day(day), "part": part, "source": source}
                        for day, part, source in marks.get(row.person_id, [])
                    ],
                    "consents": _consents(
                        {purpose: found[id_of(row)] for purpose, found in consents.items() if id_of(row) in found}
                    ),
                }
            )
            for row, _ in participation_rows
        ],
        "agenda": [
            _compact(
                {
                    "starts_at": times.format_wall_clock(item.starts_at),
                    "ends_at": times.format_wall_clock(item.ends_at),
                    "kind": item.kind,
                    "title": item.title,
                    "location": item.location,
                    "speakers": [person_key(person_id) for person_id in speakers.get(id_of(item), [])],
                    "moderator": person_key(item.moderator_id),
                    "description": item.description,
                    "topics": list(item.topics),
                }
            )
            for item in items
        ],
        "travel": [
            _compact(
                {
                    "person": person_key(leg.person_id),
                    "mode": leg.mode,
                    "carrier": leg.carrier,
                    "number": leg.number,
                    "reference": leg.reference,
                    "from": {
                        "place": leg.from_place,
                        "at": times.format_wall_clock(leg.from_at),
                        "timezone": leg.from_timezone,
                    },
                    "to": {
                        "place": leg.to_place,
                        "at": times.format_wall_clock(leg.to_at),
                        "timezone": leg.to_timezone,
                    },
                    "cost": _money(leg.cost_minor, leg.cost_currency),
                }
            )
            for leg in legs
        ],
        "stays": [
            _compact(
                {
                    "person": person_key(stay.person_id),
                    "name": stay.name,
                    "address": stay.address,
                    "check_in": _day(stay.check_in),
                    "check_out": _day(stay.check_out),
                    "reference": stay.reference,
                    "cost": _money(stay.cost_minor, stay.cost_currency),
                }
            )
            for stay in stays
        ],
        "costs": [
            _compact(
                {
                    "category": cost.category,
                    "description": cost.description,
                    "amount": values.format_minor_units(cost.amount_minor, cost.currency),
                    "currency": cost.currency,
                    "person": person_key(cost.person_id),
                    "funded_by": cost.funded_by,
                    "spent_on": _day(cost.spent_on),
                    "payee": cost.payee,
                    "evidence": cost.evidence,
                }
            )
            for cost in costs
        ],
    }
    planned = [
        _compact(
            {
                "funder": line.funder,
                "category": line.category,
                "amount": values.format_minor_units(line.amount_minor, line.currency),
                "currency": line.currency,
                "note": line.note,
            }
        )
        for line in budget.budget_lines(session, event_id)
    ]
    if planned:  # files of events without a budget stay as they were
        document["budget"] = planned
    if event.minutes_summary or outcomes:
        document["minutes"] = _compact(
            {
                "summary": event.minutes_summary,
                "items": [
                    _compact(
                        {
                            "kind": outcome.kind,
                            "text": outcome.text,
                            "by": person_key(outcome.by_person_id),
                            "organisation": organisation_key(outcome.by_organisation_id),
                            "topic": outcome.topic,
                            "owner": person_key(outcome.owner_id),
                            "due": _day(outcome.due),
                            "state": outcome.state,
                        }
                    )
                    for outcome in outcomes
                ],
            }
        )
    return _compact(document) | {"format": FORMAT, "version": VERSION}


def _consents(found: dict[str, Consent]) -> list[dict[str, Any]]:
    """A participant's consents in the order of the purposes; ``given`` is
    written always (false: asked and refused)."""
    return [
        {"purpose": purpose, "given": found[purpose].given}
        | _compact(
            {
                "given_on": _day(found[purpose].given_on),
                "how": found[purpose].how,
                "wording": found[purpose].wording,
                "withdrawn_on": _day(found[purpose].withdrawn_on),
            }
        )
        for purpose in consent.PURPOSES
        if purpose in found
    ]


def _event_part(session: Session, event: Event, organisation_key: _KeyMaker) -> dict[str, Any]:
    related = []
    for link in events.links_of(session, id_of(event)):
        target = events.event_or_none(session, link.target_event_id)
        described = (
            (target.title, target.starts_on, target.ends_on, target.venue_city)
            if target is not None
            else (link.title, link.starts_on, link.ends_on, link.city)
        )
        title, starts_on, ends_on, city = described
        related.append(
            _compact(
                {
                    "relation": link.relation,
                    "title": title,
                    "starts_on": _day(starts_on),
                    "ends_on": _day(ends_on),
                    "city": city,
                }
            )
        )
    return _compact(
        {
            "title": event.title,
            "kind": event.kind,
            "status": event.status,
            "programme": event.programme,
            "funding": event.funding,
            "starts_on": _day(event.starts_on),
            "ends_on": _day(event.ends_on),
            "timezone": event.timezone,
            "venue": _compact(
                {
                    "name": event.venue_name,
                    "address": event.venue_address,
                    "city": event.venue_city,
                    "country": event.venue_country,
                }
            ),
            "host": organisation_key(event.host_id),
            "organiser_email": event.organiser_email,
            "summary": event.summary,
            "attendance_halves": event.attendance_halves or None,  # written only when set
            "consent_needed": event.consent_needed or None,  # written only when set
            "objectives": list(event.objectives),
            "related": related,
        }
    )
