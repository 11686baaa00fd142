"""The conclusions report, written after an event for the partners and the
funder ("Summary and conclusions of the Madrid visit"): where and when,
who took part (by country and organisation, with a small chart), how the
meeting was organised, then the minutes: summary, conclusions, proposals
with who made them, decisions, the action table, best practices,
discussion points, and where the outcomes went next.

Sections with nothing in them are left out; an event whose minutes are not
written yet prints what it has and says so."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from planner.documents.chart import bar_chart
from planner.documents.dates import day_span, long_day
from planner.documents.heading import EventFacts, event_facts
from planner.documents.options import DocumentOptions
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.styles import MUTED_HEX, Styles, data_table, make_styles
from planner.documents.text import Markup, bold, coloured, escape, italic, joined, para
from planner.services import directory, events
from planner.services.agenda import agenda_entries
from planner.services.labels import label
from planner.services.minutes import Outcome, outcomes_of
from planner.services.participants import NOT_COMING, ParticipantRow, participant_rows
from planner.services.search import fold, name_order
from planner.services.values import country_name

if TYPE_CHECKING:
    from sqlmodel import Session

DOCUMENT = "Conclusions report"
NOT_WRITTEN = "The minutes of this meeting are not written yet."
NO_ORGANISATION = "No organisation"
NO_COUNTRY = "Country not given"
OVERDUE_HEX = "#a4262c"
SIDE_BY_SIDE_MOST = 14  # more countries than this: the table in columns, the chart under it
NAMES_PER_LINE_MOST = 6  # a bigger delegation's names run on, comma after comma

# Minutes sections in the order they are printed: (kind, heading, label of one).
SECTIONS = (
    ("conclusion", "Conclusions", "Conclusion"),
    ("proposal", "Proposals", "Proposal"),
    ("decision", "Decisions", "Decision"),
    ("action", "Actions", "Action"),
    ("best_practice", "Best practices", "Best practice"),
    ("discussion_point", "Discussion points", "Discussion point"),
)
# The agenda in brief counts the programme, not the breaks, meals or travel.
PROGRAMME_KINDS = {
    "session": ("session", "sessions"),
    "presentation": ("presentation", "presentations"),
    "discussion": ("discussion", "discussions"),
    "site_visit": ("site visit", "site visits"),
}
TITLES_PER_DAY = 8


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _and(parts: list[str]) -> str:
    """ "a, b and c"."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


def _section(title: str, content: list[Flowable], styles: Styles) -> list[Flowable]:
    """A heading over ``content``, never alone at a page bottom; nothing at
    all when there is no content."""
    if not content:
        return []
    return [CondPageBreak(35 * mm), para(title, styles.heading), *content]


# -- people ------------------------------------------------------------------


def _from(where: str, country: str) -> str:
    """ "Brittany, FR", as the model report names where people come from."""
    return ", ".join(part for part in (where, country) if part)


@dataclass(frozen=True)
class _Who:
    name: str  # "Mrs. Jocelyne Le Seyec" or an organisation's name
    details: str  # "Brittany, FR"

    def __str__(self) -> str:
        return f"{self.name} ({self.details})" if self.details else self.name


class _People:
    """Names with where they come from, for proposers and action owners:
    from the participant list, else from the Directory."""

    def __init__(self, session: Session, rows: list[ParticipantRow]):
        self._session = session
        self._rows = {row.person_id: row for row in rows}

    def person(self, person_id: int | None) -> _Who | None:
        if person_id is None:
            return None
        row = self._rows.get(person_id)
        if row is not None:
            return _Who(row.name, _from(row.organisation or row.region, row.country))
        values = directory.person_values(self._session, person_id)
        organisation = self._organisation_name(values["organisation_id"])
        name = " ".join(part for part in (values["honorific"], values["given_name"], values["family_name"]) if part)
        return _Who(name, _from(organisation or values["region"], values["country"]))

    def organisation(self, organisation_id: int | None) -> _Who | None:
        if organisation_id is None:
            return None
        values = directory.organisation_values(self._session, organisation_id)
        return _Who(values["name"], _from(values["region"], values["country"]))

    def _organisation_name(self, organisation_id: int | None) -> str:
        return directory.organisation_values(self._session, organisation_id)["name"] if organisation_id else ""

    def proposer(self, outcome: Outcome) -> str:
        """ "Mrs. Jocelyne Le Seyec (Brittany, FR)"; a person and an
        organisation both; else the name the minutes give."""
        person = self.person(outcome.item.by_person_id)
        organisation = self.organisation(outcome.item.by_organisation_id)
        if person and organisation and organisation.name in person.details.split(", "):
            organisation = None  # the person's own organisation: said once
        found = [str(who) for who in (person, organisation) if who]
        return " and ".join(found) or outcome.by_name

    def owner(self, outcome: Outcome) -> Markup:
        who = self.person(outcome.item.owner_id)
        if who is None:
            return escape(outcome.owner_name)
        return escape(who.name) + (coloured("\n" + who.details, MUTED_HEX) if who.details else "")


# -- head and who took part ----------------------------------------------------


def _head(facts: EventFacts, styles: Styles) -> list[Flowable]:
    """As the model report begins: the title, then "Madrid, 3–4 June 2009"."""
    place = facts.venue_city or facts.venue_country
    block: list[Flowable] = [
        para("SUMMARY AND CONCLUSIONS", styles.small),
        para(facts.title, styles.title),
        Paragraph(joined([bold(joined([place, facts.dates], ", ")), facts.kind]), styles.subtitle),
    ]
    where = joined(
        [facts.venue_name, facts.venue_address.replace("\n", ", "), facts.venue_city, facts.venue_country], ", "
    )
    if where:
        block.append(Paragraph(escape("Venue: ") + where, styles.facts))
    if facts.host:
        block.append(Paragraph(escape("Host: ") + facts.host, styles.facts))
    programme = joined([facts.programme, facts.funding], " · ")
    if programme:
        block.append(Paragraph(escape("Programme and funding: ") + programme, styles.facts))
    return [*block, Spacer(1, 3 * mm)]


def _took_part(rows: list[ParticipantRow]) -> tuple[list[ParticipantRow], str]:
    """Who attended, if attendance is recorded; else who was coming; and
    the sentence that says which."""
    attended = [row for row in rows if row.status == "attended"]
    if attended:
        absent = Counter(label(row.status).lower() for row in rows if row.status != "attended")
        note = ", ".join(f"{count} {status}" for status, count in sorted(absent.items()))
        people = _plural(len(attended), "person", "people")
        return attended, f"{people} attended, as recorded" + (f" (not counted: {note})." if note else ".")
    coming = [row for row in rows if row.status not in NOT_COMING and row.status != "no_show"]
    people = _plural(len(coming), "person was", "people were")
    return coming, f"{people} expected; attendance has not been recorded, so these are the people who were coming."


def _who_took_part(rows: list[ParticipantRow], styles: Styles, width: float) -> list[Flowable]:
    present, sentence = _took_part(rows)
    if not present:
        return _section("Who took part", [para("No participants are recorded for this event.", styles.body)], styles)
    present.sort(key=lambda row: name_order(row.family_name, row.given_name))
    countries = Counter(country_name(row.country) or NO_COUNTRY for row in present)
    organisations: dict[str, list[ParticipantRow]] = {}
    for row in present:
        organisations.setdefault(row.organisation or NO_ORGANISATION, []).append(row)
    known = len([name for name in organisations if name != NO_ORGANISATION])
    named = len([name for name in countries if name != NO_COUNTRY])
    origin = f"{_plural(known, 'organisation', 'organisations')} in " if known else ""
    content: list[Flowable] = [
        para(f"{sentence} They came from {origin}{_plural(named, 'country', 'countries')}.", styles.body)
    ]
    by_country = sorted(countries.items(), key=lambda item: (item[0] == NO_COUNTRY, -item[1], fold(item[0])))
    content += _by_country(by_country, len(present), styles, width)
    content += [Spacer(1, 4 * mm), _organisation_table(organisations, styles, width)]
    return _section("Who took part", content, styles)


def _by_country(by_country: list[tuple[str, int]], total: int, styles: Styles, width: float) -> list[Flowable]:
    """The counts by country as a table, with a bar chart beside it; a long
    list in three columns, with the chart under it."""
    header = [para("Country", styles.header_cell), para("People", _right(styles.header_cell))]
    rows = [[para(name, styles.cell), para(str(count), styles.cell_right)] for name, count in by_country]
    if len(by_country) > SIDE_BY_SIDE_MOST:
        height = -(-len(rows) // 3)  # down the first column, then the next
        columns = [rows[start : start + height] for start in range(0, len(rows), height)]
        data = [header * len(columns)] + [
            [cell for column in columns for cell in (column[index] if index < len(column) else ["", ""])]
            for index in range(height)
        ]
        table = data_table(data, [width * 0.25, width * 0.08] * len(columns), zebra=False)
        chart = bar_chart(by_country, width * 0.8, caption="Participants by country (the largest)", top=16)
        return [table, Spacer(1, 3 * mm), chart]
    rows.append([para("Total", styles.cell_bold), Paragraph(bold(str(total)), styles.cell_right)])
    table = data_table([header, *rows], [width * 0.30, width * 0.10])
    if len(by_country) <= 1:  # one bar would say nothing the sentence does not
        return [table]
    # Each bar beside its row: the caption as high as the header, a bar per row.
    table.wrap(width, 1000)
    heights = table._rowHeights  # known once wrapped
    step = heights[1] if len(set(heights[1:-1])) == 1 else 15  # a wrapped country name: no row to match
    chart = bar_chart(by_country, width * 0.56, caption="Participants by country", top=heights[0], step=step)
    pair = Table([[table, chart]], colWidths=[width * 0.44, width * 0.56], hAlign="LEFT")
    pair.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP")]
            + [
                (padding, (0, 0), (-1, -1), 0)
                for padding in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
            ]
        )
    )
    return [pair]


def _organisation_table(organisations: dict[str, list[ParticipantRow]], styles: Styles, width: float) -> Table:
    ordered = sorted(organisations.items(), key=lambda item: (item[0] == NO_ORGANISATION, -len(item[1]), fold(item[0])))
    titles = [para(title, styles.header_cell) for title in ("Organisation", "Country", "Participants")]
    data: list[list[object]] = [[*titles, para("Number", _right(styles.header_cell))]]
    for name, members in ordered:
        countries = sorted({country_name(row.country) for row in members if row.country}, key=fold)
        data.append(
            [
                para(name, styles.cell_bold if name != NO_ORGANISATION else styles.cell),
                para(", ".join(countries), styles.cell),
                para(
                    ("\n" if len(members) <= NAMES_PER_LINE_MOST else ", ").join(row.name for row in members),
                    styles.cell,
                ),
                para(str(len(members)), styles.cell_right),
            ]
        )
    return data_table(data, [width * share for share in (0.36, 0.17, 0.37, 0.10)])


# -- how the meeting was organised ------------------------------------------


def _linked(lead: str, title: str, city: str, starts_on: date | None, ends_on: date | None) -> str:
    """ "The outcomes were presented at the CLUNET final conference, Madrid, 5 June 2009."."""
    when = day_span(starts_on, ends_on or starts_on) if starts_on else ""
    where = ", ".join(part for part in (city, when) if part)
    the = title if title.lower().startswith("the ") else f"the {title}"
    return f"{lead} {the}" + (f", {where}" if where else "") + "."


def _link(lead: str, link) -> str:
    return _linked(lead, link.title, link.city, link.starts_on, link.ends_on)


def _agenda_in_brief(session: Session, facts: EventFacts, styles: Styles, bullet: ParagraphStyle) -> list[Flowable]:
    """How many sessions, site visits…, and the titles of each day's."""
    entries = [entry for entry in agenda_entries(session, facts.id) if entry.kind in PROGRAMME_KINDS]
    if not entries:
        return []
    counts = Counter(entry.kind for entry in entries)
    parts = [_plural(counts[kind], *words) for kind, words in PROGRAMME_KINDS.items() if counts[kind]]
    days = (facts.ends_on - facts.starts_on).days + 1
    over = "In one day" if days == 1 else f"Over {days} days"
    story: list[Flowable] = [para(f"{over}, the programme had {_and(parts)}, besides breaks and meals:", styles.body)]
    by_day: dict[date, list] = {}
    for entry in entries:
        by_day.setdefault(entry.day, []).append(entry)
    for day, items in by_day.items():
        titles = [
            f"{label(item.kind)}: {item.title}" if item.kind == "site_visit" else item.title
            for item in items[:TITLES_PER_DAY]
        ]
        more = len(items) - TITLES_PER_DAY
        text = "; ".join(titles) + (f"; and {more} more." if more > 0 else ".")
        story.append(Paragraph(Markup("<bullet>•</bullet>") + bold(long_day(day)) + escape(f": {text}"), bullet))
    return story


def _organised(session: Session, facts: EventFacts, links, styles: Styles, bullet: ParagraphStyle) -> list[Flowable]:
    story: list[Flowable] = [para(line, styles.body) for line in facts.summary.splitlines() if line.strip()]
    if facts.objectives:
        story.append(para("The objectives were:", styles.body))
        story += [Paragraph(Markup("<bullet>•</bullet>") + escape(goal), bullet) for goal in facts.objectives]
        story.append(Spacer(1, 2 * mm))
    if facts.host:
        place = ", ".join(part for part in (facts.venue_city, facts.venue_country) if part)
        at = f" at {facts.venue_name}" if facts.venue_name and fold(facts.venue_name) != fold(facts.host) else ""
        story.append(para(f"Hosted by {facts.host}{at}" + (f" in {place}." if place else "."), styles.body))
    for link in links:
        if link.relation == "held_alongside":
            story.append(para(_link("Held alongside", link), styles.body))
        elif link.relation == "part_of":
            story.append(para(_link("Part of", link), styles.body))
    story += _agenda_in_brief(session, facts, styles, bullet)
    return _section("How the meeting was organised", story, styles)


# -- the minutes -------------------------------------------------------------


def _topic(outcome: Outcome) -> Markup:
    topic = outcome.item.topic
    return coloured(f"Topic: {topic}", MUTED_HEX) if topic else Markup("")


def _numbered(outcomes: list[Outcome], people: _People, item_style: ParagraphStyle) -> list[Flowable]:
    story: list[Flowable] = []
    for number, outcome in enumerate(outcomes, start=1):
        meta: list[Markup] = []
        proposer = people.proposer(outcome) if outcome.item.kind == "proposal" else ""
        if proposer:
            meta.append(italic(f"Proposed by {proposer}"))
        elif outcome.by_name or outcome.item.by_person_id or outcome.item.by_organisation_id:
            meta.append(italic(f"From {people.proposer(outcome)}"))
        if outcome.item.topic:
            meta.append(_topic(outcome))
        text = Markup(f'<bullet><font color="#1d4e89"><b>{number}.</b></font></bullet>') + escape(outcome.item.text)
        if meta:
            text += Markup('<br/><font size="8.5">') + Markup(escape(" · ").join(meta)) + Markup("</font>")
        story.append(Paragraph(text, item_style))
    return story


def _action_table(outcomes: list[Outcome], people: _People, styles: Styles, width: float, today: date) -> Table:
    data: list[list[object]] = [
        [para("#", _right(styles.header_cell))]
        + [para(title, styles.header_cell) for title in ("Action", "Owner", "Due", "State")]
    ]
    for number, outcome in enumerate(outcomes, start=1):
        item = outcome.item
        due = f"{item.due.day} {item.due:%b %Y}" if item.due else ""
        state = escape(label(item.state))
        if item.state == "open" and item.due is not None and item.due < today:  # overdue: the due date in red too
            state += Markup("<br/>") + coloured(bold("overdue"), OVERDUE_HEX)
            due = coloured(due, OVERDUE_HEX)
        text = escape(item.text) + (Markup("<br/>") + _topic(outcome) if item.topic else Markup(""))
        data.append(
            [
                para(str(number), styles.cell_right),
                Paragraph(text, styles.cell),
                Paragraph(people.owner(outcome), styles.cell),
                Paragraph(escape(due), styles.cell),
                Paragraph(state, styles.cell),
            ]
        )
    widths = [width * share for share in (0.05, 0.465, 0.25, 0.135, 0.10)]
    return data_table(data, widths)


def _minutes(
    facts: EventFacts,
    outcomes: list[Outcome],
    people: _People,
    styles: Styles,
    width: float,
    today: date,
    item_style: ParagraphStyle,
) -> list[Flowable]:
    summary = [para(line, styles.body) for line in facts.minutes_summary.splitlines() if line.strip()]
    if not summary and not outcomes:
        return _section("Summary of the meeting", [Paragraph(italic(NOT_WRITTEN), styles.body)], styles)
    story = _section("Summary of the meeting", summary, styles)
    for kind, heading, _ in SECTIONS:
        of_kind = [outcome for outcome in outcomes if outcome.item.kind == kind]
        if not of_kind:
            continue
        if kind == "action":
            story += _section(heading, [_action_table(of_kind, people, styles, width, today)], styles)
        else:
            story += _section(heading, _numbered(of_kind, people, item_style), styles)
    return story


def _follow_up(session: Session, outcomes: list[Outcome], links, styles: Styles) -> list[Flowable]:
    lines: list[str] = []
    for link in links:
        if link.relation == "outcomes_presented_at":
            lines.append(_link("The outcomes were presented at", link))
        elif link.relation == "follow_up_of":
            lines.append(_link("This meeting followed up", link))
    for kind, _, one in SECTIONS:
        of_kind = [outcome for outcome in outcomes if outcome.item.kind == kind]
        for number, outcome in enumerate(of_kind, start=1):
            if outcome.item.follow_up_event_id is None:
                continue
            event = events.get_event(session, outcome.item.follow_up_event_id)
            lines.append(
                _linked(
                    f"{one} {number} was followed up at", event.title, event.venue_city, event.starts_on, event.ends_on
                )
            )
    return _section("Follow-up", [para(line, styles.body) for line in lines], styles)


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    facts = event_facts(session, event_id)
    info = DocumentInfo(
        title=facts.title, document=DOCUMENT, author=facts.author, printed_on=options.printed_on, paper=options.paper
    )
    styles = make_styles()
    width = info.pagesize[0] - 2 * MARGIN
    bullet = ParagraphStyle("bullet", parent=styles.body, leftIndent=12, bulletIndent=2, spaceAfter=2)
    item_style = ParagraphStyle(
        "item", parent=styles.body, leftIndent=16, bulletIndent=0, spaceAfter=6, allowWidows=0, allowOrphans=0
    )  # no topic line alone on a page
    rows = participant_rows(session, event_id)
    outcomes = outcomes_of(session, event_id)
    links = events.links_of(session, event_id)
    people = _People(session, rows)
    story = _head(facts, styles)
    story += _who_took_part(rows, styles, width)
    story += _organised(session, facts, links, styles, bullet)
    story += _minutes(facts, outcomes, people, styles, width, options.printed_on, item_style)
    story += _follow_up(session, outcomes, links, styles)
    return build_pdf(story, info)
