"""How much a participant workbook (.xlsx) may hold, checked before
openpyxl reads it: a few hundred kilobytes of zip can unpack to a cell of
hundreds of megabytes, which openpyxl would hold in memory whole, and
then the database, the documents and the Participants tab after it.

The parts are read as a stream (expat) that stops at the first cell over
the cap, and at most LARGEST_UNPACKED bytes of them are read, so the check
itself takes little memory and time whatever the file unpacks to."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from xml.parsers import expat

from planner.exchange.participant_table import ParticipantFileError

# As many characters as a CSV field may hold (csv.field_size_limit()'s
# default): a cell and a field are capped alike.
LONGEST_CELL = 131_072
# Bytes the workbook's parts unpack to: a list of tens of thousands of
# participants with their formatting fits many times over.
LARGEST_UNPACKED = 64 * 1024 * 1024
_CHUNK = 64 * 1024
_SHEET = re.compile(r"xl/worksheets/sheet(\d+)\.xml")


class _TooLong(Exception):
    def __init__(self, where: str = ""):
        self.where = where


class _Budget:
    """Bytes the check may still read."""

    def __init__(self) -> None:
        self.left = LARGEST_UNPACKED


class _Spent(Exception):
    pass


def check_workbook(data: bytes, name: str) -> None:
    """ParticipantFileError if a cell holds more than LONGEST_CELL
    characters (naming it) or the workbook unpacks to more than
    LARGEST_UNPACKED bytes; a file that is no zip is left to openpyxl."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        members = archive.infolist()
        names = {member.filename for member in members}
        sheets = sorted((int(found[1]), found[0]) for path in names if (found := _SHEET.fullmatch(path)))
        budget = _Budget()
        try:
            long_string = _first_long_string(archive, budget) if "xl/sharedStrings.xml" in names else None
            for number, path in sheets:
                _check_sheet(archive, path, long_string, budget, f"sheet {number}, " if len(sheets) > 1 else "")
            if long_string is not None:
                raise _TooLong(f"shared text {long_string + 1}, which no cell shows,")
        except _TooLong as too_long:
            raise ParticipantFileError(
                f"{name}: {too_long.where} holds more than {LONGEST_CELL:,} characters, more than a cell of a "
                "participant list may; correct that cell and save the workbook again"
            ) from None
        except _Spent:
            pass  # the size below says what is wrong
        except (expat.ExpatError, zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError):
            return  # damaged: openpyxl's own reading says so
        unpacked = sum(member.file_size for member in members)
        if unpacked > LARGEST_UNPACKED:
            raise ParticipantFileError(
                f"{name}: the workbook unpacks to {unpacked / 2**20:,.0f} MB, more than a participant list can "
                f"need ({LARGEST_UNPACKED // 2**20} MB); save the list alone in a new workbook, or as .csv"
            )


def _parse(archive: zipfile.ZipFile, path: str, parser: expat.XMLParserType, budget: _Budget) -> None:
    with archive.open(path) as stream:
        while chunk := stream.read(_CHUNK):
            budget.left -= len(chunk)
            if budget.left < 0:
                raise _Spent
            parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _local(tag: str) -> str:
    return tag.rpartition(":")[2]


def _first_long_string(archive: zipfile.ZipFile, budget: _Budget) -> int | None:
    """The index of the first shared string longer than LONGEST_CELL."""
    index, length = -1, 0
    in_text = False
    parser = expat.ParserCreate()

    class Found(Exception):
        pass

    def start(tag: str, _attributes: dict[str, str]) -> None:
        nonlocal index, length, in_text
        tag = _local(tag)
        if tag == "si":
            index, length = index + 1, 0
        in_text = tag == "t"

    def end(_tag: str) -> None:
        nonlocal in_text
        in_text = False

    def characters(text: str) -> None:
        nonlocal length
        if in_text:
            length += len(text)
            if length > LONGEST_CELL:
                raise Found

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, characters
    try:
        _parse(archive, "xl/sharedStrings.xml", parser, budget)
    except Found:
        return index
    return None


def _check_sheet(archive: zipfile.ZipFile, path: str, long_string: int | None, budget: _Budget, sheet: str) -> None:
    """_TooLong naming the first cell whose value (inline, a formula's
    result, or the long shared string) is longer than LONGEST_CELL."""
    cell, shared = "", False
    length, value = 0, ""
    in_value = False
    parser = expat.ParserCreate()

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal cell, shared, length, value, in_value
        tag = _local(tag)
        if tag == "c":
            cell, shared, length, value = attributes.get("r", "?"), attributes.get("t") == "s", 0, ""
        in_value = tag in ("v", "t")

    def end(tag: str) -> None:
        nonlocal in_value
        in_value = False
        if _local(tag) == "c" and shared and long_string is not None and value.strip() == str(long_string):
            raise _TooLong(f"{sheet}cell {cell}")

    def characters(text: str) -> None:
        nonlocal length, value
        if in_value:
            length += len(text)
            if length > LONGEST_CELL:
                raise _TooLong(f"{sheet}cell {cell}")
            if shared and len(value) < 20:  # a shared string's index
                value += text

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, characters
    _parse(archive, path, parser, budget)
