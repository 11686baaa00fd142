"""Everything Qt: the only package that imports PySide6."""

from planner.ui.none_guard import keep_none_alive

keep_none_alive()  # before any Qt call can lose a reference to None
