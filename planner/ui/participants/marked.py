"""Texts marked for the catalogues where they are written (module-level
tables: column headings, file filters) and translated where they are shown.

PySide6's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this
one returns the ``str`` it was given, and pyside6-lupdate finds it by its name."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
