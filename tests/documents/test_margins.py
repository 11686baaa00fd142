"""Every document's tables start and end on the margins, where the
header's and footer's rules do: nothing drawn wider than the text column,
read back from the PDF's own drawing operators."""

from __future__ import annotations

import io

import pypdf
import pytest
from conftest import make_pdf
from pdf_positions import drawn

from planner.documents.catalogue import KINDS
from planner.documents.page import MARGIN

TEXT_COLUMN_KINDS = sorted(kind for kind in KINDS if kind != "badges")  # badges have a grid of their own


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("kind", TEXT_COLUMN_KINDS)
def test_tables_and_rules_keep_to_the_margins(store, hostile_event, kind, paper):
    data = make_pdf(store, kind, hostile_event, paper=paper)
    reader = pypdf.PdfReader(io.BytesIO(data))
    for index in range(len(reader.pages)):
        width = float(reader.pages[index].mediabox.width)
        page = drawn(data, index)
        spans = [(x0, x1) for x0, _, x1, _ in page.rectangles if x1 - x0 > width / 3]
        spans += [
            (min(x0, x1), max(x0, x1))
            for x0, y0, x1, y1 in page.lines
            if abs(y0 - y1) < 0.01 and abs(x1 - x0) > width / 3
        ]
        assert spans
        assert all(x0 >= MARGIN - 0.01 and x1 <= width - MARGIN + 0.01 for x0, x1 in spans), f"page {index + 1}"
        # The widest reach both margins: the tables and the rules line up.
        assert any(abs(x0 - MARGIN) < 0.01 and abs(x1 - (width - MARGIN)) < 0.01 for x0, x1 in spans)
        # Nothing starts just inside the margin (a chart beside a table starts mid-page).
        starts = [x0 for x0, _ in spans if x0 < width / 2]
        assert all(abs(x0 - MARGIN) < 0.01 for x0 in starts), f"page {index + 1}: a table inside the margin"
