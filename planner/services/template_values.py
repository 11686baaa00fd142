"""What each placeholder of a message template says for one participant of
one event. A value that does not apply to them (no hotel booked, no journey
recorded) is "", which the sender is told about before anything goes out.

Values are worded in the language the message is written in (``words``):
weekdays, months, roles and the few fixed words of a journey or a hotel
stay; names, titles and places stay as typed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session

from planner.db.models import Event, Organisation, Participation, Person, Stay, TravelLeg
from planner.services import agenda, directory, events, logistics, participants
from planner.services.common import id_of
from planner.services.errors import NotFound
from planner.services.language import Wording, marked, say
from planner.services.reader_words import clock, days, long_day, reader_wording, value_word
from planner.services.template_text import PLACEHOLDERS, fill, placeholders_in

# A value on one line: control characters and line breaks a name may hold
# become spaces, so that no value can start a line of its own.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _line(text: str) -> str:
    return " ".join(_BREAKS.sub(" ", text).split())


def event_dates(event: Event, words: Wording | None = None) -> str:
    return days(event.starts_on, event.ends_on, words or reader_wording(None, "messages"))


def _leg(leg: TravelLeg, words: Wording) -> str:
    """ "Lufthansa LH 1621, Kraków → Munich, departs Wed 21 Mar 2018 18:10
    (Europe/Warsaw), arrives 19:40 (Europe/Berlin)"."""
    service = _line(" ".join(part for part in (leg.carrier, leg.number) if part)) or value_word(
        leg.mode, words.language
    )
    arrives = (
        clock(leg.to_at)
        if leg.to_at.date() == leg.from_at.date()
        else f"{long_day(leg.to_at.date(), words)} {clock(leg.to_at)}"
    )
    text = words.gettext(
        "{service}, {origin} → {destination}, departs {day} {time} ({origin_zone}), arrives {arrival} ({zone})"
    ).format(
        service=service,
        origin=_line(leg.from_place),
        destination=_line(leg.to_place),
        day=long_day(leg.from_at.date(), words),
        time=clock(leg.from_at),
        origin_zone=leg.from_timezone,
        arrival=arrives,
        zone=leg.to_timezone,
    )
    if leg.reference:
        text += words.gettext(", booking {reference}").format(reference=_line(leg.reference))
    return text


def _hotel(stay: Stay, words: Wording) -> str:
    place = ", ".join(_line(part) for part in (stay.name, stay.address) if _line(part))
    return words.gettext("{place}, check-in {check_in}, check-out {check_out}").format(
        place=place, check_in=long_day(stay.check_in, words), check_out=long_day(stay.check_out, words)
    )


def _my_agenda(entries: list[agenda.AgendaEntry], person_id: int, words: Wording) -> str:
    lines = []
    for entry in entries:
        parts = []
        if any(speaker.id == person_id for speaker in entry.speakers):
            parts.append(words.gettext("you speak"))
        if entry.moderator is not None and entry.moderator.id == person_id:
            parts.append(words.gettext("you moderate"))
        if parts:
            lines.append(
                f"{long_day(entry.day, words)} {clock(entry.starts_at)}–{clock(entry.ends_at)} "
                f"{_line(entry.title)} ({', '.join(parts)})"
            )
    return "\n".join(lines)


def organiser_name(session: Session, event: Event) -> str:
    """The organiser as a person when the directory knows their address,
    else the hosting organisation ("" when neither is known)."""
    person = directory.find_person_by_email(session, event.organiser_email) if event.organiser_email else None
    if person is not None and _line(person.full_name):
        return _line(person.full_name)
    return _line(events.host_name(session, event))


@dataclass(frozen=True)
class EventFacts:
    """What every participant's values share, read once per batch."""

    event: Event
    organiser_name: str
    entries: list[agenda.AgendaEntry]
    legs: dict[int, list[TravelLeg]]
    stays: dict[int, list[Stay]]


def event_facts(session: Session, event: Event) -> EventFacts:
    legs: dict[int, list[TravelLeg]] = {}
    for leg in logistics.legs_of(session, id_of(event)):  # in order of departure
        legs.setdefault(leg.person_id, []).append(leg)
    stays: dict[int, list[Stay]] = {}
    for stay in logistics.stays_of(session, id_of(event)):
        if stay.person_id is not None:
            stays.setdefault(stay.person_id, []).append(stay)
    entries = agenda.agenda_entries(session, id_of(event))
    return EventFacts(event, organiser_name(session, event), entries, legs, stays)


def values(
    session: Session, facts: EventFacts, participation: Participation, person: Person, words: Wording | None = None
) -> dict[str, str]:
    """Every placeholder's value for ``person``, worded by ``words`` (in
    their preferred language when not given); "" where none applies."""
    words = words or reader_wording(person.language, "messages")
    event, person_id = facts.event, id_of(person)
    organisation = session.get(Organisation, person.organisation_id) if person.organisation_id is not None else None
    legs = facts.legs.get(person_id, [])
    # The first journey takes them there; the last, if another, home.
    arrival = legs[0] if legs and legs[0].from_at.date() <= event.ends_on else None
    departure = legs[-1] if legs and legs[-1] is not arrival else None
    stays = facts.stays.get(person_id, [])
    venue_parts = [_line(part) for part in (event.venue_name, event.venue_address, event.venue_city)]
    found = {
        "given_name": _line(person.given_name),
        "family_name": _line(person.family_name),
        "full_name": _line(person.full_name),
        "organisation": _line(organisation.name) if organisation is not None else "",
        "role": value_word(participation.role, words.language),
        "status": value_word(participation.status, words.language),
        "event_title": _line(event.title),
        "event_dates": event_dates(event, words),
        "venue": ", ".join(part for part in venue_parts if part),
        "venue_name": venue_parts[0],
        "venue_address": venue_parts[1],
        "venue_city": venue_parts[2],
        "arrival": _leg(arrival, words) if arrival is not None else "",
        "departure": _leg(departure, words) if departure is not None else "",
        "hotel": "\n".join(_hotel(stay, words) for stay in stays),
        "my_agenda": _my_agenda(facts.entries, person_id, words),
        "organiser_name": facts.organiser_name,
        "organiser_email": _line(event.organiser_email),
    }
    assert found.keys() == PLACEHOLDERS.keys()  # one value for every placeholder, no more
    return found


# How an empty value is reported: "Paweł Łoś: no hotel ({hotel})".
_MISSING = {
    "given_name": marked("no given name ({{given_name}})"),
    "family_name": marked("no family name ({{family_name}})"),
    "full_name": marked("no full name ({{full_name}})"),
    "organisation": marked("no organisation ({{organisation}})"),
    "role": marked("no role ({{role}})"),
    "status": marked("no status ({{status}})"),
    "event_title": marked("no event title ({{event_title}})"),
    "event_dates": marked("no event dates ({{event_dates}})"),
    "venue": marked("no venue ({{venue}})"),
    "venue_name": marked("no venue name ({{venue_name}})"),
    "venue_address": marked("no venue address ({{venue_address}})"),
    "venue_city": marked("no venue city ({{venue_city}})"),
    "arrival": marked("no journey there ({{arrival}})"),
    "departure": marked("no journey home ({{departure}})"),
    "hotel": marked("no hotel ({{hotel}})"),
    "my_agenda": marked("no agenda item they speak at or moderate ({{my_agenda}})"),
    "organiser_name": marked("no organiser name ({{organiser_name}})"),
    "organiser_email": marked("no organiser email ({{organiser_email}})"),
}


def missing_phrase(name: str) -> str:
    phrase = _MISSING.get(name)
    if phrase is None:
        return f"no {name.replace('_', ' ')} ({{{name}}})"
    return say(phrase)


@dataclass(frozen=True)
class Filled:
    """A template filled in for one participant."""

    subject: str
    body: str
    missing: tuple[str, ...]  # placeholders it uses that are empty for them

    def problem(self, name: str) -> str:
        """ "Paweł Łoś: no hotel ({hotel})", or "" when nothing is missing."""
        if not self.missing:
            return ""
        return say("{name}: {missing}", name=name, missing="; ".join(missing_phrase(each) for each in self.missing))


def fill_in(subject: str, body: str, found: dict[str, str]) -> Filled:
    """``subject`` and ``body`` with ``found`` put in (InvalidInput for a
    placeholder not known)."""
    used = [*placeholders_in(subject, "subject"), *placeholders_in(body, "body")]
    missing = tuple(dict.fromkeys(name for name in used if not found[name].strip()))
    return Filled(fill(subject, found, "subject"), fill(body, found, "body"), missing)


def preview(session: Session, event_id: int, person_id: int, subject: str, body: str) -> Filled:
    """The template as the participant ``person_id`` of the event would get it."""
    event = events.get_event(session, event_id)
    for participation, person in participants.participations_of(session, event_id):
        if person.id == person_id:
            return fill_in(subject, body, values(session, event_facts(session, event), participation, person))
    raise NotFound(say("person {id}: does not take part in '{event}'", id=person_id, event=_line(event.title)))
