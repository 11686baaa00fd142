"""QT_TRANSLATE_NOOP for tables of texts kept at module level (the tabs'
names, the tooltips of each need): marked for pyside6-lupdate, which knows
the call by its name, and translated where they are shown with
``translate(context, text)``. Qt's own returns ``object`` to type checkers."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
