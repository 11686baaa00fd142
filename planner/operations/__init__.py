"""Every change a user makes to their data, as a named operation: the same
for the window (one undo step each) and the command line."""

from planner.operations.base import Done, Operation, perform, replay

__all__ = ["Done", "Operation", "perform", "replay"]
