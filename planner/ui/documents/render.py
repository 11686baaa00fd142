"""Rendering a document off the GUI thread.

A 5,000-person list takes seconds; the window must not freeze meanwhile.
One render runs at a time, each in its own database session; a request
made while one runs waits, and a newer request replaces a waiting one, so
however fast the user clicks through the options only the last choice is
rendered after the one already under way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.db.store import Store
from planner.documents import catalogue
from planner.documents.options import DocumentOptions
from planner.errors import PlannerError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    kind: str
    event_id: int
    options: DocumentOptions


def render_now(store: Store, request: Request) -> bytes:
    """The PDF, or a PlannerError whose message can be shown as it is."""
    try:
        with store.read() as session:
            return catalogue.render(session, request.kind, request.event_id, request.options)
    except ModuleNotFoundError as error:
        # A document whose module is not in this build (yet).
        if not (error.name or "").startswith("planner.documents"):
            raise
        raise PlannerError("This version of Planner does not include this document.") from error


class _Signals(QObject):
    # (request, PDF bytes) or (request, message, unexpected?)
    rendered = Signal(object, object)
    failed = Signal(object, str, bool)


class _Job(QRunnable):
    def __init__(self, store: Store, request: Request):
        super().__init__()
        self.store = store
        self.request = request
        # Made here, in the GUI thread, and owned by the job (not by the
        # renderer): it outlives a dialog closed while the job runs, and the
        # connections to the closed dialog's renderer are simply gone.
        self.signals = _Signals()

    def run(self) -> None:
        try:
            data = render_now(self.store, self.request)
        except PlannerError as error:
            self.signals.failed.emit(self.request, str(error), False)
        except Exception as error:  # a bug: logged with its traceback, and shown
            log.exception("rendering %s of event %s failed", self.request.kind, self.request.event_id)
            self.signals.failed.emit(self.request, f"{type(error).__name__}: {error}", True)
        else:
            self.signals.rendered.emit(self.request, data)


class Renderer(QObject):
    """Renders the latest request; says when it starts and what came out."""

    started = Signal(object)  # Request
    rendered = Signal(object, object)  # Request, PDF bytes
    failed = Signal(object, str, bool)  # Request, message, unexpected

    def __init__(self, store_of, parent: QObject | None = None):
        """``store_of()`` gives the store to read at the time of rendering
        (the user may have opened another database since)."""
        super().__init__(parent)
        self._store_of = store_of
        self._running: Request | None = None
        self._waiting: Request | None = None

    @staticmethod
    def pool() -> QThreadPool:
        return QThreadPool.globalInstance()

    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    def request(self, request: Request) -> None:
        if self._running is not None:
            self._waiting = request  # replaces an older waiting one
            self.started.emit(request)
            return
        self._start(request)

    def forget(self) -> None:
        """Drop what waits; what runs finishes unseen."""
        self._waiting = None

    def _start(self, request: Request) -> None:
        self._running = request
        self.started.emit(request)
        job = _Job(self._store_of(), request)
        job.signals.rendered.connect(self._job_rendered)
        job.signals.failed.connect(self._job_failed)
        self.pool().start(job)

    def _next(self) -> bool:
        """Start the waiting request, if any; True when one was started."""
        self._running = None
        waiting, self._waiting = self._waiting, None
        if waiting is None:
            return False
        self._start(waiting)
        return True

    def _job_rendered(self, request: Request, data: bytes) -> None:
        if not self._next():
            self.rendered.emit(request, data)

    def _job_failed(self, request: Request, message: str, unexpected: bool) -> None:
        if not self._next():
            self.failed.emit(request, message, unexpected)
