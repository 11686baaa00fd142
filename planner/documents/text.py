"""Text for paragraphs. reportlab reads a Paragraph's text as markup, so a
title like ``<b>R&D</b>`` or ``<img src=…>`` would be bold or fetched: every
user string goes through ``escape``. Markup that Planner writes itself is a
``Markup``, which is never escaped again."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Control characters are not allowed in the markup reportlab parses.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Markup(str):
    """Text that is already safe markup."""

    def __add__(self, other: str) -> Markup:
        return Markup(str.__add__(self, escape(other)))

    def __radd__(self, other: str) -> Markup:
        return Markup(str.__add__(escape(other), self))

    def join(self, parts: Iterable[str]) -> Markup:
        return Markup(str.join(self, (escape(part) for part in parts)))


def plain(text: object) -> str:
    """``text`` as it is printed: control characters dropped, a tab a
    space, every kind of line break one ``\n``."""
    return _CONTROL.sub("", str(text)).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")


def escape(text: object) -> Markup:
    """``text`` shown as it is, line breaks kept; a Markup stays as it is."""
    if isinstance(text, Markup):
        return text
    return Markup(_xml_escape(plain(text)).replace("\n", "<br/>"))


def bold(text: object) -> Markup:
    return Markup(f"<b>{escape(text)}</b>")


def italic(text: object) -> Markup:
    return Markup(f"<i>{escape(text)}</i>")


def coloured(text: object, colour: str) -> Markup:
    return Markup(f'<font color="{colour}">{escape(text)}</font>')


def para(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def joined(parts: Iterable[object], separator: str = " · ") -> Markup:
    """The non-empty parts, escaped, with ``separator`` between them."""
    return Markup(escape(separator)).join(escape(part) for part in parts if part)


def filled(template: str, **values: object) -> Markup:
    """A translated ``template`` ("Host: {host}") with its placeholders
    filled, each value escaped unless it is already Markup ("<b>…</b>")."""
    return Markup(escape(template).format(**{name: escape(value) for name, value in values.items()}))


def capitals(text: str, language: str) -> str:
    """``text`` in capitals; Greek capitals drop their accents
    ("Πρόγραμμα" -> "ΠΡΟΓΡΑΜΜΑ"), as Greek typesetting does."""
    upper = text.upper()
    if language != "el":
        return upper
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", upper).replace("\u0301", ""))
