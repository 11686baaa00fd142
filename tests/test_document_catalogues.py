"""The catalogues of printed documents and of the words of stored values
are complete in every language: each text the documents and labels.py
print (found by reading their source, including text inside f-strings)
has a translation, with the same {placeholders} as the English, and the
plural forms each language needs."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from planner.services.labels import WORDS
from planner.services.language import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[1]
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
PLURAL_FORMS = {"es": 2, "de": 2, "fr": 2, "it": 2, "pl": 3, "el": 2}
CALLS = {"gettext": 1, "N_": 1, "ngettext": 2, "pgettext": 2}
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _strings(node: ast.AST) -> tuple[str, ...] | None:
    """The literal arguments of a marked call, or None."""
    if not isinstance(node, ast.Call):
        return None
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    if name not in CALLS:
        return None
    arguments = node.args[: CALLS[name]]
    if len(arguments) < CALLS[name] or not all(
        isinstance(argument, ast.Constant) and isinstance(argument.value, str) for argument in arguments
    ):
        return None  # a marked constant passed on (words.gettext(HINT)): found where it is marked
    texts = tuple(argument.value for argument in arguments)  # type: ignore[attr-defined]
    return texts[1:] if name == "pgettext" else texts


def used_messages(*paths: Path) -> dict[str, str | None]:
    """msgid → its plural msgid (None for a text without plural), for every
    marked call in ``paths``."""
    found: dict[str, str | None] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            texts = _strings(node)
            if texts:
                found[texts[0]] = texts[1] if len(texts) > 1 else None
    return found


DOCUMENT_MESSAGES = used_messages(*sorted((ROOT / "planner" / "documents").glob("*.py")))
VOCABULARY_MESSAGES = dict.fromkeys(WORDS.values()) | used_messages(ROOT / "planner" / "services" / "labels.py")


def catalogue(language: str, domain: str):
    with (ROOT / "resources" / "locale" / language / f"{domain}.po").open("rb") as source:
        return read_po(source, locale=language, domain=domain)


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_the_documents_mark_their_wording():
    assert len(DOCUMENT_MESSAGES) > 100
    for text in ("Page {number} of {total}", "Participant list", "Signature sheet", "Other countries"):
        assert text in DOCUMENT_MESSAGES
    assert DOCUMENT_MESSAGES["{count} participant"] == "{count} participants"


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize(("domain", "used"), [("documents", DOCUMENT_MESSAGES), ("vocabulary", VOCABULARY_MESSAGES)])
def test_every_text_printed_is_translated_with_its_placeholders(language, domain, used):
    read = catalogue(language, domain)
    assert read.num_plurals == PLURAL_FORMS[language]
    problems = []
    for msgid, plural in used.items():
        message = read.get(msgid)
        if message is None or message.fuzzy:
            problems.append(f"missing: {msgid!r}")
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if plural is None:
            if isinstance(message.string, tuple) or not message.string:
                problems.append(f"not one text: {msgid!r}")
            elif _placeholders(message.string) != _placeholders(msgid):
                problems.append(f"placeholders differ: {msgid!r} -> {message.string!r}")
            continue
        if len(forms) != PLURAL_FORMS[language] or not all(forms):
            problems.append(f"plural forms: {msgid!r} has {len(forms)}")
        english = (_placeholders(msgid), _placeholders(plural))
        # Each form says what one of the English forms says ("In one day"
        # may leave out the number its plural gives).
        problems += [
            f"placeholders differ: {plural!r} -> {form!r}" for form in forms if _placeholders(form) not in english
        ]
        if _placeholders(forms[-1]) != _placeholders(plural):
            problems.append(f"the last plural form lacks a placeholder: {forms[-1]!r}")
    assert problems == []


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("domain", ["documents", "vocabulary"])
def test_the_catalogues_hold_nothing_the_program_no_longer_prints(language, domain):
    used = DOCUMENT_MESSAGES if domain == "documents" else VOCABULARY_MESSAGES
    kept = {
        message.id if isinstance(message.id, str) else message.id[0]
        for message in catalogue(language, domain)
        if message.id
    }
    assert kept - set(used) == set()


def test_the_command_lines_choice_of_languages_is_planners():
    from planner.documents import options

    assert tuple(LANGUAGES) == options.LANGUAGES
