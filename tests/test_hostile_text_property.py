"""Generated hostile names, titles and e-mail addresses (line breaks,
quotes, commas, angle brackets, lone surrogates, control characters, very
long strings) driven through the ways in (event files, participant lists)
and every way out (event files, participant lists, calendars, invitations,
documents): only a PlannerError with a message comes out, never an
internal error, and what is stored is one line without controls."""

from __future__ import annotations

import csv
import email
import email.policy
import io
import json
import os
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner.calendar.event_calendar import event_calendar
from planner.calendar.invitations import invitations
from planner.db.store import Store
from planner.documents.catalogue import render
from planner.errors import PlannerError
from planner.exchange.event_export import export_event
from planner.exchange.event_file import dumps
from planner.exchange.event_import import import_event_bytes
from planner.exchange.participant_export import export_participants
from planner.exchange.participant_import import apply_import
from planner.exchange.participant_table import guess_mapping, read_table
from planner.services import directory, events, values
from tests.databases import new_database

pytestmark = pytest.mark.slow  # documents and invitations for every example

HOSTILE = settings(
    max_examples=int(os.environ.get("HOSTILE_TEXT_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

FRAGMENTS = [
    "\n", "\r\n", "\r", "\u2028", "\x85", '"', "'", ",", ";", "<", ">", "<attacker@evil.test>", "@", "=cmd|",
    "\x00", "\x07", "\x1b[31m", "\t", "\x7f", "\u202e", " ", "Ελένη", "Łukasz", "Zoë", "&amp;",
    "<b>bold</b>", "=?utf-8?q?x?=",
]  # fmt: skip
piece = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4), st.integers(20, 120).map(lambda n: "W" * n))
hostile = st.lists(piece, max_size=5).map("".join)
# Now and then a text no field takes: a lone surrogate, one over every cap.
spoiler = st.sampled_from(["", "", "", "", "\ud800", "x\udfff", "Ω\n" * 200, "Ω" * 100_001])
# Mostly addresses that are, now and then one that only looks like one.
address = st.one_of(
    st.just(""), st.emails(), st.emails(), st.emails(), st.emails(), hostile,
    st.builds(lambda name, mail: f"{name} <{mail}>", hostile, st.emails()),
)  # fmt: skip


def one_line(text: str) -> bool:
    return not any(unicodedata.category(character) in ("Cc", "Cs", "Zl", "Zp") for character in text)


@st.composite
def event_documents(draw) -> dict:
    people = [
        {"key": f"p{n}", "given_name": draw(hostile), "family_name": draw(hostile) or "F", "email": draw(address)}
        for n in range(draw(st.integers(1, 3)))
    ]
    return {
        "format": "planner-event",
        "version": 1,
        "event": {
            "title": (draw(hostile) or "T") + draw(spoiler),
            "kind": "meeting",
            "starts_on": "2026-03-02",
            "ends_on": "2026-03-03",
            "timezone": "Europe/Berlin",
            "organiser_email": "host@example.org",
            "venue": {"name": draw(hostile), "city": draw(hostile)},
            "summary": draw(hostile),
        },
        "organisations": [{"key": "o", "name": draw(hostile) or "O"}],
        "people": people,
        "participants": [{"person": person["key"]} for person in people],
        "agenda": [{"title": draw(hostile) or "A", "starts_at": "2026-03-02T09:00", "ends_at": "2026-03-02T10:00"}],
    }


def every_way_out(store: Store, event_id: int) -> None:
    with store.read() as session:
        json.dumps(export_event(session, event_id), ensure_ascii=False).encode()
        for file_format in ("csv", "xlsx"):
            export_participants(session, event_id, file_format)
        for kind in ("agenda", "participants", "badges", "attendance"):
            render(session, kind, event_id)
    with store.write() as session:
        event_calendar(session, event_id)
        try:
            batch = invitations(session, event_id)
        except PlannerError:
            return
        for invitation in batch.messages:
            # Whatever the name holds, the message goes to one address only.
            read_back = email.message_from_bytes(invitation.message.as_bytes(), policy=email.policy.default)
            assert [address.addr_spec for address in read_back["To"].addresses] == [invitation.address]


def stored_texts(store: Store, event_id: int) -> list[str]:
    with store.read() as session:
        event = events.get_event(session, event_id)
        names = [text for row in directory.people_rows(session) for text in (row.given_name, row.family_name)]
        return [event.title, event.venue_name, event.venue_city, *names]


@HOSTILE
@given(document=event_documents())
def test_hostile_names_and_titles_in_an_event_file_end_in_a_message_or_go_everywhere(document):
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(new_database(Path(folder) / "hostile.sqlite"), backup_dir=Path(folder) / "backups")
        try:
            data = json.dumps(document, ensure_ascii=True).encode()
            try:
                with store.write() as session:
                    event_id = import_event_bytes(session, data).id
            except PlannerError as problem:
                assert str(problem).strip()
                event("refused")
                return
            event("imported")
            assert all(one_line(text) for text in stored_texts(store, event_id))
            every_way_out(store, event_id)
            with store.read() as session:  # and what went out comes back in
                again = dumps(export_event(session, event_id))
            with store.write() as session:
                import_event_bytes(session, again)
        finally:
            store.close()


@HOSTILE
@given(rows=st.lists(st.tuples(hostile, st.tuples(hostile, spoiler).map("".join), address), min_size=1, max_size=4))
def test_hostile_names_in_a_participant_list_end_in_a_message_or_go_everywhere(rows):
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(new_database(Path(folder) / "hostile.sqlite"), backup_dir=Path(folder) / "backups")
        try:
            with store.write() as session:
                event_id = events.create_event(
                    session, title="Visit", kind="meeting", starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 3),
                    timezone="Europe/Berlin", organiser_email="host@example.org",
                ).id  # fmt: skip
            written = io.StringIO()
            csv.writer(written).writerows([("Given name", "Family name", "E-mail"), *rows])
            data = written.getvalue().encode("utf-8", errors="replace")
            try:
                table = read_table(data, "list.csv")
                with store.write() as session:
                    apply_import(session, event_id, table, guess_mapping(table.headers))
            except PlannerError as problem:
                assert str(problem).strip()
                event("refused")
                return
            event("imported")
            assert all(one_line(text) for text in stored_texts(store, event_id))
            every_way_out(store, event_id)
        finally:
            store.close()


def test_the_texts_checked_are_those_a_line_leaves():
    assert one_line(values.line("a\nb\x00\ud7ff\u2028c", "name"))
