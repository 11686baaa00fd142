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

from planner.documents.cells import unbroken
from planner.documents.chart import MORE, bar_chart
from planner.documents.dates import day_month_year, day_span, long_day
from planner.documents.heading import EventFacts, event_facts
from planner.documents.marked import N_
from planner.documents.options import DocumentOptions
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.styles import MUTED_HEX, Styles, data_table, make_styles
from planner.documents.text import Markup, bold, capitals, coloured, escape, filled, italic, joined, para
from planner.documents.wording import document_words, figure
from planner.services import directory, events
from planner.services.agenda import agenda_entries
from planner.services.labels import label
from planner.services.language import Wording
from planner.services.minutes import Outcome, outcomes_of
from planner.services.participants import NOT_COMING, ParticipantRow, participant_rows
from planner.services.search import fold, name_order
from planner.services.values import country_name

if TYPE_CHECKING:
    from sqlmodel import Session

DOCUMENT = N_("Conclusions report")
NOT_WRITTEN = N_("The minutes of this meeting are not written yet.")
NO_ORGANISATION = N_("No organisation")
NO_COUNTRY = N_("Country not given")
OVERDUE_HEX = "#a4262c"
SIDE_BY_SIDE_MOST = 14  # more countries than this: the table in columns, the chart under it
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
# The agenda in brief counts the programme, not the breaks, meals or travel.
PROGRAMME_KINDS = ("session", "presentation", "discussion", "site_visit")
TITLES_PER_DAY = 8


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

    def __init__(self, session: Session, rows: list[ParticipantRow], words: Wording):
        self._session = session
        self._words = words
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
        return _and(found, self._words) if found else outcome.by_name

    def owner(self, outcome: Outcome) -> Markup:
        who = self.person(outcome.item.owner_id)
        if who is None:
            return escape(outcome.owner_name)
        return escape(who.name) + (coloured("\n" + who.details, MUTED_HEX) if who.details else "")


# -- head and who took part ----------------------------------------------------


def _head(facts: EventFacts, styles: Styles, words: Wording) -> list[Flowable]:
    """As the model report begins: the title, then "Madrid, 3–4 June 2009"."""
    place = facts.venue_city or facts.venue_country
    block: list[Flowable] = [
        para(capitals(words.gettext("Summary and conclusions"), words.language), styles.small),
        para(facts.title, styles.title),
        Paragraph(joined([bold(joined([place, facts.dates], ", ")), facts.kind]), styles.subtitle),
    ]
    where = joined(
        [facts.venue_name, facts.venue_address.replace("\n", ", "), facts.venue_city, facts.venue_country], ", "
    )
    if where:
        block.append(Paragraph(filled(words.gettext("Venue: {venue}"), venue=where), styles.facts))
    if facts.host:
        block.append(Paragraph(filled(words.gettext("Host: {host}"), host=facts.host), styles.facts))
    programme = joined([facts.programme, facts.funding], " · ")
    if programme:
        block.append(
            Paragraph(filled(words.gettext("Programme and funding: {programme}"), programme=programme), styles.facts)
        )
    return [*block, Spacer(1, 3 * mm)]


def _took_part(rows: list[ParticipantRow], words: Wording) -> tuple[list[ParticipantRow], str]:
    """Who attended, if attendance is recorded; else who was coming; and
    the sentence that says which."""
    attended = [row for row in rows if row.status == "attended"]
    if attended:
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
    coming = [row for row in rows if row.status not in NOT_COMING and row.status != "no_show"]
    return coming, words.ngettext(
        "{count} person was expected; attendance has not been recorded, so this is the person who was coming.",
        "{count} people were expected; attendance has not been recorded, so these are the people who were coming.",
        len(coming),
    ).format(count=len(coming))


def _who_took_part(rows: list[ParticipantRow], styles: Styles, width: float, words: Wording) -> list[Flowable]:
    present, sentence = _took_part(rows, words)
    heading = words.gettext("Who took part")
    if not present:
        return _section(
            heading, [para(words.gettext("No participants are recorded for this event."), styles.body)], styles
        )
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
    content: list[Flowable] = [para(f"{sentence} {origin}", styles.body)]
    by_country = sorted(countries.items(), key=lambda item: (item[0] == no_country, -item[1], fold(item[0])))
    content += _by_country(by_country, len(present), styles, width, words)
    content += [Spacer(1, 4 * mm), _organisation_table(organisations, styles, width, words)]
    return _section(heading, content, styles)


def _by_country(
    by_country: list[tuple[str, int]], total: int, styles: Styles, width: float, words: Wording
) -> list[Flowable]:
    """The counts by country as a table, with a bar chart beside it; a long
    list in three columns, with the chart under it."""
    language = words.language
    header = [
        para(words.gettext("Country"), styles.header_cell),
        para(words.gettext("People"), _right(styles.header_cell)),
    ]
    rows = [[para(name, styles.cell), para(figure(count, language), styles.cell_right)] for name, count in by_country]
    if len(by_country) > SIDE_BY_SIDE_MOST:
        height = -(-len(rows) // 3)  # down the first column, then the next
        columns = [rows[start : start + height] for start in range(0, len(rows), height)]
        data = [header * len(columns)] + [
            [cell for column in columns for cell in (column[index] if index < len(column) else ["", ""])]
            for index in range(height)
        ]
        widths = unbroken([width * 0.25, width * 0.08], 1, [header[1]], giver=0)
        table = data_table(data, widths * len(columns), zebra=False)
        chart = bar_chart(
            by_country,
            width * 0.8,
            caption=words.gettext("Participants by country (the largest)"),
            top=16,
            more=words.gettext(MORE),
        )
        return [table, Spacer(1, 3 * mm), chart]
    rows.append(
        [para(words.gettext("Total"), styles.cell_bold), Paragraph(bold(figure(total, language)), styles.cell_right)]
    )
    table = data_table([header, *rows], unbroken([width * 0.30, width * 0.10], 1, [header[1]], giver=0))
    if len(by_country) <= 1:  # one bar would say nothing the sentence does not
        return [table]
    # Each bar beside its row: the caption as high as the header, a bar per row.
    table.wrap(width, 1000)
    heights = table._rowHeights  # known once wrapped
    step = heights[1] if len(set(heights[1:-1])) == 1 else 15  # a wrapped country name: no row to match
    caption = words.gettext("Participants by country")
    chart = bar_chart(by_country, width * 0.56, caption=caption, top=heights[0], step=step, more=words.gettext(MORE))
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


def _organisation_table(
    organisations: dict[str, list[ParticipantRow]], styles: Styles, width: float, words: Wording
) -> Table:
    none = words.gettext(NO_ORGANISATION)
    ordered = sorted(organisations.items(), key=lambda item: (item[0] == none, -len(item[1]), fold(item[0])))
    titles = [
        para(title, styles.header_cell)
        for title in (words.gettext("Organisation"), words.gettext("Country"), words.gettext("Participants"))
    ]
    data: list[list[object]] = [[*titles, para(words.gettext("Number"), _right(styles.header_cell))]]
    for name, members in ordered:
        countries = sorted({country_name(row.country, words.language) for row in members if row.country}, key=fold)
        data.append(
            [
                para(name, styles.cell_bold if name != none else styles.cell),
                para(", ".join(countries), styles.cell),
                para(
                    ("\n" if len(members) <= NAMES_PER_LINE_MOST else ", ").join(row.name for row in members),
                    styles.cell,
                ),
                para(figure(len(members), words.language), styles.cell_right),
            ]
        )
    widths = [width * share for share in (0.36, 0.17, 0.37, 0.10)]
    return data_table(data, unbroken(widths, 3, [data[0][3]], giver=2))


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


def _agenda_in_brief(
    session: Session, facts: EventFacts, styles: Styles, bullet: ParagraphStyle, words: Wording
) -> list[Flowable]:
    """How many sessions, site visits…, and the titles of each day's."""
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
    story: list[Flowable] = [para(opening, styles.body)]
    by_day: dict[date, list] = {}
    for entry in entries:
        by_day.setdefault(entry.day, []).append(entry)
    for day, items in by_day.items():
        titles = [
            f"{label(item.kind, words.language)}: {item.title}" if item.kind == "site_visit" else item.title
            for item in items[:TITLES_PER_DAY]
        ]
        more = len(items) - TITLES_PER_DAY
        text = "; ".join(titles)
        if more > 0:
            text = words.ngettext("{titles}; and {count} more.", "{titles}; and {count} more.", more).format(
                titles=text, count=more
            )
        else:
            text += "."
        line = words.gettext("{day}: {items}")
        story.append(
            Paragraph(
                Markup("<bullet>•</bullet>") + filled(line, day=bold(long_day(day, words.language)), items=text), bullet
            )
        )
    return story


def _organised(
    session: Session, facts: EventFacts, links, styles: Styles, bullet: ParagraphStyle, words: Wording
) -> list[Flowable]:
    story: list[Flowable] = [para(line, styles.body) for line in facts.summary.splitlines() if line.strip()]
    if facts.objectives:
        story.append(para(words.gettext("The objectives were:"), styles.body))
        story += [Paragraph(Markup("<bullet>•</bullet>") + escape(goal), bullet) for goal in facts.objectives]
        story.append(Spacer(1, 2 * mm))
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
        story.append(para(hosted.format(host=facts.host, venue=venue, place=place), styles.body))
    for link in links:
        if link.relation == "held_alongside":
            story.append(para(_link(words.gettext("Held alongside {event}."), link, words), styles.body))
        elif link.relation == "part_of":
            story.append(para(_link(words.gettext("Part of {event}."), link, words), styles.body))
    story += _agenda_in_brief(session, facts, styles, bullet, words)
    return _section(words.gettext("How the meeting was organised"), story, styles)


# -- the minutes -------------------------------------------------------------


def _topic(outcome: Outcome, words: Wording) -> Markup:
    topic = outcome.item.topic
    return coloured(words.gettext("Topic: {topic}").format(topic=topic), MUTED_HEX) if topic else Markup("")


def _numbered(outcomes: list[Outcome], people: _People, item_style: ParagraphStyle, words: Wording) -> list[Flowable]:
    story: list[Flowable] = []
    for number, outcome in enumerate(outcomes, start=1):
        meta: list[Markup] = []
        proposer = people.proposer(outcome) if outcome.item.kind == "proposal" else ""
        if proposer:
            meta.append(italic(words.gettext("Proposed by {name}").format(name=proposer)))
        elif outcome.by_name or outcome.item.by_person_id or outcome.item.by_organisation_id:
            meta.append(italic(words.gettext("From {name}").format(name=people.proposer(outcome))))
        if outcome.item.topic:
            meta.append(_topic(outcome, words))
        text = Markup(f'<bullet><font color="#1d4e89"><b>{number}.</b></font></bullet>') + escape(outcome.item.text)
        if meta:
            text += Markup('<br/><font size="8.5">') + Markup(escape(" · ").join(meta)) + Markup("</font>")
        story.append(Paragraph(text, item_style))
    return story


def _action_table(
    outcomes: list[Outcome], people: _People, styles: Styles, width: float, today: date, words: Wording
) -> Table:
    language = words.language
    titles = (words.gettext("Action"), words.gettext("Owner"), words.gettext("Due"), words.gettext("State"))
    data: list[list[object]] = [
        [para("#", _right(styles.header_cell))] + [para(title, styles.header_cell) for title in titles]
    ]
    for number, outcome in enumerate(outcomes, start=1):
        item = outcome.item
        due: object = day_month_year(item.due, language) if item.due else ""
        state = escape(label(item.state, language))
        if item.state == "open" and item.due is not None and item.due < today:  # overdue: the due date in red too
            state += Markup("<br/>") + coloured(bold(words.gettext("overdue")), OVERDUE_HEX)
            due = coloured(due, OVERDUE_HEX)
        text = escape(item.text) + (Markup("<br/>") + _topic(outcome, words) if item.topic else Markup(""))
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
    # The state's words are never broken ("Ολοκληρωμένη", "überfällig"):
    # the action's text gives the room.
    return data_table(data, unbroken(widths, 4, [row[4] for row in data], giver=1))


def _minutes(
    facts: EventFacts,
    outcomes: list[Outcome],
    people: _People,
    styles: Styles,
    width: float,
    today: date,
    item_style: ParagraphStyle,
    words: Wording,
) -> list[Flowable]:
    summary = [para(line, styles.body) for line in facts.minutes_summary.splitlines() if line.strip()]
    heading = words.gettext("Summary of the meeting")
    if not summary and not outcomes:
        return _section(heading, [Paragraph(italic(words.gettext(NOT_WRITTEN)), styles.body)], styles)
    story = _section(heading, summary, styles)
    for kind, title, _ in SECTIONS:
        of_kind = [outcome for outcome in outcomes if outcome.item.kind == kind]
        if not of_kind:
            continue
        if kind == "action":
            table = _action_table(of_kind, people, styles, width, today, words)
            story += _section(words.gettext(title), [table], styles)
        else:
            story += _section(words.gettext(title), _numbered(of_kind, people, item_style, words), styles)
    return story


def _follow_up(session: Session, outcomes: list[Outcome], links, styles: Styles, words: Wording) -> list[Flowable]:
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
    return _section(words.gettext("Follow-up"), [para(line, styles.body) for line in lines], styles)


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    info = DocumentInfo(
        title=facts.title,
        document=words.gettext(DOCUMENT),
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
        language=words.language,
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
    people = _People(session, rows, words)
    story = _head(facts, styles, words)
    story += _who_took_part(rows, styles, width, words)
    story += _organised(session, facts, links, styles, bullet, words)
    story += _minutes(facts, outcomes, people, styles, width, options.printed_on, item_style, words)
    story += _follow_up(session, outcomes, links, styles, words)
    return build_pdf(story, info)
