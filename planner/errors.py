"""Errors a user can cause and understand.

Every error here carries a message meant to be shown as it is: on one line
on the command line, in a dialog in the app. Anything else that escapes is
a bug and is logged with its traceback.
"""

import re

# Half a UTF-16 pair, which no output can encode: "\ud800" in a JSON file, a
# byte of a file name that is not UTF-8.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class PlannerError(Exception):
    """A problem the user can act on; ``str(error)`` is the whole message.
    A message may repeat what the user gave; a lone surrogate in it is
    shown as U+FFFD, so the message can always be printed."""

    def __str__(self) -> str:
        return _LONE_SURROGATE.sub("\ufffd", super().__str__())


class StoreError(PlannerError):
    """A database file that cannot be opened, created or migrated."""
