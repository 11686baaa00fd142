"""The documents as the window names them, in its language: the title a
menu and the preview show, the title inside a sentence ("Preparing the
itinerary…"), what each is for, and the menu entry with its mnemonic.
planner/documents/catalogue.py holds them in English for the command
line; the printed documents word themselves in the reader's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.documents.catalogue import KINDS

translate = QCoreApplication.translate

_TITLES = {
    "agenda": QT_TRANSLATE_NOOP("DocumentKinds", "Agenda"),
    "participants": QT_TRANSLATE_NOOP("DocumentKinds", "Participant list"),
    "attendance": QT_TRANSLATE_NOOP("DocumentKinds", "Signature sheets"),
    "itinerary": QT_TRANSLATE_NOOP("DocumentKinds", "Itinerary"),
    "badges": QT_TRANSLATE_NOOP("DocumentKinds", "Name badges"),
    "minutes": QT_TRANSLATE_NOOP("DocumentKinds", "Conclusions report"),
    "statistics": QT_TRANSLATE_NOOP("DocumentKinds", "Statistics"),
    "catering": QT_TRANSLATE_NOOP("DocumentKinds", "Catering needs"),
}
# In a sentence: "Preparing the {document}…", "The {document} could not be made."
_IN_SENTENCE = {
    "agenda": QT_TRANSLATE_NOOP("DocumentKinds", "agenda"),
    "participants": QT_TRANSLATE_NOOP("DocumentKinds", "participant list"),
    "attendance": QT_TRANSLATE_NOOP("DocumentKinds", "signature sheets"),
    "itinerary": QT_TRANSLATE_NOOP("DocumentKinds", "itinerary"),
    "badges": QT_TRANSLATE_NOOP("DocumentKinds", "name badges"),
    "minutes": QT_TRANSLATE_NOOP("DocumentKinds", "conclusions report"),
    "statistics": QT_TRANSLATE_NOOP("DocumentKinds", "statistics"),
    "catering": QT_TRANSLATE_NOOP("DocumentKinds", "catering needs"),
}
_DESCRIPTIONS = {
    "agenda": QT_TRANSLATE_NOOP("DocumentKinds", "The programme day by day, for the room"),
    "participants": QT_TRANSLATE_NOOP("DocumentKinds", "Who takes part, for the host and the hotel"),
    "attendance": QT_TRANSLATE_NOOP("DocumentKinds", "One sheet per day to sign, as funders ask for"),
    "itinerary": QT_TRANSLATE_NOOP("DocumentKinds", "Travel, hotels and visits day by day"),
    "badges": QT_TRANSLATE_NOOP("DocumentKinds", "Badges to cut out, several per page"),
    "minutes": QT_TRANSLATE_NOOP("DocumentKinds", "Summary, conclusions, decisions and actions"),
    "statistics": QT_TRANSLATE_NOOP("DocumentKinds", "Participants by country, gender, organisation, new or returning"),
    "catering": QT_TRANSLATE_NOOP("DocumentKinds", "Dietary and access needs counted, without names, for the caterer"),
}
# The Documents menu's entries, each with a mnemonic of its own.
_MENU_TEXTS = {
    "agenda": QT_TRANSLATE_NOOP("DocumentKinds", "&Agenda…"),
    "participants": QT_TRANSLATE_NOOP("DocumentKinds", "&Participant list…"),
    "attendance": QT_TRANSLATE_NOOP("DocumentKinds", "&Signature sheets…"),
    "itinerary": QT_TRANSLATE_NOOP("DocumentKinds", "&Itinerary…"),
    "badges": QT_TRANSLATE_NOOP("DocumentKinds", "&Name badges…"),
    "minutes": QT_TRANSLATE_NOOP("DocumentKinds", "&Conclusions report…"),
    "statistics": QT_TRANSLATE_NOOP("DocumentKinds", "S&tatistics…"),
    "catering": QT_TRANSLATE_NOOP("DocumentKinds", "Cat&ering needs…"),
}


def _named(table: dict[str, object], name: str, otherwise: str) -> str:
    """The entry of a table in the window's language; a document missing
    from the tables keeps the catalogue's English."""
    text = table.get(name)
    return translate("DocumentKinds", str(text)) if text is not None else otherwise


def title(name: str) -> str:
    return _named(_TITLES, name, KINDS[name].title)


def in_sentence(name: str) -> str:
    return _named(_IN_SENTENCE, name, KINDS[name].title.lower())


def description(name: str) -> str:
    kind = KINDS[name]
    return _named(_DESCRIPTIONS, name, kind.description[:1].upper() + kind.description[1:])


def menu_text(name: str) -> str:
    return _named(_MENU_TEXTS, name, f"{KINDS[name].title}…")
