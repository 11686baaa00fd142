"""The Participants tab of an event."""

from planner.ui.participants.tab import ParticipantsTab

__all__ = ["ParticipantsTab"]
