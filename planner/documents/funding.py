"""The funding band that heads the documents of a programme's events: the
programme's logo, the funder's emblem with its funding statement beside it
(as the EU's rules on visibility ask), and the grant agreement number,
over a thin rule. The pictures are the user's own, kept in the database."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from planner.documents.styles import INK, MUTED, RULE, Styles
from planner.documents.text import filled, para
from planner.services.language import Wording
from planner.services.programmes import ProgrammeDetails

LOGO_HEIGHT = 13 * mm
EMBLEM_HEIGHT = 10 * mm
GAP = 6 * mm
BELOW = 4 * mm  # from the rule to what follows


def _picture(data: bytes, height: float, widest: float) -> tuple[ImageReader, float, float]:
    """The picture and the size it is drawn at: ``height`` tall unless that
    makes it wider than ``widest``."""
    reader = ImageReader(io.BytesIO(data))
    width, tall = reader.getSize()
    scale = min(height / tall, widest / width)
    return reader, width * scale, tall * scale


class FundingBand(Flowable):
    def __init__(self, programme: ProgrammeDetails, styles: Styles, words: Wording):
        super().__init__()
        self.programme = programme
        statement_style = styles.cell_bold.clone("funding_statement", textColor=INK)
        grant_style = styles.small.clone("grant_number", alignment=2, textColor=MUTED)
        self.statement = para(programme.funding_statement, statement_style) if programme.funding_statement else None
        grant = programme.grant_number
        self.grant: Paragraph | None = (
            Paragraph(filled(words.gettext("Grant agreement No. {number}"), number=grant), grant_style)
            if grant
            else None
        )

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.band = max(LOGO_HEIGHT if self.programme.logo else 0, EMBLEM_HEIGHT, 9 * mm)
        self.height = self.band + 1.5 * mm + BELOW
        return self.width, self.height

    def draw(self) -> None:
        canvas, width = self.canv, self.width
        top = self.height
        middle = top - self.band / 2
        x = 0.0
        if self.programme.logo:
            reader, shown_width, shown_height = _picture(self.programme.logo, LOGO_HEIGHT, width * 0.3)
            canvas.drawImage(reader, x, middle - shown_height / 2, shown_width, shown_height, mask="auto")
            x += shown_width + GAP
        if self.programme.emblem:
            reader, shown_width, shown_height = _picture(self.programme.emblem, EMBLEM_HEIGHT, width * 0.2)
            canvas.drawImage(reader, x, middle - shown_height / 2, shown_width, shown_height, mask="auto")
            x += shown_width + 2.5 * mm
        right = width
        if self.grant is not None:
            # As wide as the number needs (up to 45% of the band), so the statement keeps its room.
            grant_width = min(width * 0.45, max(self.grant.minWidth(), _widest_line(self.grant)) + 2)
            _, grant_height = self.grant.wrap(grant_width, self.band)
            self.grant.drawOn(canvas, right - grant_width, middle - grant_height / 2)
            right -= grant_width + GAP
        if self.statement is not None and right > x:
            _, statement_height = self.statement.wrap(right - x, self.band)
            self.statement.drawOn(canvas, x, middle - statement_height / 2)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(0, BELOW, width, BELOW)
        canvas.restoreState()


def _widest_line(paragraph: Paragraph) -> float:
    """The width of the paragraph's text set on one line."""
    style = paragraph.style
    return stringWidth(paragraph.getPlainText(), style.fontName, style.fontSize)


def funding_band(programme: ProgrammeDetails | None, styles: Styles, words: Wording) -> list[Flowable]:
    """The band, or nothing for an event of no recorded programme."""
    if programme is None or not programme.shown:
        return []
    return [FundingBand(programme, styles, words)]
