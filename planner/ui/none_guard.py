"""Keeps Python's None alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns None for an empty Qt value (``index.data(role)``
of a cell without that role, ``QComboBox.currentData()`` of an item
without data, ``headerData`` not given) without taking a reference to
it. Each such call leaves None with one reference fewer than it has;
after some tens of thousands, during a long day of work, the count
reaches zero and Python aborts ("Fatal Python error: none_dealloc").

Python 3.12 made None immortal (PEP 683), so there the calls do no harm.
On 3.11 None is given as many references as a 3.12 immortal object
carries, once, before Qt is used: the lost ones can then never add up to
its end. None is never freed in any case; only the count changes."""

from __future__ import annotations

import ctypes
import sys

# PEP 683's count for an immortal object on 64-bit builds (2**32 - 1),
# far above any number of calls a session makes; less where a count is
# 32 bits.
RESERVE = min(2**32 - 1, sys.maxsize // 2)


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # The reference count is the first field of every CPython object.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < RESERVE:
        count.value += RESERVE
