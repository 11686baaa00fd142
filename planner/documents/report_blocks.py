"""A written report as blocks (headings, paragraphs, lists, tables) that
say nothing of how they are drawn: the conclusions report is put together
once and printed from the same blocks as a PDF and as a Word document, so
the two say the same in the same order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.services.programmes import ProgrammeDetails


@dataclass(frozen=True)
class Run:
    """A piece of a line of text, with how it stands out."""

    text: str
    bold: bool = False
    italic: bool = False
    muted: bool = False  # grey: a place after a name
    alert: bool = False  # red: an overdue action
    link: str = ""  # "mailto:…"


Line = tuple[Run, ...]


def line(*parts: str | Run) -> Line:
    """Plain strings and runs as one line."""
    return tuple(Run(part) if isinstance(part, str) else part for part in parts if part)


def plain_text(runs: Line) -> str:
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a section; 2: a part of one (a day of the programme)
    key: str = ""  # the bookmark's name, unique in the report


@dataclass(frozen=True)
class Text:
    runs: Line
    kind: str = "body"  # "kicker", "title", "subtitle", "facts" or "body"


@dataclass(frozen=True)
class Items:
    """A bulleted list, or a numbered one from 1."""

    items: tuple[Line, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Grid:
    """A table with one header row; ``shares`` of the width per column;
    ``right``: the columns of figures; ``total``: the last row is a sum."""

    header: tuple[str, ...]
    rows: tuple[tuple[Line, ...], ...]
    shares: tuple[float, ...]
    right: frozenset[int] = field(default_factory=frozenset)
    total: bool = False
    keep: tuple[int, ...] = ()  # columns whose words are never broken
    whole: tuple[int, ...] = ()  # columns whose text stays on one line (dates)


Block = Heading | Text | Items | Grid


@dataclass(frozen=True)
class Report:
    title: str  # the event's title
    document: str  # "Conclusions report", in the report's language
    author: str
    language: str
    blocks: tuple[Block, ...]
    # The programme's logos, funding statement and grant number, for the
    # band above the title (None: the event's programme has none recorded).
    funded_by: ProgrammeDetails | None = None

    @property
    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]
