"""Where a long table may break across pages.

reportlab's Table with ``splitInRow`` never fails, but it splits a row
wherever a page ends: a short row starts at a page's foot and ends on the
next, and the part carried over, set below the rows that fit, prints its
repeated header a second time on the same page.

A ``RowKeepingTable`` (what ``styles.data_table`` makes) breaks between
rows, and splits a row only when it must: at the top of a page (a row
taller than a page) or, if asked, a long row when much of the page is left.
Nothing is ever too long for it. Without ``keep_rows`` it splits as
reportlab does."""

from __future__ import annotations

from reportlab.platypus import Table

FRAME_PADDING = 12  # a Frame's own padding, 6 points above and 6 below


class RowKeepingTable(Table):
    page_room: float | None = None  # the height an empty page's frame offers; None: reportlab's rules
    long_row = 0.0  # a row taller than this may be split…
    split_room = 0.0  # …where this much of the page is left (0: only at a page's top)
    continued = False  # a part carried over from an earlier page
    continued_header: list | None = None  # the first header row of such a part ("Monday (continued)")

    def split(self, availWidth, availHeight):
        if self.page_room is None:
            return self._headed(super().split(availWidth, availHeight))
        self._calc(availWidth, availHeight)
        parts = self._splitRows(availHeight)
        at_top = availHeight >= self.page_room - 1
        mid_page = bool(self.split_room) and not self.continued and availHeight >= self.split_room
        row = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        if 0 < row < len(self._rowHeights):
            # A long row goes on over the page rather than leaving the
            # room above it empty, whether or not rows before it fit.
            left = availHeight - sum(self._rowHeights[:row])
            long_here = mid_page and self._rowHeights[row] > self.long_row and left >= self.split_room
            if (not parts and at_top) or long_here:
                parts = self._splitRows(availHeight, doInRowSplit=1) or parts
        for part in parts:  # the parts keep to the same rules
            part.page_room, part.long_row, part.split_room = self.page_room, self.long_row, self.split_room
        return self._headed(parts)

    def _headed(self, parts: list) -> list:
        """``parts`` told which of them go on from an earlier page, and
        those headed so."""
        for index, part in enumerate(parts):
            if not isinstance(part, RowKeepingTable):
                continue
            part.continued = self.continued or index > 0
            part.continued_header = self.continued_header
            if part.continued and self.continued_header is not None and part.repeatRows:
                part._cellvalues[0] = list(self.continued_header)
        return parts


def keep_rows(
    table: RowKeepingTable, page_height: float, margin: float, *, long_row: float = 0.0, split_room: float = 0.0
) -> RowKeepingTable:
    """``table``, breaking as described above, on pages ``page_height``
    tall with ``margin`` above and below. A row taller than ``long_row``
    may be split where ``split_room`` of the page is left."""
    table.page_room = page_height - 2 * margin - FRAME_PADDING
    table.long_row, table.split_room = long_row, split_room
    return table
