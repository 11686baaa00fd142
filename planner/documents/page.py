"""Pages: paper size, margins, the running header, and the footer with
"Page X of Y" and the date of printing on every page.

The total number of pages is known only at the end, so the canvas keeps
each finished page and draws the header and footer on all of them when
the document is saved."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from planner import __version__
from planner.documents.dates import long_day
from planner.documents.fonts import SANS, register_fonts
from planner.documents.styles import MUTED, RULE
from planner.documents.wording import document_words, figure

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class DocumentInfo:
    """What every page says about the document, and its PDF metadata."""

    title: str  # the event's title: running header, metadata title
    document: str  # "Agenda", "Participants", …
    author: str  # metadata author: the host organisation, else Planner
    printed_on: date = field(default_factory=date.today)
    paper: str = "a4"
    landscape: bool = False
    language: str = "en"  # of the fixed wording: footer, metadata

    @property
    def pagesize(self) -> tuple[float, float]:
        size = PAPERS[self.paper]
        return landscape(size) if self.landscape else size


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class NumberedCanvas(Canvas):
    def __init__(self, *args, info: DocumentInfo, **kwargs):
        super().__init__(*args, **kwargs)
        self._info = info
        self._finished_pages: list[dict] = []
        self._places: list[tuple[str, str, int, float, float]] = []

    def place(self, key: str, title: str, level: int, x: float, y: float) -> None:
        """A bookmark at (x, y) of this page. Its destination names a page
        only as the page is written, so it is set then, in ``save``."""
        self._places.append((key, title, level, x, y))

    def showPage(self) -> None:
        self._finished_pages.append(dict(self.__dict__))
        self._places = []
        self._startPage()

    def save(self) -> None:
        total = len(self._finished_pages)
        for number, state in enumerate(self._finished_pages, start=1):
            self.__dict__.update(state)
            self._draw_page_marks(number, total)
            for key, title, level, x, y in self._places:
                self.bookmarkHorizontalAbsolute(key, top=y, left=x)
                self.addOutlineEntry(title, key, level=level, closed=False)
                self.showOutline()
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_page_marks(self, number: int, total: int) -> None:
        width, height = self._pagesize
        info = self._info
        usable = width - 2 * MARGIN
        self.saveState()
        self.setFont(SANS, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        words = document_words(info.language)
        page_text = words.gettext("Page {number} of {total}").format(
            number=figure(number, info.language), total=figure(total, info.language)
        )
        printed = words.gettext("printed {date}").format(date=long_day(info.printed_on, info.language, weekday=False))
        left = f"{info.document} · {printed}"
        self.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
        self.drawString(MARGIN, 8.5 * mm, fit(left, SANS, FOOTER_SIZE, usable * 0.75))
        self.drawRightString(width - MARGIN, 8.5 * mm, page_text)
        if number > 1:  # the first page has the title block
            header = f"{info.title} · {info.document}"
            self.drawString(MARGIN, height - 11 * mm, fit(header, SANS, FOOTER_SIZE, usable))
            self.line(MARGIN, height - 12.5 * mm, width - MARGIN, height - 12.5 * mm)
        self.restoreState()


FramesFor = Callable[[BaseDocTemplate], Sequence[Frame]]


def build_pdf(story: list[Flowable], info: DocumentInfo, *, frames_for: FramesFor | None = None) -> bytes:
    """The PDF of ``story``; ``frames_for`` lays out other pages than one
    text column (badges)."""
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=info.pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{info.document}: {info.title}",
        author=info.author,
        subject=info.document,
        creator=f"Planner {__version__}",
        producer=f"Planner {__version__} (reportlab)",
        lang=info.language,
        # Every page's first font is the documents' own, not reportlab's
        # Helvetica: no font the PDF does not carry is ever named in it.
        initialFontName=SANS,
    )
    if frames_for is None:
        # No padding at the sides: a table as wide as the text column
        # starts and ends on the margins, where the header's and footer's
        # rules do (6 points inside and outside them otherwise).
        frames = [
            Frame(
                document.leftMargin,
                document.bottomMargin,
                document.width,
                document.height,
                leftPadding=0,
                rightPadding=0,
                id="body",
            )
        ]
    else:
        frames = list(frames_for(document))
    document.addPageTemplates([PageTemplate(id="page", frames=frames)])
    document.build(story, canvasmaker=partial(NumberedCanvas, info=info))
    return buffer.getvalue()
