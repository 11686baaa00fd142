"""The participant list, for the host and the hotel: name, organisation,
region and country, role, and on request e-mail, dietary and access needs,
arrival and departure; sorted by family name, grouped by country or
organisation if asked, with the counts at the end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from planner.documents.breaking import keep_rows
from planner.documents.cells import CELL_PADDING, name_cell
from planner.documents.cells import cell as one_line
from planner.documents.contact import QrCode, mail_cell, vcard
from planner.documents.dates import short_day
from planner.documents.grouped import GroupedTable, Row
from planner.documents.heading import event_facts, title_block
from planner.documents.marked import N_
from planner.documents.options import PARTICIPANT_COLUMNS, DocumentOptions
from planner.documents.outline import Bookmark
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.people import region_and_country, shared_people, took_part, written_name
from planner.documents.styles import ACCENT, RULE, Styles, data_table, make_styles
from planner.documents.text import joined, para
from planner.documents.wording import document_words, figure
from planner.services.consent import LeftOff
from planner.services.labels import label
from planner.services.language import Wording
from planner.services.participants import ParticipantRow
from planner.services.search import fold
from planner.services.values import country_name
from planner.services.vocabulary import ParticipationStatus, Role

if TYPE_CHECKING:
    from sqlmodel import Session

ROLE_WEIGHT = 0.75
NO_ORGANISATION = N_("No organisation")
NO_COUNTRY = N_("Country not given")


def _day(value, language: str) -> str:
    """A short date that is never broken across lines: "Thu\u00a04\u00a0Jun"."""
    return short_day(value, language).replace(" ", "\u00a0")


def _stay(row: ParticipantRow, words: Wording) -> str:
    language = words.language
    if row.arrives_on and row.departs_on:
        return f"{_day(row.arrives_on, language)} – {_day(row.departs_on, language)}"
    if row.arrives_on:
        return words.gettext("from {day}").format(day=_day(row.arrives_on, language))
    if row.departs_on:
        return words.gettext("until {day}").format(day=_day(row.departs_on, language))
    return ""


def _needs(row: ParticipantRow, words: Wording) -> str:
    access = row.accessibility and words.gettext("Access: {needs}").format(needs=row.accessibility)
    return "\n".join(part for part in (row.dietary, access) if part)


CARD_SIZE = 15 * mm  # a QR code a phone reads from a printed page

# Optional column key → (relative width, the cell's text).
_OPTIONAL: dict[str, tuple[float, Callable[[ParticipantRow, Wording], str]]] = {
    "email": (1.3, lambda row, words: row.email),
    "needs": (1.3, _needs),
    "stay": (1.0, _stay),
    "status": (0.8, lambda row, words: label(row.status, words.language)),
    "card": (0.6, lambda row, words: ""),
}


@dataclass(frozen=True)
class _Layout:
    """The list's columns: what each holds, its heading and its width."""

    titles: list[str]
    widths: list[float]
    keys: list[str]  # "number", "name", "organisation", "place", "role", then the optional keys
    group_by: str


def _layout(
    rows: list[ParticipantRow], options: DocumentOptions, styles: Styles, info: DocumentInfo, words: Wording
) -> _Layout:
    place = words.gettext("Region") if options.group_by == "country" else words.gettext("Region and country")
    columns = [("number", "#", 0.35), ("name", words.gettext("Name"), 1.5)]
    if options.group_by != "organisation":  # the group's row names it
        columns.append(("organisation", words.gettext("Organisation"), 1.8))
    columns += [("place", place, 1.2), ("role", words.gettext("Role"), ROLE_WEIGHT)]
    columns += [(key, words.gettext(PARTICIPANT_COLUMNS[key]), _OPTIONAL[key][0]) for key in options.columns]
    keys = [key for key, _, _ in columns]
    width = info.pagesize[0] - 2 * MARGIN
    widths = _widths(keys, [weight for _, _, weight in columns], rows, styles.dense_cell, width, words)
    return _Layout([title for _, title, _ in columns], widths, keys, options.group_by)


def _widths(keys: list[str], weights: list[float], rows, cell, width: float, words: Wording) -> list[float]:
    """Column widths by weight, except the number column (as wide as the
    highest number), the role and status columns (at least as wide as their
    longest word in the language: "Teilnehmende" is one word), the e-mail
    column (as wide as the longest address, up to 30% of the page: an
    address broken over two lines is easily mistyped), the dates (as wide
    as the longest stay, up to a fifth) and the QR codes."""
    language = words.language

    def measured(text: str) -> float:
        return stringWidth(text, cell.fontName, cell.fontSize) + CELL_PADDING + 1

    natural: dict[int, float] = {0: measured(figure(max(len(rows), 1), language)) + 2}
    if "email" in keys:
        natural[keys.index("email")] = min(max((measured(row.email) for row in rows), default=0), width * 0.3)
    if "stay" in keys:
        natural[keys.index("stay")] = min(max((measured(_stay(row, words)) for row in rows), default=0), width / 5)
    if "card" in keys:
        natural[keys.index("card")] = CARD_SIZE + CELL_PADDING
    for key, values in (("role", Role), ("status", ParticipationStatus)):
        if key in keys:
            index = keys.index(key)
            rest = sum(weight for number, weight in enumerate(weights) if number not in natural)
            longest = max(measured(label(value, language)) for value in values)
            if longest > weights[index] * (width - sum(natural.values())) / rest:
                natural[index] = longest
    rest = sum(weight for index, weight in enumerate(weights) if index not in natural)
    unit = (width - sum(natural.values())) / rest
    return [natural.get(index, weight * unit) for index, weight in enumerate(weights)]


def _person_row(
    row: ParticipantRow, number: str, layout: _Layout, styles: Styles, words: Wording, counted: bool, show_status: bool
) -> list[object]:
    cell, language = styles.dense_cell, words.language
    cells: list[object] = []
    for key, width in zip(layout.keys, layout.widths, strict=True):
        if key == "number":
            cells.append(one_line(number, cell, width))
        elif key == "name":
            cells.append(name_cell(row.family_name, row.given_name or written_name(row, language), cell, width))
        elif key == "organisation":
            text = joined([row.organisation, row.position], "\n") if row.position else row.organisation
            cells.append(one_line(text, cell, width))
        elif key == "place":
            place = row.region if layout.group_by == "country" else region_and_country(row, language)
            cells.append(one_line(place, cell, width))
        elif key == "role":
            role = label(row.role, language)
            if not counted and not show_status:  # not counted: the reader sees why
                role = f"{role}\n{label(row.status, language)}"
            cells.append(one_line(role, cell, width))
        elif key == "email":
            cells.append(mail_cell(row.email, cell, width))
        elif key == "card":
            card = vcard(row.given_name, row.family_name, row.organisation, row.email)
            cells.append(QrCode(card, CARD_SIZE))
        else:
            cells.append(one_line(_OPTIONAL[key][1](row, words), cell, width))
    return cells


def _group_key(group_by: str, words: Wording) -> Callable[[ParticipantRow], str]:
    no_country, no_organisation = words.gettext(NO_COUNTRY), words.gettext(NO_ORGANISATION)
    if group_by == "country":
        return lambda row: country_name(row.country, words.language) or no_country
    return lambda row: row.organisation or no_organisation


def _groups(rows: list[ParticipantRow], group_by: str, words: Wording) -> list[tuple[str, list[ParticipantRow]]]:
    if not group_by:
        return [("", rows)]
    key = _group_key(group_by, words)
    groups: dict[str, list[ParticipantRow]] = {}
    for row in rows:  # already by family name: each group stays so
        groups.setdefault(key(row), []).append(row)
    missing = (words.gettext(NO_COUNTRY), words.gettext(NO_ORGANISATION))
    return sorted(groups.items(), key=lambda item: (item[0] in missing, fold(item[0])))


def _people_table(
    rows: list[ParticipantRow], options: DocumentOptions, styles: Styles, info: DocumentInfo, words: Wording
) -> Flowable:
    """Everyone in one table; in groups, each opened by a row of its own."""
    layout = _layout(rows, options, styles, info, words)
    counted = {id(row) for row in took_part(rows)}
    show_status = "status" in options.columns
    group_style = ParagraphStyle("group_row", parent=styles.dense_header, fontSize=9.5, leading=12)
    table_rows: list[Row] = []
    number = 0
    for name, members in _groups(rows, options.group_by, words):
        if name:
            title = f"{name} ({figure(len(members), words.language)})"
            table_rows.append(Row([[Bookmark(title), para(title, group_style)]], name, opens_group=True))
        for row in members:
            shown = ""
            if id(row) in counted:
                number += 1
                shown = figure(number, words.language)
            table_rows.append(
                Row(_person_row(row, shown, layout, styles, words, id(row) in counted, show_status), name)
            )
    header = [para(title, styles.dense_header) for title in layout.titles]

    def make(some: Sequence[Row]) -> Table:
        data: list[list[object]] = [header]
        extra: list[tuple] = []
        for index, row in enumerate(some, start=1):
            if row.opens_group:
                data.append(row.cells + [""] * (len(header) - 1))
                extra += [
                    ("SPAN", (0, index), (-1, index)),
                    ("BACKGROUND", (0, index), (-1, index), colors.white),
                    ("TOPPADDING", (0, index), (-1, index), 7),
                    ("LINEBELOW", (0, index), (-1, index), 0.6, ACCENT),
                ]
            else:
                data.append(row.cells)
        return data_table(data, layout.widths, extra=extra)

    def continued(group: str) -> Row:
        title = words.gettext("{group} (continued)").format(group=group)
        return Row([para(title, group_style)], group, opens_group=True)

    if not options.group_by:
        return keep_rows(make(table_rows), info.pagesize[1], MARGIN)
    return GroupedTable(table_rows, make, continued, info.pagesize[1], MARGIN)


def _counts(rows: list[ParticipantRow], styles: Styles, info: DocumentInfo, words: Wording) -> list[Flowable]:
    """How many, by status, country and role: what a host asks first. The
    block stays on one page, with its heading."""
    if not rows:
        return [para(words.gettext("Nobody is on the list."), styles.body)]
    language = words.language
    title = words.gettext("In numbers")
    block: list[Flowable] = [Bookmark(title), para(title, styles.heading)]
    counted = took_part(rows)
    total = len(counted)
    organisations = len({row.organisation for row in counted if row.organisation})
    countries = len({row.country for row in counted if row.country})
    sentence = words.gettext("{participants} {from_organisations} {in_countries}.").format(
        participants=words.ngettext("{count} participant", "{count} participants", total).format(
            count=figure(total, language)
        ),
        from_organisations=words.ngettext(
            "from {count} organisation", "from {count} organisations", organisations
        ).format(count=figure(organisations, language)),
        in_countries=words.ngettext("in {count} country", "in {count} countries", countries).format(
            count=figure(countries, language)
        ),
    )
    block.append(para(sentence, styles.body))
    others = Counter(label(row.status, language) for row in rows if row not in counted)
    if others:
        listed = ", ".join(f"{figure(count, language)} × {status}" for status, count in sorted(others.items()))
        block.append(para(words.gettext("Listed but not counted: {others}.").format(others=listed), styles.body))
    no_country = words.gettext(NO_COUNTRY)
    columns = [
        (words.gettext("Status"), Counter(label(row.status, language) for row in rows)),
        (words.gettext("Country"), Counter(country_name(row.country, language) or no_country for row in counted)),
        (words.gettext("Role"), Counter(label(row.role, language) for row in counted)),
    ]
    cell, header = styles.dense_cell, styles.dense_header
    longest = max(len(counter) for _, counter in columns)
    data: list[list[object]] = [[para(title, header) for title, _ in columns for _ in (0, 1)]]
    for title_index in range(len(columns)):
        data[0][title_index * 2 + 1] = para("", header)
    ordered = [sorted(counter.items(), key=lambda item: (-item[1], fold(item[0]))) for _, counter in columns]
    for index in range(longest):
        line: list[object] = []
        for items in ordered:
            name, count = items[index] if index < len(items) else ("", "")
            line += [para(name, cell), para(figure(count, language) if count != "" else "", styles.cell_right)]
        data.append(line)
    unit = (info.pagesize[0] - 2 * MARGIN) / 9
    # A count and the next column's name kept apart by a rule and room.
    apart: list[tuple] = [("LINEBEFORE", (column, 0), (column, -1), 0.25, RULE) for column in (2, 4)]
    apart += [("LEFTPADDING", (column, 0), (column, -1), 10) for column in (2, 4)]
    apart += [("RIGHTPADDING", (column, 0), (column, -1), 8) for column in (1, 3, 5)]
    table = data_table(data, [2.2 * unit, 0.8 * unit] * 3, zebra=False, extra=apart)
    block.append(keep_rows(table, info.pagesize[1], MARGIN))
    return [Spacer(1, 2 * mm), KeepTogether(block)]


def left_off(session: Session, event_id: int, options: DocumentOptions) -> list[LeftOff]:
    """Who the list printed with ``options`` leaves off, and why."""
    return shared_people(session, event_id, options)[1]


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    # Given to others: only those who agreed, when the event asks for it.
    rows, left_off = shared_people(session, event_id, options)
    document = words.gettext("Participant list")
    info = DocumentInfo(
        title=facts.title,
        document=document,
        language=words.language,
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
        landscape=len([key for key in options.columns if key != "card"]) >= 2,  # room for the extra columns
    )
    styles = make_styles()
    selection = ""
    if options.person_ids is not None:
        selection = words.ngettext(
            "A selection of {count} participant.", "A selection of {count} participants.", len(rows)
        ).format(count=figure(len(rows), words.language))
    lines = [selection] if selection else []
    if left_off:  # the reader knows the list is not everyone, without learning who is missing
        lines.append(
            words.ngettext(
                "{count} more participant is not listed: they did not agree to be on a shared list.",
                "{count} more participants are not listed: they did not agree to be on a shared list.",
                len(left_off),
            ).format(count=figure(len(left_off), words.language))
        )
    story: list[Flowable] = title_block(facts, styles, words, document, lines=tuple(lines))
    if rows:
        story.append(_people_table(rows, options, styles, info, words))
    story += _counts(rows, styles, info, words)
    return build_pdf(story, info)
