"""The country field proposes country names as they are typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.ui.country_line import country_line


def test_typing_in_the_country_field_proposes_the_countries_that_match(qtbot):
    line = country_line()
    qtbot.addWidget(line)
    line.show()
    qtbot.waitExposed(line)
    line.setFocus()
    qtbot.waitUntil(lambda: line.completer() is not None)
    qtbot.keyClicks(line, "ree")
    completer = line.completer()
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    proposed = completer.completionModel()
    shown = [proposed.index(row, 0).data() for row in range(proposed.rowCount())]
    assert "Greece" in shown
    assert "Germany" not in shown
