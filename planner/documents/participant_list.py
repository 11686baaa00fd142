"""The participant list, for the host and the hotel: name, organisation,
region and country, role, and on request e-mail, dietary and access needs,
arrival and departure; sorted by family name, grouped by country or
organisation if asked, with the counts at the end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from planner.documents.breaking import keep_rows
from planner.documents.cells import CELL_PADDING, name_cell
from planner.documents.cells import cell as one_line
from planner.documents.dates import short_day
from planner.documents.heading import event_facts, title_block
from planner.documents.marked import N_
from planner.documents.options import PARTICIPANT_COLUMNS, DocumentOptions
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.people import listed_people, region_and_country
from planner.documents.styles import Styles, data_table, make_styles
from planner.documents.text import escape, joined, para
from planner.documents.wording import document_words, figure
from planner.services.labels import label
from planner.services.language import Wording
from planner.services.participants import ParticipantRow
from planner.services.search import fold
from planner.services.values import country_name
from planner.services.vocabulary import Role

if TYPE_CHECKING:
    from sqlmodel import Session

ROLE_WEIGHT = 0.75
NO_ORGANISATION = N_("No organisation")
NO_COUNTRY = N_("Country not given")


def _stay(row: ParticipantRow, words: Wording) -> str:
    language = words.language
    if row.arrives_on and row.departs_on:
        return f"{short_day(row.arrives_on, language)} – {short_day(row.departs_on, language)}"
    if row.arrives_on:
        return words.gettext("from {day}").format(day=short_day(row.arrives_on, language))
    if row.departs_on:
        return words.gettext("until {day}").format(day=short_day(row.departs_on, language))
    return ""


def _needs(row: ParticipantRow, words: Wording) -> str:
    access = row.accessibility and words.gettext("Access: {needs}").format(needs=row.accessibility)
    return "\n".join(part for part in (row.dietary, access) if part)


# Optional column key → (relative width, the cell's text).
_OPTIONAL: dict[str, tuple[float, Callable[[ParticipantRow, Wording], str]]] = {
    "email": (1.3, lambda row, words: row.email),
    "needs": (1.3, _needs),
    "stay": (1.0, _stay),
}


def _table(
    rows: list[ParticipantRow], start: int, options: DocumentOptions, styles: Styles, info: DocumentInfo, words: Wording
):
    width = info.pagesize[0] - 2 * MARGIN
    cell, header = styles.dense_cell, styles.dense_header
    language = words.language
    titles = ["#", words.gettext("Name"), words.gettext("Organisation"), words.gettext("Region and country")]
    titles.append(words.gettext("Role"))
    weights = [0.35, 1.5, 1.8, 1.2, ROLE_WEIGHT]
    for key in options.columns:
        titles.append(words.gettext(PARTICIPANT_COLUMNS[key]))
        weights.append(_OPTIONAL[key][0])
    widths = _widths(weights, rows, options, cell, width, highest=start + len(rows) - 1, language=language)
    data: list[list[object]] = [[para(title, header) for title in titles]]
    optional = [
        (_OPTIONAL[key][1], widths[index])
        for index, key in enumerate(options.columns, start=len(weights) - len(options.columns))
    ]
    for number, row in enumerate(rows, start=start):
        line: list[object] = [
            one_line(str(number), cell, widths[0]),
            name_cell(row.family_name, row.given_name, cell, widths[1]),
            one_line(
                joined([row.organisation, row.position], "\n") if row.position else row.organisation, cell, widths[2]
            ),
            one_line(region_and_country(row, language), cell, widths[3]),
            one_line(label(row.role, language), cell, widths[4]),
        ]
        line += [one_line(text_of(row, words), cell, width) for text_of, width in optional]
        data.append(line)
    return keep_rows(data_table(data, widths), info.pagesize[1], MARGIN)


def _widths(weights, rows, options, cell, width, *, highest: int, language: str) -> list[float]:
    """Column widths by weight, except the number column (as wide as the
    highest number), the role column (at least as wide as the longest role
    in the language: "Teilnehmende" is one word) and the e-mail column: as
    wide as the longest address (up to a quarter of the page), as an
    address broken over two lines is easily mistyped."""
    natural = {0: stringWidth(str(highest), cell.fontName, cell.fontSize) + 9}
    if "email" in options.columns:
        longest = max((stringWidth(row.email, cell.fontName, cell.fontSize) for row in rows), default=0)
        natural[5 + options.columns.index("email")] = min(longest + 8, width / 4)
    role = max(stringWidth(label(value, language), cell.fontName, cell.fontSize) for value in Role) + CELL_PADDING + 1
    rest = sum(weight for index, weight in enumerate(weights) if index not in natural)
    if role > ROLE_WEIGHT * (width - sum(natural.values())) / rest:
        natural[4] = role
    rest = sum(weight for index, weight in enumerate(weights) if index not in natural)
    unit = (width - sum(natural.values())) / rest
    return [natural.get(index, weight * unit) for index, weight in enumerate(weights)]


def _groups(rows: list[ParticipantRow], group_by: str, words: Wording) -> list[tuple[str, list[ParticipantRow]]]:
    if not group_by:
        return [("", rows)]
    no_country, no_organisation = words.gettext(NO_COUNTRY), words.gettext(NO_ORGANISATION)
    if group_by == "country":
        key = lambda row: country_name(row.country, words.language) or no_country  # noqa: E731
    else:
        key = lambda row: row.organisation or no_organisation  # noqa: E731
    groups: dict[str, list[ParticipantRow]] = {}
    for row in rows:  # already by family name: each group stays so
        groups.setdefault(key(row), []).append(row)
    missing = (no_country, no_organisation)
    return sorted(groups.items(), key=lambda item: (item[0] in missing, fold(item[0])))


def _counts(rows: list[ParticipantRow], styles: Styles, info: DocumentInfo, words: Wording) -> list[Flowable]:
    """How many, by status, country and role: what a host asks first."""
    if not rows:
        return [para(words.gettext("Nobody is on the list."), styles.body)]
    language = words.language
    story: list[Flowable] = [CondPageBreak(40 * mm), para(words.gettext("In numbers"), styles.heading)]
    total = len(rows)
    organisations = len({row.organisation for row in rows if row.organisation})
    countries = len({row.country for row in rows if row.country})
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
    story.append(para(sentence, styles.body))
    no_country = words.gettext(NO_COUNTRY)
    columns = [
        (words.gettext("Status"), Counter(label(row.status, language) for row in rows)),
        (words.gettext("Country"), Counter(country_name(row.country, language) or no_country for row in rows)),
        (words.gettext("Role"), Counter(label(row.role, language) for row in rows)),
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
    story.append(keep_rows(data_table(data, [2.2 * unit, 0.8 * unit] * 3, zebra=False), info.pagesize[1], MARGIN))
    return story


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    rows = listed_people(session, event_id, options)
    document = words.gettext("Participant list")
    info = DocumentInfo(
        title=facts.title,
        document=document,
        language=words.language,
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
        landscape=len(options.columns) >= 2,  # room for the extra columns
    )
    styles = make_styles()
    selection = ""
    if options.person_ids is not None:
        selection = words.ngettext(
            "A selection of {count} participant.", "A selection of {count} participants.", len(rows)
        ).format(count=figure(len(rows), words.language))
    story: list[Flowable] = title_block(facts, styles, words, document, lines=(selection,) if selection else ())
    first = 1
    for name, members in _groups(rows, options.group_by, words):
        if name:
            story.append(CondPageBreak(25 * mm))  # a group heading never ends a page
            story.append(Paragraph(escape(name) + escape(f"  ({len(members)})"), styles.subheading))
        if members:
            story.append(_table(members, first, options, styles, info, words))
            first += len(members)
        story.append(Spacer(1, 3 * mm))
    story += _counts(rows, styles, info, words)
    return build_pdf(story, info)
