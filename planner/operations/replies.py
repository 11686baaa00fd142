"""Replies to invitations read back into participants' statuses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import replies, reply_mailbox
from planner.services.language import marked
from planner.services.replies import Answer, Outcome, RepliesReport
from planner.services.reply_mailbox import MailboxPosition, MailboxSettings


@dataclass(frozen=True)
class ImportReplies(Operation[RepliesReport]):
    """Replies to invitations (.eml or .ics files, or folders of them): each
    one that answers an invitation sent from this database sets the
    participant's status (accepted: confirmed, declined: declined,
    tentative: invited and marked so); all of them one step. The report
    says what changed for whom, what was so already, and what was refused
    and why (those change nothing)."""

    paths: tuple[Path, ...]
    label = marked("Import replies")

    @cached_property
    def read(self) -> tuple[list[Answer], list[Outcome]]:
        """The answers in the files, and the files refused as they were read
        (icalendar is loaded when first used)."""
        from planner.calendar.replies import Unreadable, read_replies

        answers: list[Answer] = []
        unreadable: list[Outcome] = []
        for item in read_replies(self.paths):
            if isinstance(item, Unreadable):
                unreadable.append(replies.refused(item.source, item.reason))
            else:
                answers.append(item)
        return answers, unreadable

    def expected_rows(self) -> int:
        return len(self.read[0])

    def run(self, session: Session) -> RepliesReport:
        answers, unreadable = self.read
        applied = replies.apply_answers(session, answers)
        return RepliesReport((*unreadable, *applied.outcomes))


@dataclass(frozen=True)
class ImportMailboxReplies(Operation[RepliesReport]):
    """Replies fetched from the mailbox (messages with a calendar, as
    (what it is, its bytes)): those that answer this database's invitations
    are applied as ImportReplies does; other mail with a calendar is left
    aside without a word. Where the fetch stopped is remembered with them,
    so undoing this step reads the same messages again next time."""

    messages: tuple[tuple[str, bytes], ...]
    position: MailboxPosition | None
    label = marked("Fetch replies")

    @cached_property
    def read(self) -> list[Answer]:
        from planner.calendar.replies import NotAReply, answers_in

        answers: list[Answer] = []
        for source, data in self.messages:
            try:
                answers.extend(answers_in(data, source))
            except NotAReply:
                continue  # other mail with a calendar: not a reply to anyone here
        return answers

    def expected_rows(self) -> int:
        return len(self.read)

    def run(self, session: Session) -> RepliesReport:
        ours = replies.answers_to_this_database(session, self.read)
        applied = replies.apply_answers(session, ours)
        if self.position is not None:
            reply_mailbox.remember_position(session, self.position)
        return applied


@dataclass(frozen=True)
class ChangeReplyMailbox(Operation[MailboxSettings]):
    """Set the mailbox replies are fetched from (its password is not
    kept here: see the system keyring)."""

    host: str
    port: int
    security: str  # tls, starttls or none
    user: str
    folder: str = "INBOX"
    label = marked("Change mailbox for replies")

    @classmethod
    def to(cls, settings: MailboxSettings) -> ChangeReplyMailbox:
        return cls(settings.host, settings.port, settings.security, settings.user, settings.folder)

    def run(self, session: Session) -> MailboxSettings:
        wanted = MailboxSettings(self.host, self.port, self.security, self.user, self.folder)
        return reply_mailbox.save(session, wanted)
