"""Nothing cut off at 1280×720: every list of the sample events, on every
tab, shows its text whole unless the table truly has no room for it; the
toolbar stays put whatever the step to undo is called."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTabWidget, QToolButton, QTreeView, QWidget

from planner.services import events
from planner.ui.navigator import ACTIONS, DIRECTORY

SLACK = 16  # px of air a column may keep beside its widest text
FIFTEEN = timedelta(minutes=15)


def _header(view: QAbstractItemView):
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def _rows(view: QAbstractItemView) -> list[QModelIndex]:
    model, found = view.model(), []
    if isinstance(view, QTreeView):
        index = model.index(0, 0)
        while index.isValid():
            if not view.isFirstColumnSpanned(index.row(), index.parent()):
                found.append(index)
            index = view.indexBelow(index)
        return found
    return [model.index(row, 0) for row in range(model.rowCount())]


def _text_width(view: QAbstractItemView, index: QModelIndex) -> int:
    """What a cell's text needs: its own font's width of the text, and the
    item's margins and icon as the view measures them."""
    return view.sizeHintForIndex(index).width()


def _cut_off_beside_room(view: QAbstractItemView) -> list[str]:
    """The cells whose text is cut off while the table has room left, or
    another column is wider than anything it shows."""
    header = _header(view)
    model = view.model()
    shown = [column for column in range(model.columnCount()) if not header.isSectionHidden(column)]
    rows = _rows(view)
    needed = {}
    for column in shown:
        heading = header.fontMetrics().horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal)))
        cells = [_text_width(view, row.siblingAtColumn(column)) for row in rows if row.siblingAtColumn(column).data()]
        indent = view.indentation() if isinstance(view, QTreeView) and column == 0 else 0
        needed[column] = max([heading + 24, *(cell + indent for cell in cells)])
    used = sum(header.sectionSize(column) for column in shown)
    spare_room = view.viewport().width() - used > SLACK
    roomy = [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in shown
        if header.sectionSize(column) > needed[column] + SLACK
    ]
    problems = []
    for row in rows:
        for column in shown:
            cell = row.siblingAtColumn(column)
            if not cell.data() or view.visualRect(cell).width() >= _text_width(view, cell):
                continue
            if spare_room or [name for name in roomy if name != model.headerData(column, Qt.Orientation.Horizontal)]:
                problems.append(
                    f"{view.objectName() or type(view).__name__}: '{cell.data()}' cut off "
                    f"(room left: {view.viewport().width() - used} px, roomy columns: {roomy})"
                )
    return problems


def _lists_shown(window) -> list[QAbstractItemView]:
    return [
        view
        for view in window.findChildren(QAbstractItemView)
        if view.isVisible()
        and isinstance(view, (QTableView, QTreeView))
        and view.model() is not None
        and view.model().columnCount() > 1
    ]


def _every_page(qtbot, page: QWidget):
    """Each page of a widget's tabs (and their tabs), shown in turn."""
    tabs = page.findChildren(QTabWidget)
    if not tabs:
        yield
        return
    for tab in tabs:
        for number in range(tab.count()):
            tab.setCurrentIndex(number)
            qtbot.wait(1)  # the page's show and resize events
            yield


@pytest.fixture
def window_1280(window, qtbot):
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    return window


def test_no_text_is_cut_off_beside_room_at_1280(window_1280, context, qtbot):
    window = window_1280
    problems: list[str] = []
    seen = 0
    with context.read() as session:
        event_ids = [event.id for event in events.list_events(session)]
    for event_id in event_ids:
        window.open_event(event_id)
        for number, page in enumerate(window.event_view.pages):
            window.event_view.tabs.setCurrentIndex(number)
            for _shown in _every_page(qtbot, page):
                for view in _lists_shown(window):
                    seen += 1
                    problems += _cut_off_beside_room(view)
    for view_name in (DIRECTORY, ACTIONS):
        window.navigator.select_view(view_name)
        for _shown in _every_page(qtbot, window.views[view_name]):
            for view in _lists_shown(window):
                seen += 1
                problems += _cut_off_beside_room(view)
    assert seen > 20  # every tab's lists were looked at
    assert not sorted(set(problems))


def test_arrivals_and_departures_need_no_sideways_scrolling(window_1280, context, qtbot):
    window = window_1280
    with context.read() as session:
        event_ids = [event.id for event in events.list_events(session)]
    logistics = window.event_view.pages[3]
    for event_id in event_ids:
        window.open_event(event_id)
        window.event_view.tabs.setCurrentIndex(3)
        logistics.pages.setCurrentWidget(logistics.arrivals_page)
        qtbot.wait(1)
        for tree in (logistics.arrivals_page.arrivals, logistics.arrivals_page.departures):
            assert not tree.horizontalScrollBar().isVisible(), tree.objectName()


def test_the_toolbar_keeps_its_place_whatever_the_step_is_called(window_1280, context):
    window = window_1280
    buttons = window.findChildren(QToolButton)
    undo = next(button for button in buttons if button.defaultAction() is window.undo_action)
    directory = next(button for button in buttons if button.defaultAction() is window.directory_action)
    before = (undo.width(), directory.x())
    with context.read() as session:
        munich = next(event.id for event in events.list_events(session) if event.kind == "study_visit")
    window.open_event(munich)
    overview = window.event_view.pages[0]
    overview.form.widgets["title"].setText("A much longer title for the study visit to BioM in Munich")
    overview.save_field("title")
    assert window.undo_action.text() == "&Undo Change title"  # the menu names the step
    assert "Change title" in undo.toolTip()  # and so does the button's tooltip
    assert undo.text() == "Undo"
    assert (undo.width(), directory.x()) == before


def test_a_quarter_hour_item_in_the_timeline_is_a_line_of_text_high(window_1280, context, qtbot):
    from PySide6.QtGui import QFont, QFontMetricsF

    from planner.ui.agenda.tab import TIMELINE

    window = window_1280
    with context.read() as session:
        munich = next(event.id for event in events.list_events(session) if event.kind == "study_visit")
    window.open_event(munich)
    window.event_view.tabs.setCurrentIndex(1)
    agenda = window.event_view.pages[1]
    agenda.show_view(TIMELINE)
    qtbot.wait(1)
    scene = agenda.timeline.timeline
    title = QFont(scene.font())
    title.setBold(True)
    line = QFontMetricsF(title).height()
    quarters = [block for block in scene.blocks.values() if block.entry.ends_at - block.entry.starts_at <= FIFTEEN]
    assert quarters  # the sample day has a welcome and a coffee break of a quarter of an hour
    for block in quarters:
        # The block's text box is its rect less 3 px above and below.
        assert block.rect().height() - 6 >= line, block.entry.title


def test_about_the_event_and_objectives_show_their_text_whole(window_1280, context, qtbot):
    window = window_1280
    with context.read() as session:
        munich = next(event.id for event in events.list_events(session) if event.kind == "study_visit")
    window.open_event(munich)
    window.event_view.tabs.setCurrentIndex(0)
    qtbot.wait(1)
    form = window.event_view.pages[0].form
    for name in ("summary", "objectives"):
        box = form.widgets[name]
        assert box.toPlainText().count("\n") >= 2 or len(box.toPlainText()) > 200  # more than a line or two
        assert box.verticalScrollBar().maximum() == 0, name  # all of it shows, no scroll bar
    # The form keeps within the tab: the fields' right edges show.
    title = form.widgets["title"]
    assert title.mapTo(window, title.rect().topRight()).x() < window.event_view.pages[0].width() + window.pages.x()


def test_a_long_text_grows_its_box_only_up_to_a_limit(window_1280, context, qtbot):
    from planner.ui.growing_text import MOST_LINES

    window = window_1280
    with context.read() as session:
        munich = next(event.id for event in events.list_events(session) if event.kind == "study_visit")
    window.open_event(munich)
    box = window.event_view.pages[0].form.widgets["summary"]
    box.setPlainText("\n".join(f"Line {number}" for number in range(40)))
    assert box.height() < (MOST_LINES + 2) * box.fontMetrics().lineSpacing()
    assert box.verticalScrollBar().maximum() > 0  # the rest is scrolled to


def test_arrivals_and_departures_show_every_name_and_flight_whole(window_1280, context, qtbot):
    window = window_1280
    with context.read() as session:
        munich = next(event.id for event in events.list_events(session) if event.kind == "study_visit")
    window.open_event(munich)
    window.event_view.tabs.setCurrentIndex(3)
    logistics = window.event_view.pages[3]
    logistics.pages.setCurrentWidget(logistics.arrivals_page)
    qtbot.wait(1)
    for tree in (logistics.arrivals_page.arrivals, logistics.arrivals_page.departures):
        rows = _rows(tree)
        assert len(rows) >= 8  # the study visit's travellers
        cut = [
            row.siblingAtColumn(column).data()
            for row in rows
            for column in range(tree.model().columnCount())
            if tree.visualRect(row.siblingAtColumn(column)).width() < _text_width(tree, row.siblingAtColumn(column))
        ]
        assert not cut, tree.objectName()
