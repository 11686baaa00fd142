"""A small horizontal bar chart (participants by country) drawn as vector
graphics with reportlab.graphics: sharp at any zoom, no image in the PDF,
in the documents' font and colours, and never taller or wider than asked."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.documents.fonts import SANS, register_fonts
from planner.documents.marked import N_
from planner.documents.page import fit
from planner.documents.styles import ACCENT, INK, MUTED, RULE

LABEL_SIZE = 8
MORE = N_("Other countries")


def _shown(counts: list[tuple[str, int]], most: int, more: str) -> list[tuple[str, int]]:
    """The ``most`` largest, the rest summed up as one bar, so that the
    chart keeps its size however many countries there are."""
    if len(counts) <= most:
        return counts
    rest = sum(count for _, count in counts[most - 1 :])
    return [*counts[: most - 1], (f"{more} ({len(counts) - most + 1})", rest)]


def bar_chart(
    counts: list[tuple[str, int]],
    width: float,
    *,
    caption: str = "",
    top: float = 0,
    step: float = 15,
    most: int = 12,
    more: str = MORE,
) -> Drawing:
    """Bars for ``counts`` (label, number), the first at the top, each with
    its number at its end, ``step`` points apart (a table's row height puts
    each bar beside its row); ``width`` points wide, with ``caption`` in a
    band ``top`` points high above the bars; ``more`` names the bar of the
    rest."""
    register_fonts()
    shown = _shown(counts, most, more)
    bars = len(shown) * step
    height = bars + top
    label_width = min(max(stringWidth(label, SANS, LABEL_SIZE) for label, _ in shown) + 6, width * 0.45)
    labels = [fit(label, SANS, LABEL_SIZE, label_width - 6) for label, _ in shown]
    biggest = max(count for _, count in shown) or 1
    number_room = stringWidth(str(biggest), SANS, LABEL_SIZE) + 8

    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 0
    chart.width, chart.height = max(width - label_width - number_room, 20), bars
    chart.data = [[count for _, count in shown]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = min(6, step * 0.35)
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1  # the first (largest) at the top
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = biggest
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3

    drawing = Drawing(width, height)
    drawing.add(chart)
    if caption:
        drawing.add(
            String(
                label_width,
                bars + top / 2 - LABEL_SIZE / 3,
                fit(caption, SANS, LABEL_SIZE, width),
                fontName=SANS,
                fontSize=LABEL_SIZE,
                fillColor=MUTED,
            )
        )
    return drawing
