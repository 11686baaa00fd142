"""Compiles the window's catalogues: every resources/translations/*_<code>.ts
of a language into one planner_<code>.qm beside them, with Qt's lrelease
(shipped with PySide6). Run at install and build time, never by Planner
itself; the .qm files are not kept in the repository.

    python packaging/compile_translations.py          # all of them
    python packaging/compile_translations.py --stale  # only those older than a .ts
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"


def catalogues(folder: Path = FOLDER) -> dict[str, list[Path]]:
    """The .ts files of each language (window_de.ts, tabs_de.ts ... -> "de")."""
    found: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(folder.glob("*_*.ts")):
        found[path.stem.rpartition("_")[2]].append(path)
    return dict(found)


def compiled_file(folder: Path, code: str) -> Path:
    return folder / f"planner_{code}.qm"


def is_stale(folder: Path, code: str, sources: list[Path]) -> bool:
    target = compiled_file(folder, code)
    return not target.exists() or any(source.stat().st_mtime > target.stat().st_mtime for source in sources)


def lrelease() -> str:
    """Qt's lrelease: the one in PySide6's folder, else pyside6-lrelease."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("Qt's lrelease was not found: install PySide6 (pip install -e .) first")
    return found


def compile_translations(folder: Path = FOLDER, only_stale: bool = False) -> list[Path]:
    """Compile each language's catalogues; returns the .qm files written."""
    written: list[Path] = []
    for code, sources in catalogues(folder).items():
        if only_stale and not is_stale(folder, code, sources):
            continue
        target = compiled_file(folder, code)
        subprocess.run(
            [lrelease(), "-silent", "-nounfinished", *map(str, sources), "-qm", str(target)],
            check=True,
        )
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    written = compile_translations(only_stale="--stale" in argv)
    print(f"{len(written)} catalogue(s) compiled in {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
