"""Bookmarks: the PDF's outline, which a reader's side panel shows, with
an entry for each day or section that takes the reader to its heading."""

from __future__ import annotations

from itertools import count

from reportlab.platypus import Flowable

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
