"""The Minutes tab: summary and outcomes of an event."""

from planner.ui.minutes.tab import MinutesTab

__all__ = ["MinutesTab"]
