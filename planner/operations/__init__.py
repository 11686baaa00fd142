"""Every change a user makes to their data, as a named operation: the same
for the window (one undo step each) and the command line.

The names below are loaded when first used (PEP 562), not with the
package: the window imports what only needs the package (its task
runner's Progress, say) before the database code is loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.operations.base import Done, Operation, perform, replay

__all__ = ["Done", "Operation", "perform", "replay"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from planner.operations import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
