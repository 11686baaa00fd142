"""One table for people in groups (by country, by organisation): each
group opens with a row of its own across the table, so the columns keep
their place from group to group; a group that goes on over a page is
named again at the top of the next, "(continued)"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Table

from planner.documents.breaking import FRAME_PADDING


@dataclass(frozen=True)
class Row:
    cells: list[object]
    group: str  # the group the row belongs to
    opens_group: bool = False  # the group's own row


# Makes the table of some rows (the header is its own business) and says
# which of them open a group.
MakeTable = Callable[[Sequence[Row]], Table]
# The row that names a group again at the top of a page.
Continued = Callable[[str], Row]


class GroupedTable(Flowable):
    def __init__(self, rows: Sequence[Row], make: MakeTable, continued: Continued, page_height: float, margin: float):
        super().__init__()
        self.rows, self.make, self.continued = list(rows), make, continued
        self.page_height, self.margin = page_height, margin
        self._table: Table | None = None

    def _whole(self) -> Table:
        if self._table is None:
            self._table = self.make(self.rows)
        return self._table

    def wrap(self, available_width, available_height):
        self.width, self.height = self._whole().wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self._whole().drawOn(self.canv, 0, 0)

    def split(self, available_width, available_height):
        table = self._whole()
        table.wrap(available_width, available_height)
        heights = table._rowHeights
        header = len(heights) - len(self.rows)
        used = sum(heights[:header])
        fits = 0
        for height in heights[header:]:
            if used + height > available_height:
                break
            used += height
            fits += 1
        if fits == len(self.rows):
            return [table]
        while fits and self.rows[fits - 1].opens_group:  # a group's row never ends a page
            fits -= 1
        if not fits:
            at_top = available_height >= self.page_height - 2 * self.margin - FRAME_PADDING - 1
            return table.split(available_width, available_height) if at_top else []
        rest = self.rows[fits:]
        if not rest[0].opens_group:
            rest = [self.continued(rest[0].group), *rest]
        return [
            self.make(self.rows[:fits]),
            GroupedTable(rest, self.make, self.continued, self.page_height, self.margin),
        ]
