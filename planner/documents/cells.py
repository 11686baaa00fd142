"""Table cells whose text fits on one line, drawn without a Paragraph.

A Paragraph parses its text as markup and breaks it into lines each time a
table measures it (and a long table is measured again on every page): for
a 5,000-person list that is most of the time spent. A ``OneLine`` cell
measures its text once and draws it as it is, in the style a Paragraph
would use, so the two look the same side by side. Text that needs more
than one line stays a Paragraph."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from planner.documents.text import Markup, bold, escape, plain

# A table cell's own padding, left and right (styles.data_table's).
CELL_PADDING = 7.0


class OneLine(Flowable):
    """Runs of text (text, font) set one after another on one line."""

    def __init__(self, runs: Sequence[tuple[str, str]], style: ParagraphStyle, width: float, link: str = ""):
        super().__init__()
        self.runs, self.style, self.text_width = list(runs), style, width
        self.link = link  # an address the text takes the reader to ("mailto:…")

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.style.leading

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        x = 0.0
        if style.alignment == TA_RIGHT:
            x = self.width - self.text_width
        elif style.alignment == TA_CENTER:
            x = (self.width - self.text_width) / 2
        # Where a Paragraph sets its first line: a font size below its top.
        y = style.leading - style.fontSize
        # One text object, as a Paragraph writes it, so that the line is read
        # back (searched, copied) as one piece of text.
        line = canvas.beginText(x, y)
        line.setFillColor(style.textColor)
        for text, font in self.runs:
            line.setFont(font, style.fontSize)
            line.textOut(text)
        canvas.drawText(line)
        if self.link:
            canvas.linkURL(self.link, (x, 0, x + self.text_width, style.leading), relative=1, thickness=0)


def cell(text: object, style: ParagraphStyle, column_width: float) -> Flowable:
    """``text`` in a table cell of ``column_width``: one line if it fits
    (Planner's own markup is always a Paragraph)."""
    if isinstance(text, Markup):
        return Paragraph(text, style)
    shown = plain(text)
    width = stringWidth(shown, style.fontName, style.fontSize)
    if "\n" in shown or width > column_width - CELL_PADDING:
        return Paragraph(escape(text), style)
    return OneLine([(shown, style.fontName)], style, width)


def name_cell(family: str, given: str, style: ParagraphStyle, column_width: float) -> Flowable:
    """ "**Colombo**, Francesca": the family name in bold, then the given name."""
    family, given = plain(family), plain(given)
    heavy = tt2ps(style.fontName, 1, 0)
    runs = [(family or given, heavy)] + ([(f", {given}", style.fontName)] if family and given else [])
    width = sum(stringWidth(text, font, style.fontSize) for text, font in runs)
    if "\n" in family + given or width > column_width - CELL_PADDING:
        shown = bold(family or given) + (escape(", ") + escape(given) if family and given else "")
        return Paragraph(shown, style)
    return OneLine(runs, style, width)


def unbroken(widths: list[float], column: int, cells: Sequence[object], *, giver: int) -> list[float]:
    """``widths`` with ``column`` at least as wide as the longest word of
    its Paragraph ``cells`` (a heading such as "Personen" or a state such as
    "Ολοκληρωμένη" is never broken inside a word); the room is taken from
    the ``giver`` column, so the table keeps its width."""
    longest = max((cell.minWidth() for cell in cells if isinstance(cell, Paragraph)), default=0.0)
    wider = max(0.0, longest + CELL_PADDING + 1 - widths[column])
    changed = list(widths)
    changed[column] += wider
    changed[giver] -= wider
    return changed
