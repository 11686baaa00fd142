"""The messages and calendars catalogues: every text the modules that
write messages and calendars mark is translated in every language, with
the same {placeholders}, the right number of plural forms, nothing fuzzy
and nothing left over. The texts are found in the source by Babel's own
extractor, so a new text without its translations fails here."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("es", "de", "fr", "it", "pl", "el")
PLURAL_FORMS = {"es": 2, "de": 2, "fr": 2, "it": 2, "pl": 3, "el": 2}
# The modules whose words each catalogue holds.
MODULES = {
    "messages": ("planner/calendar/invitations.py", "planner/services/template_values.py"),
    "calendars": ("planner/calendar/event_calendar.py", "planner/calendar/personal_calendar.py"),
}


def _used(domain: str) -> dict[str | tuple[str, str], str]:
    """msgid (or singular and plural) → the module marking it."""
    found: dict[str | tuple[str, str], str] = {}
    for module in MODULES[domain]:
        for _line, message, _comments, _context in extract_from_file("python", ROOT / module):
            found[tuple(message) if isinstance(message, (tuple, list)) else message] = module
    return found


def _placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name is not None}


def _catalogue(language: str, domain: str):
    with (ROOT / "resources" / "locale" / language / f"{domain}.po").open("rb") as source:
        return read_po(source, locale=language, domain=domain)


def test_the_modules_mark_their_texts():
    assert "You are invited to {title}." in _used("messages")
    assert ("Speaker: {names}", "Speakers: {names}") in _used("calendars")


@pytest.mark.parametrize("domain", sorted(MODULES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(language, domain):
    catalogue = _catalogue(language, domain)
    assert catalogue.num_plurals == PLURAL_FORMS[language]
    used = _used(domain)
    translated = {
        message.id if isinstance(message.id, str) else tuple(message.id): message for message in catalogue if message.id
    }
    missing = [message for message in used if message not in translated]
    assert not missing, f"{language}/{domain}.po lacks {missing}"
    left_over = [message for message in translated if message not in used]
    assert not left_over, f"{language}/{domain}.po holds texts no module uses: {left_over}"
    for key, message in translated.items():
        assert not message.fuzzy, key
        sources = [key] if isinstance(key, str) else list(key)
        strings = [message.string] if isinstance(key, str) else list(message.string)
        if not isinstance(key, str):
            assert len(strings) == PLURAL_FORMS[language], key
        for text in strings:
            assert text.strip(), f"{language}: '{key}' is not translated"
            assert _placeholders(text) == _placeholders(sources[0]), f"{language}: '{key}' → '{text}'"
            assert not re.search(r"%[sd]|\{\d*\}", text), text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_of_one_line_is_one_line(language):
    """Each text is a line of a message or a calendar: a line break would
    start a line the reader's mail program or calendar does not expect."""
    for domain in MODULES:
        for message in _catalogue(language, domain):
            if not message.id:
                continue  # the header
            strings = [message.string] if isinstance(message.string, str) else list(message.string)
            assert all("\n" not in text for text in strings), message.id
