"""The layering of DESIGN: only planner.ui imports Qt; ui -> operations ->
services -> db; the window, calendars, documents and exchange formats reach
the database only through services."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the test dependencies"
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def test_no_module_outside_ui_mentions_pyside():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "planner").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "planner").parts[:1] and "PySide6" in path.read_text("utf-8")
    ]
    assert offenders == []
