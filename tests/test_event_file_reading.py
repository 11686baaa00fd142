"""An event file is read by json's fast scanner when nothing in it is
amiss, and read again carefully when anything may be: whatever the text,
the document read and the problem named are those of the careful reading."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.exchange import event_file
from planner.exchange.event_file import DEEPEST_NESTING, EventFileError


def _careful(text: str) -> tuple[object, str]:
    try:
        return event_file._read_carefully(text), ""
    except EventFileError as error:
        return None, str(error)


def _read(text: str) -> tuple[object, str]:
    quick = event_file._read_quickly(text)
    return (quick, "") if quick is not None else _careful(text)


def _nested(depth: int) -> str:
    return "[" * (depth - 1) + '{"a": 1}' + "]" * (depth - 1)


TEXTS = [
    '{"format": "planner-event", "version": 1}',
    '{"a": 1, "a": 2}',
    '{"a": {"b": 1, "b": 1}}',
    '[{"a": 1}, {"a": 1}]',
    '{"a": "x", "b": {"a": "y"}}',
    '{"n": ' + "1" * 30 + "}",
    '{"n": ' + "1" * 31 + "}",
    '{"n": -' + "1" * 31 + "}",
    '{"n": 1.5e300, "m": -0, "o": NaN, "p": Infinity}',
    '{"emoji": "\\ud83d\\ude00"}',
    '{"lone": "\\ud800"}',
    '{"\\udc00": 1}',
    '{"escaped": "\\\\ud800"}',
    '{"text": "line\\nbreak \\u00e9"}',
    _nested(DEEPEST_NESTING),
    _nested(DEEPEST_NESTING + 1),
    _nested(5000),
    '{"a": 1,}',
    '{"a": 1',
    '{"a": "\x01"}',
    "",
    "[]",
    '"text"',
    "42",
    "null",
    '{"a": [1, 2, {"b": [3, {"c": []}]}]}',
]


@pytest.mark.parametrize("text", TEXTS)
def test_any_text_reads_as_the_careful_reading_reads_it(text: str) -> None:
    assert _read(text) == _careful(text)


def test_a_usual_file_is_read_quickly() -> None:
    assert event_file._read_quickly('{"format": "planner-event", "people": [{"key": "a"}]}') is not None


_PIECES = st.sampled_from(
    ['{"a": ', '{"b": ', '"a": ', ", ", "}", "[", "]", "1", "12345678901234567890123456789012", '"x"', '"\\ud800"',
     '"\\ud83d\\ude00"', "null", "{", ":", '"a"', " "]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_generated_texts_read_as_the_careful_reading_reads_them(text: str) -> None:
    assert _read(text) == _careful(text)


@settings(max_examples=500, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
        max_leaves=40,
    )
)
def test_json_documents_read_as_the_careful_reading_reads_them(document: object) -> None:
    text = json.dumps(document)
    assert _read(text) == _careful(text)
