"""Writes the English plural forms of the window's counted texts.

English is the source language, so its catalogues (*_en.ts) hold only
the texts that count something: "%n event(s)" is shown as "1 event" or
"3 events" through them. This updates each area's English catalogue
with Qt's lupdate (plural texts only) and fills in the forms a new text
lacks, from its "(s)" (and "person(s)": person, people); a form already
written by hand is kept.

    python packaging/english_plurals.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
UI = ROOT / "planner" / "ui"

# The window's catalogues, by area: the tabs of an event, the views and
# dialogs of the whole database, and the rest of the window.
TABS = ("agenda", "participants", "logistics", "minutes")
VIEWS = ("directory", "actions", "outbox", "documents")
VIEW_FILES = (
    "templates_dialog.py", "mailbox_dialog.py", "backups_dialog.py", "mail_settings_dialog.py",
    "mail_password_prompt.py", "calendar_menu.py", "calendar_plan.py", "replies_actions.py",
    "file_actions.py", "opening.py", "output_check.py",
)  # fmt: skip


def area_sources() -> dict[str, list[Path]]:
    """The source files of each area's catalogue."""
    window = [path for path in sorted(UI.glob("*.py")) if path.name not in VIEW_FILES] + sorted(
        (UI / "help").glob("*.py")
    )
    return {
        "window": window,
        "tabs": [UI / name for name in TABS],
        "views": [UI / name for name in VIEWS] + [UI / name for name in VIEW_FILES],
    }


IRREGULAR = {"person(s)": ("person", "people")}


def english_forms(source: str) -> tuple[str, str]:
    one, many = source, source
    for marked, (singular, plural) in IRREGULAR.items():
        one, many = one.replace(marked, singular), many.replace(marked, plural)
    return one.replace("(s)", ""), many.replace("(s)", "s")


def lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else "pyside6-lupdate"


def update(area: str, sources: list[Path]) -> Path:
    catalogue = FOLDER / f"{area}_en.ts"
    subprocess.run(
        [lupdate(), "-silent", "-pluralonly", "-no-obsolete", "-locations", "none", "-extensions", "py",
         "-target-language", "en", *map(str, sources), "-ts", str(catalogue)],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    tree = ET.parse(catalogue)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = list(translation.iter("numerusform"))
        for form, text in zip(forms, english_forms(message.findtext("source", "")), strict=False):
            if not form.text:
                form.text = text
        del translation.attrib["type"]
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    return catalogue


def main() -> int:
    for area, sources in area_sources().items():
        print(f"updated {update(area, sources).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
