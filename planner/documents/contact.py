"""How to reach a person, in a document: an e-mail address a reader can
click (and that is never broken inside a word), and a QR code a phone
reads as a contact card."""

from __future__ import annotations

from itertools import groupby

import segno
from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from planner.documents.cells import CELL_PADDING, OneLine
from planner.documents.text import Markup, escape, plain


def mail_cell(address: str, style: ParagraphStyle, column_width: float) -> Flowable:
    """``address`` as a mailto link; on one line if it fits, else broken
    only after the "@" ("eleni.papadopoulou@" / "hbio.example.org")."""
    address = " ".join(plain(address).split())
    if not address:
        return OneLine([], style, 0)
    width = stringWidth(address, style.fontName, style.fontSize)
    target = f"mailto:{address}"
    if width <= column_width - CELL_PADDING:
        return OneLine([(address, style.fontName)], style, width, link=target)
    local, at, domain = address.rpartition("@")
    shown = escape(local + at) + Markup("<br/>") + escape(domain) if at else escape(address)
    return Paragraph(Markup(f'<a href="{escape(target)}">') + shown + Markup("</a>"), style)


def _vcard_text(value: str) -> str:
    """A value as vCard text (RFC 6350, 3.4): backslash, comma and
    semicolon escaped, line breaks as \\n."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return "\\n".join(value.splitlines())


def vcard(given: str, family: str, organisation: str = "", email: str = "") -> str:
    """A contact card (vCard 3.0, which phones' cameras read) for a person."""
    given, family = _vcard_text(given.strip()), _vcard_text(family.strip())
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;", f"FN:{' '.join(p for p in (given, family) if p)}"]
    if organisation.strip():
        lines.append(f"ORG:{_vcard_text(organisation.strip())}")
    if email.strip():
        lines.append(f"EMAIL;TYPE=INTERNET:{email.strip()}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def mail_code(email: str) -> str:
    """What a badge's QR code holds: the e-mail address, which a phone
    offers to write to (short, so the code's squares stay large)."""
    return f"mailto:{email.strip()}" if email.strip() else ""


class QrCode(Flowable):
    """``data`` as a square QR code ``size`` points wide, error correction
    M (a code printed small still reads if a little is smudged), or L where
    the code must be small and its squares large enough for a phone. Drawn
    as one path: a row's run of dark squares is one rectangle."""

    def __init__(self, data: str, size: float, level: str = "M"):
        super().__init__()
        self.data, self.size, self.level = data, size, level
        self.width = self.height = size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self) -> None:
        code = segno.make_qr(self.data, error=self.level, boost_error=False)
        rows = [list(row) for row in code.matrix]
        module = self.size / len(rows)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(black)
        path = canvas.beginPath()
        for number, row in enumerate(rows):
            y = self.size - (number + 1) * module
            column = 0
            for dark, run in groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(column * module, y, length * module, module)
                column += length
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
