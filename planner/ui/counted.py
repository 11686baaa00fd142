"""English counts from Qt's plural texts.

A counted text is marked as ``translate("Context", "%n event(s)", "", n)``:
each language's catalogue gives its own forms (Polish three), while
English, the source, has no catalogue and would show "(s)" as written.
``counted`` gives it "1 event" and "3 events"; a translated text holds no
"(s)" and is left as it is."""

from __future__ import annotations


def counted(text: str, count: int) -> str:
    return text.replace("(s)", "" if count == 1 else "s")
