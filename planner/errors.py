"""Errors a user can cause and understand.

Every error here carries a message meant to be shown as it is: on one line
on the command line, in a dialog in the app. Anything else that escapes is
a bug and is logged with its traceback.
"""


class PlannerError(Exception):
    """A problem the user can act on; ``str(error)`` is the whole message."""


class StoreError(PlannerError):
    """A database file that cannot be opened, created or migrated."""
