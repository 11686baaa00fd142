"""The Actions view: open actions of every event."""

from planner.ui.actions.view import ActionsView

__all__ = ["ActionsView"]
