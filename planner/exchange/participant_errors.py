"""The error of a participant list that cannot be read or imported."""

from __future__ import annotations

from collections.abc import Sequence

from planner.errors import PlannerError
from planner.services.language import say

# How many problems a message lists before "and N more".
SHOWN_PROBLEMS = 20


class ParticipantFileError(PlannerError):
    """A participant list that cannot be read or imported. ``message`` is
    the first line ("list.csv: 3 rows cannot be imported"); ``problems``
    every line after it, each naming its row ("list.csv: row 7: e-mail: …").
    ``str(error)`` is the message with the first SHOWN_PROBLEMS problems."""

    def __init__(self, message: str, problems: Sequence[str] = ()):
        self.message = message
        self.problems = tuple(problems)
        lines = [message, *self.problems[:SHOWN_PROBLEMS]]
        if len(self.problems) > SHOWN_PROBLEMS:
            lines.append(say("and {count} more", count=len(self.problems) - SHOWN_PROBLEMS))
        super().__init__("\n".join(lines))
