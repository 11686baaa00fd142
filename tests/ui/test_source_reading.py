"""Modules imported once Qt is loaded are not read as source text
(planner/ui/source_reading.py): PySide6 used to read and keep each one,
which made everything loaded after the window slower and heavier."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

AFTER_QT = textwrap.dedent(
    """
    import linecache, sys, pathlib
    import planner.ui
    from PySide6.QtWidgets import QApplication, QLabel

    folder = pathlib.Path(sys.argv[1])
    (folder / "loaded_late.py").write_text("from PySide6.QtWidgets import QLabel\\nWORD = 'late'\\n")
    sys.path.insert(0, str(folder))
    import loaded_late
    import json  # a standard module loaded late too

    app = QApplication([])
    label = QLabel(loaded_late.WORD)  # Qt still works as always from a module loaded late
    kept = [name for name in linecache.cache if name.endswith(("loaded_late.py", "json/__init__.py"))]
    print(label.text(), kept)
    """
)


def test_modules_loaded_after_qt_are_not_read_as_text(tmp_path):
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", AFTER_QT, str(tmp_path)], capture_output=True, text=True, env=environment, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "late []"
