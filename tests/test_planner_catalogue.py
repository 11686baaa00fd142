"""What Planner itself says (refusals, the names of undo steps, conflicts,
the Overview's needs): every sentence marked with say(), say_n() or
marked() is in every language's planner.po, translated, with the
placeholders of its English source and the plural forms of the language;
and the command line, which never sets the window's language, says it in
English."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from planner import operations
from planner.cli import main
from planner.operations.base import Operation
from planner.services import values
from planner.services.errors import InvalidInput
from planner.services.language import (
    PLANNER_DOMAIN,
    SOURCE_LANGUAGE,
    interface_language,
    say,
    say_n,
    set_interface_language,
)
from tests.databases import saved_database

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("es", "de", "fr", "it", "pl", "el")
KEYWORDS = {"say": None, "say_n": (1, 2), "marked": None}

Message = str | tuple[str, str]


def _marked() -> dict[Message, str]:
    """Every marked sentence outside the window, with where it is."""
    found: dict[Message, str] = {}
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "planner").parts:
            continue
        for line, message, _comments, _context in extract_from_file("python", str(path), keywords=KEYWORDS):
            found.setdefault(message, f"{path.relative_to(ROOT)}:{line}")
    return found


MARKED = _marked()


def _fields(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in Formatter().parse(text) if name is not None}


def _catalogue(language: str):
    with (ROOT / "resources" / "locale" / language / f"{PLANNER_DOMAIN}.po").open("rb") as source:
        return read_po(source, locale=language, domain=PLANNER_DOMAIN)


def test_there_is_much_to_say():
    assert len(MARKED) > 100
    assert "The last day ({last}) is before the first day ({first})" in MARKED


def test_every_operation_is_named_by_a_marked_label():
    """Each operation's label (a class attribute) is one the catalogues
    translate: the Edit menu shows no English step."""

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    for module in pkgutil.iter_modules(operations.__path__):
        importlib.import_module(f"planner.operations.{module.name}")
    labels = {
        sub.__name__: sub.__dict__["label"]
        for sub in subclasses(Operation)
        # Planner's own: a test may have defined one of its own in this process.
        if isinstance(sub.__dict__.get("label"), str) and sub.__module__.startswith("planner.operations")
    }
    assert len(labels) > 40
    assert {name: label for name, label in labels.items() if label not in MARKED} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_sentence_is_translated_with_its_placeholders(language):
    catalogue = _catalogue(language)
    forms = int(re.search(r"nplurals=(\d)", catalogue.plural_forms).group(1))
    assert forms == (3 if language == "pl" else 2)
    problems = []
    for message, where in MARKED.items():
        key = message[0] if isinstance(message, tuple) else message
        entry = catalogue.get(key)
        if entry is None or entry.fuzzy:
            problems.append(f"{where}: not translated: {key!r}")
            continue
        if isinstance(message, tuple):
            expected = _fields(message[0]) | _fields(message[1])
            translations = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            if entry.id != message or len(translations) != forms:
                problems.append(f"{where}: not {forms} plural forms: {key!r}")
                continue
            # A form may leave out the count ("Remove participant"), never add a placeholder.
            if any(not text or not _fields(text) <= expected for text in translations):
                problems.append(f"{where}: placeholders differ: {key!r}")
            if _fields(translations[-1]) != _fields(message[1]):
                problems.append(f"{where}: the plural's placeholders differ: {key!r}")
        else:
            if not entry.string or _fields(entry.string) != _fields(message):
                problems.append(f"{where}: placeholders differ: {key!r} -> {entry.string!r}")
    assert problems == []


def test_the_command_line_says_it_in_english(tmp_path, capsys):
    saved_database(tmp_path / "work.sqlite")
    event = {
        "title": "Kick-off",
        "kind": "meeting",
        "starts_on": "2026-03-05",
        "ends_on": "2026-03-01",
        "timezone": "Europe/Warsaw",
    }
    (tmp_path / "event.json").write_text(json.dumps({"format": "planner-event", "version": 1, "event": event}))
    code = main(["--db", str(tmp_path / "work.sqlite"), "import-event", str(tmp_path / "event.json")])
    err = capsys.readouterr().err
    assert code == 1
    assert "The last day (" in err and ") is before the first day (" in err
    assert interface_language() == SOURCE_LANGUAGE


@pytest.fixture
def speaking():
    """Say things in a language, as the window would; English again after."""
    yield set_interface_language
    set_interface_language(SOURCE_LANGUAGE)


def test_a_count_takes_the_plural_form_of_the_language(speaking):
    speaking("pl")
    assert [say_n("{count} conflict", "{count} conflicts", n) for n in (1, 3, 5, 22)] == [
        "1 konflikt",
        "3 konflikty",
        "5 konfliktów",
        "22 konflikty",
    ]
    speaking("el")
    assert say_n("{count} invitation not answered", "{count} invitations not answered", 2) == (
        "2 προσκλήσεις χωρίς απάντηση"
    )


def test_numbers_are_grouped_as_the_language_groups_them(speaking):
    message = "longer than {limit:,} characters (it has {length:,})"
    assert say(message, limit=1000, length=12345) == "longer than 1,000 characters (it has 12,345)"
    speaking("de")
    assert say(message, limit=1000, length=12345) == "länger als 1.000 Zeichen (es sind 12.345)"


def test_a_refusal_of_the_services_is_said_in_the_language(speaking):
    speaking("fr")
    with pytest.raises(InvalidInput) as refused:
        values.currency("EURO", "cost.currency")
    assert str(refused.value) == "cost.currency: « EURO » n’est pas un code de devise ISO 4217 (comme EUR, PLN)"
