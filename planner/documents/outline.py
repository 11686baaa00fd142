"""Bookmarks: the PDF's outline, which a reader's side panel shows, with
an entry for each day or section that takes the reader to its heading.

Two ways to set one: a ``Bookmark`` that takes no room, set right before
the heading it names (page.NumberedCanvas binds it when the page is
written); and an ``OutlinedHeading``, a heading that is its own bookmark
and notes its page number for a table of contents."""

from __future__ import annotations

from itertools import count

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFObjectReference
from reportlab.platypus import Flowable, Paragraph

from planner.documents.text import escape

_keys = count()


class Bookmark(Flowable):
    """An outline entry named ``title`` for the place it is set: takes no
    room, so it is set right before the heading it names (or in its cell)."""

    def __init__(self, title: str, level: int = 0):
        super().__init__()
        self.title, self.level = title, level
        self.key = f"place{next(_keys)}"

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        # A little above the point, so that the heading shows whole.
        x, y = canvas.absolutePosition(0, 14)
        title = " ".join(self.title.split())
        if hasattr(canvas, "place"):  # page.NumberedCanvas: set when the page is written
            canvas.place(self.key, title, self.level, x, y)
        else:
            canvas.bookmarkHorizontalAbsolute(self.key, top=y, left=x)
            canvas.addOutlineEntry(title, self.key, level=self.level, closed=False)
            canvas.showOutline()


class OutlinedHeading(Paragraph):
    """A heading with a bookmark named ``key`` at ``level`` (0: a section,
    1: a part of it); its page number goes into ``pages``."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int, pages: dict[str, int]):
        super().__init__(escape(text), style)
        self.title, self.key, self.level, self.pages = text, key, level, pages

    def draw(self) -> None:
        canvas = self.canv
        number = canvas.getPageNumber()
        _, top = canvas.absolutePosition(0, self.height)
        destination = canvas._bookmarkReference(self.key)
        destination.xyz("null", round(top + 4, 1), "null")  # the heading at the window's top, zoom kept
        destination.setPage(PDFObjectReference(f"Page{number}"))
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        self.pages[self.key] = number
        super().draw()
