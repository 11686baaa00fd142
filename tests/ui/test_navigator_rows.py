"""The navigator shows each event's title whole, wrapped when long, with its
days and city under it: at 1280×720 the sample events' titles were cut
("Improvement of man…") while the days took the room before them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from planner.ui.event_rows import SUBTITLE, TITLE, EventRowDelegate, title_lines
from planner.ui.navigator import EVENT_ID


def event_indexes(tree) -> list[QModelIndex]:
    model, found = tree.model(), []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(EVENT_ID) is not None:
                found.append(index)
            walk(index)

    walk(tree.rootIndex())
    return found


def test_every_sample_title_is_shown_whole_at_1280(qtbot, window):
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    tree = window.navigator.tree
    delegate = tree.itemDelegate()
    assert isinstance(delegate, EventRowDelegate)
    shown = [index for index in event_indexes(tree) if tree.visualRect(index).isValid()]
    assert len(shown) == 3  # the past events, expanded
    for index in shown:
        rect = tree.visualRect(index)
        icon = tree.iconSize().width() or 16
        width = rect.width() - icon - 12
        lines = title_lines(index.data(TITLE), tree.font(), width)
        assert "".join(lines).replace(" ", "") == index.data(TITLE).replace(" ", ""), lines
        # The row is as tall as its lines and the days under them.
        assert rect.height() >= (len(lines) + 1) * tree.fontMetrics().height()
    munich = next(index for index in shown if index.data(TITLE).startswith("ECRI"))
    assert munich.data(SUBTITLE) == "Fri 23 Mar 2018 · Martinsried/Planegg"


def test_a_title_too_long_for_three_lines_is_elided_on_the_third():
    from PySide6.QtGui import QFont

    lines = title_lines("word " * 200, QFont(), 200)
    assert len(lines) == 3 and lines[-1].endswith("…")
