"""How likely a text reads as it was written, judged as a list of names.

Mojibake (text read in the wrong code page) leaves marks in names: a symbol
inside a word ("£ukasz", "¯ó³towski"), letters of two scripts in one word, a
capital after a small letter ("ÅëÝíç", "иВАН"), accents that no alphabet of
Europe has together ("Ðáðáäïðïýëïõ"), a letter where its language never
puts it ("Forlě", "Ĺsa"). A reading that leaves none can still be wrong
("Lefčvre" is a possible Czech word): then the reading whose words need
fewer languages, and languages of the code page's own region, is the more
likely. ``judge`` scores a text so; the lower, the likelier.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# The letters beyond ASCII that each language's words (and names) use.
_LATIN_ALPHABETS = {
    "German": "äöüß",
    "French": "àâçéèêëîïôœùûüÿ",
    "Spanish": "áéíñóúü",
    "Catalan": "àçéèíïòóúü",
    "Portuguese": "áâãàçéêíóôõú",
    "Italian": "àèéìíîòóùú",
    "Dutch": "éëïöüĳ",
    "Danish and Norwegian": "æøåé",
    "Swedish": "åäöé",
    "Finnish": "åäöšž",
    "Icelandic": "áðéíóúýþæö",
    "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Slovenian and Croatian": "čćđšž",
    "Hungarian": "áéíóöőúüű",
    "Romanian": "ăâîșțşţ",
    "Albanian": "çë",
    "Turkish": "çğıöşü",
    "Estonian": "äöõüšž",
    "Latvian": "āčēģīķļņšūž",
    "Lithuanian": "ąčęėįšųūž",
    "Maltese": "ċġħżàèìòù",
    "Welsh": "âêîôûŵŷáéíóúëï",
    "Luxembourgish": "äëé",
}
_CYRILLIC_ALPHABETS = {
    "Russian": "абвгдежзийклмнопрстуфхцчшщъыьэюяё",
    "Ukrainian": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "Belarusian": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "Bulgarian": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "Serbian": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "Macedonian": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
}
_ALPHABETS = {
    **{language: frozenset(letters) for language, letters in _LATIN_ALPHABETS.items()},
    **{language: frozenset(letters) for language, letters in _CYRILLIC_ALPHABETS.items()},
    "Greek": frozenset("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ"),
}
_WESTERN = ("German", "French", "Spanish", "Catalan", "Portuguese", "Italian", "Dutch", "Danish and Norwegian",
            "Swedish", "Finnish", "Icelandic", "Albanian", "Welsh", "Luxembourgish")  # fmt: skip
_CENTRAL = ("Polish", "Czech", "Slovak", "Slovenian and Croatian", "Hungarian", "Romanian", "German")
_BALTIC = ("Lithuanian", "Latvian", "Estonian", "German")
# The languages each code page was made for: a word of another language
# is possible (German in a Polish list) but less likely.
FOREIGN_COST = 3
HOME: dict[str, tuple[str, ...]] = {
    "cp1252": _WESTERN,
    "iso8859_15": _WESTERN,
    "mac_roman": _WESTERN,
    "cp1250": _CENTRAL,
    "iso8859_2": _CENTRAL,
    "cp1257": _BALTIC,
    "cp1253": ("Greek",),
    "iso8859_7": ("Greek",),
    "cp1251": tuple(_CYRILLIC_ALPHABETS),
    "koi8_r": ("Russian", "Bulgarian"),
    "koi8_u": ("Ukrainian", "Russian"),
    "iso8859_13": _BALTIC,
    "iso8859_16": ("Romanian", "Slovenian and Croatian", "Hungarian", "Polish", "German", "French", "Italian"),
    "mac_latin2": _CENTRAL,
    "mac_greek": ("Greek",),
    "mac_cyrillic": tuple(_CYRILLIC_ALPHABETS),
    "cp1254": ("Turkish",),
    "cp850": _WESTERN,
    "cp852": _CENTRAL,
    "cp437": _WESTERN,
}
# Where a letter never stands in a language's words (a word of the language
# has none of these patterns): "Forlě", "Ĺsa", "Noėl" are mojibake.
_CONSONANT = "[bcčdďfghjklľĺmnňpqrřŕsštťvwxzž]"
_LONELY = f"(^|{_CONSONANT})[řň]({_CONSONANT}|$)"  # ř and ň always touch a vowel: "Sřren", "Nicolň"
_NEVER = {
    "Czech": (re.compile(r"(^|[^bpvfmdtn])ě"), re.compile(r"^ů"), re.compile(_LONELY)),
    "Slovak": (re.compile(r"(^|[aeiouyáéíóúýäô])[ĺŕ]"), re.compile(_LONELY)),
    "Latvian": (re.compile(r"[ņļķģ]$"),),
    # Before a vowel Polish writes "ni", "si", "ci", "zi": "Muńoz" is "Muñoz".
    "Polish": (re.compile(r"^[ąęń]"), re.compile(r"[ńśćź][aeiouyąęó]")),
    "Portuguese": (re.compile(r"õ(?!e)"),),  # "ões", "põe": "Szõke" is Hungarian "Szőke"
    "Lithuanian": (re.compile(r"[aeouy]ė"), re.compile(r"(?<!i)ų.")),  # ų ends words, but in "siųsti"
    "Icelandic": (re.compile(r"^ð"), re.compile(r".þ")),  # "Þiþeica" is Romanian "Ţiţeica"
}
# Between words: spaces, ASCII punctuation and digits, typographic quotes and
# dashes; an apostrophe between letters belongs to the word ("Мар'яна", "Ім’я").
_WORD = re.compile(r"(?:[^ \t\r\n!-@\[-`{-~‘’‚‛“”„‟«»‹›–—―…•]|(?<=\w)['’](?=\w))+")
_VOWELS = frozenset("аеёиоуыэюяіїєўαεηιουωάέήίόύώϊϋΐΰ")
_ONE_LETTER_WORDS = "àèéòóùú"  # French à, Italian è, Portuguese é, …
_NEUTRAL = "ºªʼ'’®©™"  # ordinals (1º, 2ª), apostrophes, marks after a brand

# Signs beyond ASCII, but those lists hold: typographic quotes and dashes, €, °, §.
# Accents alone ("ˇ") are signs.
_SIGNS = re.compile(r"[^\x00-\x7f\w\s‘’‚‛“”„‟«»‹›–—―…•€°§·®©™]|[\u02c6-\u02dd]")
# Words broken by mojibake: a closing quote opening a word ("’ννα" is "Άννα",
# Windows-1253 read as ISO-8859-7; "”scar" is "Óscar"), a quote or dash between
# letters ("No‘l" and "Mu–oz" are Mac OS Roman read as Windows-1252).
_BROKEN = re.compile(r"(?<!\w)[’”](?=\w)|(?<=\w)[‘‚‛“”„‟–—―](?=\w)")


def words(text: str) -> list[str]:
    """The words of the text that are not plain ASCII."""
    return [word for word in _WORD.findall(text) if not word.isascii()]


def judge(text: str, home: tuple[str, ...] = ()) -> tuple[int, int, int]:
    """(words that are most likely mojibake, signs beyond ASCII, what the
    languages of the other words cost: one for each language of ``home``,
    FOREIGN_COST for each other): the lower, the likelier the text reads
    as it was written. Signs count because another code page's letters
    become signs ("Łukasz" as "£ukasz", "–" as "√")."""
    odd = 0
    fits: set[frozenset[str]] = set()
    for word, count in Counter(words(text)).items():
        languages = _languages(word)
        if languages is None:
            odd += count
        elif languages:
            fits.add(languages)
    odd += len(_BROKEN.findall(text))
    return odd, len(_SIGNS.findall(text)), _cover_cost(fits, home)


def _languages(word: str) -> frozenset[str] | None:
    """The languages whose alphabet writes the word; None when no language
    writes it so (a symbol or control inside it, two scripts, a capital after
    a small letter, accents of no one alphabet); empty for a word of symbols."""
    letters: list[str] = []
    scripts: set[str] = set()
    previous = ""
    symbols = False
    for index, character in enumerate(word):
        if character in _NEUTRAL:
            symbols = symbols or (character in "ºª" and len(word) > 1)  # "ªtefan" is "Ştefan"
            continue
        category = unicodedata.category(character)
        if category[0] == "C":
            return None  # a control character: a byte read in the wrong code page
        if category == "Mn" and letters:
            continue  # a combining accent on the letter before
        if category not in ("Lu", "Ll", "Lt", "Lo"):
            symbols = True  # "£ukasz", "¯ó³towski", "K\xa0hler"
            continue
        if category == "Lu" and not character.isascii():
            if previous == "Ll":
                return None  # "ÅëÝíç", "иВАН" (KOI8-R read as Windows-1251)
            if previous == "Lu" and unicodedata.category(word[index + 1 : index + 2] or " ") == "Ll":
                return None  # "MŘller"
        previous = category
        scripts.add(unicodedata.name(character, "?").split(" ")[0])
        if not character.isascii():
            letters.append(character)
    if symbols:
        # A word of symbols alone is no word ("€", "§"), unless of signs no list holds ("ˇ", "¤").
        return None if scripts or _SIGNS.search(word) else frozenset()
    if len(scripts) > 1:
        return None
    if not letters:
        return frozenset()
    if len(word) == 1 and word not in _ONE_LETTER_WORDS:
        return None  # "ñ" alone is "–" read in Mac OS Roman
    if "GREEK" in scripts and not _greek_word(word):
        return None
    if len(letters) >= 4 and scripts <= {"GREEK", "CYRILLIC"} and not _VOWELS.intersection(word.lower()):
        return None  # "Рбрбдьрпхлпт" is "Παπαδόπουλος" read as Windows-1251
    needed = {_small(letter) for letter in letters}
    small = word.lower()
    languages = {
        language
        for language, alphabet in _ALPHABETS.items()
        if needed <= alphabet and not any(rule.search(small) for rule in _NEVER.get(language, ()))
    }
    return frozenset(languages) or None


def _greek_word(word: str) -> bool:
    """Greek written as Greek is: a final sigma only at the end, at most one
    accent; Cyrillic read as Greek rarely is."""
    small = word.lower()
    if "ς" in small[:-1] or small.endswith("σ"):
        return False
    return sum(1 for letter in small if letter in "άέήίόύώΐΰ") <= 1


def _small(letter: str) -> str:
    if letter == "İ":
        return "i"
    small = letter.lower()
    return small if len(small) == 1 else letter


def _cover_cost(fits: set[frozenset[str]], home: tuple[str, ...]) -> int:
    """The least cost of languages that write every word (each word given
    as the set of languages that write it)."""
    # A word that every cover of another word covers too adds nothing.
    needed = [languages for languages in fits if not any(other < languages for other in fits)]
    best = [FOREIGN_COST * len(needed) + 1]

    def search(left: list[frozenset[str]], cost: int) -> None:
        if cost >= best[0]:
            return
        if not left:
            best[0] = cost
            return
        fewest = min(left, key=len)
        for language in sorted(fewest, key=lambda language: language not in home):
            rest = [languages for languages in left if language not in languages]
            search(rest, cost + (1 if language in home else FOREIGN_COST))

    search(needed, 0)
    return best[0]
