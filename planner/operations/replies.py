"""Replies to invitations read back into participants' statuses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import replies
from planner.services.replies import Answer, Outcome, RepliesReport


@dataclass(frozen=True)
class ImportReplies(Operation[RepliesReport]):
    """Replies to invitations (.eml or .ics files, or folders of them): each
    one that answers an invitation sent from this database sets the
    participant's status (accepted: confirmed, declined: declined,
    tentative: invited and marked so); all of them one step. The report
    says what changed for whom, what was so already, and what was refused
    and why (those change nothing)."""

    paths: tuple[Path, ...]
    label = "Import replies"

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
