"""Planner's icons: one set (Material Design Icons, the font bundled with
qtawesome, never fetched) and the one place that says which icon stands
for which action, tab, event kind and navigator group.

Icons are drawn in the palette's text colour when they are painted, so
they follow a switch between light and dark without being made again.
They are drawn here from the font's glyphs: qtawesome's own code (with
qtpy, which loads Qt's OpenGL modules) and its dozen other fonts are not
loaded at start-up for the forty icons Planner shows."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from functools import lru_cache, partial
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QToolButton, QWidget

from planner.ui.translations import source_text

# The font's files in qtawesome's folder (the version in their names).
_FONT = "materialdesignicons6-webfont-*.ttf"
# A glyph fills this much of the icon's height, leaving room for the font's bearing.
_GLYPH_HEIGHT = 0.875

# Menu and toolbar entries, by their words without the mnemonic and the ellipsis.
ACTION_ICONS: dict[str, str] = {
    # File
    "New database": "database-plus-outline",
    "Open database": "folder-open-outline",
    "Open shared database": "server-network-outline",
    "Open recent": "history",
    "Import event file": "tray-arrow-down",
    "Export event file": "tray-arrow-up",
    "Participant lists": "account-group-outline",
    "Import participants": "account-multiple-plus-outline",
    "Export participants": "account-arrow-right-outline",
    "Back up now": "content-save-outline",
    "Restore from backup": "backup-restore",
    "Data protection": "shield-lock-outline",
    "What left this laptop": "file-send-outline",
    # Event (a laptop copy of a shared event)
    "Check out to a laptop copy": "cloud-download-outline",
    "Check in a laptop copy": "cloud-upload-outline",
    "Quit": "exit-to-app",
    # Edit
    "Undo": "undo",
    "Redo": "redo",
    "Find event": "magnify",
    "Mail settings": "email-edit-outline",
    "Preferences": "cog-outline",
    # Event
    "New event": "calendar-plus",
    "Delete event": "calendar-remove-outline",
    "Programme details": "certificate-outline",
    "Attendance": "account-check-outline",
    "History": "history",
    "Statistics": "chart-bar",
    # Calendar
    "Export calendar (.ics)": "calendar-export",
    "Export personal calendars": "calendar-account-outline",
    "Publish to a calendar server": "cloud-upload-outline",
    "Publish now": "calendar-sync-outline",
    "Send invitations": "email-fast-outline",
    "Send a message": "email-outline",
    "Import calendar (.ics)": "calendar-import",
    "Import replies to invitations": "email-arrow-left-outline",
    "Fetch replies from mailbox": "inbox-arrow-down-outline",
    "Message templates": "file-document-edit-outline",
    # Documents
    "Documents": "printer-outline",
    "Agenda": "timeline-clock-outline",
    "Participant list": "format-list-bulleted-square",
    "Signature sheets": "draw-pen",
    "Itinerary": "map-marker-path",
    "Name badges": "card-account-details-outline",
    "Conclusions report": "clipboard-text-outline",
    "Catering needs": "silverware-fork-knife",
    # View
    "Directory": "card-account-details-star-outline",
    "Open actions": "checkbox-marked-circle-outline",
    # Help
    "About Planner": "information-outline",
    "Keyboard shortcuts": "keyboard-outline",
    "Getting started": "map-marker-path",
}

# The tabs of an event, of the Logistics tab and of the Directory.
TAB_ICONS: dict[str, str] = {
    "Overview": "view-dashboard-outline",
    "Agenda": "timeline-clock-outline",
    "Participants": "account-multiple-outline",
    "Logistics": "bag-suitcase-outline",
    "Minutes": "note-text-outline",
    "Travellers": "airplane",
    "Arrivals & departures": "airplane-takeoff",
    "Costs": "cash-multiple",
    "People": "account-outline",
    "Organisations": "office-building-outline",
}

# Event kinds (vocabulary.EventKind values) in the navigator.
KIND_ICONS: dict[str, str] = {
    "workshop": "hammer-wrench",
    "meeting": "account-tie-voice-outline",
    "study_visit": "map-search-outline",
    "conference": "presentation",
    "training": "school-outline",
    "other": "calendar-blank-outline",
}

# The navigator's groups and its two views.
GROUP_ICONS: dict[str, str] = {
    "directory": "card-account-details-star-outline",
    "actions": "checkbox-marked-circle-outline",
    "upcoming": "calendar-arrow-right",
    "past": "calendar-check-outline",
    "programmes": "folder-table-outline",
    "programme": "folder-outline",
}

DATABASE = "database-outline"  # an entry of Open recent: a database's path
SHARED_DATABASE = "server-network-outline"  # one of a shared database ("shared: host/dbname")
SHARED_ENTRY = "shared database"  # the property that marks it
WARNING = "alert-outline"


def _font_folder() -> Path:
    """qtawesome's fonts: beside its code, in the installer's bundle too."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")  # found, not imported
    assert spec is not None and spec.origin is not None, "qtawesome (the icons' font) is not installed"
    return Path(spec.origin).parent / "fonts"


@lru_cache(maxsize=1)
def _glyphs() -> tuple[str, dict[str, str]]:
    """The font's family, and the glyph of each icon name; loaded when the
    first icon is painted."""
    font_file = sorted(_font_folder().glob(_FONT))[-1]
    charmap = font_file.with_name(font_file.name.replace("-webfont-", "-webfont-charmap-")).with_suffix(".json")
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font_file)))
    codes = json.loads(charmap.read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


class _GlyphEngine(QIconEngine):
    """Draws one glyph of the font: in ``colour``, or else in the colour the
    palette gives text at paint time (disabled and selected text too)."""

    def __init__(self, name: str, colour: QColor | None = None):
        super().__init__()
        self._name = name
        self._colour = colour

    def _pen(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if self._colour is not None:
            return self._colour
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        family, glyphs = _glyphs()
        font = QFont(family)
        font.setPixelSize(max(1, round(_GLYPH_HEIGHT * rect.height())))
        painter.save()
        painter.setFont(font)
        painter.setPen(self._pen(mode))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), glyphs[self._name])
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        # Drawn at the screen's pixels: sharp on a high-DPI screen.
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._name, self._colour)


def icon(name: str) -> QIcon:
    """The icon of that name in Planner's set, in the palette's text colour."""
    return QIcon(_GlyphEngine(name))


def warning_icon() -> QIcon:
    """A conflict or an overdue item: the alert sign in the theme's warning colour."""
    from planner.ui import theme

    colour = theme.colour("warning")
    if colour.rgba() not in _warnings:  # painted with every block in conflict: made once
        _warnings[colour.rgba()] = QIcon(_GlyphEngine("alert", QColor(colour)))
    return _warnings[colour.rgba()]


_warnings: dict[int, QIcon] = {}


def plain(text: str) -> str:
    """An action's or tab's words as a person reads them: "&Import event
    file…" is "Import event file", "&2 Agenda" is "Agenda"."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.rstrip("…").strip()
    return re.sub(r"^\d+ ", "", text)


def action_icon_name(text: str) -> str | None:
    # By the English words the text was translated from; for Event ▸ 1
    # Overview, those of the tab's name after the number.
    numbered = re.match(r"^&?\d+ (.*)$", text, re.DOTALL)
    for source in (source_text(text), source_text(numbered.group(1)) if numbered else ""):
        words = plain(source)
        if words in ACTION_ICONS:
            return ACTION_ICONS[words]
        if words in TAB_ICONS:  # Event ▸ 1 Overview …
            return TAB_ICONS[words]
        for verb in ("Undo", "Redo"):  # "Undo Move agenda item"
            if words.startswith(verb + " "):
                return ACTION_ICONS[verb]
    if "/" in text or "\\" in text:  # Open recent's entries are paths
        return DATABASE
    return None


def dress_menu(menu: QMenu) -> None:
    """Gives each entry of a menu (and of its submenus) its icon."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        # (Open recent's entry of a shared database says so: its text is not a path.)
        name = SHARED_DATABASE if action.property(SHARED_ENTRY) else action_icon_name(action.text())
        if name is not None:
            action.setIcon(icon(name))
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            dress_menu(submenu)


def dress_tabs(tabs: QTabWidget) -> None:
    for index in range(tabs.count()):
        name = TAB_ICONS.get(plain(source_text(tabs.tabText(index))))
        if name is not None:
            tabs.setTabIcon(index, icon(name))


def dress_window(window: QMainWindow) -> None:
    """Icons for the window's menus, toolbar buttons and tabs, from the one
    set; a menu filled as it opens (Open recent) is dressed when it opens."""
    dress_widget(window)


def dress_widget(widget: QWidget) -> None:
    """The same for the menus, buttons and tabs of one part of the window
    (a tab made after the window was dressed)."""
    for menu in widget.findChildren(QMenu):
        dress_menu(menu)
        menu.aboutToShow.connect(partial(dress_menu, menu))
    for button in widget.findChildren(QToolButton):
        name = action_icon_name(button.text()) if button.defaultAction() is None else None
        if name is not None:
            button.setIcon(icon(name))
    for tabs in widget.findChildren(QTabWidget):
        dress_tabs(tabs)
