"""The agenda, printed for the room and handed to participants: the
programme day by day with times in the event's zone (named once, under the
title), each item with its kind, title, room, speakers and chair; breaks
and meals set apart, parallel items side by side."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from planner.documents.breaking import RowKeepingTable, keep_rows
from planner.documents.dates import clock, day_and_month, long_day
from planner.documents.heading import EventFacts, event_facts, title_block
from planner.documents.marked import N_
from planner.documents.options import DocumentOptions
from planner.documents.outline import Bookmark
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.styles import ACCENT, MUTED, MUTED_HEX, RULE, SET_APART, Styles, make_styles
from planner.documents.text import Markup, bold, coloured, escape, joined, para
from planner.documents.wording import document_words
from planner.services import times
from planner.services.agenda import AgendaEntry, PersonName, agenda_entries
from planner.services.labels import label
from planner.services.language import Wording
from planner.services.search import fold

if TYPE_CHECKING:
    from sqlmodel import Session

TIME_WIDTH = 25 * mm
KEEP_WHOLE = 35 * mm  # an item taller than this may be split across pages…
SPLIT_ROOM = 45 * mm  # …where at least this much of the page is left
SIDE_BY_SIDE = 3  # more parallel items than this are listed one under another
NOT_SET = N_("The programme is not set yet.")


# -- time ---------------------------------------------------------------------


def _span(starts_at: datetime, ends_at: datetime, words: Wording) -> str:
    """ "09:00–10:30"; an end on a later day says so."""
    end = clock(ends_at, words.language)
    days = (ends_at.date() - starts_at.date()).days
    if days == 1 and ends_at.time() == datetime.min.time():
        end = "24:00"
    elif days:
        end += " " + words.ngettext("(+{count} day)", "(+{count} days)", days).format(count=days)
    return f"{clock(starts_at, words.language)}–{end}"


def _offset(moment: datetime, zone: str) -> str:
    minutes = int(times.utc_offset(moment, zone).total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _zone_name(moment: datetime, zone: str, *, brackets: bool = False) -> str:
    """ "CEST, UTC+02:00" (or "CEST (UTC+02:00)"); just the offset where
    the zone has no abbreviation of its own."""
    abbreviation, offset = times.zone_abbreviation(moment, zone), _offset(moment, zone)
    if not abbreviation or abbreviation.startswith("UTC") or abbreviation[0] in "+-":
        return offset
    return f"{abbreviation} ({offset})" if brackets else f"{abbreviation}, {offset}"


def _changes(zone: str, noons: Sequence[datetime]) -> list[tuple[datetime, str]]:
    """The first noon, and each noon the zone's name changes on."""
    names = [(noon, _zone_name(noon, zone, brackets=True)) for noon in noons]
    return [(noon, name) for index, (noon, name) in enumerate(names) if index == 0 or name != names[index - 1][1]]


def _told(changes: Sequence[tuple[datetime, str]], words: Wording) -> list[str]:
    """ "CET (UTC+01:00) on 24 March", "CEST (UTC+02:00) from 25 March 2018"."""
    parts = []
    for index, (noon, name) in enumerate(changes):
        # The last date with its year: "… from 29 March 2026".
        when = long_day(noon.date(), words.language, weekday=False) if index == len(changes) - 1 else None
        when = when or day_and_month(noon.date(), words.language)
        if index == 0:
            parts.append(words.gettext("{zone} on {date}").format(zone=name, date=when))
        else:
            parts.append(words.gettext("{zone} from {date}").format(zone=name, date=when))
    return parts


def zone_over(zone: str, days: Sequence[date], words: Wording) -> tuple[str, bool]:
    """The zone of ``days`` at noon: "CET, UTC+01:00", or with the change
    of clocks "CET (UTC+01:00) on 24 March, CEST (UTC+02:00) from 25 March 2018";
    and whether it changes."""
    noons = [datetime.combine(day, datetime.min.time()) + timedelta(hours=12) for day in days]
    changes = _changes(zone, noons)
    if len(changes) == 1:
        return _zone_name(noons[0], zone), False
    return ", ".join(_told(changes, words)), True


def zone_line(facts: EventFacts, days: Sequence[date], words: Wording) -> str:
    """ "All times are Madrid time (CEST, UTC+02:00).": said once, with the
    change of clocks when the event spans one."""
    zone = facts.timezone
    if zone in ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"):
        return words.gettext("All times are UTC.")
    zone_city = zone.rsplit("/", 1)[-1].replace("_", " ")
    city = facts.venue_city or zone_city
    in_the_city = city == zone_city
    # Noon of each day: what the programme lives by, whatever 02:00 does.
    noons = [datetime.combine(day, datetime.min.time()) + timedelta(hours=12) for day in days]
    if not noons:
        noons = [datetime.combine(facts.starts_on, datetime.min.time()) + timedelta(hours=12)]
    changes = _changes(zone, noons)
    if len(changes) == 1:
        if in_the_city:
            return words.gettext("All times are {city} time ({zone}).").format(
                city=city, zone=_zone_name(noons[0], zone)
            )
        return words.gettext("All times are local time in {city} ({zone}).").format(
            city=city, zone=_zone_name(noons[0], zone)
        )
    parts = _told(changes, words)
    if in_the_city:
        return words.gettext("All times are {city} time: {changes}.").format(city=city, changes=", ".join(parts))
    return words.gettext("All times are local time in {city}: {changes}.").format(city=city, changes=", ".join(parts))


# -- the parts of an item -------------------------------------------------------


def _people(names: Iterable[PersonName]) -> Markup:
    """ "Horst Domdey (BioM), Katrin Schönberger (BioM)", organisations muted."""
    shown = [
        escape(person.name) + (coloured(f" ({person.organisation})", MUTED_HEX) if person.organisation else "")
        for person in names
    ]
    return Markup(", ").join(shown)


def _item_parts(entry: AgendaEntry, look: _Look, *, room_first: bool, own_time: bool) -> list[Flowable]:
    words = look.words
    """Kind, title, room, speakers, chair and description, one under another."""
    parts: list[Flowable] = []
    if room_first and entry.location:
        parts.append(Paragraph(bold(entry.location), look.room))
    # The kind and the room share the line above the title: the room in ink.
    kind = "" if entry.kind == "other" else label(entry.kind, words.language)
    top = joined([_span(entry.starts_at, entry.ends_at, words) if own_time else "", kind], "  ·  ")
    room = "" if room_first else entry.location
    if top or room:
        line = coloured(top, MUTED_HEX) if top else Markup("")
        if room:
            line = line + (Markup(coloured("  ·  ", MUTED_HEX)) if top else "") + escape(room)
        parts.append(Paragraph(line, look.kind))
    parts.append(para(entry.title, look.title))
    if entry.speakers:
        caption = words.ngettext("Speaker:", "Speakers:", len(entry.speakers))
        parts.append(Paragraph(coloured(caption + " ", MUTED_HEX) + _people(entry.speakers), look.people))
    if entry.moderator:
        caption = words.gettext("Chair:")
        parts.append(Paragraph(coloured(caption + " ", MUTED_HEX) + _people([entry.moderator]), look.people))
    if entry.description:
        parts.append(para(entry.description, look.description))
    return parts


def _pause_parts(entry: AgendaEntry, look: _Look, *, own_time: bool = False) -> list[Flowable]:
    """A break or meal: one light line, its description (if any) beneath."""
    own = _span(entry.starts_at, entry.ends_at, look.words) if own_time else ""
    line = joined([own, entry.title, entry.location], "  ·  ")
    parts: list[Flowable] = [Paragraph(line, look.pause)]
    if entry.speakers:
        parts.append(Paragraph(_people(entry.speakers), look.pause))
    if entry.description:
        parts.append(para(entry.description, look.description))
    return parts


class _Look:
    """The agenda's paragraph styles, made from the shared ones."""

    def __init__(self, styles: Styles, words: Wording):
        self.words = words
        cell = styles.cell
        self.time = ParagraphStyle("agenda_time", parent=cell, fontName=styles.cell_bold.fontName)
        self.time_note = ParagraphStyle("agenda_time_note", parent=styles.cell_small, spaceBefore=1)
        self.kind = ParagraphStyle(
            "agenda_kind", parent=styles.cell_small, textColor=styles.cell.textColor, spaceAfter=1
        )
        self.title = ParagraphStyle("agenda_title", parent=styles.cell_bold, fontSize=10, leading=12.5, spaceAfter=1)
        self.room = ParagraphStyle("agenda_room", parent=styles.cell_bold, textColor=ACCENT, spaceAfter=1)
        self.people = ParagraphStyle("agenda_people", parent=cell, spaceBefore=1)
        self.description = ParagraphStyle("agenda_description", parent=styles.cell_small, spaceBefore=2.5)
        self.pause = ParagraphStyle("agenda_pause", parent=cell, textColor=MUTED)
        self.pause_time = ParagraphStyle("agenda_pause_time", parent=cell, textColor=MUTED)
        self.day = ParagraphStyle("agenda_day", parent=styles.heading, spaceBefore=12, spaceAfter=0)


def natural_order(text: str) -> tuple:
    """ "Room 2" before "Room 10", "Saal A" before "Saal B", accents aside."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, fold(part)) for part in re.split(r"(\d+)", text))


# -- blocks: one item, or items that overlap ----------------------------------------


def _overlapping(entries: Sequence[AgendaEntry]) -> list[list[AgendaEntry]]:
    """The day's items in runs that overlap in time: a run of one is an
    ordinary item, a longer run is held in parallel."""
    runs: list[list[AgendaEntry]] = []
    run_end: datetime | None = None
    for entry in entries:
        if runs and run_end is not None and entry.starts_at < run_end:
            runs[-1].append(entry)
            run_end = max(run_end, entry.ends_at)
        else:
            runs.append([entry])
            run_end = entry.ends_at
    return runs


PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 4.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5.5),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def _time_cell(run: Sequence[AgendaEntry], look: _Look) -> list[Flowable]:
    start, end = min(entry.starts_at for entry in run), max(entry.ends_at for entry in run)
    span = _span(start, end, look.words)
    cell = [para(span, look.pause_time if all(entry.is_pause for entry in run) else look.time)]
    if len(run) > 1:
        note = look.words.ngettext("{count} in parallel", "{count} in parallel", len(run)).format(count=len(run))
        cell.append(para(note, look.time_note))
    return cell


def _parallel(run: list[AgendaEntry], look: _Look, width: float) -> Table:
    """Two or three items side by side, each under its room; more are
    listed one under another. It splits like the day's table: inside an
    item only when the group is taller than a page."""
    start, end = min(entry.starts_at for entry in run), max(entry.ends_at for entry in run)
    # Room by room, as the signs say (A, B, …); a room's items in time order.
    run = sorted(run, key=lambda entry: (natural_order(entry.location), entry.starts_at))

    def parts(entry: AgendaEntry) -> list[Flowable]:
        own_time = (entry.starts_at, entry.ends_at) != (start, end)
        if entry.is_pause:
            return _pause_parts(entry, look, own_time=own_time)
        return _item_parts(entry, look, room_first=True, own_time=own_time)

    if len(run) <= SIDE_BY_SIDE:
        rows: list[list[object]] = [[parts(entry) for entry in run]]
        commands: list[tuple] = [("LINEBEFORE", (1, 0), (-1, -1), 0.25, RULE)]
        commands += [
            ("BACKGROUND", (index, 0), (index, 0), SET_APART) for index, entry in enumerate(run) if entry.is_pause
        ]
        widths = [width / len(run)] * len(run)
    else:
        rows = [[parts(entry)] for entry in run]
        commands = [("LINEBELOW", (0, 0), (0, -2), 0.25, RULE)]
        commands += [
            ("BACKGROUND", (0, index), (0, index), SET_APART) for index, entry in enumerate(run) if entry.is_pause
        ]
        widths = [width]
    table = Table(rows, colWidths=widths, splitByRow=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([*PADDING, ("TOPPADDING", (0, 0), (-1, -1), 0), *commands]))
    return table


def _row(run: list[AgendaEntry], look: _Look, width: float) -> tuple[list[object], list[tuple]]:
    """One row of the day's table, and what it needs of the table's style
    (its band, its padding) with -1 standing for its row number."""
    if len(run) > 1:  # the group fills the item cell, edge to edge
        inner = _parallel(run, look, width - TIME_WIDTH)
        return [_time_cell(run, look), [inner]], [
            ("LEFTPADDING", (1, -1), (1, -1), 0),
            ("RIGHTPADDING", (1, -1), (1, -1), 0),
            ("BOTTOMPADDING", (1, -1), (1, -1), 0),
        ]
    entry = run[0]
    if entry.is_pause:
        return [_time_cell(run, look), _pause_parts(entry, look)], [
            ("BACKGROUND", (0, -1), (-1, -1), SET_APART),
            ("TOPPADDING", (0, -1), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
        ]
    return [_time_cell(run, look), _item_parts(entry, look, room_first=False, own_time=False)], []


def _first_rows_height(rows: list[list[object]], width: float) -> float:
    probe = Table(rows, colWidths=[TIME_WIDTH, width - TIME_WIDTH])
    probe.setStyle(TableStyle([*PADDING, ("SPAN", (0, 0), (1, 0))]))
    return probe.wrap(width, 10**6)[1]


def _day(day: date, entries: list[AgendaEntry], look: _Look, width: float, page_height: float) -> list[Flowable]:
    """The day as one table whose header is the day's heading, so a day
    that runs on to the next page is named again at its top. It breaks
    between items; it splits an item only when the item is long and much
    of the page is left, never a short item at a page's foot."""
    words = look.words
    name = long_day(day, words.language)
    rows: list[list[object]] = [[[Bookmark(name), para(name, look.day)], ""]]
    commands: list[tuple] = [
        *PADDING,
        ("SPAN", (0, 0), (1, 0)),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    for run in _overlapping(entries):
        cells, own = _row(run, look, width)
        number = len(rows)
        rows.append(cells)
        commands += [(name, (first[0], number), (last[0], number), *rest) for name, first, last, *rest in own]
    table = RowKeepingTable(
        rows, colWidths=[TIME_WIDTH, width - TIME_WIDTH], repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle(commands))
    table.continued_header = [para(words.gettext("{day} (continued)").format(day=name), look.day), ""]
    keep_rows(table, page_height, MARGIN, long_row=KEEP_WHOLE, split_room=SPLIT_ROOM)
    # The heading never ends a page: it goes over with its first item
    # (an item taller than KEEP_WHOLE may be split instead).
    needed = min(_first_rows_height(rows[:2], width), look.day.leading + KEEP_WHOLE)
    return [CondPageBreak(needed + look.day.spaceBefore + 2), Spacer(1, look.day.spaceBefore), table]


def _introduction(facts: EventFacts, styles: Styles, words: Wording) -> list[Flowable]:
    """The summary and objectives, short, before the programme."""
    story: list[Flowable] = []
    if facts.summary:
        story.append(para(facts.summary, styles.body))
    objectives = [objective for objective in facts.objectives if objective]
    if objectives:
        story.append(
            Paragraph(
                bold(words.gettext("Objectives")), ParagraphStyle("agenda_goals", parent=styles.body, spaceAfter=1)
            )
        )
        bullet = ParagraphStyle(
            "agenda_goal",
            parent=styles.body,
            leftIndent=10,
            bulletIndent=1,
            spaceAfter=1,
            bulletFontName=styles.body.fontName,
        )
        story += [Paragraph(escape(objective), bullet, bulletText="•") for objective in objectives]
    if story:
        story.append(Spacer(1, 2 * mm))
    return story


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    entries = agenda_entries(session, event_id)
    document = words.gettext("Agenda")
    info = DocumentInfo(
        title=facts.title,
        document=document,
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
        language=words.language,
    )
    styles = make_styles()
    look = _Look(styles, words)
    width = info.pagesize[0] - 2 * MARGIN
    by_day: dict[date, list[AgendaEntry]] = {}
    for entry in entries:  # already in time order; days without items never appear
        by_day.setdefault(entry.day, []).append(entry)
    if not by_day:
        story = [*title_block(facts, styles, words, document), para(words.gettext(NOT_SET), styles.body)]
        return build_pdf(story, info)
    story = title_block(facts, styles, words, document, lines=(zone_line(facts, sorted(by_day), words),))
    story += _introduction(facts, styles, words)
    for day in sorted(by_day):
        story += _day(day, by_day[day], look, width, info.pagesize[1])
    return build_pdf(story, info)
