"""Who counts as having taken part in an event, one rule for every list,
report and statistic (they must agree): those marked as having attended
once attendance is recorded; before that, everyone coming (not declined,
cancelled or a no-show)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from planner.db.enums import ParticipationStatus
from planner.services.participants import NOT_COMING

T = TypeVar("T")

_NOT_COUNTED = NOT_COMING | {ParticipationStatus.NO_SHOW.value}


def taking_part(participations: Iterable[T], status_of: Callable[[T], str]) -> tuple[list[T], bool]:
    """The participations counted, and whether attendance is recorded."""
    rows = list(participations)
    attended = [row for row in rows if status_of(row) == ParticipationStatus.ATTENDED]
    if attended:
        return attended, True
    return [row for row in rows if status_of(row) not in _NOT_COUNTED], False
