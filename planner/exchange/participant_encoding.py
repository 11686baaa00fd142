"""How a participant list's bytes become text.

Registration forms and newer spreadsheets write UTF-8 (with or without a
BOM) or UTF-16, and say so. Older Excel and Mac exports write the code page
of the computer they ran on, and say nothing: the same byte is "ł" in
Windows-1250, "³" in Windows-1252 and "ε" in ISO-8859-7. Each code page of
the languages Planner serves reads the file, and each reading is judged as
a list of names (``mojibake.judge``); when none stands out, the file is not
guessed: ``EncodingUnclear`` names the likely readings with a few names as
each reads them, and the user chooses (``read_text(…, encoding=…)``).
charset-normalizer's statistics need more text than a list of names holds
to tell "Łukasz" from "£ukasz"; it proposes the encodings of files that
no code page above reads well (a DOS export, a Turkish list).
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass

from planner.errors import PlannerError
from planner.exchange import mojibake
from planner.exchange.participant_errors import ParticipantFileError
from planner.services.language import say

# The code pages read and judged, most common first (the order breaks ties
# in what is shown, never in what is chosen without asking).
LEGACY: dict[str, str] = {
    "cp1252": "Windows-1252 (Western European)",
    "cp1250": "Windows-1250 (Central European)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1257": "Windows-1257 (Baltic)",
    "iso8859_15": "ISO-8859-15 (Western European)",
    "iso8859_2": "ISO-8859-2 (Central European)",
    "iso8859_7": "ISO-8859-7 (Greek)",
    "koi8_r": "KOI8-R (Russian)",
    "koi8_u": "KOI8-U (Ukrainian)",
    "mac_roman": "Mac OS Roman (Western European)",
}
# Chosen by a user or proposed by charset-normalizer, never guessed first:
# rarer, and too like the ones above.
OTHERS: dict[str, str] = {
    "iso8859_13": "ISO-8859-13 (Baltic)",
    "iso8859_16": "ISO-8859-16 (South-Eastern European)",
    "mac_latin2": "Mac OS Central European",
    "mac_greek": "Mac OS Greek",
    "mac_cyrillic": "Mac OS Cyrillic",
    "cp1254": "Windows-1254 (Turkish)",
    "cp850": "DOS Latin-1 (Western European)",
    "cp852": "DOS Latin-2 (Central European)",
    "cp437": "DOS (United States)",
}
UNICODE: dict[str, str] = {
    "utf_8": "UTF-8",
    "utf_8_sig": "UTF-8 with BOM",
    "utf_16": "UTF-16 (Unicode text)",
    "utf_16_le": "UTF-16 (Unicode text)",
    "utf_16_be": "UTF-16 (Unicode text)",
}
# How users write them; any other text encoding Python knows reads too.
_SPELLED = {
    "utf_8": "utf-8",
    "utf_8_sig": "utf-8-sig",
    "utf_16": "utf-16",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
    "cp1252": "windows-1252",
    "cp1250": "windows-1250",
    "cp1253": "windows-1253",
    "cp1251": "windows-1251",
    "cp1257": "windows-1257",
    "cp1254": "windows-1254",
    "iso8859_15": "iso-8859-15",
    "iso8859_2": "iso-8859-2",
    "iso8859_7": "iso-8859-7",
    "iso8859_13": "iso-8859-13",
    "iso8859_16": "iso-8859-16",
    "koi8_r": "koi8-r",
    "koi8_u": "koi8-u",
    "mac_roman": "macroman",
    "mac_latin2": "maccentraleurope",
    "mac_greek": "macgreek",
    "mac_cyrillic": "maccyrillic",
}
# A reading whose languages cost this much more than the best one's (a
# language from outside the code page's region) is not offered beside it.
CLEARLY_LESS = mojibake.FOREIGN_COST
SAMPLES = 3  # names shown for each reading in the question
OFFERED = 4  # readings offered at most
_TOKEN = re.compile(r"[^\s,;\"]+")  # what the question shows: a name, a word
_C1 = re.compile(r"[\x80-\x9f]")  # control characters no list holds: bytes read in the wrong code page


@dataclass(frozen=True)
class Reading:
    """The file's text read in one encoding."""

    text: str
    encoding: str  # Python's codec name: "cp1250"
    samples: tuple[str, ...] = ()  # words that read otherwise in the other likely encodings

    @property
    def label(self) -> str:
        """ "Windows-1250 (Central European)"."""
        return label(self.encoding)

    @property
    def spelled(self) -> str:
        """The encoding as users write it: "windows-1250"."""
        return spelled(self.encoding)


class EncodingUnclear(ParticipantFileError):
    """The names read well in more than one likely encoding, or in none;
    ``readings`` holds the likely ones, the most likely first, each with a
    few names as it reads them (and ``problems`` a line for each)."""

    def __init__(self, file_name: str, readings: tuple[Reading, ...], *, none_reads_well: bool = False):
        self.file_name = file_name
        self.readings = readings
        self.none_reads_well = none_reads_well
        if none_reads_well:
            message = say(
                "{file}: cannot tell how the text is encoded: in no encoding Planner knows do all the names read "
                "well; choose the one in which they look right with --encoding, or save the list again as 'CSV UTF-8'",
                file=file_name,
            )
        else:
            message = say(
                "{file}: cannot tell how the text is encoded: the names read differently in each likely encoding; "
                "choose the one in which they look right with --encoding, or save the list again as 'CSV UTF-8'",
                file=file_name,
            )
        super().__init__(
            message,
            [f"--encoding {reading.spelled} reads: {', '.join(reading.samples)}" for reading in readings],
        )


class EncodingWrong(ParticipantFileError):
    """The bytes are not text in the encoding given or found."""


def label(encoding: str) -> str:
    """ "Windows-1250 (Central European)" for "cp1250"."""
    return LEGACY.get(encoding) or OTHERS.get(encoding) or UNICODE.get(encoding) or spelled(encoding).upper()


def spelled(encoding: str) -> str:
    return _SPELLED.get(encoding, encoding.replace("_", "-"))


def choices() -> list[tuple[str, str]]:
    """(codec, label) of every encoding a user may choose from a list."""
    return [("utf_8", "UTF-8"), ("utf_16", "UTF-16 (Unicode text)"), *LEGACY.items(), *OTHERS.items()]


def codec_name(text: str) -> str:
    """Python's codec for what a user wrote ("Windows-1250", "latin2",
    "MacRoman"); PlannerError when it names no text encoding."""
    wanted = text.strip().lower().replace(" ", "")
    for codec, written in _SPELLED.items():
        if wanted in (written, codec):
            return codec
    try:
        info = codecs.lookup(wanted)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        known = ", ".join(spelled(codec) for codec in ("utf_8", "utf_16", *LEGACY))
        raise PlannerError(f"--encoding {text}: is not an encoding Planner knows; use one of: {known}") from None
    return info.name.replace("-", "_")


# -- reading -------------------------------------------------------------------


def read_text(data: bytes, file_name: str, encoding: str | None = None) -> Reading:
    """The text of a list, in ``encoding`` when given, else as found out
    (a BOM, UTF-16, UTF-8, then the code page whose names read best).
    EncodingUnclear when that cannot be told; EncodingWrong when the bytes
    are not text in the encoding given."""
    if encoding is not None:
        if encoding == "utf_8" and data.startswith(codecs.BOM_UTF8):
            encoding = "utf_8_sig"
        return Reading(_strict(data, encoding, file_name), encoding)
    if data.startswith(codecs.BOM_UTF8):
        return Reading(_strict(data, "utf_8_sig", file_name), "utf_8_sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Reading(_strict(data, "utf_16", file_name), "utf_16")
    if len(data) >= 4:
        # UTF-16 without a BOM: every other byte of Latin text is zero.
        even, odd = data[0:200:2].count(0), data[1:200:2].count(0)
        half = len(data[:200]) // 4
        if odd > half and even == 0:
            return Reading(_strict(data, "utf_16_le", file_name), "utf_16_le")
        if even > half and odd == 0:
            return Reading(_strict(data, "utf_16_be", file_name), "utf_16_be")
    try:
        return Reading(data.decode("utf-8"), "utf_8")
    except UnicodeDecodeError:
        pass
    readings, sure = guess(data)
    if sure:
        return readings[0]
    if not readings:
        _strict(data, "cp1252", file_name)  # names the first byte that reads as nothing
        raise EncodingWrong(  # pragma: no cover - Windows-1252 refuses what the others refuse
            say("{file}: is not text in an encoding Planner knows; save the list again as 'CSV UTF-8'", file=file_name)
        )
    raise EncodingUnclear(file_name, tuple(readings), none_reads_well=not _reads_well(readings[0]))


def _reads_well(reading: Reading) -> bool:
    return mojibake.judge(reading.text)[0] == 0


def _strict(data: bytes, encoding: str, file_name: str) -> str:
    if encoding == "utf_8_sig" and data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf_8"  # so that the error counts the lines
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        byte = data[error.start : error.start + 1].hex().upper()
        what = label(encoding).removesuffix(" with BOM").removesuffix(" (Unicode text)")
        raise EncodingWrong(
            say(
                "{file}: line {line}: byte 0x{byte} is not valid {encoding} text; choose another encoding, "
                "or save the list again as 'CSV UTF-8'",
                file=file_name,
                line=line,
                byte=byte,
                encoding=what,
            )
        ) from None


# -- guessing a code page --------------------------------------------------------


def guess(data: bytes) -> tuple[list[Reading], bool]:
    """The likely readings of bytes that are not Unicode, best first, and
    whether the first is clearly the one: no word of it looks like mojibake,
    and every other reading has more such words or needs clearly less likely
    languages."""
    ranked = sorted(_scored(data, LEGACY), key=lambda item: item[0])
    if not ranked or ranked[0][0][0] > 0:
        ranked = sorted(ranked + _scored(data, _proposed(data)), key=lambda item: item[0])
    if not ranked:
        return [], False
    best = ranked[0][0]
    close = [reading for key, reading in ranked if not _clearly_less_likely(key, best)]
    if len(close) == 1 and best[0] == 0:
        return close, True
    if best[0] > 0:  # even the best reads partly as mojibake: offer the best few
        close = [reading for _key, reading in ranked[:OFFERED]]
    return _with_samples(close[:OFFERED]), False


def _clearly_less_likely(key: tuple[int, ...], best: tuple[int, ...]) -> bool:
    """Whether a reading judged ``key`` (odd words, signs, cost of languages)
    is clearly less likely than the best: more words of mojibake, languages
    clearly less likely, or more signs where letters were without languages
    more likely."""
    odd, signs, cost = key[:3]
    best_odd, best_signs, best_cost = best[:3]
    return odd > best_odd or cost - best_cost >= CLEARLY_LESS or (signs > best_signs and cost >= best_cost)


def _scored(data: bytes, encodings: dict[str, str]) -> list[tuple[tuple[int, int, int, int], Reading]]:
    """Each different text the encodings read, with how likely it is (see
    ``mojibake.judge``, then the more common encoding first)."""
    scored: dict[str, tuple[tuple[int, int, int, int], Reading]] = {}
    for rank, encoding in enumerate(encodings):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _C1.search(text):
            continue
        odd, signs, cost = mojibake.judge(text, mojibake.HOME.get(encoding, ()))
        if text in scored:
            # Read alike: the more common encoding stands for both, as likely as the likelier.
            (_odd, _signs, earlier_cost, earlier_rank), earlier = scored[text]
            scored[text] = ((odd, signs, min(cost, earlier_cost), earlier_rank), earlier)
            continue
        scored[text] = ((odd, signs, cost, rank), Reading(text, encoding))
    return list(scored.values())


def _proposed(data: bytes) -> dict[str, str]:
    """The encodings of ``OTHERS`` (rarer ones of Europe) that
    charset-normalizer finds likely."""
    from charset_normalizer import from_bytes

    found = {encoding for match in from_bytes(data) for encoding in match.could_be_from_charset}
    return {encoding: name for encoding, name in OTHERS.items() if encoding in found}


def _with_samples(readings: list[Reading]) -> list[Reading]:
    """Each reading with a few of the words in which they differ."""
    counted = [Counter(word for word in _TOKEN.findall(reading.text) if not word.isascii()) for reading in readings]
    shared = set.intersection(*(set(words) for words in counted)) if len(counted) > 1 else set()
    shown = []
    for reading, words in zip(readings, counted, strict=True):
        # Names first: a capital, then the most frequent.
        differing = sorted(
            (word for word in words if word not in shared), key=lambda word: (not word[:1].isupper(), -words[word])
        )
        shown.append(Reading(reading.text, reading.encoding, tuple(differing[:SAMPLES])))
    return shown
