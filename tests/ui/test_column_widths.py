"""How the lists share their width among their columns: whole text where
there is room, the longest columns giving way first where there is not, and
the full text of a cut-off cell in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from planner.ui.column_widths import BREATHING_ROOM, Needs, column_widths


def _needs(*fulls: int, usual: dict[int, int] | None = None, least: int = 40) -> dict[int, Needs]:
    usual = usual or {}
    return {column: Needs(full, usual.get(column, full), least) for column, full in enumerate(fulls)}


def test_with_room_to_spare_every_column_shows_all_and_one_takes_the_rest():
    widths = column_widths(_needs(100, 200, 50), 600, stretch=1)
    assert widths == {0: 100 + BREATHING_ROOM, 1: 600 - 150 - 2 * BREATHING_ROOM, 2: 50 + BREATHING_ROOM}


def test_just_enough_room_shows_every_text_whole():
    widths = column_widths(_needs(100, 200, 50), 355, stretch=1)
    assert sum(widths.values()) == 355
    assert all(widths[column] >= full for column, full in enumerate((100, 200, 50)))


def test_short_of_room_the_longest_column_gives_way_and_the_short_ones_stay_whole():
    # A date column, a long title column whose usual text is short, a room column.
    needs = _needs(110, 900, 300, usual={1: 250, 2: 120})
    widths = column_widths(needs, 700, stretch=1)
    assert sum(widths.values()) == 700
    assert widths[0] == 110  # short: never cut
    assert widths[1] >= 250 and widths[2] >= 120  # the usual texts show
    assert widths[1] >= widths[2]  # the widest gives way to the same width, not more


def test_far_too_narrow_a_table_keeps_each_column_its_least_width():
    widths = column_widths(_needs(300, 300, 300, least=60), 150, stretch=0)
    assert widths == {0: 60, 1: 60, 2: 60}  # the table scrolls sideways rather than lose a column


def test_a_cut_off_cell_shows_its_full_text_in_a_tooltip(window, context, qtbot):
    window.resize(1280, 720)
    with context.read() as session:
        from planner.services import events

        clunet = next(event.id for event in events.list_events(session) if event.title.startswith("CLUNET"))
    window.open_event(clunet)
    window.event_view.tabs.setCurrentIndex(1)
    table = window.event_view.pages[1].table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    model = table.model()
    cut = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data()
        and not model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)  # cells with their own keep it
        and table.visualRect(model.index(row, column)).width()
        < table.sizeHintForIndex(model.index(row, column)).width()
    )
    centre = table.visualRect(cut).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == cut.data()
    QToolTip.hideText()
    # A cell shown whole has no tooltip of its own.
    whole = model.index(0, 0)
    QApplication.sendEvent(
        table.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, table.visualRect(whole).center(), QPoint(0, 0)),
    )
    assert QToolTip.text() != whole.data()


def test_each_column_is_measured_as_wide_as_qt_sizes_its_widest_text(window, context, qtbot):
    """The widths are measured from each different text once; the widest,
    which decides a column's width, as Qt itself sizes the cell."""
    from planner.ui.agenda import AgendaTab
    from planner.ui.column_widths import MEASURED_ROWS, cell_widths
    from planner.ui.directory import DirectoryView
    from planner.ui.participants import ParticipantsTab

    window.resize(1280, 720)
    with context.read() as session:
        from planner.services import events

        clunet = next(event.id for event in events.list_events(session) if event.title.startswith("CLUNET"))
    window.open_event(clunet)
    tab = window.event_view.page_of(ParticipantsTab)
    window.event_view.tabs.setCurrentWidget(tab)
    agenda = window.event_view.page_of(AgendaTab)  # a style sheet's padding, breaks in italics
    window.event_view.tabs.setCurrentWidget(agenda)
    window.show_view("directory")
    directory = next(iter(window.findChildren(DirectoryView)))
    for table in (tab.table, agenda.table, directory.people_table, directory.organisations_table):
        model = table.model()
        qtbot.waitUntil(lambda model=model: model.rowCount() > 0)
        columns = range(model.columnCount())
        measured = cell_widths(table, columns)
        grid = 1 if table.showGrid() else 0
        for column in columns:
            by_qt = [
                table.sizeHintForIndex(model.index(row, column)).width() + grid
                for row in range(min(model.rowCount(), MEASURED_ROWS))
                if model.index(row, column).data() not in (None, "")
            ]
            assert len(measured[column]) == len(by_qt)
            assert max(measured[column], default=0) == max(by_qt, default=0), (table.accessibleName(), column)


def test_a_list_in_a_larger_font_is_measured_again(window, context, qtbot):
    """The widths kept of a list's texts are those of its font: in a larger
    one, its texts are measured again."""
    from planner.ui.column_widths import FittedColumns, cell_widths
    from planner.ui.participants import ParticipantsTab

    window.resize(1280, 720)
    with context.read() as session:
        from planner.services import events

        clunet = next(event.id for event in events.list_events(session) if event.title.startswith("CLUNET"))
    window.open_event(clunet)
    tab = window.event_view.page_of(ParticipantsTab)
    window.event_view.tabs.setCurrentWidget(tab)
    table = tab.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    fitted = table.findChild(FittedColumns)
    columns = range(table.model().columnCount())
    before = cell_widths(table, columns, fitted.measured)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    after = cell_widths(table, columns, fitted.measured)
    fresh = cell_widths(table, columns)
    assert after == fresh
    assert max(after[0]) > max(before[0])  # the names need more room
