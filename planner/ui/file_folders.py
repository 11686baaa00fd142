"""The folder each kind of file was last opened from or saved to, so that
the next file dialog of that kind starts there instead of the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

# The kinds of file that each remember their own folder.
EVENT_FILE, CALENDAR, REPLIES, DATABASE = "event_file", "calendar", "replies", "database"


def _key(kind: str) -> str:
    return f"folders/{kind}"


def last_folder(settings: QSettings, kind: str) -> Path:
    """Where the last file of ``kind`` was; the home folder the first time,
    or when that folder is gone."""
    remembered = settings.value(_key(kind), "")
    folder = Path(str(remembered)) if remembered else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(settings: QSettings, kind: str, chosen: Path | str) -> None:
    """``chosen`` is the file picked (or the folder, for a folder dialog)."""
    path = Path(chosen)
    settings.setValue(_key(kind), str(path if path.is_dir() else path.parent))
