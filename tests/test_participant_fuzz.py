"""Generated and damaged participant lists thrown at the reader and the
importer: whatever the bytes, encoding, separator, quoting or mapping,
only a PlannerError with a message comes out, never a traceback; a refused
import leaves the database exactly as it was; and a valid list survives
export (CSV and Excel) → reading → importing into a fresh event with the
same people."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel import Locale
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner.db.store import Store
from planner.errors import PlannerError
from planner.exchange.participant_encoding import EncodingUnclear
from planner.exchange.participant_export import export_participants
from planner.exchange.participant_import import apply_import, plan_import
from planner.exchange.participant_table import FIELDS, ParticipantFileError, guess_mapping, read_table
from planner.exchange.participant_words import COLUMN_NAMES, ROLE_WORDS, STATUS_WORDS
from planner.services import events, participants
from tests.databases import saved_database

# PARTICIPANT_FUZZ_EXAMPLES=5000 for a long hunt; the suite keeps it short.
pytestmark = pytest.mark.slow  # fuzzers: hundreds of examples each

FUZZ = settings(
    max_examples=int(os.environ.get("PARTICIPANT_FUZZ_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# -- generated lists ------------------------------------------------------------

LETTERS = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") + list("äöüßÄÖÜéèçñÑáíóúąćęłńśźżŁŚŻαβγδεζηθΩΣάέ")
ODD = [*list(" -'.,;\"\t&/()€@#=+"), "\xa0", "\u2028"]
GIVEN = ["Anna", "Jürgen", "Małgorzata", "Δημήτρης", "Zoë", "Iñaki", "Ana María", "Jean-Luc", "Søren", "Ελένη"]
FAMILY = ["Schmidt", "Großmann", "Żurawska", "Παπαδόπουλος", "van der Berg", "García López", "O'Neill", "Le Gall"]
ORGANISATIONS = ["BioM", "biom", "KLK", "Medicon Valley Alliance; Copenhagen", "Universität Würzburg", "HBio",
                 "Bioib, Palma", ""]  # fmt: skip
HONORIFICS = ["", "", "Dr.", "Prof.", "Ms", "Mr", "Dott.ssa"]
COUNTRY_CODES = ["DE", "PL", "GR", "ES", "FR", "IT", "AT", "NL", "BE", "SE", "GB", "IE"]
LANGUAGES = ["en", "de", "fr", "es", "it", "pl", "nl", "el", "pt"]

one_line = st.text(st.sampled_from(LETTERS + ODD[:-1]), max_size=14)
several_lines = st.lists(st.sampled_from([*LETTERS, *ODD, "\n", "\r\n"]), max_size=30).map("".join)
word = st.text(st.sampled_from(LETTERS), min_size=1, max_size=10)


@st.composite
def people(draw) -> list[dict[str, str]]:
    """1 to 6 participants as a registration form would hold them; each
    one distinct (another address, or another family name)."""
    count = draw(st.integers(min_value=1, max_value=6))
    found = []
    for index in range(count):
        family = draw(st.one_of(st.sampled_from(FAMILY), word)) + chr(ord("A") + index)  # never the same person twice
        arrives = date(2024, 6, 1) + timedelta(days=draw(st.integers(0, 5)))
        country = draw(st.sampled_from(COUNTRY_CODES))
        country_text = draw(
            st.sampled_from(
                [
                    "",
                    country,
                    country.lower(),
                    Locale.parse(draw(st.sampled_from(LANGUAGES))).territories[country],
                ]
            )
        )
        role = draw(st.sampled_from(list(ROLE_WORDS)))
        status = draw(st.sampled_from(list(STATUS_WORDS)))
        found.append(
            {
                "honorific": draw(st.sampled_from(HONORIFICS)),
                "given_name": draw(st.one_of(st.sampled_from(GIVEN), st.just(""), word)),
                "family_name": family,
                "email": draw(
                    st.sampled_from(["", f"p{index}.{draw(st.sampled_from(['x', 'anna', 'los']))}@example.org"])
                ),
                "organisation": draw(st.sampled_from(ORGANISATIONS)),
                "position": draw(one_line),
                "region": draw(one_line),
                "country": country_text,
                "phone": draw(st.sampled_from(["", "+49 89 123456", "0049-89-1", "(0)30 1234"])),
                "role": draw(st.sampled_from(["", role, *ROLE_WORDS[role][:3]])),
                "status": draw(st.sampled_from(["", status, *STATUS_WORDS[status][:3]])),
                "dietary": draw(several_lines),
                "accessibility": draw(one_line),
                "arrives_on": draw(
                    st.sampled_from(["", arrives.isoformat(), f"{arrives:%d.%m.%Y}", f"{arrives:%d/%m/%Y}"])
                ),
                "departs_on": draw(st.sampled_from(["", (arrives + timedelta(days=2)).isoformat()])),
                "notes": draw(several_lines),
                # A preferred language as lists write it: a code, a locale, its own name.
                "language": draw(st.sampled_from(["", "de", "PL", "el-GR", "Deutsch", "Ελληνικά", "français"])),
                # A gender as forms write it, in several languages.
                "gender": draw(
                    st.sampled_from(["", "F", "male", "weiblich", "divers", "prefer not to say", "Kobieta"])
                ),
                # What they agreed to on the form, as forms answer.
                **{
                    key: draw(st.sampled_from(["", "yes", "Nein", "tak", "ναι", "Oui", "x"]))
                    for key in ("consent_shared_list", "consent_photos", "consent_needs", "consent_contact_after")
                },
                "consent_date": draw(st.sampled_from(["", "12.05.2026", "2026-05-14"])),
            }
        )
    return found


@st.composite
def list_files(draw) -> tuple[bytes, str]:
    """A generated list as a spreadsheet or form would write it: column
    names in some language, any encoding, separator, quoting and line
    ending, blank rows and empty columns."""
    rows = draw(people())
    keys = draw(st.permutations(list(FIELDS)[1:]))
    keys = keys[: draw(st.integers(min_value=4, max_value=len(keys)))]
    if "family_name" not in keys:
        keys = ["family_name", *keys]
    headers = [draw(st.sampled_from(COLUMN_NAMES[key][:6])) for key in keys]
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    stream = io.StringIO(newline="")
    writer = csv.writer(
        stream,
        delimiter=delimiter,
        lineterminator=draw(st.sampled_from(["\r\n", "\n"])),
        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
    )
    trailing = [""] * draw(st.integers(0, 2))
    writer.writerow(headers + trailing)
    for row in rows:
        if draw(st.booleans()) and draw(st.booleans()):
            writer.writerow([""] * len(headers))
        writer.writerow([row[key] for key in keys] + trailing)
    text = stream.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8-sig")
    return data, draw(st.sampled_from(["list.csv", "Anmeldungen.txt", "export.CSV"]))


@st.composite
def damaged(draw) -> tuple[bytes, str]:
    """A generated list cut short, or with bytes, quotes, separators, line
    breaks or garbage put in or taken out."""
    data, name = draw(list_files())
    data = bytearray(data)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        position = draw(st.integers(min_value=0, max_value=max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "insert", "special", "delete", "truncate"]))
        if action == "flip" and data:
            data[position] = draw(st.integers(min_value=0, max_value=255))
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=6))
        elif action == "special":
            data[position:position] = draw(
                st.sampled_from(
                    [
                        b'"',
                        b'""',
                        b";",
                        b",",
                        b"\t",
                        b"\n",
                        b"\r",
                        b"\x00",
                        b"\xef\xbb\xbf",
                        b"\xff\xfe",
                        b"=",
                        b"@x.org",
                    ]
                )
            )
        elif action == "delete" and data:
            del data[position : position + draw(st.integers(1, 20))]
        elif action == "truncate":
            del data[position:]
    return bytes(data), name


# -- the database ---------------------------------------------------------------


class _Rollback(Exception):
    """Raised at the end of a unit of work to leave the database as it was."""


@pytest.fixture(scope="module")
def fuzz_store():
    """One database for all the examples of a test, with people and
    organisations of the samples to match against; every example leaves it
    as it found it."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(saved_database(Path(folder) / "fuzz.sqlite"), backup_dir=Path(folder) / "backups")
        yield store
        store.close()


def _dump(store: Store) -> str:
    with sqlite3.connect(store.path) as connection:
        return "\n".join(connection.iterdump())


def _new_event(session) -> int:
    return events.create_event(
        session,
        title="Fuzz",
        kind="meeting",
        starts_on=date(2024, 6, 3),
        ends_on=date(2024, 6, 4),
        timezone="Europe/Berlin",
    ).id


def _check_message(error: PlannerError) -> None:
    first = str(error).splitlines()[0] if str(error) else ""
    assert first.strip(), f"an error without a message: {error!r}"


def _import_and_forget(store: Store, table, mapping) -> list[participants.ParticipantRow] | None:
    """Import into a new event and give its participant list, then roll
    everything back; None when the import is refused (checked to have
    changed nothing)."""
    before = _dump(store)
    rows = None
    try:
        with store.write() as session:
            event_id = _new_event(session)
            plan = plan_import(session, event_id, table, mapping)
            apply_import(session, event_id, table, mapping)
            assert not plan.problems, "apply_import accepted a list its plan found problems in"
            rows = participants.participant_rows(session, event_id)
            raise _Rollback
    except _Rollback:
        event("imported")
    except PlannerError as error:
        _check_message(error)
        event(f"import refused: {type(error).__name__}")
        rows = None
    assert _dump(store) == before
    return rows


# -- the properties -----------------------------------------------------------------


@FUZZ
@given(file=damaged())
def test_damaged_lists_give_a_message_never_a_traceback(fuzz_store, file):
    data, name = file
    try:
        table = read_table(data, name)
    except ParticipantFileError as error:
        _check_message(error)
        event("refused when read")
        return
    assert all(len(row) == len(table.headers) for row in table.rows)
    assert len(table.row_numbers) == len(table.rows) and table.row_numbers == sorted(set(table.row_numbers))
    _import_and_forget(fuzz_store, table, guess_mapping(table.headers))


def _read_or_message(file):
    """The table, or None when the file is refused with a message: a short
    Windows-1252 list whose few accented letters read as well in another
    code page is asked about, not guessed."""
    try:
        return read_table(*file)
    except EncodingUnclear as error:
        _check_message(error)
        return None


@FUZZ
@given(file=list_files(), data=st.data())
def test_any_mapping_a_user_picks_gives_a_plan_or_a_message(fuzz_store, file, data):
    table = _read_or_message(file)
    if table is None:
        return
    choices = [None, *FIELDS]
    mapping = {column: data.draw(st.sampled_from(choices)) for column in range(len(table.headers))}
    _import_and_forget(fuzz_store, table, mapping)


@FUZZ
@given(data=st.binary(max_size=300), name=st.sampled_from(["list.csv", "list.xlsx", "list.xls", "list", "a.txt"]))
def test_random_bytes_give_a_message_or_a_table(data, name):
    try:
        read_table(data, name)
    except ParticipantFileError as error:
        _check_message(error)


@FUZZ
@given(
    file=list_files(),
    file_format=st.sampled_from(["csv", "xlsx"]),
    cut=st.integers(min_value=0, max_value=4000),
    garbage=st.binary(max_size=8),
)
def test_damaged_workbooks_and_exports_give_a_message(fuzz_store, file, file_format, cut, garbage):
    table = _read_or_message(file)
    if table is None:
        return
    first = _import_and_forget(fuzz_store, table, guess_mapping(table.headers))
    if first is None:
        return
    with fuzz_store.write() as session:
        event_id = _new_event(session)
        try:
            apply_import(session, event_id, table, guess_mapping(table.headers))
            exported = export_participants(session, event_id, file_format)
        finally:
            session.rollback()
    damaged_copy = exported[:cut] + garbage + exported[cut + len(garbage) :]
    try:
        read_table(damaged_copy, f"list.{file_format}")
    except ParticipantFileError as error:
        _check_message(error)


@FUZZ
@given(file=list_files(), file_format=st.sampled_from(["csv", "xlsx"]))
def test_valid_lists_round_trip_through_export(fuzz_store, file, file_format):
    """Import a generated list; export what was imported; import the export
    into a fresh event of a database without those people: the same people
    with the same fields come out."""
    table = _read_or_message(file)
    if table is None:
        return
    mapping = guess_mapping(table.headers)
    before = _dump(fuzz_store)
    try:
        with fuzz_store.write() as session:
            event_id = _new_event(session)
            plan = apply_import(session, event_id, table, mapping)
            assert plan.new_people + plan.matched_people == len(table.rows)
            first = participants.participant_rows(session, event_id)
            exported = export_participants(session, event_id, file_format)
            raise _Rollback
    except _Rollback:
        pass
    again = read_table(exported, f"list.{file_format}")
    second = _import_and_forget(fuzz_store, again, guess_mapping(again.headers))
    assert second is not None
    assert _dump(fuzz_store) == before

    def comparable(row: participants.ParticipantRow) -> tuple:
        values = {name: value for name, value in row._asdict().items() if not name.endswith("id")}
        return tuple(sorted(values.items()))

    assert sorted(map(comparable, second), key=repr) == sorted(map(comparable, first), key=repr)
