"""Garbage is collected on the GUI thread, never on a worker thread that
happens to allocate (which could destroy Qt objects of closed windows
from the wrong thread). Run in a fresh process, as the app runs: what a
test process's earlier tests leave behind (their threads, their Qt
objects, the collector's counts) must not decide the result."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

_SCRIPT = textwrap.dedent(
    """
    import gc, json, threading, weakref
    from PySide6.QtCore import QCoreApplication, QTimer
    from planner.ui.collector import GuiThreadCollector

    class Cycle:
        def __init__(self):
            self.me = self

    app = QCoreApplication([])
    collector = GuiThreadCollector(interval_ms=10)
    disabled = not gc.isenabled()
    freed_on = []

    def work():
        # Far past the first threshold: Python would collect here, on this thread.
        for _ in range(gc.get_threshold()[0] * 3):
            cycle = Cycle()
            weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
            del cycle

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    by_the_worker = list(freed_on)

    def check():
        if freed_on or waited[0] > 1500:
            app.quit()
        waited[0] += 1

    waited = [0]
    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(10)
    app.exec()
    collector.stop()
    print(json.dumps({
        "disabled": disabled,
        "by_the_worker": by_the_worker,
        "threads": sorted(set(freed_on)),
        "main": threading.main_thread().name,
        "collections": collector.collections,
    }))
    """
)


def test_cycles_made_on_a_worker_are_collected_on_the_gui_thread():
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["disabled"]  # Python's own collection is off while the collector runs
    assert found["by_the_worker"] == []  # nothing collected on the worker
    assert found["threads"] == [found["main"]]  # collected, on the GUI thread
    assert found["collections"] >= 1
