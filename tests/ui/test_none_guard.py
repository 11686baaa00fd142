"""A long session's empty Qt values do not bring Python down (PySide6
6.12 on Python 3.11 lost a reference to None at each: planner/ui/none_guard.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# A day of work in a few seconds: filters with "All statuses" (no data)
# read, and cells asked for roles they do not have.
LONG_SESSION = textwrap.dedent(
    """
    import planner.ui
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QComboBox

    app = QApplication([])
    statuses = QComboBox()
    statuses.addItem("All statuses", None)
    table = QStandardItemModel(1, 1)
    cell = table.index(0, 0)
    for _ in range(100_000):
        statuses.currentData()
        cell.data(Qt.ItemDataRole.ToolTipRole)
    print("still running")
    """
)


def test_a_hundred_thousand_empty_values_read_from_qt_leave_the_app_running():
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, env=environment, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "still running"
