"""Who a document lists: the participants who are coming (not those who
declined or were cancelled), or exactly the ones the user selected, in
the order a reader looks them up: by family name, accents aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.documents.options import DocumentOptions
from planner.documents.text import Markup, bold, escape
from planner.services import consent
from planner.services.anonymous_names import shown_name
from planner.services.participants import NOT_COMING, ParticipantRow, participant_rows
from planner.services.search import name_order
from planner.services.taking_part import taking_part
from planner.services.values import country_name

if TYPE_CHECKING:
    from sqlmodel import Session


def listed_people(session: Session, event_id: int, options: DocumentOptions) -> list[ParticipantRow]:
    """Everyone coming (or the selection). Signature sheets and badges take
    them all, whatever they agreed to: a sheet is the funder's evidence of
    who was there (as are the statistics and cost reports, which count
    everyone) and a badge is worn by its own person; none is a list given
    to others. The list given to others is ``shared_people``."""
    rows = participant_rows(session, event_id)
    if options.person_ids is not None:
        rows = [row for row in rows if row.person_id in options.person_ids]
    else:
        rows = [row for row in rows if row.status not in NOT_COMING]
    return sorted(rows, key=lambda row: name_order(row.family_name, row.given_name))


def shared_people(
    session: Session, event_id: int, options: DocumentOptions
) -> tuple[list[ParticipantRow], list[consent.LeftOff]]:
    """Who a list given to others holds on the day it is printed: when the
    event needs consent, only those who agreed to the shared list; and who
    was left off, and why."""
    return consent.shared_list(session, event_id, listed_people(session, event_id, options), options.printed_on)


def written_name(row: ParticipantRow, language: str) -> str:
    """ "Dr. Francesca Colombo"; an anonymised participant as the document's
    language names them ("a participant from HBio")."""
    return shown_name(
        " ".join(part for part in (row.honorific, row.given_name, row.family_name) if part), row.organisation, language
    )


def listed_name(row: ParticipantRow, language: str) -> Markup:
    """ "<b>Colombo</b>, Francesca": the family name first, as sorted."""
    if not row.given_name and not row.family_name:
        return escape(written_name(row, language))
    if not row.given_name:
        return bold(row.family_name)
    if not row.family_name:
        return bold(row.given_name)
    return bold(row.family_name) + escape(", ") + escape(row.given_name)


def region_and_country(row: ParticipantRow, language: str = "en") -> str:
    return ", ".join(part for part in (row.region, country_name(row.country, language)) if part)


def took_part(rows: list[ParticipantRow]) -> list[ParticipantRow]:
    """Who is counted as a participant: those marked as having attended
    once attendance is recorded; before that, everyone coming except
    no-shows. The conclusions report counts the same people."""
    return taking_part(rows, lambda row: row.status)[0]
