"""The statistics a project reports, as worded tables in the language of
the document: the same tables for the PDF and the workbook, so that the
two never disagree. Numbers stay numbers (the PDF writes them as the
language does, the workbook keeps them for sums); shares are fractions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.documents.dates import day_span, long_day
from planner.documents.marked import N_
from planner.services.genders import gender_word
from planner.services.labels import label
from planner.services.language import Wording
from planner.services.search import fold
from planner.services.statistics import Scope, Statistics
from planner.services.values import country_name

DOCUMENT = N_("Statistics")
NOT_KNOWN = N_("Not known")
NO_ORGANISATION = N_("No organisation")

Cell = str | int | float


@dataclass(frozen=True)
class FigureTable:
    key: str  # what it holds, for the workbook's sheet: "countries"
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None
    shares: int | None = None  # the column holding shares (fractions), if any
    sheet: str = ""  # the workbook's sheet for it: short (at most 31 characters)


def scope_title(scope: Scope, event_title: str, words: Wording) -> str:
    """What the figures are of: the event's title, the programme's name,
    or "All events"."""
    if scope.event_id is not None:
        return event_title
    if scope.programme:
        return words.gettext("Programme: {programme}").format(programme=scope.programme.strip())
    return words.gettext("All events")


def period_line(scope: Scope, words: Wording) -> str:
    """ "Events starting from 1 January 2024 to 31 December 2024"; "" for no period."""
    language = words.language
    if scope.event_id is not None or not (scope.starts or scope.ends):
        return ""
    if scope.starts and scope.ends:
        return words.gettext("Events starting from {first} to {last}").format(
            first=long_day(scope.starts, language, weekday=False), last=long_day(scope.ends, language, weekday=False)
        )
    if scope.starts:
        return words.gettext("Events starting on or after {first}").format(
            first=long_day(scope.starts, language, weekday=False)
        )
    assert scope.ends is not None
    return words.gettext("Events starting on or before {last}").format(
        last=long_day(scope.ends, language, weekday=False)
    )


def who_is_counted(figures: Statistics, words: Wording) -> str:
    """The sentence that says whom the figures count."""
    if not figures.events:
        return words.gettext("No event is in this selection.")
    if figures.attendance == "recorded":
        return words.gettext("Counted: the people who attended, as recorded.")
    if figures.attendance == "expected":
        return words.gettext("Attendance has not been recorded: counted are the people who were coming.")
    return words.gettext(
        "Counted: at events whose attendance is recorded, the people who attended; "
        "at the others, the people who were coming."
    )


def returning_rule(words: Wording) -> str:
    return words.gettext(
        "Returning: took part in an earlier event of the same programme "
        "(for an event without a programme, in any earlier event)."
    )


def counting_rule(figures: Statistics, words: Wording) -> str:
    """Over several events a person counts at each one."""
    if len(figures.events) <= 1:
        return ""
    return words.gettext(
        "Each participation is counted: someone who took part in several events counts once at each of them."
    )


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def indicators(figures: Statistics, words: Wording) -> FigureTable:
    """The counts EU indicators ask for."""
    rows: list[tuple[Cell, ...]] = []
    if len(figures.events) > 1:
        rows += [
            (words.gettext("Events"), len(figures.events)),
            (words.gettext("Events held"), figures.events_held),
            (words.gettext("Participations in joint actions"), figures.participations),
            (words.gettext("Different people"), figures.people),
        ]
    else:
        rows.append((words.gettext("Participants"), figures.participations))
    women = dict(figures.by_gender).get("woman", 0)
    rows += [
        (words.gettext("Of them women"), women),
        (words.gettext("New to the network"), figures.new),
        (words.gettext("Organisations involved (participants' and hosts)"), figures.organisations),
        (words.gettext("Countries of the participants"), figures.countries),
    ]
    title = words.gettext("In numbers")
    headers = (words.gettext("Indicator"), words.gettext("Number"))
    return FigureTable("indicators", title, headers, tuple(rows), sheet=title)


def _breakdown(
    key: str, title: str, heading: str, counted: list[tuple[str, int]], total: int, words: Wording
) -> FigureTable:
    rows = tuple((name, count, _share(count, total)) for name, count in counted)
    headers = (heading, words.gettext("Participants"), words.gettext("Share"))
    total_row = (words.gettext("Total"), total, 1.0 if total else 0.0)
    return FigureTable(key, title, headers, rows, total_row, shares=2, sheet=heading)


def by_country(figures: Statistics, words: Wording) -> FigureTable:
    # Most first; as many: by name as the language sorts it; not known last.
    named = sorted(
        ((country_name(code, words.language), count) for code, count in figures.by_country if code),
        key=lambda item: (-item[1], fold(item[0])),
    )
    unknown = [(words.gettext(NOT_KNOWN), count) for code, count in figures.by_country if not code]
    counted = named + unknown
    return _breakdown(
        "countries", words.gettext("Participants by country"), words.gettext("Country"), counted,
        figures.participations, words,
    )  # fmt: skip


def by_gender(figures: Statistics, words: Wording) -> FigureTable:
    counted = [(gender_word(gender, words.language), count) for gender, count in figures.by_gender]
    return _breakdown(
        "genders", words.gettext("Participants by gender"), words.gettext("Gender"), counted,
        figures.participations, words,
    )  # fmt: skip


def by_organisation(figures: Statistics, words: Wording) -> FigureTable:
    counted = [
        (label(kind, words.language) if kind else words.gettext(NO_ORGANISATION), count)
        for kind, count in figures.by_organisation_kind
    ]
    return _breakdown(
        "organisations", words.gettext("Participants by type of organisation"),
        words.gettext("Type of organisation"), counted, figures.participations, words,
    )  # fmt: skip


def by_network(figures: Statistics, words: Wording) -> FigureTable:
    counted = [(words.gettext("New"), figures.new), (words.gettext("Returning"), figures.returning)]
    return _breakdown(
        "network", words.gettext("New or returning to the network"), words.gettext("New or returning"), counted,
        figures.participations, words,
    )  # fmt: skip


def by_event(figures: Statistics, words: Wording) -> FigureTable:
    """One row per event, with its own counts."""
    genders = (
        [gender_word(gender, words.language) for gender, _ in figures.events[0].by_gender] if figures.events else []
    )
    headers = (
        words.gettext("Event"),
        words.gettext("Dates"),
        words.gettext("Counted"),
        words.gettext("Participants"),
        *genders,
        words.gettext("New"),
        words.gettext("Returning"),
    )
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            event.title,
            day_span(event.starts_on, event.ends_on, words.language),
            words.gettext("attended") if event.attendance_recorded else words.gettext("coming"),
            event.participants,
            *(count for _, count in event.by_gender),
            event.new,
            event.returning,
        )
        for event in figures.events
    )
    return FigureTable("events", words.gettext("Events"), headers, rows, sheet=words.gettext("Events"))


def figure_tables(figures: Statistics, words: Wording) -> list[FigureTable]:
    """Every table, in the order the documents show them."""
    tables = [
        indicators(figures, words),
        by_country(figures, words),
        by_gender(figures, words),
        by_organisation(figures, words),
        by_network(figures, words),
    ]
    if len(figures.events) > 1:
        tables.append(by_event(figures, words))
    return tables


def event_line(kind: str, starts_on: date, ends_on: date, city: str, country: str, words: Wording) -> str:
    """ "Workshop · 3–4 June 2009 · Madrid, Spain": what the one event was, when and where."""
    place = ", ".join(part for part in (city, country_name(country, words.language)) if part)
    parts = (label(kind, words.language), day_span(starts_on, ends_on, words.language), place)
    return " · ".join(part for part in parts if part)
