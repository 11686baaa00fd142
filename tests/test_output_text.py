"""Text from the database made fit to be written: one line where one line
belongs, no control characters, nothing UTF-8 cannot encode, cut in bytes
without splitting a letter from its accents."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar, Event, vCalAddress, vText

from planner.calendar.builder import clean
from planner.calendar.text import cut_to_bytes, one_line, plain_text

_HOSTILE = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(["\n", "\r", "\x00", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ud800", "\udfff", "\t"]),
    )
)
_CONTROL = {chr(code) for code in [*range(32), *range(0x7F, 0xA0)]} | {"\u2028", "\u2029"}


def test_one_line_joins_lines_and_drops_controls():
    assert one_line("Anna\r\n  Line\nBreak\x0b") == "Anna Line Break"
    assert one_line("a\x00b\x1b[31mc\x07") == "ab[31mc"
    assert one_line("keeps  two spaces and\u00a0no-break") == "keeps  two spaces and\u00a0no-break"
    assert one_line("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert one_line("x" * 300, 200) == "x" * 199 + "…"
    assert one_line(None) == ""


def test_plain_text_keeps_lines_and_tabs():
    assert plain_text("a\r\nb\rc\u2028d\x00\te") == "a\nb\nc\nd\te"


@given(_HOSTILE, st.integers(min_value=1, max_value=300))
def test_one_line_is_always_one_writable_line(value, limit):
    line = one_line(value, limit)
    assert not set(line) & _CONTROL
    assert len(line) <= limit
    line.encode("utf-8")  # no lone surrogate left


@given(_HOSTILE)
def test_plain_text_is_always_writable(value):
    text = plain_text(value)
    assert not set(text) & (_CONTROL - {"\n", "\t"})
    text.encode("utf-8")


@given(st.text(), st.integers(min_value=0, max_value=200))
def test_cut_to_bytes_fits_and_is_a_start_of_the_text(text, size):
    cut = cut_to_bytes(text, size)
    assert len(cut.encode("utf-8")) <= size and text.startswith(cut)


def test_cut_to_bytes_keeps_a_letter_with_its_accents():
    assert cut_to_bytes("e\u0301\u0308x", 3) == ""  # "e" alone would lose its marks
    assert cut_to_bytes("ae\u0301", 3) == "a"
    assert cut_to_bytes("Łoś", 4) == "Ło"


@given(_HOSTILE)
def test_any_text_in_a_calendar_is_written_without_controls(value):
    calendar = Calendar()
    calendar.add("X-WR-CALNAME", vText(value))
    event = Event()
    event.add("SUMMARY", value)
    event.add("DESCRIPTION", value)
    event.add("LOCATION", value)
    event.add("CATEGORIES", [value, "x"])
    attendee = vCalAddress("mailto:p.los@example.org")
    attendee.params["CN"] = value
    event.add("ATTENDEE", attendee)
    calendar.add_component(event)
    clean(calendar)
    written = calendar.to_ical().decode("utf-8").replace("\r\n ", "").replace("\r\n", "")
    assert not set(written) & (_CONTROL - {"\t"})
    read = Calendar.from_ical(calendar.to_ical()).subcomponents[0]
    assert str(read["SUMMARY"]) == one_line(value)
    assert str(read["DESCRIPTION"]) == plain_text(value)
