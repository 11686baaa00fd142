"""Stops PySide6 from reading the source of every module imported after it.

PySide6 wraps Python's import so that a module may switch on its
``__feature__`` options (snake_case names, true properties). To tell the
modules that use PySide6 from those that do not, it reads each newly
imported module's source text (``inspect.getsource``), and ``linecache``
keeps every text read. For what Planner loads once its window is shown
(the database stack, the tabs, the dialogs) that was a third of their
import time and some 20 MB.

Planner switches on no feature anywhere, so every module can be left out
of the switching (PySide6's answer for a module that does not use it):
Qt's names are then the default ones everywhere, as they are anyway."""

from __future__ import annotations

import sys


def _left_out_of_feature_switching(_module: object) -> bool:
    return False


def stop_source_reading() -> None:
    import PySide6  # noqa: F401  (sets up shiboken's import wrapper)

    feature = sys.modules.get("shibokensupport.feature")
    # A PySide6 without this check (older or newer) has nothing to stop.
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        setattr(feature, "_mod_uses_pyside", _left_out_of_feature_switching)  # noqa: B010
