"""Hearing what other Planners change in a shared database: PostgreSQL
tells every connection that LISTENs on ``planner_changes`` what each unit
of work changed once it is committed (``change_log.note`` sends it). A
database file has no such news: nothing to hear.

``follow`` runs on a thread of its own, on a connection of its own, until
told to stop; the window turns what it hears into its usual refresh.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from planner.services import change_log

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Heard:
    """What another Planner changed: tables, events (none: any), and the
    last entry of the change log it wrote."""

    tables: list[str]
    event_ids: list[int]
    upto: int


def can_follow(store: object) -> bool:
    """Whether ``store`` is a shared database, whose changes can be heard."""
    from planner.db.shared import SharedStore

    return isinstance(store, SharedStore)


def read(payload: str, mine: str) -> Heard | None:
    """The news in a notification; None for this Planner's own (marked
    ``mine``), or one it cannot read."""
    try:
        news = json.loads(payload)
        if news.get("by") == mine:
            return None
        return Heard([str(t) for t in news["tables"]], [int(e) for e in news["events"]], int(news["upto"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        log.info("a notification that is not Planner's: %r", payload[:200])
        return None


def follow(
    store: object, heard: Callable[[Heard], None], stop: threading.Event, *, ready: threading.Event | None = None
) -> None:
    """Call ``heard`` for every change another Planner commits to ``store``
    (a shared database) until ``stop`` is set. Runs on the caller's thread:
    start it on one of its own."""
    import psycopg

    from planner.db.shared import SharedStore

    assert isinstance(store, SharedStore)
    mine = change_log.mark_of(store.engine)
    # A connection of the store's own making (its credentials and settings,
    # never written out as an address), kept for listening and then dropped.
    raw = None
    try:
        raw = store.engine.raw_connection()
        connection = raw.driver_connection
        assert isinstance(connection, psycopg.Connection)
        connection.rollback()
        connection.autocommit = True
        connection.execute(f"LISTEN {change_log.CHANNEL}")
        if ready is not None:
            ready.set()
        while not stop.is_set():
            for notification in connection.notifies(timeout=0.5):
                news = read(notification.payload, mine)
                if news is not None:
                    heard(news)
    except (psycopg.Error, SQLAlchemyError) as error:
        # The server went away: the window works on without news (a save
        # over a newer change is still refused). Its class only: a message
        # of the driver may quote the connection's settings.
        log.warning("no longer hearing the changes of other Planners (%s)", type(error).__name__)
    finally:
        if raw is not None:
            raw.invalidate()  # never back into the pool in listening state
        if ready is not None:
            ready.set()
