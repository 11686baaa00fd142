"""What the window knows of other organisers' changes: how far it has read
the database's change log (an edit over a row someone else changed after
that is refused, ``ChangedElsewhere``), and, on a shared database, the news
of their changes, heard on a thread of its own and turned into the window's
usual refresh (``AppContext.data_changed``) within a second or so.

A view that refreshes keeps what the user is typing: the Overview form, for
one, saves a field as it is left, and reads again only fields not being edited.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from planner.services.change_set import ChangedElsewhere, Seen, elsewhere, set_author

if TYPE_CHECKING:
    from planner.services.change_feed import Heard
    from planner.ui.context import AppContext


# The name the history shows for this organiser's changes (Preferences).
AUTHOR_SETTING = "changes/author"


class ChangeListener(QObject):
    # change_feed.Heard, from the thread that listens (delivered on the window's).
    heard = Signal(object)

    def __init__(self, context: AppContext):
        super().__init__(context)
        self.context = context
        self._seen: Seen | None = None
        self._before_news = 0  # how far the window had seen before the last news it heard
        self._stop: threading.Event | None = None
        # Set once the listening connection is ready (or has given up).
        self.ready = threading.Event()
        self.heard.connect(self._changed_elsewhere)
        set_author(str(context.settings.value(AUTHOR_SETTING, "") or ""))
        context.store_replaced.connect(self.restart)
        if context.store_is_open:
            self.restart()

    # -- how far the window has read ------------------------------------------

    def seen(self) -> Seen:
        """How far the window has read the change log (read now, the first time)."""
        if self._seen is None:
            self.catch_up()
        assert self._seen is not None
        return self._seen

    def own(self, logged: tuple[int, ...]) -> None:
        """Entries this window wrote itself: never a reason to refuse its edits."""
        seen = self.seen()
        mark, own = seen.mark, set(seen.own) | set(logged)
        while mark + 1 in own:  # nobody else wrote in between: read up to there
            mark += 1
            own.discard(mark)
        self._seen = Seen(mark, frozenset(own), seen.held)

    def catch_up(self) -> None:
        """The window shows the database as it is now."""
        from planner.services import change_log  # the database code, loaded once the window is up

        with self.context.read() as session:
            self._seen = Seen(change_log.latest(session))

    def reload(self, refused: ChangedElsewhere) -> None:
        """Show theirs: what a refused edit would have overwritten is read again."""
        self.catch_up()
        self.context.data_changed.emit(elsewhere(refused.tables, list(refused.event_ids)))

    # -- the news -------------------------------------------------------------

    def restart(self) -> None:
        """Listen to the database now open (a shared one; a file tells nothing)."""
        from planner.services import change_feed

        self.stop()
        self._seen = None
        store = self.context.store
        self.catch_up()  # what the window shows from now on is the database as it is
        if not change_feed.can_follow(store):
            return
        self.ready = threading.Event()
        self._stop = threading.Event()
        threading.Thread(
            target=change_feed.follow,
            args=(store, self.heard.emit, self._stop),
            kwargs={"ready": self.ready},
            name="planner-changes",
            daemon=True,
        ).start()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None

    def hold(self, table: str, row_id: int) -> None:
        """The news just heard about this row was not shown (a field kept as
        typed): a save over their change is still refused, not made blindly."""
        seen = self.seen()
        held = {(name, row): mark for name, row, mark in seen.held}
        held.setdefault((table, row_id), self._before_news)
        self._seen = Seen(seen.mark, seen.own, frozenset((name, row, mark) for (name, row), mark in held.items()))

    def release(self, rows: set[tuple[str, int]]) -> None:
        """Rows the window has just saved (or shows afresh): held no longer."""
        seen = self.seen()
        kept = frozenset(entry for entry in seen.held if (entry[0], entry[1]) not in rows)
        if kept != seen.held:
            self._seen = Seen(seen.mark, seen.own, kept)

    def _changed_elsewhere(self, news: Heard) -> None:
        seen = self.seen()
        self._before_news = seen.mark
        self._seen = Seen(max(seen.mark, news.upto), seen.own, seen.held)
        self.context.data_changed.emit(elsewhere(news.tables, list(news.event_ids)))
