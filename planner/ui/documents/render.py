"""Rendering a document off the GUI thread.

A 5,000-person list takes seconds; the window must not freeze meanwhile.
One render runs at a time (on the task runner, as background work), each
in its own database session; a request
made while one runs waits, and a newer request replaces a waiting one, so
however fast the user clicks through the options only the last choice is
rendered after the one already under way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from planner.documents import catalogue
from planner.documents.options import DocumentOptions
from planner.errors import PlannerError
from planner.services.database import Store
from planner.ui.documents import names
from planner.ui.tasks import TaskFailed, TaskRunner

translate = QCoreApplication.translate

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
        raise PlannerError(translate("Renderer", "This version of Planner does not include this document.")) from error


class Renderer(QObject):
    """Renders the latest request on the window's task runner (background
    work, beside everything else); says when it starts and what came out."""

    started = Signal(object)  # Request
    rendered = Signal(object, object)  # Request, PDF bytes
    failed = Signal(object, str, bool)  # Request, message, unexpected

    def __init__(self, store_of: Callable[[], Store], parent: QWidget):
        """``store_of()`` gives the store to read at the time of rendering
        (the user may have opened another database since); ``parent`` has
        the context and runs the work."""
        super().__init__(parent)
        self._store_of = store_of
        self.runner = TaskRunner.of(parent)
        self._running: Request | None = None
        self._waiting: Request | None = None

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
        store = self._store_of()
        self.runner.start_background(
            translate(
                "Renderer", "rendering the {document} of event {event}", "what is running, at the start of a sentence"
            ).format(document=names.in_sentence(request.kind), event=request.event_id),
            lambda _progress: render_now(store, request),
            on_done=lambda data: self._job_rendered(request, data),
            on_failed=lambda error: self._job_failed(request, str(error), isinstance(error, TaskFailed)),
        )

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
