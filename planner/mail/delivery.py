"""Delivering a batch of messages made from templates through
planner.calendar.outbox, each recorded in its own unit of work the moment
the server took it or its file was written: a run stopped half-way leaves a
true record. The command line and the window both go through here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planner.calendar import outbox
from planner.mail.template_messages import Batch, TemplateMessage, record
from planner.services import messages_sent

if TYPE_CHECKING:
    import smtplib

    from planner.db.store import Store


def send(
    store: Store,
    connection: smtplib.SMTP,
    batch: Batch,
    messages: Sequence[TemplateMessage],
    *,
    on_sent: Callable[[TemplateMessage], None] = lambda _message: None,
    on_failed: Callable[[TemplateMessage, str], None] = lambda _message, _why: None,
    stop_requested: Callable[[], bool] = lambda: False,
) -> outbox.Outcome[TemplateMessage]:
    """Hand ``messages`` (of ``batch``) to the server over ``connection``."""

    def done(message: TemplateMessage) -> None:
        with store.write() as session:
            record(session, batch.event_id, message, messages_sent.MAIL)
        on_sent(message)

    return outbox.send_all(
        connection,
        batch.sender,
        messages,
        store=store,
        on_done=done,
        on_failed=on_failed,
        stop_requested=stop_requested,
    )


def write(
    store: Store,
    folder: Path,
    batch: Batch,
    messages: Sequence[TemplateMessage],
    *,
    overwrite: bool = False,
    on_written: Callable[[TemplateMessage, Path], None] = lambda _message, _path: None,
    on_failed: Callable[[TemplateMessage, str], None] = lambda _message, _why: None,
    stop_requested: Callable[[], bool] = lambda: False,
) -> outbox.Outcome[TemplateMessage]:
    """Write ``messages`` (of ``batch``) into ``folder``, one .eml each
    named after the recipient. PlannerError when the folder cannot be used."""

    def done(message: TemplateMessage, path: Path) -> None:
        with store.write() as session:
            record(session, batch.event_id, message, messages_sent.FILE)
        on_written(message, path)

    return outbox.write_all(
        folder,
        batch.file_names(messages),
        store,
        overwrite=overwrite,
        on_done=done,
        on_failed=on_failed,
        stop_requested=stop_requested,
    )
