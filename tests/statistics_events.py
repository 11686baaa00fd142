"""A programme of three events built for the statistics tests: people
who come back, an event whose attendance is not recorded, a cancelled
event, and an event of another programme."""

from __future__ import annotations

from datetime import date

from planner.services import directory, events, participants


def programme_of_three(session) -> dict[str, int]:
    """Three events of "Interreg BioNet": a kick-off, a workshop whose
    attendance is not recorded, a cancelled study visit and a closing
    meeting; and one event of another programme."""
    cluster = directory.create_organisation(session, name="Cluster Nord", kind="cluster", country="DE").id
    university = directory.create_organisation(session, name="Uni Sud", kind="university", country="FR").id
    people = {
        "anna": directory.create_person(
            session, given_name="Anna", family_name="Weber", country="DE", gender="woman", organisation_id=cluster
        ).id,
        "marc": directory.create_person(
            session, given_name="Marc", family_name="Durand", country="FR", gender="man", organisation_id=university
        ).id,
        "kim": directory.create_person(
            session, given_name="Kim", family_name="Novak", country="SI", gender="another"
        ).id,
        "ola": directory.create_person(session, given_name="Ola", family_name="Nowak", country="PL").id,
    }

    def event(title: str, day: date, programme: str = "Interreg BioNet", status: str = "held") -> int:
        return events.create_event(
            session, title=title, kind="meeting", status=status, starts_on=day, ends_on=day,
            timezone="Europe/Berlin", programme=programme,
        ).id  # fmt: skip

    made = {
        "kick-off": event("Kick-off", date(2024, 2, 6)),
        "workshop": event("Workshop", date(2024, 5, 14), status="confirmed"),
        "visit": event("Study visit", date(2024, 7, 2), status="cancelled"),
        "closing": event("Closing meeting", date(2024, 11, 20)),
        "elsewhere": event("Another network", date(2024, 3, 1), programme="COSME"),
    }
    taking_part = {
        "kick-off": {"anna": "attended", "marc": "attended", "kim": "no_show"},
        "workshop": {"anna": "confirmed", "kim": "registered", "ola": "declined"},
        "visit": {"ola": "confirmed"},
        "closing": {"anna": "attended", "kim": "attended", "ola": "attended", "marc": "cancelled"},
        "elsewhere": {"ola": "attended"},
    }
    for name, statuses in taking_part.items():
        for person, status in statuses.items():
            participants.add_participant(session, made[name], people[person], status=status)
    return made
