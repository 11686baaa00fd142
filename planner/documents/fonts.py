"""DejaVu Sans, registered once: it covers Greek, Cyrillic and every Latin
letter of Europe, which reportlab's built-in Helvetica does not."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from planner.config import resource_path
from planner.errors import PlannerError

SANS = "PlannerSans"
SANS_BOLD = "PlannerSans-Bold"
SANS_ITALIC = "PlannerSans-Oblique"
SANS_BOLD_ITALIC = "PlannerSans-BoldOblique"
# Narrower letters for tables with many columns.
CONDENSED = "PlannerSansCondensed"
CONDENSED_BOLD = "PlannerSansCondensed-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

_registered = False


def register_fonts() -> None:
    """Make the fonts known to reportlab; <b> and <i> in a paragraph pick
    the bold and oblique faces."""
    global _registered
    if _registered:
        return
    for name, file_name in _FILES.items():
        path = resource_path("fonts", file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except OSError as error:
            raise PlannerError(f"{path}: the font for printed documents cannot be read ({error})") from None
    for family, normal, bold, italic, bold_italic in (
        (SANS, SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC),
        (CONDENSED, CONDENSED, CONDENSED_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC),
    ):
        addMapping(family, 0, 0, normal)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)
    _registered = True
