"""The words of Planner's data, as the window and the exchange formats use
them: kinds of events, statuses, roles... (stored as their string values)."""

from planner.db.enums import (
    ActionState,
    AgendaKind,
    CostCategory,
    EventKind,
    EventStatus,
    Gender,
    MinutesKind,
    OrganisationKind,
    ParticipationStatus,
    Relation,
    Role,
    TravelMode,
)

__all__ = [
    "ActionState",
    "AgendaKind",
    "CostCategory",
    "EventKind",
    "EventStatus",
    "Gender",
    "MinutesKind",
    "OrganisationKind",
    "ParticipationStatus",
    "Relation",
    "Role",
    "TravelMode",
]
