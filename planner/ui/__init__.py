"""Everything Qt: the only package that imports PySide6."""

from planner.ui.none_guard import keep_none_alive
from planner.ui.source_reading import stop_source_reading

keep_none_alive()  # before any Qt call can lose a reference to None
stop_source_reading()  # before the modules loaded after Qt are imported
