"""The itinerary of a study visit (or any event with travel), day by day
from the first travel day to the last: arrivals and departures with the
local time and zone at each end and the true duration, hotel check-ins and
check-outs with addresses, the programme with the site visits' addresses,
and whom to call. For everyone (the host's copy, with a table of who
arrives and leaves when), for a selection of travellers, or for one
traveller (``--person EMAIL``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from planner.documents.agenda import natural_order, zone_over
from planner.documents.cells import unbroken
from planner.documents.dates import clock, long_day, short_day
from planner.documents.heading import EventFacts, event_facts, title_block
from planner.documents.marked import N_
from planner.documents.options import DocumentOptions
from planner.documents.outline import Bookmark
from planner.documents.page import DocumentInfo, build_pdf
from planner.documents.people import written_name
from planner.documents.styles import ACCENT, MUTED_HEX, SET_APART, Styles, data_table, make_styles
from planner.documents.text import Markup, bold, coloured, escape, filled, joined, para
from planner.documents.wording import document_words
from planner.services import agenda, events, logistics, movements, participants, times
from planner.services.common import id_of
from planner.services.labels import label
from planner.services.language import Wording
from planner.services.search import fold, name_order

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Person, Stay, TravelLeg

CONTACT_ROLES = ("host", "organiser")
ARRIVAL, DEPARTURE, CONNECTION, TRAVEL = N_("Arrival"), N_("Departure"), N_("Connection"), N_("Travel")
TICK = timedelta(seconds=1)  # keeps a check-in just after the arrival it follows


@dataclass(frozen=True)
class _Who:
    name: str  # "Dimitra Alexiou"
    organisation: str
    order: tuple


@dataclass
class _Entry:
    """One row of a day: what happens, sorted by the instant it happens."""

    day: date
    at: datetime  # UTC
    rank: int  # check-outs, travel, programme, check-ins at the same instant
    cells: list[object]
    pause: bool = False
    local: datetime | None = None  # the time as the row shows it, on its own clock
    zone: str = ""  # the zone the row's times end in ("CET"), for the next row
    clock: str = ""  # a programme row's times, printed with ``zone`` where the zone changes
    order: tuple = ()  # rooms in their order, for items at the same time

    @property
    def programme(self) -> bool:
        return bool(self.clock)


@dataclass
class _Plan:
    facts: EventFacts
    words: Wording
    person: Person | None  # the one traveller of --person
    who: dict[int, _Who]
    legs: list[TravelLeg]
    stays: list[Stay]
    items: list[agenda.AgendaEntry]
    rows: dict[int, participants.ParticipantRow]  # the participants, by person id
    kinds: dict[int, str] = field(default_factory=dict)  # leg id → Arrival, Departure…
    arrivals: dict[int, movements.Movement] = field(default_factory=dict)
    departures: dict[int, movements.Movement] = field(default_factory=dict)


def _small(text: object) -> Markup:
    return Markup(f'<font size="8">{coloured(text, MUTED_HEX)}</font>')


def _lines(*parts: object) -> Markup:
    return joined(parts, "\n")


def _local(value: datetime, zone: str, language: str) -> str:
    """ "08:20 EET": a time in the zone it is at."""
    return f"{clock(value, language)} {times.zone_abbreviation(value, zone)}"


def _duration(value: timedelta, words: Wording) -> str:
    """ "2 h 25 min": the real time on the way."""
    hours, minutes = divmod(int(value.total_seconds() // 60), 60)
    if hours:
        return words.gettext("{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
    return words.gettext("{minutes} min").format(minutes=minutes)


def _utc(day: date, hour: time, zone: str) -> datetime:
    return times.to_utc(datetime.combine(day, hour), zone)


# -- who and what is in it -----------------------------------------------------


def _people(session: Session, event_id: int, rows: dict[int, participants.ParticipantRow]) -> dict[int, _Who]:
    order = {row.person_id: name_order(row.family_name, row.given_name) for row in rows.values()}
    return {
        traveller.person_id: _Who(
            traveller.name, traveller.organisation, order.get(traveller.person_id, (fold(traveller.sort_key),))
        )
        for traveller in movements.travellers(session, event_id)
    }


def _leg_kinds(plan: _Plan, found: list[movements.Movement]) -> None:
    """Arrival and departure legs as ``movements`` finds them; the legs
    before an arrival or after a departure are connections."""
    for movement in found:
        plan.kinds[id_of(movement.leg)] = ARRIVAL if movement.kind == movements.ARRIVAL else DEPARTURE
        (plan.arrivals if movement.kind == movements.ARRIVAL else plan.departures)[movement.person_id] = movement
    for leg in plan.legs:
        leg_id = id_of(leg)
        if leg_id in plan.kinds:
            continue
        arrival, departure = plan.arrivals.get(leg.person_id), plan.departures.get(leg.person_id)
        starts = times.to_utc(leg.from_at, leg.from_timezone)
        before = arrival and starts < times.to_utc(arrival.leg.from_at, arrival.leg.from_timezone)
        after = departure and starts > times.to_utc(departure.leg.from_at, departure.leg.from_timezone)
        plan.kinds[leg_id] = CONNECTION if before or after else TRAVEL


def _plan(session: Session, event_id: int, options: DocumentOptions, words: Wording) -> _Plan:
    facts = event_facts(session, event_id, words.language)
    person = None
    if options.person_email:
        person = participants.participant_by_email(session, events.get_event(session, event_id), options.person_email)
    rows = {row.person_id: row for row in participants.participant_rows(session, event_id)}
    status = {person_id: row.status for person_id, row in rows.items()}

    def included(person_id: int | None) -> bool:
        if person is not None:
            return person_id == person.id
        if options.person_ids is not None:
            return person_id in options.person_ids
        return person_id is None or status.get(person_id) not in participants.NOT_COMING

    everyone = person is None and options.person_ids is None
    plan = _Plan(
        facts=facts,
        words=words,
        person=person,
        who=_people(session, event_id, rows),
        legs=[leg for leg in logistics.legs_of(session, event_id) if included(leg.person_id)],
        # A stay booked for nobody in particular is the host's business only.
        stays=[
            stay
            for stay in logistics.stays_of(session, event_id)
            if (stay.person_id is None and everyone) or (stay.person_id is not None and included(stay.person_id))
        ],
        items=agenda.agenda_entries(session, event_id),
        rows=rows,
    )
    shown = {leg.id for leg in plan.legs}
    _leg_kinds(plan, [found for found in movements.arrivals_and_departures(session, event_id) if found.leg.id in shown])
    return plan


# -- the rows of a day ------------------------------------------------------------


def _who_cell(ids: list[int | None], plan: _Plan, styles: Styles) -> Paragraph:
    known = sorted((plan.who[i] for i in ids if i in plan.who), key=lambda who: who.order)
    if not known:
        return Paragraph(_small(plan.words.gettext("not booked for a named traveller")), styles.cell)
    if len(known) == 1:
        return Paragraph(
            _lines(known[0].name, _small(known[0].organisation) if known[0].organisation else ""), styles.cell
        )
    return Paragraph(joined((who.name for who in known), "\n"), styles.cell)


def _leg_entry(leg: TravelLeg, plan: _Plan, styles: Styles) -> _Entry:
    words = plan.words
    language = words.language
    arrives_later = leg.to_at.date() != leg.from_at.date()
    arrives = f"→ {_local(leg.to_at, leg.to_timezone, language)}"
    if arrives_later:
        arrives += f" ({short_day(leg.to_at.date(), language)})"
    when = _lines(_local(leg.from_at, leg.from_timezone, language), arrives)
    kind = _lines(bold(words.gettext(plan.kinds.get(id_of(leg), TRAVEL))), _small(label(leg.mode, language)))
    service = " ".join(part for part in (leg.carrier, leg.number) if part)
    reference = words.gettext("Booking reference {reference}").format(reference=leg.reference)
    details = _lines(
        bold(f"{leg.from_place} → {leg.to_place}"),
        joined([service, _duration(logistics.leg_duration(leg), words)]),
        _small(reference) if leg.reference else "",
    )
    return _Entry(
        leg.from_at.date(),
        times.to_utc(leg.from_at, leg.from_timezone),
        1,
        local=leg.from_at,
        zone=times.zone_abbreviation(leg.to_at, leg.to_timezone),
        cells=[
            Paragraph(when, styles.cell),
            Paragraph(kind, styles.dense_cell),
            Paragraph(details, styles.cell),
            _who_cell([leg.person_id], plan, styles),
        ],
    )


def _hotel_entries(plan: _Plan, styles: Styles) -> list[_Entry]:
    """Check-ins and check-outs, one row per hotel and day: a check-out
    just before the traveller's first leg that day, a check-in just after
    the last arrival (at the start or the end of the day if there is none)."""
    zone = plan.facts.timezone
    words = plan.words
    groups: dict[tuple, list[Stay]] = {}
    for stay in plan.stays:
        groups.setdefault(("out", stay.check_out, stay.name, stay.address), []).append(stay)
        # Those who stay as long share a row, so each row says until when.
        groups.setdefault(("in", stay.check_in, stay.name, stay.address, stay.check_out), []).append(stay)
    found: list[_Entry] = []
    for (way, day, name, address, *_), stays in groups.items():
        ids = [stay.person_id for stay in stays]
        if way == "out":
            starts = [
                times.to_utc(leg.from_at, leg.from_timezone)
                for leg in plan.legs
                if leg.person_id in ids and leg.from_at.date() == day
            ]
            at, rank = (min(starts) - TICK, 1) if starts else (_utc(day, time(), zone), 0)
            note = ""
        else:
            ends = [
                times.to_utc(leg.to_at, leg.to_timezone)
                for leg in plan.legs
                if leg.person_id in ids and leg.to_at.date() == day
            ]
            at, rank = (max(ends) + TICK, 3) if ends else (_utc(day, time(23, 59), zone), 3)
            count = (stays[0].check_out - stays[0].check_in).days
            note = words.ngettext("{count} night, until {day}", "{count} nights, until {day}", count).format(
                count=count, day=short_day(stays[0].check_out, words.language)
            )
        reference = stays[0].reference if len(stays) == 1 and stays[0].reference else ""
        booked = reference and words.gettext("Booking reference {reference}").format(reference=reference)
        details = _lines(bold(name), address, _small(joined([note, booked])))
        found.append(
            _Entry(
                day,
                at,
                rank,
                local=at.astimezone(times.zone(zone)).replace(tzinfo=None),
                cells=[
                    Paragraph("", styles.cell),
                    Paragraph(
                        bold(words.gettext("Check-in") if way == "in" else words.gettext("Check-out")),
                        styles.dense_cell,
                    ),
                    Paragraph(details, styles.cell),
                    _who_cell(ids, plan, styles),
                ],
            )
        )
    return found


def _item_entry(item: agenda.AgendaEntry, plan: _Plan, styles: Styles) -> _Entry:
    words = plan.words
    language = words.language
    where: object = item.location
    if item.kind == "site_visit" and item.location:
        where = filled(words.gettext("Address: {address}"), address=bold(item.location))
    speakers = joined(speaker.label for speaker in item.speakers)
    role = ""
    if plan.person is not None:
        if any(speaker.id == plan.person.id for speaker in item.speakers):
            role = words.gettext("You speak")
        elif item.moderator and item.moderator.id == plan.person.id:
            role = words.gettext("You moderate")
    moderator = item.moderator and words.gettext("Moderator: {name}").format(name=item.moderator.label)
    details = _lines(
        bold(item.title),
        where,
        _small(speakers) if speakers else "",
        _small(moderator) if moderator else "",
        Markup(f'<font size="8"><b>{escape(role)}</b></font>') if role else "",
    )
    when = f"{clock(item.starts_at, language)}–{clock(item.ends_at, language)}"
    if item.ends_at.date() != item.starts_at.date():
        when += f" ({short_day(item.ends_at.date(), language)})"
    return _Entry(
        item.day,
        times.to_utc(item.starts_at, plan.facts.timezone),
        2,
        local=item.starts_at,
        zone=times.zone_abbreviation(item.starts_at, plan.facts.timezone),
        clock=when,
        order=natural_order(item.location),
        cells=[
            para(when, styles.cell),
            Paragraph(bold(label(item.kind, language)), styles.dense_cell),
            Paragraph(details, styles.cell),
            Paragraph("", styles.cell),
        ],
        pause=item.is_pause,
    )


# -- the document -------------------------------------------------------------


def _zone_note(facts: EventFacts, days: list[date], words: Wording) -> str:
    """The event's zone, day by day: the change to summer time in the
    middle of a visit is told with its date, as the agenda tells it."""
    place = facts.venue_city or facts.timezone.rsplit("/", 1)[-1].replace("_", " ")
    zone, changes = zone_over(facts.timezone, days, words)
    if changes:  # "CET (UTC+01:00) on 24 March, CEST (UTC+02:00) from 25 March 2018"
        return words.gettext(
            "Programme times are {city} time: {changes}. Travel times are local at each end, "
            "with their zone, and durations are the real time on the way."
        ).format(city=place, changes=zone)
    return words.gettext(
        "Programme times are {city} time ({zone}); travel times are local at each end, "
        "with their zone, and durations are the real time on the way."
    ).format(city=place, zone=zone)


def _contacts(plan: _Plan, styles: Styles, width: float) -> list[Flowable]:
    rows = [
        row for row in plan.rows.values() if row.role in CONTACT_ROLES and row.status not in participants.NOT_COMING
    ]
    rows.sort(key=lambda row: (CONTACT_ROLES.index(row.role), name_order(row.family_name, row.given_name)))
    facts, words = plan.facts, plan.words
    title = words.gettext("Contacts")
    story: list[Flowable] = [CondPageBreak(30 * mm), Bookmark(title), para(title, styles.heading)]
    if facts.host:
        story.append(Paragraph(filled(words.gettext("Host: {host}"), host=bold(facts.host)), styles.body))
    if rows:
        cell, header = styles.dense_cell, styles.dense_header
        columns = [
            (words.gettext("Name"), 1.5, lambda row: bold(written_name(row, words.language))),
            (words.gettext("Role"), 0.7, lambda row: escape(label(row.role, words.language))),
            (
                words.gettext("Organisation"),
                1.6,
                lambda row: _lines(row.organisation, _small(row.position) if row.position else ""),
            ),
        ]
        # E-mail and phone only when someone has one (the phone is often missing).
        if any(row.email for row in rows):
            columns.append((words.gettext("E-mail"), 1.6, lambda row: escape(row.email)))
        if any(row.phone for row in rows):
            columns.append((words.gettext("Phone"), 1.0, lambda row: escape(row.phone)))
        data: list[list[object]] = [[para(title, header) for title, _, _ in columns]]
        data += [[Paragraph(value(row), cell) for _, _, value in columns] for row in rows]
        total = sum(weight for _, weight, _ in columns)
        story.append(data_table(data, [weight * width / total for _, weight, _ in columns], zebra=False))
    if facts.organiser_email:
        story += [
            Spacer(1, 2 * mm),
            Paragraph(
                filled(words.gettext("Organiser's e-mail: {address}"), address=bold(facts.organiser_email)), styles.body
            ),
        ]
    if not rows and not facts.host and not facts.organiser_email:
        story.append(para(words.gettext("No host or organiser is named for this event."), styles.body))
    return story


def _travellers(plan: _Plan, styles: Styles, width: float) -> list[Flowable]:
    """Who arrives and leaves when and sleeps where: the host's overview."""
    ids = {leg.person_id for leg in plan.legs} | {stay.person_id for stay in plan.stays if stay.person_id}
    people = sorted((i for i in ids if i in plan.who), key=lambda i: plan.who[i].order)
    if not people:
        return []
    cell, header = styles.dense_cell, styles.dense_header
    words = plan.words
    language = words.language

    def moving(found: movements.Movement | None, towards: str, day: date | None) -> Markup:
        if found is None:  # no travel booked: the day they said they come or go
            return escape(short_day(day, language) if day else "—")
        service = found.leg.number or found.leg.carrier
        return _lines(
            short_day(found.local_at.date(), language),
            _local(found.local_at, found.local_zone, language),
            _small(joined([service, towards.format(place=found.other_place)])),
        )

    titles = (N_("Traveller"), N_("Organisation"), N_("Arrives"), N_("Departs"), N_("Hotel"))
    data: list[list[object]] = [[para(words.gettext(title), header) for title in titles]]
    arriving, leaving = words.gettext("from {place}"), words.gettext("to {place}")
    for person_id in people:
        who, row = plan.who[person_id], plan.rows.get(person_id)
        hotels = [
            _lines(stay.name, _small(f"{short_day(stay.check_in, language)} – {short_day(stay.check_out, language)}"))
            for stay in plan.stays
            if stay.person_id == person_id
        ]
        data.append(
            [
                Paragraph(bold(who.name), cell),
                para(who.organisation, cell),
                Paragraph(moving(plan.arrivals.get(person_id), arriving, row.arrives_on if row else None), cell),
                Paragraph(moving(plan.departures.get(person_id), leaving, row.departs_on if row else None), cell),
                Paragraph(joined(hotels, "\n") or escape("—"), cell),
            ]
        )
    weights = [1.35, 1.25, 1.2, 1.2, 1.5]
    return [
        CondPageBreak(30 * mm),
        Bookmark(words.gettext("Travellers")),
        para(words.gettext("Travellers"), styles.heading),
        data_table(data, [weight * width / sum(weights) for weight in weights]),
    ]


def _overnight(plan: _Plan, day: date) -> str:
    hotels = list(dict.fromkeys(stay.name for stay in plan.stays if stay.check_in <= day < stay.check_out))
    if not hotels:
        return ""
    words = plan.words
    names = hotels[0]
    if len(hotels) > 1:
        names = words.gettext("{first} and {last}").format(first=", ".join(hotels[:-1]), last=hotels[-1])
    return words.gettext("Night at {hotel}.").format(hotel=names)


def _days(plan: _Plan, styles: Styles, width: float) -> list[Flowable]:
    entries = [_leg_entry(leg, plan, styles) for leg in plan.legs] + _hotel_entries(plan, styles)
    entries += [_item_entry(item, plan, styles) for item in plan.items]
    by_day: dict[date, list[_Entry]] = {}
    for entry in entries:
        by_day.setdefault(entry.day, []).append(entry)
    facts = plan.facts
    first = min([facts.starts_on, *by_day])
    last = max([facts.ends_on, *by_day, *(leg.to_at.date() for leg in plan.legs)])
    solo = plan.person is not None
    words = plan.words
    language = words.language
    titles = [words.gettext("Time"), "", words.gettext("Details")] + ([] if solo else [words.gettext("Traveller")])
    weights = [0.95, 0.8, 3.2] + ([] if solo else [1.35])
    widths = [weight * width / sum(weights) for weight in weights]
    # The kind column as wide as its longest word ("Zameldowanie",
    # "Anschluss"), so that no language breaks one; the details give way.
    widths = unbroken(widths, 1, [entry.cells[1] for entry in entries], giver=2)
    story: list[Flowable] = []
    quiet: list[date] = []  # a run of days with nothing on them, printed as one line

    def close_quiet() -> None:
        if quiet:
            span = long_day(quiet[0], language)
            if len(quiet) > 1:
                span = f"{span} – {long_day(quiet[-1], language)}"
            night = _overnight(plan, quiet[0]) if solo else ""
            line = filled(words.gettext("{days}: no travel, hotel change or programme."), days=bold(span))
            line += (" " + night) if night else ""
            story.extend([Spacer(1, 3 * mm), Paragraph(line, styles.body)])
            quiet.clear()

    for day in times.day_range(first, last):
        # In the order of the times printed, each on its own clock; the
        # zone is printed where it changes from the row above.
        todays = sorted(
            by_day.get(day, []), key=lambda entry: (entry.local or entry.at, entry.rank, entry.at, entry.order)
        )
        if not todays:
            quiet.append(day)
            continue
        close_quiet()
        # The day's name is the first header row, so a day that goes on
        # over the page says again which day it is.
        name = long_day(day, language)
        data: list[list[object]] = [
            [[Bookmark(name), para(name, styles.heading)]] + [""] * (len(titles) - 1),
            [para(title, styles.dense_header) for title in titles],
        ]
        extra: list[tuple] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.white),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ]
        shown_zone = times.zone_abbreviation(datetime.combine(day, time(12)), facts.timezone)
        for entry in todays:
            cells = entry.cells[: len(titles)]
            if entry.programme:
                clock_shown = entry.clock if entry.zone == shown_zone else f"{entry.clock} {entry.zone}"
                cells = [para(clock_shown, styles.cell), *cells[1:]]
                if not solo:  # the programme is everyone's: its details take the traveller's column too
                    extra.append(("SPAN", (2, len(data)), (3, len(data))))
            shown_zone = entry.zone or shown_zone
            data.append(cells)
            if entry.pause:
                extra.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), SET_APART))
        table = data_table(data, widths, header_rows=2, zebra=False, extra=extra)
        continued = words.gettext("{day} (continued)").format(day=name)
        table.continued_header = [para(continued, styles.heading)] + [""] * (len(titles) - 1)
        # A short day is kept on one page; a long one starts where at least
        # a few of its rows fit and goes on over the page.
        short = table.wrap(width, 10 * width)[1] < 90 * mm
        story += [CondPageBreak(40 * mm), Spacer(1, 3 * mm), KeepTogether([table]) if short else table]
        night = _overnight(plan, day) if solo else ""
        if night:
            story.append(Paragraph(_small(night), styles.body))
    close_quiet()
    return story


def _reader_language(session: Session, event_id: int, options: DocumentOptions) -> str | None:
    """The language asked for; else one traveller's own (if known)."""
    if options.language is not None or not options.person_email:
        return options.language
    event = events.get_event(session, event_id)
    return participants.participant_by_email(session, event, options.person_email).language or None


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(_reader_language(session, event_id, options))
    plan = _plan(session, event_id, options, words)
    facts, person = plan.facts, plan.person
    document = words.gettext("Itinerary")
    name = ""
    if person is not None:
        name = " ".join(part for part in (person.honorific, person.full_name) if part)
        document = words.gettext("Itinerary for {name}").format(name=name)
    info = DocumentInfo(
        title=facts.title,
        document=document,
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
        language=words.language,
    )
    styles = make_styles()
    width = info.pagesize[0] - 36 * mm
    lines: tuple[str, ...] = (_zone_note(facts, times.day_range(facts.starts_on, facts.ends_on), words),)
    if options.person_ids is not None and person is None:
        travelling = {leg.person_id for leg in plan.legs} | {stay.person_id for stay in plan.stays}
        selection = words.ngettext(
            "For a selection of {count} participant, {travelling} of them with travel or a hotel.",
            "For a selection of {count} participants, {travelling} of them with travel or a hotel.",
            len(options.person_ids),
        ).format(count=len(options.person_ids), travelling=len(travelling))
        lines = (*lines, selection)
    story = title_block(facts, styles, words, words.gettext("Itinerary"), lines=lines)
    if person is not None:
        # Whose it is, right under the event's title.
        whose = ParagraphStyle("whose", parent=styles.subtitle, fontSize=14, leading=18, textColor=ACCENT)
        story.insert(2, Paragraph(filled(words.gettext("Itinerary for {name}"), name=bold(name)), whose))
    story += _contacts(plan, styles, width)
    if person is None:
        story += _travellers(plan, styles, width)
    elif not plan.legs and not plan.stays:
        story.append(para(words.gettext("No travel or hotel is booked for this traveller yet."), styles.body))
    story += _days(plan, styles, width)
    return build_pdf(story, info)
