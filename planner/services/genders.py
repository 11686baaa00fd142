"""A person's gender as forms and lists write it ("F", "female", "Frau",
"weiblich", "femme", "mujer", "kobieta", "γυναίκα", "prefer not to say"),
stored as one of Gender's values, "" while not stated. Anything else is
refused with the words that work: a guess would end up in the figures a
project reports to its funder."""

from __future__ import annotations

from functools import cache

from planner.db.enums import Gender
from planner.services.errors import InvalidInput
from planner.services.labels import label
from planner.services.language import LANGUAGES, say
from planner.services.search import fold_words

NOT_STATED = ""  # as stored

# The words of the partners' registration forms, besides each value's own
# word in Planner's languages (labels.py). English, German, French,
# Spanish, Italian, Polish, Dutch, Greek, Portuguese.
_WORDS: dict[str, tuple[str, ...]] = {
    Gender.WOMAN: (
        "f",
        "female",
        "w",
        "weiblich",
        "Frau",
        "weibl.",
        "féminin",
        "femme",
        "F",
        "mujer",
        "femenino",
        "donna",
        "femmina",
        "femminile",
        "kobieta",
        "k",
        "żeński",
        "vrouw",
        "v",
        "vrouwelijk",
        "γυναίκα",
        "θήλυ",
        "Γ",
        "mulher",
        "feminino",
    ),
    Gender.MAN: (
        "m",
        "male",
        "männlich",
        "Mann",
        "männl.",
        "masculin",
        "homme",
        "H",
        "hombre",
        "masculino",
        "uomo",
        "maschio",
        "maschile",
        "mężczyzna",
        "męski",
        "man",
        "mannelijk",
        "άνδρας",
        "άντρας",
        "άρρεν",
        "Α",
        "homem",
    ),
    Gender.ANOTHER: (
        "another",
        "other",
        "non-binary",
        "nonbinary",
        "diverse",
        "divers",
        "d",
        "x",
        "autre",
        "non binaire",
        "otro",
        "otra",
        "no binario",
        "altro",
        "non binario",
        "inna",
        "inny",
        "niebinarny",
        "anders",
        "non-binair",
        "άλλο",
        "μη δυαδικό",
        "outro",
        "não binário",
    ),
    Gender.NOT_STATED: (
        "not stated",
        "prefer not to say",
        "rather not say",
        "not given",
        "unknown",
        "n/a",
        "keine Angabe",
        "ohne Angabe",
        "k. A.",
        "non précisé",
        "ne souhaite pas répondre",
        "préfère ne pas répondre",
        "no indicado",
        "prefiero no decirlo",
        "prefiero no contestar",
        "non indicato",
        "preferisco non dirlo",
        "nie podano",
        "wolę nie podawać",
        "odmowa odpowiedzi",
        "zeg ik liever niet",
        "onbekend",
        "δεν δηλώθηκε",
        "δεν επιθυμώ να απαντήσω",
        "prefiro não dizer",
        "-",
    ),
}


@cache
def _known() -> dict[str, str]:
    """Folded word → stored value."""
    found: dict[str, str] = {}
    for value, words in _WORDS.items():
        stored = NOT_STATED if value == Gender.NOT_STATED else str(value)
        for word in (value, value.replace("_", " "), *(label(value, code) for code in LANGUAGES), *words):
            found.setdefault(fold_words(word), stored)
    return found


def gender_of(value: object) -> str | None:
    """The stored value ``value`` means ("" for not stated or nothing);
    None for a word that names no gender Planner knows."""
    text = "" if value is None else " ".join(str(value).split())
    if not text:
        return NOT_STATED
    folded = fold_words(text)
    if not folded:  # punctuation alone ("-", "/"): nothing said
        return NOT_STATED
    return _known().get(folded)


def stated_gender(value: object, field: str = "gender") -> str:
    """``gender_of``, refusing a word it does not know, naming the field."""
    stored = gender_of(value)
    if stored is None:
        shown = " ".join(str(value).split())
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise InvalidInput(
            field,
            say(
                "'{value}' is not a gender Planner knows; use woman, man, another or not stated, or leave it empty",
                value=shown,
            ),
        )
    return stored


def gender_word(stored: str, language: str | None = None) -> str:
    """The word for a stored gender, "Not stated" for ""."""
    return label(stored or Gender.NOT_STATED, language)


def gender_choices(language: str | None = None) -> list[tuple[str, str]]:
    """(stored value, word) for pickers, not stated first (the default)."""
    return [(NOT_STATED, gender_word(NOT_STATED, language))] + [
        (str(value), label(value, language)) for value in (Gender.WOMAN, Gender.MAN, Gender.ANOTHER)
    ]
