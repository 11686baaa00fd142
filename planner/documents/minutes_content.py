"""What the conclusions report says, in its order, as blocks that the PDF
(minutes_report.py) and the Word document (minutes_docx.py) both print.

The order is the model report's ("Summary and conclusions of the Madrid
visit"): how the meeting was organised and its programme day by day, the
summary, conclusions, proposals told as sentences ("Mrs. Jocelyne Le
Seyec, Brittany (FR), proposed that…"), decisions, the action table,
best practices, discussion points, where the outcomes went next; who took
part comes last, as the figures a funder asks for. Sections with nothing
in them are left out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from planner.documents.dates import clock, day_month_year, day_span, long_day
from planner.documents.heading import EventFacts, event_facts
from planner.documents.marked import N_
from planner.documents.people import written_name
from planner.documents.report_blocks import Block, Grid, Heading, Items, Line, Report, Run, Text, line
from planner.documents.text import capitals
from planner.documents.wording import document_words, figure
from planner.services import directory, events
from planner.services.agenda import agenda_entries
from planner.services.anonymous_names import shown_name
from planner.services.labels import label
from planner.services.language import Wording
from planner.services.minutes import Outcome, outcomes_of
from planner.services.participants import ParticipantRow, participant_rows
from planner.services.search import fold, name_order
from planner.services.taking_part import taking_part
from planner.services.values import country_name

if TYPE_CHECKING:
    from sqlmodel import Session

DOCUMENT = N_("Conclusions report")
NOT_WRITTEN = N_("The minutes of this meeting are not written yet.")
NO_ORGANISATION = N_("No organisation")
NO_COUNTRY = N_("Country not given")
IN_COLUMNS_FROM = 15  # this many countries or more: the table in three pairs of columns
NAMES_PER_LINE_MOST = 6  # a bigger delegation's names run on, comma after comma

# Minutes sections in the order they are printed: (kind, heading, label of one).
SECTIONS = (
    ("conclusion", N_("Conclusions"), N_("Conclusion {number}")),
    ("proposal", N_("Proposals"), N_("Proposal {number}")),
    ("decision", N_("Decisions"), N_("Decision {number}")),
    ("action", N_("Actions"), N_("Action {number}")),
    ("best_practice", N_("Best practices"), N_("Best practice {number}")),
    ("discussion_point", N_("Discussion points"), N_("Discussion point {number}")),
)
# The programme counts sessions and visits, not the breaks, meals or travel.
PROGRAMME_KINDS = ("session", "presentation", "discussion", "site_visit")
ITEMS_PER_DAY = 12


def _programme_count(kind: str, count: int, words: Wording) -> str:
    """ "3 sessions", "1 site visit"."""
    if kind == "session":
        text = words.ngettext("{count} session", "{count} sessions", count)
    elif kind == "presentation":
        text = words.ngettext("{count} presentation", "{count} presentations", count)
    elif kind == "discussion":
        text = words.ngettext("{count} discussion", "{count} discussions", count)
    else:
        text = words.ngettext("{count} site visit", "{count} site visits", count)
    return text.format(count=count)


def _and(parts: list[str], words: Wording) -> str:
    """ "a, b and c"."""
    if len(parts) == 1:
        return parts[0]
    return words.gettext("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


class _Keys:
    """Bookmark names, one per heading."""

    def __init__(self) -> None:
        self.count = 0

    def heading(self, text: str, level: int = 1) -> Heading:
        self.count += 1
        return Heading(text, level, f"section-{self.count}")


# -- people ------------------------------------------------------------------


@dataclass(frozen=True)
class _Who:
    name: str  # "Mrs. Jocelyne Le Seyec" or an organisation's name
    place: str  # her organisation, else her region: "Brittany"
    country: str  # "FR"

    @property
    def details(self) -> str:
        """ "Brittany (FR)", as the model report names where people come from."""
        if self.place and self.country:
            return f"{self.place} ({self.country})"
        return self.place or self.country

    def __str__(self) -> str:
        return f"{self.name}, {self.details}" if self.details else self.name


class _People:
    """Names with where they come from, for proposers and action owners:
    from the participant list, else from the Directory."""

    def __init__(self, session: Session, rows: list[ParticipantRow], words: Wording):
        self._session = session
        self._words = words
        self._rows = {row.person_id: row for row in rows}

    def person(self, person_id: int | None) -> _Who | None:
        if person_id is None:
            return None
        row = self._rows.get(person_id)
        if row is not None:
            named = bool(row.given_name or row.family_name)  # else anonymised: the organisation is in the wording
            place = row.organisation or row.region if named else row.region
            return _Who(written_name(row, self._words.language), place, row.country)
        values = directory.person_values(self._session, person_id)
        organisation = (
            directory.organisation_values(self._session, values["organisation_id"])["name"]
            if values["organisation_id"]
            else ""
        )
        name = " ".join(part for part in (values["honorific"], values["given_name"], values["family_name"]) if part)
        place = organisation or values["region"] if name else values["region"]
        return _Who(shown_name(name, organisation, self._words.language), place, values["country"])

    def organisation(self, organisation_id: int | None) -> _Who | None:
        if organisation_id is None:
            return None
        values = directory.organisation_values(self._session, organisation_id)
        return _Who(values["name"], values["region"], values["country"])

    def sources(self, outcome: Outcome) -> list[_Who]:
        """Who an item came from: a person, an organisation or both (an
        organisation said once when it is the person's own)."""
        person = self.person(outcome.item.by_person_id)
        organisation = self.organisation(outcome.item.by_organisation_id)
        if person and organisation and organisation.name == person.place:
            organisation = None
        return [who for who in (person, organisation) if who]

    def source(self, outcome: Outcome) -> str:
        """ "Mrs. Jocelyne Le Seyec, Brittany (FR)"; else the name the minutes give."""
        found = [str(who) for who in self.sources(outcome)]
        return _and(found, self._words) if found else outcome.by_name

    def owner(self, outcome: Outcome) -> Line:
        who = self.person(outcome.item.owner_id)
        if who is None:
            return line(outcome.owner_name)
        return line(who.name, Run("\n" + who.details, muted=True) if who.details else "")


# -- the head ------------------------------------------------------------------


def _head(facts: EventFacts, words: Wording) -> list[Block]:
    """As the model report begins: the title, then "Madrid, 3–4 June 2009"."""
    place = facts.venue_city or facts.venue_country
    blocks: list[Block] = [
        Text(line(capitals(words.gettext("Summary and conclusions"), words.language)), "kicker"),
        Text(line(facts.title), "title"),
        Text(
            line(Run(", ".join(part for part in (place, facts.dates) if part), bold=True), " · ", facts.kind),
            "subtitle",
        ),
    ]
    where = ", ".join(
        part
        for part in (facts.venue_name, facts.venue_address.replace("\n", ", "), facts.venue_city, facts.venue_country)
        if part
    )
    facts_lines = []
    if where:
        facts_lines.append(words.gettext("Venue: {venue}").format(venue=where))
    if facts.host:
        facts_lines.append(words.gettext("Host: {host}").format(host=facts.host))
    if facts.programme:
        facts_lines.append(words.gettext("Programme: {programme}").format(programme=facts.programme))
    if facts.funding:
        facts_lines.append(words.gettext("Funding: {funding}").format(funding=facts.funding))
    blocks += [Text(line(text), "facts") for text in facts_lines]
    if facts.organiser_email:
        before, _, after = words.gettext("Contact: {email}").partition("{email}")
        email = facts.organiser_email
        blocks.append(Text(line(before, Run(email, link=f"mailto:{email}"), after), "facts"))
    return blocks


# -- how the meeting was organised ------------------------------------------


def _linked(template: str, title: str, city: str, starts_on: date | None, ends_on: date | None, words: Wording) -> str:
    """ "The outcomes were presented at the CLUNET final conference, Madrid, 5 June 2009."."""
    when = day_span(starts_on, ends_on or starts_on, words.language) if starts_on else ""
    where = ", ".join(part for part in (city, when) if part)
    the = title
    if words.language == "en" and not title.lower().startswith("the "):
        the = f"the {title}"
    return template.format(event=the + (f", {where}" if where else ""))


def _link(template: str, link, words: Wording) -> str:
    return _linked(template, link.title, link.city, link.starts_on, link.ends_on, words)


def _programme(session: Session, facts: EventFacts, keys: _Keys, words: Wording) -> list[Block]:
    """What the programme had, then each day's sessions and visits as a list
    under the day."""
    entries = [entry for entry in agenda_entries(session, facts.id) if entry.kind in PROGRAMME_KINDS]
    if not entries:
        return []
    counts = Counter(entry.kind for entry in entries)
    parts = [_programme_count(kind, counts[kind], words) for kind in PROGRAMME_KINDS if counts[kind]]
    days = (facts.ends_on - facts.starts_on).days + 1
    opening = words.ngettext(
        "In one day, the programme had {parts}, besides breaks and meals:",
        "Over {count} days, the programme had {parts}, besides breaks and meals:",
        days,
    ).format(count=days, parts=_and(parts, words))
    blocks: list[Block] = [Text(line(opening))]
    by_day: dict[date, list] = {}
    for entry in entries:
        by_day.setdefault(entry.day, []).append(entry)
    for day, items in by_day.items():
        lines: list[Line] = []
        for item in items[:ITEMS_PER_DAY]:
            title = item.title
            if item.kind == "site_visit":
                title = words.gettext("{kind}: {title}").format(kind=label(item.kind, words.language), title=title)
            hours = f"{clock(item.starts_at, words.language)}–{clock(item.ends_at, words.language)}"
            lines.append(line(Run(hours, muted=True), " ", title))
        more = len(items) - ITEMS_PER_DAY
        if more > 0:
            lines.append(line(words.ngettext("and {count} more", "and {count} more", more).format(count=more)))
        blocks += [keys.heading(long_day(day, words.language), 2), Items(tuple(lines))]
    return blocks


def _organised(session: Session, facts: EventFacts, links, keys: _Keys, words: Wording) -> list[Block]:
    blocks: list[Block] = [Text(line(text)) for text in facts.summary.splitlines() if text.strip()]
    if facts.objectives:
        blocks.append(Text(line(words.gettext("The objectives were:"))))
        blocks.append(Items(tuple(line(goal) for goal in facts.objectives)))
    if facts.host:
        place = ", ".join(part for part in (facts.venue_city, facts.venue_country) if part)
        venue = facts.venue_name if facts.venue_name and fold(facts.venue_name) != fold(facts.host) else ""
        if venue and place:
            hosted = words.gettext("Hosted by {host} at {venue} in {place}.")
        elif venue:
            hosted = words.gettext("Hosted by {host} at {venue}.")
        elif place:
            hosted = words.gettext("Hosted by {host} in {place}.")
        else:
            hosted = words.gettext("Hosted by {host}.")
        blocks.append(Text(line(hosted.format(host=facts.host, venue=venue, place=place))))
    for link in links:
        if link.relation == "held_alongside":
            blocks.append(Text(line(_link(words.gettext("Held alongside {event}."), link, words))))
        elif link.relation == "part_of":
            blocks.append(Text(line(_link(words.gettext("Part of {event}."), link, words))))
    blocks += _programme(session, facts, keys, words)
    return _section(words.gettext("How the meeting was organised"), blocks, keys)


def _section(title: str, blocks: list[Block], keys: _Keys) -> list[Block]:
    """A heading over ``blocks``; nothing at all when there are none."""
    return [keys.heading(title), *blocks] if blocks else []


# -- the minutes -------------------------------------------------------------


def _sentence_start(text: str) -> str:
    """``text`` to follow "proposed that": its first letter small when the
    first word is an ordinary word ("A good area…"), not a name ("Madrid
    Biocluster…", "IPR…", a name written capitalised further on)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not first[:1].isupper() or any(letter.isupper() for letter in first[1:]):
        return text
    bare = first.strip(",.;:")
    if len(bare) > 1 and f" {bare}" in text:  # a name: capitalised wherever it is
        return text
    return text[0].lower() + text[1:]


def _proposals(outcomes: list[Outcome], people: _People, words: Wording) -> list[Block]:
    """Each proposal as a sentence that says who made it."""
    blocks: list[Block] = []
    for outcome in outcomes:
        text = outcome.item.text.strip()
        who = people.source(outcome)
        names = [w.name for w in people.sources(outcome)] or [outcome.by_name]
        if not who or any(name and text.startswith(name) for name in names):
            blocks.append(Text(line(text)))  # the text says who
            continue
        template = words.gettext("{who} proposed that {proposal}")
        # "Mrs. Jocelyne Le Seyec, Brittany (FR), proposed…": the place set
        # off by commas where the name is the sentence's subject.
        subject = template.startswith("{who} ") and template[6:7].isalpha()
        if subject and any(source.details for source in people.sources(outcome)):
            who += ","
        # After a colon (as most languages put it) the text as it was written.
        after_colon = re.search(r":\s*\{proposal\}", template) is not None
        blocks.append(Text(line(template.format(who=who, proposal=text if after_colon else _sentence_start(text)))))
    return blocks


def _numbered(outcomes: list[Outcome], people: _People, words: Wording) -> list[Block]:
    """Numbered items; where one came from (a best practice of BioM) after it."""
    lines: list[Line] = []
    for outcome in outcomes:
        source = people.source(outcome) if (outcome.by_name or people.sources(outcome)) else ""
        lines.append(line(outcome.item.text, Run(f" ({source})", muted=True) if source else ""))
    return [Items(tuple(lines), numbered=True)]


def _action_table(outcomes: list[Outcome], people: _People, dated: date, words: Wording) -> list[Block]:
    language = words.language
    said = words.gettext("The state of the actions on {date}.").format(date=long_day(dated, language, weekday=False))
    rows: list[tuple[Line, ...]] = []
    for number, outcome in enumerate(outcomes, start=1):
        item = outcome.item
        due = day_month_year(item.due, language) if item.due else ""
        overdue = item.state == "open" and item.due is not None and item.due < dated
        state = line(label(item.state, language))
        if overdue:  # the due date in red too
            state += (Run("\n" + words.gettext("overdue"), bold=True, alert=True),)
        rows.append(
            (
                line(str(number)),
                line(item.text),
                people.owner(outcome),
                (Run(due, alert=True),) if overdue else line(due),
                state,
            )
        )
    titles = (words.gettext("Action"), words.gettext("Owner"), words.gettext("Due"), words.gettext("State"))
    return [
        Text(line(said)),
        Grid(("#", *titles), tuple(rows), (0.05, 0.465, 0.25, 0.135, 0.10), frozenset({0}), keep=(0, 4), whole=(3,)),
    ]


def _minutes(
    facts: EventFacts, outcomes: list[Outcome], people: _People, dated: date, keys: _Keys, words: Wording
) -> list[Block]:
    summary: list[Block] = [Text(line(text)) for text in facts.minutes_summary.splitlines() if text.strip()]
    heading = words.gettext("Summary of the meeting")
    if not summary and not outcomes:
        return _section(heading, [Text(line(Run(words.gettext(NOT_WRITTEN), italic=True)))], keys)
    blocks = _section(heading, summary, keys)
    for kind, title, _ in SECTIONS:
        of_kind = [outcome for outcome in outcomes if outcome.item.kind == kind]
        if not of_kind:
            continue
        if kind == "action":
            content = _action_table(of_kind, people, dated, words)
        elif kind == "proposal":
            content = _proposals(of_kind, people, words)
        else:
            content = _numbered(of_kind, people, words)
        blocks += _section(words.gettext(title), content, keys)
    return blocks


def _follow_up(session: Session, outcomes: list[Outcome], links, keys: _Keys, words: Wording) -> list[Block]:
    lines: list[str] = []
    for link in links:
        if link.relation == "outcomes_presented_at":
            lines.append(_link(words.gettext("The outcomes were presented at {event}."), link, words))
        elif link.relation == "follow_up_of":
            lines.append(_link(words.gettext("This meeting followed up {event}."), link, words))
    for kind, _, one in SECTIONS:
        of_kind = [outcome for outcome in outcomes if outcome.item.kind == kind]
        for number, outcome in enumerate(of_kind, start=1):
            if outcome.item.follow_up_event_id is None:
                continue
            event = events.get_event(session, outcome.item.follow_up_event_id)
            template = words.gettext("{item} was followed up at {event}.")
            template = template.replace("{item}", words.gettext(one).format(number=number))
            lines.append(_linked(template, event.title, event.venue_city, event.starts_on, event.ends_on, words))
    return _section(words.gettext("Follow-up"), [Text(line(text)) for text in lines], keys)


# -- who took part -------------------------------------------------------------


def _took_part(rows: list[ParticipantRow], words: Wording) -> tuple[list[ParticipantRow], str]:
    """Who attended, if attendance is recorded, else who was expected; and
    the sentence that says which."""
    counted, recorded = taking_part(rows, lambda row: row.status)
    if recorded:
        attended = counted
        absent = Counter(label(row.status, words.language).lower() for row in rows if row.status != "attended")
        note = ", ".join(f"{count} {status}" for status, count in sorted(absent.items()))
        count = len(attended)
        if note:
            return attended, words.ngettext(
                "{count} person attended, as recorded (not counted: {others}).",
                "{count} people attended, as recorded (not counted: {others}).",
                count,
            ).format(count=count, others=note)
        return attended, words.ngettext(
            "{count} person attended, as recorded.", "{count} people attended, as recorded.", count
        ).format(count=count)
    coming = counted
    return coming, words.ngettext(
        "Attendance was not recorded; {count} person was expected.",
        "Attendance was not recorded; {count} people were expected.",
        len(coming),
    ).format(count=len(coming))


def _by_country(by_country: list[tuple[str, int]], total: int, words: Wording) -> Grid:
    """The counts by country; a long list in three pairs of columns."""
    language = words.language
    country, people = words.gettext("Country"), words.gettext("People")
    rows = [(line(name), line(figure(count, language))) for name, count in by_country]
    if len(rows) < IN_COLUMNS_FROM:
        rows.append((line(Run(words.gettext("Total"), bold=True)), line(Run(figure(total, language), bold=True))))
        return Grid((country, people), tuple(rows), (0.30, 0.12), frozenset({1}), total=True, keep=(1,))
    height = -(-len(rows) // 3)  # down the first column, then the next
    columns = [rows[start : start + height] for start in range(0, len(rows), height)]
    while len(columns) < 3:
        columns.append([])
    wide = tuple(
        tuple(cell for column in columns for cell in (column[index] if index < len(column) else ((), ())))
        for index in range(height)
    )
    return Grid((country, people) * 3, wide, (0.24, 0.09) * 3, frozenset({1, 3, 5}), keep=(1, 3, 5))


def _organisation_table(organisations: dict[str, list[ParticipantRow]], words: Wording) -> Grid:
    none = words.gettext(NO_ORGANISATION)
    ordered = sorted(organisations.items(), key=lambda item: (item[0] == none, -len(item[1]), fold(item[0])))
    rows = []
    for name, members in ordered:
        countries = sorted({country_name(row.country, words.language) for row in members if row.country}, key=fold)
        rows.append(
            (
                line(Run(name, bold=name != none)),
                line(", ".join(countries)),
                line(
                    ("\n" if len(members) <= NAMES_PER_LINE_MOST else ", ").join(
                        written_name(row, words.language) for row in members
                    )
                ),
                line(figure(len(members), words.language)),
            )
        )
    titles = (
        words.gettext("Organisation"),
        words.gettext("Country"),
        words.gettext("Participants"),
        words.gettext("Number"),
    )
    return Grid(titles, tuple(rows), (0.36, 0.17, 0.37, 0.10), frozenset({3}), keep=(3,))


def _who_took_part(rows: list[ParticipantRow], keys: _Keys, words: Wording) -> list[Block]:
    present, sentence = _took_part(rows, words)
    heading = words.gettext("Who took part")
    if not present:
        return _section(heading, [Text(line(words.gettext("No participants are recorded for this event.")))], keys)
    present.sort(key=lambda row: name_order(row.family_name, row.given_name))
    no_country, no_organisation = words.gettext(NO_COUNTRY), words.gettext(NO_ORGANISATION)
    countries = Counter(country_name(row.country, words.language) or no_country for row in present)
    organisations: dict[str, list[ParticipantRow]] = {}
    for row in present:
        organisations.setdefault(row.organisation or no_organisation, []).append(row)
    known = len([name for name in organisations if name != no_organisation])
    named = len([name for name in countries if name != no_country])
    if known:
        origin = words.gettext("They came {from_organisations} {in_countries}.").format(
            from_organisations=words.ngettext("from {count} organisation", "from {count} organisations", known).format(
                count=known
            ),
            in_countries=words.ngettext("in {count} country", "in {count} countries", named).format(count=named),
        )
    else:
        origin = words.gettext("They came {from_countries}.").format(
            from_countries=words.ngettext("from {count} country", "from {count} countries", named).format(count=named)
        )
    by_country = sorted(countries.items(), key=lambda item: (item[0] == no_country, -item[1], fold(item[0])))
    blocks: list[Block] = [
        Text(line(f"{sentence} {origin}")),
        _by_country(by_country, len(present), words),
        _organisation_table(organisations, words),
    ]
    return _section(heading, blocks, keys)


def report(session: Session, event_id: int, language: str | None, dated: date | None = None) -> Report:
    """The conclusions report of an event; actions are judged on ``dated``
    (the event's last day when not given: a report of a 2009 meeting does
    not call an action overdue by today's date)."""
    words = document_words(language)
    facts = event_facts(session, event_id, words.language)
    rows = participant_rows(session, event_id)
    outcomes = outcomes_of(session, event_id)
    links = events.links_of(session, event_id)
    people = _People(session, rows, words)
    keys = _Keys()
    blocks = _head(facts, words)
    blocks += _organised(session, facts, links, keys, words)
    blocks += _minutes(facts, outcomes, people, dated or facts.ends_on, keys, words)
    blocks += _follow_up(session, outcomes, links, keys, words)
    blocks += _who_took_part(rows, keys, words)
    return Report(facts.title, words.gettext(DOCUMENT), facts.author, words.language, tuple(blocks), facts.funded_by)
