"""The words of Planner's data, as the window and the exchange formats use
them: kinds of events, statuses, roles... (stored as their string values)."""

from planner.db.enums import (
    ActionState,
    AgendaKind,
    ConsentPurpose,
    ConsentWay,
    CostCategory,
    DisclosureKind,
    EventKind,
    EventStatus,
    Gender,
    MinutesKind,
    OrganisationKind,
    ParticipationStatus,
    PurgeKind,
    Relation,
    Role,
    TravelMode,
)

__all__ = [
    "ActionState",
    "AgendaKind",
    "ConsentPurpose",
    "ConsentWay",
    "CostCategory",
    "DisclosureKind",
    "EventKind",
    "EventStatus",
    "Gender",
    "MinutesKind",
    "OrganisationKind",
    "ParticipationStatus",
    "PurgeKind",
    "Relation",
    "Role",
    "TravelMode",
]
