"""Headings that a PDF reader lists in its bookmarks panel, and that a
table of contents can point to.

The pages are numbered and written out only when the document is saved
(page.NumberedCanvas), so the reader's "current page" while a heading is
drawn is always the first: the heading binds its destination to its own
page by number instead, and notes the number for the contents."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFObjectReference
from reportlab.platypus import Paragraph

from planner.documents.text import escape


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
