"""Garbage is collected on the GUI thread, never on a worker thread that
happens to allocate (which could destroy Qt objects of closed windows
from the wrong thread)."""

from __future__ import annotations

import gc
import threading
import weakref

from planner.ui.collector import GuiThreadCollector


class _Cycle:
    def __init__(self):
        self.me = self


def test_cycles_made_on_a_worker_are_collected_on_the_gui_thread(qtbot):
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        freed_on: list[str] = []

        def work():
            # Far past the first threshold: Python would collect here, on this thread.
            for _ in range(gc.get_threshold()[0] * 3):
                cycle = _Cycle()
                weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
                del cycle

        worker = threading.Thread(target=work, name="worker")
        worker.start()
        worker.join()
        assert freed_on == []  # nothing collected by the worker

        def collected() -> bool:
            # The app goes on making objects meanwhile: the counts keep growing, so
            # the cycles are collected even where something else collected them
            # into an older generation first.
            _made = [[] for _ in range(1000)]
            return len(freed_on) > 0

        qtbot.waitUntil(collected, timeout=15000)
        assert set(freed_on) == {threading.main_thread().name}
        assert collector.collections >= 1
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
