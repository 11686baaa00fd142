"""An event taken on the road and brought back, the same from the window
(Event ▸ Check out to a laptop copy…, Check in…) and from the command line
(planner checkout, planner checkin). Not undoable steps: each writes two
databases, and a check-in is undone by another check-out."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError
from planner.services import checkouts
from planner.services.checkin import CheckedIn, check_in
from planner.services.language import say

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.copying import Copied
    from planner.db.models import CopyOrigin
    from planner.db.store import Store


def copy_chosen_events(
    source: Store, source_location: str, target: Path | str, event_ids: list[int]
) -> tuple[Copied, str]:
    """Copy ``event_ids`` from ``source`` into a new file or an empty shared
    database, recording on it where they came from and how far the source's
    change log had gone (what a check-in compares against); the copy and
    the target as a message names it."""
    from planner.db.copying import copy_events
    from planner.db.models import CopyOrigin
    from planner.db.shared import SharedStore, is_shared, shown
    from planner.db.store import Store
    from planner.services import change_log

    location = str(target)
    shared = is_shared(location)
    path = Path(location).expanduser()
    if not shared and path.exists():
        raise PlannerError(
            say("{place}: exists; Planner copies into a new file (or an empty shared database)", place=path)
        )
    opened = SharedStore.open(location) if shared else Store.open(path)
    name = shown(location) if shared else location
    try:
        with source.read() as reading:
            mark = change_log.latest(reading)
        copied = copy_events(source.engine, opened.engine, name, event_ids)
        where = shown(source_location) if is_shared(source_location) else str(Path(source_location).resolve())
        with opened.write() as writing:
            writing.add(
                CopyOrigin(
                    server=where,
                    copied_at=datetime.now(UTC).replace(tzinfo=None),
                    server_mark=mark,
                    copy_mark=change_log.latest(writing),
                )
            )
    except BaseException:
        opened.close()
        if not shared:  # the file made for the copy holds nothing: not left behind
            for leftover in path.parent.glob(path.name + "*"):
                leftover.unlink(missing_ok=True)
        raise
    opened.close()
    return copied, name


def check_out_to(server: Store, event_id: int, path: Path) -> None:
    """Check ``event_id`` of the shared database ``server`` out to the laptop
    copy at ``path``: made with the event when new (held on the server
    first, so that nobody changes it in between), else the copy must hold it."""
    from planner.db.store import Store

    name = str(path.resolve())
    if not path.exists():
        with server.write() as on_server:
            checkouts.hold(on_server, event_id, name)
        try:
            copy_chosen_events(server, server.location, path, [event_id])
        except BaseException:
            with server.write() as on_server:
                checkouts.release_event(on_server, event_id, name)
            raise
        made = True
    else:
        made = False
    laptop = Store.open(path)
    try:
        with laptop.write() as on_laptop, server.write() as on_server:
            origin = checkouts.origin(on_laptop)
            if origin is None:
                raise PlannerError(say("{place}: is not a copy of chosen events of a shared database", place=path))
            refreshed = not made and _bring_up_to_date(on_laptop, on_server, origin, event_id)
            held = checkouts.check_out(on_server, on_laptop, event_id, name)
            if refreshed:  # copied as it stood when held: nobody else changed it since
                origin.copied_at = held.since
                on_laptop.add(origin)
    finally:
        laptop.close()


def _bring_up_to_date(laptop: Session, server: Session, origin: CopyOrigin, event_id: int) -> bool:
    """An existing copy checked out again: the event brought in as the
    server has it now when nothing changed on the copy waits to go back
    (then a check-in compares from now on: True); else only what it lacks
    added, and the check-in compares from the copy's own mark."""
    from planner.db.copying import events_into_copy
    from planner.services import change_log

    waiting = change_log.latest(laptop) > origin.copy_mark
    events_into_copy(server.connection(), laptop.connection(), [event_id], overwrite=not waiting)
    if not waiting:
        origin.server_mark = change_log.latest(server)
        laptop.add(origin)
    return not waiting


def check_in_from(path: Path, server: Store, *, dry_run: bool = False) -> tuple[CheckedIn, Path | None]:
    """Bring the laptop copy at ``path`` back into ``server``; with
    ``dry_run`` only say what would happen. The conflicts, if any, are also
    written to a file beside the copy (its path is given back)."""
    from planner.db.store import Store

    if not path.exists():
        raise PlannerError(say("{place}: no such file", place=path))
    from planner.db.shared import is_shared, shown

    laptop = Store.open(path)
    try:
        with laptop.write() as on_laptop, server.write() as on_server:
            origin = checkouts.origin(on_laptop)
            here = shown(server.location) if is_shared(server.location) else str(Path(server.location).resolve())
            if origin is not None and origin.server != here:  # its rows' numbers are another database's
                raise PlannerError(
                    say(
                        "{place}: is a copy of {origin}, not of {server}; nothing was changed",
                        place=path,
                        origin=origin.server,
                        server=here,
                    )
                )
            done = check_in(on_laptop, on_server, str(path.resolve()))
            if dry_run:
                on_server.rollback()
                on_laptop.rollback()
    finally:
        laptop.close()
    if dry_run or not done.conflicts:
        return done, None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = path.resolve().with_name(f"{path.name}.conflicts-{stamp}.txt")
    kept.write_text("".join(conflict.line() + "\n" for conflict in done.conflicts), encoding="utf-8")
    return done, kept
