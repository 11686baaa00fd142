"""English counts from Qt's plural texts.

A counted text is marked as ``translate("Context", "%n participant(s)", "", n)``:
each language's catalogue gives its own forms (Polish three), while
English, the source, has no catalogue and would show "(s)" as written.
``counted`` gives it "1 participant" and "3 participants" ("person(s)":
"1 new person", "38 new people"); a translated text holds no "(s)" and is
left as it is."""

from __future__ import annotations

# English words whose plural is not made with an "s".
IRREGULAR = {"person(s)": ("person", "people")}


def counted(text: str, count: int) -> str:
    for marked, (one, many) in IRREGULAR.items():
        text = text.replace(marked, one if count == 1 else many)
    return text.replace("(s)", "" if count == 1 else "s")
