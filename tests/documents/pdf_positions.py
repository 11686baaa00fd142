"""Where things are drawn on a page, read back from the PDF's own drawing
operators with pypdf: the filled rectangles (table bands, backgrounds),
the lines (rules), and each piece of text with its starting point, all in
page coordinates (points from the bottom left)."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdf
from pypdf.generic import ContentStream

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """``m`` applied first, then ``n`` (PDF's row-vector order)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _point(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


@dataclass(frozen=True)
class Drawn:
    rectangles: list[tuple[float, float, float, float]]  # x0, y0, x1, y1
    lines: list[tuple[float, float, float, float]]  # x0, y0, x1, y1
    texts: list[tuple[float, float, float, str]]  # x, y, font size, text shown from there


def drawn(data: bytes, index: int = 0) -> Drawn:
    reader = pypdf.PdfReader(io.BytesIO(data))
    page = reader.pages[index]
    content = ContentStream(page.get_contents(), reader)
    rectangles: list[tuple[float, float, float, float]] = []
    lines: list[tuple[float, float, float, float]] = []
    texts: list[tuple[float, float, float, str]] = []
    size = 0.0
    stack: list[Matrix] = []
    ctm: Matrix = IDENTITY
    text_matrix: Matrix = IDENTITY
    line_matrix: Matrix = IDENTITY
    leading = 0.0
    start: tuple[float, float] | None = None
    for operands, operator in content.operations:
        op = operator.decode() if isinstance(operator, bytes) else operator
        values = [float(value) for value in operands if isinstance(value, (int, float, pypdf.generic.FloatObject))]
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            ctm = _times(tuple(values), ctm)  # type: ignore[arg-type]
        elif op == "re":
            x, y, w, h = values
            (x0, y0), (x1, y1) = _point(ctm, x, y), _point(ctm, x + w, y + h)
            rectangles.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        elif op == "m":
            start = _point(ctm, *values)
        elif op == "l" and start is not None:
            end = _point(ctm, *values)
            lines.append((*start, *end))
            start = end
        elif op == "BT":
            text_matrix = line_matrix = IDENTITY
        elif op == "Tm":
            text_matrix = line_matrix = tuple(values)  # type: ignore[assignment]
        elif op in ("Td", "TD"):
            line_matrix = text_matrix = _times((1, 0, 0, 1, values[0], values[1]), line_matrix)
            if op == "TD":
                leading = -values[1]
        elif op == "Tf":
            size = values[-1]
        elif op == "TL":
            leading = values[0]
        elif op == "T*":
            line_matrix = text_matrix = _times((1, 0, 0, 1, 0, -leading), line_matrix)
        elif op in ("Tj", "TJ"):
            shown = operands[0]
            if op == "TJ":
                shown = "".join(str(part) for part in shown if isinstance(part, str))
            x, y = _point(_times(text_matrix, ctm), 0, 0)
            scale = abs(_times(text_matrix, ctm)[3]) or 1.0
            texts.append((x, y, size * scale, str(shown)))
    return Drawn(rectangles, lines, texts)
