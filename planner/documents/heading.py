"""The facts about an event that head most documents, and the title block
that prints them: title, kind and dates, venue and city, host, programme
and funding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from planner.documents.dates import day_span
from planner.documents.funding import funding_band
from planner.documents.styles import Styles
from planner.documents.text import bold, capitals, filled, joined, para
from planner.services import events, labels, programmes
from planner.services.common import id_of
from planner.services.language import Wording
from planner.services.programmes import ProgrammeDetails
from planner.services.values import country_name

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class EventFacts:
    id: int
    title: str
    kind: str  # shown form: "Study visit"
    starts_on: date
    ends_on: date
    timezone: str
    venue_name: str
    venue_address: str
    venue_city: str
    venue_country: str  # shown form: "Germany"
    host: str
    programme: str
    funding: str
    organiser_email: str
    summary: str
    objectives: tuple[str, ...]
    minutes_summary: str
    language: str = "en"  # the language the facts are worded in
    # The programme's logos, funding statement and grant number, when recorded.
    funded_by: ProgrammeDetails | None = None

    @property
    def dates(self) -> str:
        return day_span(self.starts_on, self.ends_on, self.language)

    @property
    def place(self) -> str:
        """ "Madrid Biocluster, Madrid, Spain"."""
        return ", ".join(part for part in (self.venue_name, self.venue_city, self.venue_country) if part)

    @property
    def author(self) -> str:
        return self.host or "Planner"


def event_facts(session: Session, event_id: int, language: str = "en") -> EventFacts:
    """The event's facts, its kind and country in ``language``."""
    event = events.get_event(session, event_id)
    return EventFacts(
        id=id_of(event),
        title=event.title,
        kind=labels.label(event.kind, language),
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        timezone=event.timezone,
        venue_name=event.venue_name,
        venue_address=event.venue_address,
        venue_city=event.venue_city,
        venue_country=country_name(event.venue_country, language),
        host=events.host_name(session, event),
        programme=event.programme,
        funding=event.funding,
        organiser_email=event.organiser_email,
        summary=event.summary,
        objectives=tuple(event.objectives),
        minutes_summary=event.minutes_summary,
        language=language,
        funded_by=programmes.programme_named(session, event.programme),
    )


def title_block(
    facts: EventFacts, styles: Styles, words: Wording, document: str, *, lines: tuple[str, ...] = ()
) -> list[Flowable]:
    """The document's name above the event's title, then one line each for
    when and where, who hosts, and under which programme and funding."""
    block: list[Flowable] = [
        *funding_band(facts.funded_by, styles, words),
        para(capitals(document, words.language), styles.small),
        para(facts.title, styles.title),
        Paragraph(joined([bold(facts.dates), facts.kind]), styles.subtitle),
    ]
    where = joined([facts.venue_name, facts.venue_address, facts.venue_city, facts.venue_country], ", ")
    if where:
        block.append(Paragraph(where, styles.facts))
    if facts.host:
        block.append(Paragraph(filled(words.gettext("Host: {host}"), host=facts.host), styles.facts))
    # Each with its label: "Programme: CLUNET · Funding: CLUNET pilot project".
    programme = joined(
        [
            facts.programme and filled(words.gettext("Programme: {programme}"), programme=facts.programme),
            facts.funding and filled(words.gettext("Funding: {funding}"), funding=facts.funding),
        ],
        " · ",
    )
    if programme:
        block.append(Paragraph(programme, styles.facts))
    for line in lines:
        block.append(para(line, styles.facts))
    block.append(Spacer(1, 5 * mm))
    return block
