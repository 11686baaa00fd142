"""Catering needs, for the caterer and the venue: how many of those coming
need each meal or each kind of access, without a name (dietary and access
needs are health data: a caterer needs the counts, not who). Names beside
the needs only when the organiser asks for them (``catering_names``)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from planner.documents.breaking import keep_rows
from planner.documents.cells import name_cell
from planner.documents.heading import event_facts, title_block
from planner.documents.options import DocumentOptions
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.people import listed_people
from planner.documents.styles import Styles, data_table, make_styles
from planner.documents.text import para
from planner.documents.wording import document_words, figure
from planner.services.language import Wording
from planner.services.participants import ParticipantRow
from planner.services.search import fold

if TYPE_CHECKING:
    from sqlmodel import Session


def _counted(needs: list[str]) -> list[tuple[str, int]]:
    """Each need with how many have it, most first; the same words with
    other capitals or spaces are one need ("Vegetarian", "vegetarian ")."""
    shown: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for need in needs:
        text = " ".join(need.split())
        if not text:
            continue
        key = fold(text)
        shown.setdefault(key, text)
        counts[key] += 1
    return sorted(((shown[key], count) for key, count in counts.items()), key=lambda item: (-item[1], fold(item[0])))


def _count_table(
    title: str, counts: list[tuple[str, int]], styles: Styles, info: DocumentInfo, words: Wording
) -> Flowable:
    width = info.pagesize[0] - 2 * MARGIN
    right = ParagraphStyle("dense_header_right", parent=styles.dense_header, alignment=TA_RIGHT)
    data: list[list[object]] = [[para(title, styles.dense_header), para(words.gettext("People"), right)]]
    data += [
        [para(need, styles.dense_cell), para(figure(count, words.language), styles.cell_right)]
        for need, count in counts
    ]
    return keep_rows(data_table(data, [width * 0.8, width * 0.2]), info.pagesize[1], MARGIN)


def _names_table(rows: list[ParticipantRow], styles: Styles, info: DocumentInfo, words: Wording) -> Flowable:
    width = info.pagesize[0] - 2 * MARGIN
    widths = [width * 0.3, width * 0.35, width * 0.35]
    header = [words.gettext("Name"), words.gettext("Dietary needs"), words.gettext("Access needs")]
    data: list[list[object]] = [[para(text, styles.dense_header) for text in header]]
    for row in rows:
        if row.dietary.strip() or row.accessibility.strip():
            cell = styles.dense_cell
            data.append(
                [
                    name_cell(row.family_name, row.given_name, cell, widths[0]),
                    para(row.dietary, cell),
                    para(row.accessibility, cell),
                ]
            )
    return keep_rows(data_table(data, widths), info.pagesize[1], MARGIN)


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    rows = listed_people(session, event_id, options)
    document = words.gettext("Catering needs")
    info = DocumentInfo(
        title=facts.title,
        document=document,
        language=words.language,
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
    )
    styles = make_styles()
    story: list[Flowable] = title_block(facts, styles, words, document)
    language = words.language
    dietary = _counted([row.dietary for row in rows])
    access = _counted([row.accessibility for row in rows])
    with_dietary = sum(1 for row in rows if row.dietary.strip())
    with_access = sum(1 for row in rows if row.accessibility.strip())
    sentence = words.gettext("{coming}: {dietary}, {access}.").format(
        coming=words.ngettext("{count} person coming", "{count} people coming", len(rows)).format(
            count=figure(len(rows), language)
        ),
        dietary=words.ngettext("{count} with dietary needs", "{count} with dietary needs", with_dietary).format(
            count=figure(with_dietary, language)
        ),
        access=words.ngettext("{count} with access needs", "{count} with access needs", with_access).format(
            count=figure(with_access, language)
        ),
    )
    story.append(para(sentence, styles.body))
    story.append(Spacer(1, 3 * mm))
    if dietary:
        story.append(_count_table(words.gettext("Dietary needs"), dietary, styles, info, words))
        story.append(Spacer(1, 4 * mm))
    if access:
        story.append(_count_table(words.gettext("Access needs"), access, styles, info, words))
        story.append(Spacer(1, 4 * mm))
    if options.catering_names and (dietary or access):
        story.append(para(words.gettext("Whose needs"), styles.heading))
        story.append(_names_table(rows, styles, info, words))
    elif dietary or access:
        story.append(para(words.gettext("Without names: the needs are health data."), styles.small))
    return build_pdf(story, info)
