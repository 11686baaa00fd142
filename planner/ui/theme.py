"""Planner's look: a calm palette for light and for dark, chosen as the
system is (PLANNER_COLOR_SCHEME=light|dark to check one), on the Fusion
style so it looks the same everywhere. Every colour the window uses comes
from here: the rest of planner/ui names a colour, never writes one."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Scheme = Literal["light", "dark"]
ENVIRONMENT = "PLANNER_COLOR_SCHEME"


@dataclass(frozen=True)
class Theme:
    scheme: Scheme
    # The palette
    window: str
    base: str
    alternate: str
    text: str
    button: str
    line: str  # frames, grid lines
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    # What the window says with colour
    muted: str  # done, dropped, absent: shown but quieter
    note: str  # a hint under a field
    error: str  # overdue, a conflict, a problem in a list
    warning: str
    success: str
    # Status chips: tone -> (fill, ink)
    chips: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Agenda blocks by agenda kind: (fill, border); their text
    blocks: dict[str, tuple[str, str]] = field(default_factory=dict)
    block_ink: str = ""
    pause_fill: str = ""
    pause_ink: str = ""
    # The agenda timeline's paper
    timeline_paper: str = ""
    timeline_grid: str = ""
    timeline_half_hour: str = ""
    timeline_band: str = ""
    timeline_ruler: str = ""
    # Minutes rows by minutes kind
    minutes: dict[str, str] = field(default_factory=dict)

    def colour(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def style(self, name: str) -> str:
        """A style sheet's text colour ("color: …;") for a label."""
        return f"color: {getattr(self, name)};"


LIGHT = Theme(
    scheme="light",
    window="#f5f6f8",
    base="#ffffff",
    alternate="#f3f5f8",
    text="#1f2329",
    button="#eef0f3",
    line="#d5dae1",
    highlight="#2f6bd8",
    highlighted_text="#ffffff",
    link="#1d5fc7",
    placeholder="#6b7380",
    muted="#7b828c",
    note="#5b626c",
    error="#c0392b",
    warning="#9a6200",
    success="#2e7d32",
    chips={
        "neutral": ("#e8ebef", "#3b4350"),
        "info": ("#dde9fb", "#1d4f9c"),
        "success": ("#dcefdd", "#1f6423"),
        "warning": ("#fbecd2", "#7a4d00"),
        "danger": ("#f8dcd9", "#992a1f"),
        "quiet": ("#eceef1", "#565d68"),
    },
    blocks={
        "session": ("#e3effb", "#8fbce6"),
        "presentation": ("#e9ebf8", "#a3abdc"),
        "discussion": ("#e6f4e7", "#9ccf9f"),
        "site_visit": ("#fff1dc", "#f1c27d"),
        "networking": ("#e0f2f0", "#86c7bf"),
        "travel": ("#f3e6f5", "#c99ad2"),
        "other": ("#fbf8e1", "#e0d58a"),
        "break": ("#eff0f2", "#c8ccd2"),
        "meal": ("#eff0f2", "#c8ccd2"),
    },
    block_ink="#1f2329",
    pause_fill="#eff0f2",
    pause_ink="#4a505a",
    timeline_paper="#ffffff",
    timeline_grid="#dde1e6",
    timeline_half_hour="#eef0f3",
    timeline_band="#f6f7f9",
    timeline_ruler="#5f6670",
    minutes={
        "conclusion": "#e3f0fd",
        "proposal": "#fff3e0",
        "decision": "#ede7f6",
        "action": "#e8f5e9",
        "best_practice": "#fce4ec",
        "discussion_point": "#f1f2f4",
    },
)

DARK = Theme(
    scheme="dark",
    # Fields and lists a shade lighter than the window: Fusion draws their
    # frames darker than the window, so they stand out by their fill.
    window="#1c1f23",
    base="#25292f",
    alternate="#2a2e35",
    text="#e4e7eb",
    button="#30353d",
    line="#3e444d",
    highlight="#3d74d6",
    highlighted_text="#ffffff",
    link="#7fb0ff",
    placeholder="#8f97a3",
    muted="#8a919c",
    note="#a3aab4",
    error="#f07167",
    warning="#e0a84a",
    success="#6cc070",
    chips={
        "neutral": ("#3d444e", "#dde2e8"),
        "info": ("#1f3a63", "#b9d3ff"),
        "success": ("#1f4524", "#b4e3b6"),
        "warning": ("#4a3612", "#f3d08f"),
        "danger": ("#552521", "#ffc2bc"),
        "quiet": ("#363b43", "#aab1bb"),
    },
    blocks={
        "session": ("#1f3550", "#3f6c9c"),
        "presentation": ("#2a2f52", "#5660a0"),
        "discussion": ("#203b26", "#4c8a55"),
        "site_visit": ("#46361c", "#a07a3a"),
        "networking": ("#1b3d3a", "#3f8a82"),
        "travel": ("#3c2742", "#8a5a95"),
        "other": ("#3c3920", "#8f8642"),
        "break": ("#31353c", "#4f555e"),
        "meal": ("#31353c", "#4f555e"),
    },
    block_ink="#e8ebef",
    pause_fill="#30343b",
    pause_ink="#b3bac4",
    timeline_paper="#25292f",
    timeline_grid="#3e444d",
    timeline_half_hour="#30353d",
    timeline_band="#2a2e35",
    timeline_ruler="#a3aab4",
    minutes={
        "conclusion": "#1f3550",
        "proposal": "#46361c",
        "decision": "#2f2a4a",
        "action": "#203b26",
        "best_practice": "#47253a",
        "discussion_point": "#343940",
    },
)

THEMES: dict[str, Theme] = {"light": LIGHT, "dark": DARK}

# Printed pages are white whatever the screen's scheme.
PAPER = QColor("#ffffff")

# Status -> chip tone; a status not listed is neutral.
PARTICIPATION_TONES = {
    "invited": "neutral",
    "registered": "info",
    "confirmed": "success",
    "attended": "success",
    "declined": "danger",
    "cancelled": "quiet",
    "no_show": "warning",
}
EVENT_TONES = {
    "draft": "neutral",
    "planned": "info",
    "confirmed": "success",
    "held": "quiet",
    "cancelled": "danger",
}

# A section's heading inside a tab (Travel, Hotel stays, Outcomes…): the
# same weight and room above it in every tab.
HEADING_STYLE = "font-weight: 600; padding: 6px 0 2px 0;"

# A button that stays pressed (List or Timeline): the highlight colour, so
# the one chosen shows in dark mode too, where Fusion's pressed shade is faint.
CHOSEN_BUTTON_STYLE = (
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 1px solid palette(highlight); border-radius: 3px; padding: 2px 6px; }"
)

_current: Theme = LIGHT


def current() -> Theme:
    """The theme in use (light until one is applied)."""
    return _current


def colour(name: str) -> QColor:
    """A named colour of the theme in use ("muted", "error", …)."""
    return _current.colour(name)


def style(name: str) -> str:
    """A label's style sheet for a named colour of the theme in use."""
    return _current.style(name)


def chip_colours(status: str, tones: dict[str, str]) -> tuple[QColor, QColor]:
    """The fill and ink of a status chip."""
    fill, ink = _current.chips[tones.get(status, "neutral")]
    return QColor(fill), QColor(ink)


def wanted_scheme() -> Scheme:
    """PLANNER_COLOR_SCHEME if set, else the system's light or dark mode."""
    chosen = os.environ.get(ENVIRONMENT, "").strip().lower()
    if chosen in ("light", "dark"):
        return "dark" if chosen == "dark" else "light"
    return "dark" if system_scheme() == Qt.ColorScheme.Dark else "light"


def system_scheme() -> Qt.ColorScheme:
    """The desktop's light or dark mode as Qt 6.5+ reads it (Unknown where it cannot tell)."""
    app = QGuiApplication.instance()
    return app.styleHints().colorScheme() if isinstance(app, QGuiApplication) else Qt.ColorScheme.Unknown


def palette_of(theme: Theme) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for name, colour_name in (
        (role.Window, theme.window),
        (role.WindowText, theme.text),
        (role.Base, theme.base),
        (role.AlternateBase, theme.alternate),
        (role.ToolTipBase, theme.base),
        (role.ToolTipText, theme.text),
        (role.Text, theme.text),
        (role.Button, theme.button),
        (role.ButtonText, theme.text),
        (role.BrightText, theme.error),
        (role.Highlight, theme.highlight),
        (role.HighlightedText, theme.highlighted_text),
        (role.Link, theme.link),
        (role.LinkVisited, theme.link),
        (role.PlaceholderText, theme.placeholder),
        (role.Mid, theme.line),
        (role.Midlight, theme.alternate),
        (role.Dark, theme.note),
        (role.Shadow, theme.line),
        (role.Light, theme.base),
    ):
        palette.setColor(name, QColor(colour_name))
    # Disabled: the same calm colours, with the text muted.
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor(theme.muted))
    palette.setColor(group.Disabled, role.Highlight, QColor(theme.line))
    return palette


def apply(app: QApplication, scheme: Scheme | None = None) -> Theme:
    """Fusion with the scheme's palette on the whole app."""
    global _current
    _current = THEMES[scheme or wanted_scheme()]
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(palette_of(_current))
    return _current


def follow_system(app: QApplication) -> Callable[[Qt.ColorScheme], None]:
    """Applies the system's light or dark mode again when it changes
    (unless PLANNER_COLOR_SCHEME fixes one). Returns the slot connected."""

    def changed(_scheme: Qt.ColorScheme) -> None:
        if not os.environ.get(ENVIRONMENT):
            apply(app)
            for widget in app.allWidgets():
                widget.update()

    app.styleHints().colorSchemeChanged.connect(changed)
    return changed
