"""The window's catalogues (resources/translations/*_<lang>.ts, every area's):
each message has a finished translation in each of the six languages,
with the placeholders of its source ({name}, {}, %n, %1..%9), one
keyboard accelerator where the source has one, and the plural forms the
language needs. Read with Python's XML parser, not with Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("es", "de", "fr", "it", "pl", "el")
# How many plural forms Qt's catalogues hold for each language.
PLURAL_FORMS = {"en": 2, "es": 2, "de": 2, "fr": 2, "it": 2, "el": 2, "pl": 3}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?[1-9]")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """The count of & that mark a key (not "&&", not an HTML entity)."""
    text = re.sub(r"&[A-Za-z#0-9]+;", "", text.replace("&&", ""))
    return text.count("&")


def catalogues(language: str) -> list[Path]:
    return sorted(FOLDER.glob(f"*_{language}.ts"))


def messages(path: Path):
    """(context, source, translation texts, unfinished, numerus) for every message."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            texts = (
                [form.text or "" for form in translation.iter("numerusform")] if numerus else [translation.text or ""]
            )
            unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
            yield name, message.findtext("source", ""), texts, unfinished, numerus


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_same_catalogues(language: str):
    window_areas = {path.stem.rpartition("_")[0] for path in catalogues("de")}
    assert window_areas, "no catalogue of the window"
    assert {path.stem.rpartition("_")[0] for path in catalogues(language)} == window_areas


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_placeholders_and_accelerator_of_its_source(language: str):
    problems = []
    for path in catalogues(language):
        for context, source, texts, unfinished, numerus in messages(path):
            where = f"{path.name} {context}: {source!r}"
            if unfinished or not all(text.strip() for text in texts):
                problems.append(f"{where}: not translated")
                continue
            if numerus and len(texts) != PLURAL_FORMS[language]:
                problems.append(f"{where}: {len(texts)} plural forms, {PLURAL_FORMS[language]} needed")
            for index, text in enumerate(texts):
                expected = placeholders(source)
                if numerus and index == 0 and "%n" not in text:
                    # The form for one may say "the only person" rather than "1 person".
                    expected = expected - Counter({"%n": expected["%n"]})
                if placeholders(text) != expected:
                    problems.append(f"{where}: placeholders {sorted(placeholders(text))} in {text!r}")
                if accelerators(text) != accelerators(source):
                    problems.append(f"{where}: {accelerators(text)} accelerator(s) in {text!r}")
    assert not problems, "\n".join(problems)


def test_english_holds_the_plural_forms_of_every_plural_message():
    plural_sources = {
        (context, source)
        for path in catalogues("de")
        for context, source, _texts, _unfinished, numerus in messages(path)
        if numerus
    }
    english = {
        (context, source): texts
        for path in catalogues("en")
        for context, source, texts, unfinished, numerus in messages(path)
        if numerus and not unfinished
    }
    assert plural_sources <= set(english)
    assert all(len(english[key]) == 2 and all(english[key]) for key in plural_sources)


def test_the_check_sees_a_missing_placeholder_and_a_lost_accelerator():
    assert placeholders("Delete “{title}”?") != placeholders("„{titel}“ löschen?")
    assert placeholders("%n event(s) in {path}") == placeholders("{path}: %n Veranstaltungen")
    assert placeholders("%n event(s)") != placeholders("Veranstaltungen")
    assert accelerators("&File") == accelerators("&Datei") == 1
    assert accelerators("Datei") == 0
    assert accelerators("Tom &amp; Jerry &&") == 0
