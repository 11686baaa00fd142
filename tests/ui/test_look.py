"""The window's look: one icon set on every menu entry, toolbar button, tab
and navigator row; the light or dark palette as the system (or
PLANNER_COLOR_SCHEME) asks; statuses as chips in the theme's colours; and
no colour written anywhere in the window's code but in the theme."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QMenu, QStyleFactory, QToolBar, QWidgetAction

import planner.ui
from planner.ui import icons, theme
from planner.ui.directory.models import HISTORY_STATUS
from planner.ui.navigator import EVENT_ID
from planner.ui.participants.model import STATUS
from tests.ui.conftest import event_id_of


@pytest.fixture
def scheme(qapp, monkeypatch):
    """Applies a scheme for the test; the app's style and palette as they
    were after it."""
    style, palette = qapp.style().name(), qapp.palette()
    monkeypatch.setattr(theme, "_current", theme.LIGHT)

    def use(name: theme.Scheme | None = None) -> theme.Theme:
        return theme.apply(qapp, name)

    yield use
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


def _entries(menu: QMenu):
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield menu.title(), action
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _entries(submenu)


def _colours(image) -> set[str]:
    """The opaque colours of an image, as #rrggbb."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


# -- icons --------------------------------------------------------------------------


def test_every_menu_entry_and_toolbar_button_has_an_icon(window):
    window.files.rebuild_recent_menu()
    missing = [
        f"{menu.replace('&', '')} ▸ {action.text().replace('&', '')}"
        for top in window.menuBar().actions()
        for menu, action in _entries(top.menu())
        if action.icon().isNull()
    ]
    assert missing == []
    toolbar = window.findChild(QToolBar, "main-toolbar")
    # (The Documents button is a widget of its own, checked below.)
    buttons = [
        action for action in toolbar.actions() if not action.isSeparator() and not isinstance(action, QWidgetAction)
    ]
    assert len(buttons) >= 7
    assert all(not action.icon().isNull() for action in buttons if action.isVisible())
    assert not window.documents.button.icon().isNull()


def test_an_entry_of_open_recent_gets_the_database_icon_when_the_menu_opens(window, context, tmp_path):
    other = tmp_path / "other.sqlite"
    other.touch()
    context.remember_database(other)
    context.remember_database(context.store.path)
    window.files.rebuild_recent_menu()
    window.files.recent_menu.aboutToShow.emit()
    entries = [action for action in window.files.recent_menu.actions() if not action.isSeparator()]
    assert entries and all(not action.icon().isNull() for action in entries)


def test_the_tabs_have_icons(window):
    tabs = window.event_view.tabs
    assert [tabs.tabText(index) for index in range(tabs.count())] == [
        "Overview",
        "Agenda",
        "Participants",
        "Logistics",
        "Minutes",
    ]
    assert all(not tabs.tabIcon(index).isNull() for index in range(tabs.count()))


def test_icons_are_drawn_in_the_palette_text_colour_light_and_dark(scheme, qapp):
    for name in ("light", "dark"):
        used = scheme(name)
        image = icons.icon("calendar-plus").pixmap(QSize(32, 32)).toImage()
        assert used.text in _colours(image), name
        disabled = icons.icon("calendar-plus").pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
        assert used.muted in _colours(disabled), name


def test_the_navigator_shows_kind_and_group_icons_and_counts(window, context):
    model = window.navigator.model
    groups = {}
    for row in range(model.rowCount()):
        item = model.item(row)
        assert not item.icon().isNull(), item.text()
        groups[item.data(planner.ui.navigator.SEARCH_TEXT)] = item
    assert groups["Past"].text() == "Past (3)"
    assert groups["By programme"].text() == "By programme (3)"
    programme = groups["By programme"].child(0)
    assert re.fullmatch(r".+ \(\d+\)", programme.text()) and not programme.icon().isNull()
    past = groups["Past"]
    events = [past.child(row) for row in range(past.rowCount())]
    assert all(event.data(EVENT_ID) is not None and not event.icon().isNull() for event in events)
    # A workshop and a study visit do not look alike.
    workshop = next(event for event in events if event.data(EVENT_ID) == event_id_of(context, "workshop"))
    visit = next(event for event in events if event.data(EVENT_ID) == event_id_of(context, "study_visit"))
    assert workshop.icon().pixmap(16).toImage() != visit.icon().pixmap(16).toImage()


def test_the_navigator_tooltip_shows_the_event_status_as_a_chip(window, context):
    workshop = event_id_of(context, "workshop")
    found = window.navigator.model.match(
        window.navigator.model.index(0, 0), EVENT_ID, workshop, 1, Qt.MatchFlag.MatchRecursive
    )
    tip = found[0].data(Qt.ItemDataRole.ToolTipRole)
    fill, ink = theme.chip_colours("held", theme.EVENT_TONES)
    assert f"background-color: {fill.name()}; color: {ink.name()};" in tip
    assert "Held" in tip


# -- the palette ----------------------------------------------------------------------


def test_the_dark_palette_is_applied_when_the_scheme_is_dark(scheme, qapp, monkeypatch):
    monkeypatch.setenv("PLANNER_COLOR_SCHEME", "dark")
    used = scheme()
    assert used is theme.DARK and theme.current() is theme.DARK
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == theme.DARK.window
    assert palette.color(QPalette.ColorRole.Window).lightness() < 60
    assert palette.color(QPalette.ColorRole.Text).lightness() > 200
    assert qapp.style().name().lower() == "fusion"


def test_the_light_palette_is_applied_otherwise(scheme, qapp, monkeypatch):
    monkeypatch.setenv("PLANNER_COLOR_SCHEME", "light")
    assert scheme() is theme.LIGHT
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window
    assert qapp.palette().color(QPalette.ColorRole.Text).lightness() < 60
    monkeypatch.delenv("PLANNER_COLOR_SCHEME")
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Unknown)
    assert scheme() is theme.LIGHT


def test_without_the_override_the_system_dark_mode_is_followed(scheme, qapp, monkeypatch):
    monkeypatch.delenv("PLANNER_COLOR_SCHEME", raising=False)
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
    assert scheme() is theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == theme.DARK.base
    monkeypatch.setenv("PLANNER_COLOR_SCHEME", "light")  # the override wins over the system
    assert scheme() is theme.LIGHT


def test_chips_text_is_readable_on_its_fill_in_both_schemes():
    def luminance(colour: str) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        rgb = QColor(colour)
        return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF())

    for used in (theme.LIGHT, theme.DARK):
        for tone, (fill, ink) in used.chips.items():
            light, dark = sorted((luminance(fill), luminance(ink)), reverse=True)
            assert (light + 0.05) / (dark + 0.05) >= 4.5, (used.scheme, tone)  # WCAG AA for text


# -- status chips ----------------------------------------------------------------------


def _chip_fill_in(table, row: int) -> str:
    """The colour just inside the left end of the status chip of a row."""
    table.scrollTo(table.model().index(row, STATUS))
    rect: QRect = table.visualRect(table.model().index(row, STATUS))
    image = table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int((rect.left() + 4 + 5) * ratio), int(rect.center().y() * ratio)).name()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_participation_status_is_a_chip_in_the_theme_colours(name, scheme, window, context, qtbot):
    used = scheme(name)
    window.open_event(event_id_of(context, "workshop"))
    window.event_view.tabs.setCurrentIndex(2)
    tab = window.event_view.pages[2]
    tab.ensure_loaded()
    table = tab.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    rows = {table.model().index(row, STATUS).data(): row for row in range(table.model().rowCount())}
    for shown, status in (("Attended", "attended"), ("Declined", "declined"), ("No-show", "no_show")):
        fill, _ink = theme.chip_colours(status, theme.PARTICIPATION_TONES)
        assert fill.name() == used.chips[theme.PARTICIPATION_TONES[status]][0]
        assert _chip_fill_in(table, rows[shown]) == fill.name(), shown
    # Attended and declined are told apart at a glance.
    assert _chip_fill_in(table, rows["Attended"]) != _chip_fill_in(table, rows["Declined"])


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_event_status_is_a_chip_in_the_header(name, scheme, window, context, qtbot):
    used = scheme(name)
    window.open_event(event_id_of(context, "workshop"))
    chip = window.event_view.status
    qtbot.waitUntil(lambda: chip.width() > 20 and chip.height() > 10)
    assert chip.text == "Held" and chip.isVisible()
    assert "Held" not in window.event_view.subtitle.text()
    image = chip.grab().toImage()
    ratio = image.devicePixelRatio()
    centre = int(chip.height() / 2 * ratio)
    assert image.pixelColor(int(5 * ratio), centre).name() == used.chips[theme.EVENT_TONES["held"]][0]


# -- no colour outside the theme ---------------------------------------------------------

# A colour written out: a QColor from a name, a hex code or numbers; a
# named Qt colour; a hex or rgb() colour in a style sheet or in rich text.
HARD_CODED = re.compile(
    r"""QColor\(\s*(["']|\d)"""
    r"""|["'][^"'\n]*#[0-9a-fA-F]{3,8}\b"""
    r"""|Qt\.GlobalColor\.(?!transparent\b)\w+"""
    r"""|(?<![.\w])rgba?\("""
    r"""|\bQt\.(white|black|red|green|blue|gray|darkGray|lightGray)\b"""
)


def test_no_module_of_the_window_holds_a_colour_outside_the_theme():
    root = Path(planner.ui.__file__).parent
    found = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if HARD_CODED.search(line)
    ]
    assert found == []


def test_the_check_finds_a_colour_written_out():
    for line in (
        'MUTED = QColor("#8a8a8a")',
        'label.setStyleSheet("color: #555;")',
        "painter.fillRect(rect, Qt.GlobalColor.white)",
        "QColor(200, 0, 0)",
        'f"background: rgb(240, 240, 240)"',
        "f\"<span style='color:#b3261e'>\"",
    ):
        assert HARD_CODED.search(line), line
    assert not HARD_CODED.search("pixmap.fill(Qt.GlobalColor.transparent)")
    assert not HARD_CODED.search('label.setStyleSheet(theme.style("error"))')


def test_a_person_s_events_in_the_directory_show_their_status_as_chips(scheme, window, qtbot):
    used = scheme("dark")
    window.show_view("directory")
    view = window.views["directory"]
    view.ensure_loaded()
    view.people_table.selectRow(0)
    table = view.history_table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    status = table.model().index(0, HISTORY_STATUS).data()
    tone = next(tone for key, tone in theme.PARTICIPATION_TONES.items() if key.replace("_", "-") == status.lower())
    rect: QRect = table.visualRect(table.model().index(0, HISTORY_STATUS))
    image = table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    assert (
        image.pixelColor(int((rect.left() + 9) * ratio), int(rect.center().y() * ratio)).name() == used.chips[tone][0]
    )


def test_the_window_turns_dark_when_the_system_does(scheme, qapp, window, monkeypatch):
    monkeypatch.delenv("PLANNER_COLOR_SCHEME", raising=False)
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Light)
    scheme()
    hints = qapp.styleHints()
    slot = theme.follow_system(qapp)
    try:
        monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qapp.processEvents()
        assert theme.current() is theme.DARK
        assert window.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
        # The icons already made are drawn in the new text colour.
        image = window.new_event_action.icon().pixmap(QSize(32, 32)).toImage()
        assert theme.DARK.text in _colours(image)
    finally:
        hints.colorSchemeChanged.disconnect(slot)
