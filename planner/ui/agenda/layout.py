"""Where each item of a day goes in the timeline: rooms as columns, breaks
and meals across them all, overlapping items side by side. Plain Python
(no Qt) so the arithmetic is easy to read and to test."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from planner.services.agenda import AgendaEntry

NO_ROOM = "No room"


@dataclass(frozen=True)
class Placement:
    entry: AgendaEntry
    column: int | None  # None: across every column (breaks and meals)
    lane: int  # side by side with items that overlap it in its column
    lanes: int


def rooms_of(entries: Sequence[AgendaEntry]) -> list[str]:
    """The columns of a day: the rooms of its programme items (breaks and
    meals go across) in the order the programme first uses them, as the
    list and the printed agenda show parallel items; items without a room
    last."""
    rooms: dict[str, str] = {}
    unplaced = False
    for entry in sorted(entries, key=lambda one: (one.starts_at, one.ends_at, one.id)):
        if entry.is_pause:
            continue
        if entry.location:
            rooms.setdefault(entry.location.casefold(), entry.location)
        else:
            unplaced = True
    columns = list(rooms.values())
    if unplaced or not columns:
        columns.append(NO_ROOM)
    return columns


def column_of(entry: AgendaEntry, columns: Sequence[str]) -> int | None:
    if entry.is_pause:
        return None
    wanted = entry.location.casefold() if entry.location else NO_ROOM.casefold()
    for index, room in enumerate(columns):
        if room.casefold() == wanted:
            return index
    return len(columns) - 1


def _lanes(entries: list[AgendaEntry]) -> dict[int, tuple[int, int]]:
    """(lane, lanes) for each item: overlapping items share their width."""
    result: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[AgendaEntry, int]] = []
    lane_ends: list[datetime] = []
    cluster_end: datetime | None = None

    def close() -> None:
        for member, lane in cluster:
            result[member.id] = (lane, len(lane_ends))

    for entry in sorted(entries, key=lambda one: (one.starts_at, one.ends_at, one.id)):
        if cluster_end is not None and entry.starts_at >= cluster_end:
            close()
            cluster, lane_ends, cluster_end = [], [], None
        for lane, end in enumerate(lane_ends):
            if end <= entry.starts_at:
                lane_ends[lane] = entry.ends_at
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(entry.ends_at)
        cluster.append((entry, lane))
        cluster_end = entry.ends_at if cluster_end is None else max(cluster_end, entry.ends_at)
    close()
    return result


def place(entries: Sequence[AgendaEntry], columns: Sequence[str]) -> list[Placement]:
    groups: dict[int | None, list[AgendaEntry]] = {}
    for entry in entries:
        groups.setdefault(column_of(entry, columns), []).append(entry)
    placements = []
    for column, members in groups.items():
        lanes = _lanes(members)
        placements += [Placement(entry, column, *lanes[entry.id]) for entry in members]
    return sorted(placements, key=lambda one: (one.entry.starts_at, one.entry.id))


def hour_range(entries: Sequence[AgendaEntry], day) -> tuple[datetime, datetime]:
    """The hours the ruler shows: the day's items with at least half an
    hour around them (08:00 to 18:00 for an empty day)."""
    midnight = datetime.combine(day, time())
    if not entries:
        return midnight + timedelta(hours=8), midnight + timedelta(hours=18)
    first = min(entry.starts_at for entry in entries) - midnight
    last = min(max(entry.ends_at for entry in entries), midnight + timedelta(days=1)) - midnight
    start_hour = max(math.floor(first / timedelta(hours=1) - 0.5), 0)
    end_hour = min(math.ceil(last / timedelta(hours=1) + 0.5), 24)
    return midnight + timedelta(hours=start_hour), midnight + timedelta(hours=end_hour)
