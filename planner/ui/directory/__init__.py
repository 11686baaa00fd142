"""The Directory of people and organisations shared by all events."""

from planner.ui.directory.view import DirectoryView

__all__ = ["DirectoryView"]
