"""Name badges for the registration desk: eight to a page (A4 or Letter),
85 × 55 mm each so they fit the usual badge holders, with light cut marks
at the corners. On each: the given name large, the family name below it,
the organisation and the country, and the event's title small at the top.

Every badge is a flowable of fixed size in a frame of its own; it sizes its
text with the font's metrics, so a long name gets smaller or wraps but
stays inside the badge, and no content can make the layout fail. Names are
drawn as text, so they can be found and read out of the PDF. The last page
is filled up with blank badges for people who come unannounced."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame

from planner.documents.contact import QrCode, mail_code
from planner.documents.fonts import SANS, SANS_BOLD, register_fonts
from planner.documents.heading import event_facts
from planner.documents.options import DocumentOptions
from planner.documents.page import DocumentInfo, build_pdf
from planner.documents.people import listed_people
from planner.documents.styles import ACCENT, INK, MUTED, RULE
from planner.documents.wording import document_words
from planner.services.participants import ParticipantRow
from planner.services.values import country_name

if TYPE_CHECKING:
    from sqlmodel import Session

WIDTH, HEIGHT = 85 * mm, 55 * mm
COLUMNS, ROWS = 2, 4
GAP_X, GAP_Y = 10 * mm, 6 * mm  # room between badges for the cut marks
PADDING = 4 * mm
MARK_OFFSET, MARK_LENGTH = 1.5 * mm, 3 * mm  # cut marks start this far outside the corner
# The band the grid is centred in: between the footer's rule (12 mm from the
# bottom) and the running header's (12.5 mm from the top).
FOOTER_TOP, HEADER_BOTTOM = 12 * mm, 12.5 * mm
LEADING = 1.15
TITLE_SIZE, COUNTRY_SIZE = 8.5, 8.5  # the event's title is read across the room too
CODE_SIZE = 13 * mm  # the contact card's QR code, bottom right
CUT_CLEARANCE = 7 * mm  # between the outermost cut marks and the header's and footer's rules


@dataclass(frozen=True)
class Block:
    """Lines of one font and size, centred."""

    lines: tuple[str, ...]
    font: str
    size: float
    colour: object

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the badge, in pieces that fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and stringWidth(piece + char, font, size) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def wrap(text: str, font: str, size: float, width: float, *, inside_words: bool = False) -> list[str] | None:
    """``text`` in lines no wider than ``width``, broken at spaces and after
    hyphens ("Bartholomew-" / "Alexander"); None if a part is still too
    wide, unless ``inside_words`` lets it break anywhere."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        for index, part in enumerate(re.split(r"(?<=-)(?=.)", word)):
            candidate = (line + ("" if index else " ") + part) if line else part
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = part
            if stringWidth(part, font, size) > width:
                if not inside_words:
                    return None
                pieces = _break_word(part, font, size, width)
                lines += pieces[:-1]
                line = pieces[-1]
    return [*lines, line] if line else lines


def _sized(text: str, font: str, largest: float, smallest: float, width: float, most: int, colour: object) -> Block:
    """``text`` on one line as large as it fits down to two thirds of
    ``largest``; else on up to ``most`` lines, as large as they fit; the
    last resort, for text no badge could hold, breaks inside words and cuts
    the last line with an ellipsis."""
    if not text:
        return Block((), font, smallest, colour)
    size = largest
    while size >= max(largest * 2 / 3, smallest):
        if stringWidth(text, font, size) <= width:
            return Block((text,), font, size, colour)
        size -= 0.5
    size = largest * 0.85
    while size >= smallest:
        lines = wrap(text, font, size, width)
        if lines is not None and len(lines) <= most:
            return Block(tuple(lines), font, size, colour)
        size -= 0.5
    lines = wrap(text, font, smallest, width, inside_words=True) or [text]
    if len(lines) <= most:
        return Block(tuple(lines), font, smallest, colour)
    last = lines[most - 1]
    while last and stringWidth(last + "…", font, smallest) > width:
        last = last[:-1]
    return Block((*lines[: most - 1], last.rstrip() + "…"), font, smallest, colour)


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    organisation: str
    country: str
    email: str = ""


def name_blocks(person: Person, width: float, height: float) -> list[Block]:
    """Given name, family name, organisation: as large as they fit
    together in ``height``; everything smaller until they do."""
    large, family = (person.given, person.family) if person.given else (person.family, "")
    blocks: list[Block] = []
    scale = 1.0
    while scale > 0.3:
        given = _sized(large, SANS_BOLD, 26 * scale, min(11, 26 * scale), width, 3, INK)
        # The family name stays smaller than the given name above it.
        family_size = min(15 * scale, given.size * 0.75) if given.lines else 15 * scale
        blocks = [
            given,
            _sized(family, SANS, family_size, min(8, family_size), width, 2, INK),
            _sized(person.organisation, SANS, 9.5 * scale, min(6.5, 9.5 * scale), width, 2, ACCENT),
        ]
        if sum(block.height for block in blocks) + 2 * mm <= height:
            break
        scale -= 0.05
    return blocks


class Badge(Flowable):
    """One badge, its cut marks drawn outside it."""

    def __init__(self, title: str, person: Person | None):
        super().__init__()
        self.title, self.person = title, person

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return WIDTH, HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self._cut_marks()
        inner = WIDTH - 2 * PADDING
        title = _sized(self.title, SANS_BOLD, TITLE_SIZE, 7.5, inner, 2, ACCENT)
        top = HEIGHT - PADDING
        self._draw(title, top)
        rule = top - title.height - 1.2 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(PADDING, rule, WIDTH - PADDING, rule)
        if self.person is None:  # a blank badge: a line to write the name on
            canvas.line(PADDING + 8 * mm, HEIGHT * 0.42, WIDTH - PADDING - 8 * mm, HEIGHT * 0.42)
            canvas.restoreState()
            return
        # The country centred between the QR code and as much room on the left.
        country = _sized(self.person.country, SANS, COUNTRY_SIZE, 6.5, inner - 2 * (CODE_SIZE + 1 * mm), 1, MUTED)
        bottom = PADDING + CODE_SIZE
        space = rule - 1.5 * mm - (bottom + 1.5 * mm)
        # A missing family name or organisation keeps its room, so that the
        # names stand at the same height on every badge of a row.
        person = self.person
        held = Person(person.given, person.family or " ", person.organisation or " ", person.country)
        blocks = [block for block in name_blocks(held, inner, space) if block.lines]
        gap = 1.5 * mm
        total = sum(block.height for block in blocks) + gap * (len(blocks) - 1)
        y = bottom + 1.5 * mm + (space + total) / 2  # the names centred between the rule and the country
        for block in blocks:
            if any(line.strip() for line in block.lines):
                self._draw(block, y)
            y -= block.height + gap
        self._draw(country, PADDING + (CODE_SIZE + country.height) / 2)  # after the names: the text reads in order
        if person.email:  # a phone offers to write to the person
            QrCode(mail_code(person.email), CODE_SIZE, level="M").drawOn(canvas, WIDTH - PADDING - CODE_SIZE, PADDING)
        canvas.restoreState()

    def _draw(self, block: Block, top: float) -> None:
        """``block`` centred, its first line's top at ``top``."""
        canvas = self.canv
        canvas.setFont(block.font, block.size)
        canvas.setFillColor(block.colour)
        leading = block.size * LEADING
        for number, line in enumerate(block.lines):
            # DejaVu's capitals and accents reach about 0.93 of the size above the baseline.
            canvas.drawCentredString(WIDTH / 2, top - number * leading - block.size * 0.93, line)

    def _cut_marks(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        for x, y, dx, dy in ((0, 0, -1, -1), (WIDTH, 0, 1, -1), (0, HEIGHT, -1, 1), (WIDTH, HEIGHT, 1, 1)):
            start, end = MARK_OFFSET, MARK_OFFSET + MARK_LENGTH
            canvas.line(x + dx * start, y, x + dx * end, y)  # along the badge's edge, outwards
            canvas.line(x, y + dy * start, x, y + dy * end)


def _frames(document: BaseDocTemplate) -> list[Frame]:
    """One frame per badge, row by row from the top left, the grid centred
    in the band between the running header and the footer."""
    page_width, page_height = document.pagesize
    # Letter is 18 mm shorter than A4: the rows close up a little so that
    # the cut marks keep clear of the footer's rule.
    reach = MARK_OFFSET + MARK_LENGTH
    band = page_height - HEADER_BOTTOM - FOOTER_TOP - 2 * (reach + CUT_CLEARANCE)
    gap_y = max(min(GAP_Y, (band - ROWS * HEIGHT) / (ROWS - 1)), 3 * mm)
    grid_width = COLUMNS * WIDTH + (COLUMNS - 1) * GAP_X
    grid_height = ROWS * HEIGHT + (ROWS - 1) * gap_y
    left = (page_width - grid_width) / 2
    top = page_height - HEADER_BOTTOM - (page_height - HEADER_BOTTOM - FOOTER_TOP - grid_height) / 2
    return [
        Frame(
            left + column * (WIDTH + GAP_X),
            top - (row + 1) * HEIGHT - row * gap_y,
            WIDTH,
            HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"badge{row * COLUMNS + column}",
        )
        for row in range(ROWS)
        for column in range(COLUMNS)
    ]


def _one_line(text: str) -> str:
    """A name as one line: a badge has no room for the breaks or tabs
    someone pasted into it."""
    return " ".join(text.split())


def _person(row: ParticipantRow, language: str) -> Person:
    return Person(
        _one_line(row.given_name),
        _one_line(row.family_name),
        _one_line(row.organisation),
        _one_line(country_name(row.country, language) or row.region),
        _one_line(row.email),
    )


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    register_fonts()
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    people: list[Person | None] = [_person(row, words.language) for row in listed_people(session, event_id, options)]
    per_page = COLUMNS * ROWS
    # Blank badges fill the last page (a whole page of them if nobody is listed).
    people += [None] * (-len(people) % per_page if people else per_page)
    info = DocumentInfo(
        title=facts.title,
        document=words.gettext("Name badges"),
        language=words.language,
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
    )
    title = _one_line(facts.title)
    return build_pdf([Badge(title, person) for person in people], info, frames_for=_frames)
