"""The look of every document: paragraph styles, colours, and the one table
style; documents use these rather than sizes of their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from planner.documents.breaking import RowKeepingTable
from planner.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c3ccd6")
HEADER_BAND = colors.HexColor("#e6ecf3")
ZEBRA = colors.HexColor("#f6f8fa")
SET_APART = colors.HexColor("#f3efe4")  # breaks and meals
MUTED_HEX = "#5f6b7a"


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    facts: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    dense_cell: ParagraphStyle
    dense_header: ParagraphStyle


def _style(name: str, **values) -> ParagraphStyle:
    base = {"fontName": SANS, "fontSize": 10, "leading": 13, "textColor": INK, "splitLongWords": 1}
    return ParagraphStyle(name, **(base | values))


def make_styles() -> Styles:
    register_fonts()
    cell = _style("cell", fontSize=9, leading=11.5)
    return Styles(
        title=_style("title", fontName=SANS_BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=4),
        subtitle=_style("subtitle", fontSize=12, leading=15, spaceAfter=2),
        facts=_style("facts", fontSize=9.5, leading=12.5, textColor=MUTED),
        heading=_style(
            "heading", fontName=SANS_BOLD, fontSize=13, leading=16, textColor=ACCENT, spaceBefore=10, spaceAfter=5
        ),
        subheading=_style("subheading", fontName=SANS_BOLD, fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=3),
        body=_style("body", spaceAfter=5),
        small=_style("small", fontSize=8.5, leading=11, textColor=MUTED),
        cell=cell,
        cell_bold=_style("cell_bold", fontName=SANS_BOLD, fontSize=9, leading=11.5),
        cell_small=_style("cell_small", fontSize=8, leading=10, textColor=MUTED),
        cell_right=_style("cell_right", fontSize=9, leading=11.5, alignment=TA_RIGHT),
        cell_center=_style("cell_center", fontSize=9, leading=11.5, alignment=TA_CENTER),
        header_cell=_style("header_cell", fontName=SANS_BOLD, fontSize=8.5, leading=10.5),
        dense_cell=_style("dense_cell", fontName=CONDENSED, fontSize=8.5, leading=10.5),
        dense_header=_style("dense_header", fontName=CONDENSED_BOLD, fontSize=8.5, leading=10.5),
    )


def data_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    extra: Sequence[tuple] = (),
) -> RowKeepingTable:
    """A table that splits across pages, inside a row too, repeating its
    header: no content is too long for it."""
    table = RowKeepingTable(
        list(rows), colWidths=list(widths), repeatRows=header_rows, splitByRow=1, splitInRow=1, hAlign="LEFT"
    )
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BAND),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


GAP = 4 * mm
