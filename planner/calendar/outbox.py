"""Handing a batch of messages out: to the mail server one by one, or into a
folder as .eml files for the organiser's own mail program.

Both the command line and the window deliver through here, so both keep
the same promises: each message is reported as it goes (and recorded by
the caller's ``on_done`` at once, so a run that fails half-way leaves a
true record; and each goes into the record of what left the laptop, at the
same moment), one recipient refused never stops the others, a lost
connection marks the rest as not tried, and a stop asked for between two
messages leaves the rest unsent and says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from planner import output_paths
from planner.calendar import mail_server
from planner.errors import PlannerError
from planner.fileio import write_atomically
from planner.services import disclosures
from planner.services.language import marked, say

if TYPE_CHECKING:
    import smtplib
    from email.message import EmailMessage

    from planner.db.store import Store


class Mail(Protocol):
    """One message to one recipient."""

    @property
    def recipient(self) -> str: ...  # as shown: "Name <address>"

    @property
    def address(self) -> str: ...  # the envelope's recipient

    @property
    def message(self) -> EmailMessage: ...

    @property
    def disclosed(self) -> disclosures.Disclosed: ...  # whose data it holds, for the record


M = TypeVar("M", bound=Mail)

NOT_TRIED_AFTER_LOSS = marked("not tried, the connection to the mail server was lost")
STOPPED = marked("not sent, stopped before its turn")


@dataclass
class Outcome(Generic[M]):
    """What became of each message of a batch."""

    done: list[M] = field(default_factory=list)  # sent, or written
    failed: list[tuple[M, str]] = field(default_factory=list)  # and why
    stopped: list[M] = field(default_factory=list)  # left, as the user asked


def send_all(
    connection: smtplib.SMTP,
    sender: str,
    mails: Sequence[M],
    *,
    store: Store,
    on_done: Callable[[M], None],
    on_failed: Callable[[M, str], None] = lambda _mail, _why: None,
    stop_requested: Callable[[], bool] = lambda: False,
) -> Outcome[M]:
    """Hand each message to the server; right after the server took it,
    recorded in ``store`` as having left, then ``on_done``; ``on_failed``
    with the server's reason when it did not."""
    outcome: Outcome[M] = Outcome()
    lost = False
    for mail in mails:
        if stop_requested():
            outcome.stopped.append(mail)
            continue
        if lost:
            outcome.failed.append((mail, say(NOT_TRIED_AFTER_LOSS)))
            on_failed(mail, say(NOT_TRIED_AFTER_LOSS))
            continue
        try:
            mail_server.send(connection, mail.message, mail.address, sender)
        except mail_server.SendFailed as error:
            outcome.failed.append((mail, str(error)))
            on_failed(mail, str(error))
            lost = error.connection_lost
            continue
        disclosures.record_in(store, mail.disclosed, getattr(connection, "planner_where", "mail server"))
        outcome.done.append(mail)
        on_done(mail)
    return outcome


def write_all(
    folder: Path,
    mails: Sequence[tuple[M, str]],
    store: Store,
    *,
    overwrite: bool = False,
    on_done: Callable[[M, Path], None] = lambda _mail, _path: None,
    on_failed: Callable[[M, str], None] = lambda _mail, _why: None,
    stop_requested: Callable[[], bool] = lambda: False,
) -> Outcome[M]:
    """Write each (message, file name) into ``folder`` as an .eml file,
    each whole or not at all; one that cannot be written does not stop the
    others; each written is recorded in ``store`` as having left, then
    ``on_done``. PlannerError when the folder itself cannot be used."""
    protected = store.protected()
    output_paths.check_output_folder(folder, protected)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PlannerError(
            say("{folder}: cannot make this folder ({error})", folder=folder, error=error.strerror)
        ) from None
    outcome: Outcome[M] = Outcome()
    for mail, name in mails:
        if stop_requested():
            outcome.stopped.append(mail)
            continue
        path = folder / name
        try:
            output_paths.check_output(path, output_paths.MESSAGE, protected, overwrite=overwrite)
            write_atomically(path, mail.message.as_bytes())
        except PlannerError as error:
            outcome.failed.append((mail, str(error)))
            on_failed(mail, str(error))
            continue
        disclosures.record_in(store, mail.disclosed, str(path))
        outcome.done.append(mail)
        on_done(mail, path)
    return outcome
