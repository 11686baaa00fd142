"""The guard on output files, on its own: what an existing file is taken
for, read from its first bytes."""

from __future__ import annotations

import re

import pytest

from planner import output_paths
from planner.errors import PlannerError
from planner.output_paths import DifferentFile, Protected, check_output


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.4\n", output_paths.PDF),
        (b'\xef\xbb\xbf  {"format": "planner-event", "version": 1}', output_paths.EVENT_FILE),
        (b"begin:vcalendar\r\n", output_paths.CALENDAR),
        ("Name;Vorname\r\nSchäfer;Käthe\r\n".encode("utf-16"), output_paths.CSV),
        (b"Subject: Invitation\r\nTo: a@example.org\r\n", output_paths.MESSAGE),
        (b"", output_paths.PDF),  # an empty file holds nothing to lose
    ],
)
def test_a_file_of_the_kind_written_is_replaced_without_a_word(tmp_path, head, kind):
    target = tmp_path / "file"
    target.write_bytes(head)
    check_output(target, kind, Protected.of_database(tmp_path / "x.sqlite"))


@pytest.mark.parametrize(
    ("head", "kind", "described"),
    [
        (b"SQLite format 3\x00" + bytes(100), output_paths.EVENT_FILE, "an SQLite database"),
        (b"%PDF-1.4\n", output_paths.CSV, "a PDF"),
        (b"PK\x03\x04 not really", output_paths.WORKBOOK, "a ZIP archive or office document"),
        (b"BEGIN:VCALENDAR\r\n", output_paths.MESSAGE, "a calendar (.ics)"),
        (b"\x00\x01\x02", output_paths.CSV, "a binary file"),
    ],
)
def test_a_file_of_another_kind_is_named_and_kept(tmp_path, head, kind, described):
    target = tmp_path / "file"
    target.write_bytes(head)
    with pytest.raises(DifferentFile, match=re.escape(f"file: exists and is {described}, not {kind.name};")):
        check_output(target, kind, Protected.of_database(None))
    check_output(target, kind, Protected.of_database(None), overwrite=True)
    assert target.read_bytes() == head


def test_a_folder_is_not_a_file_name(tmp_path):
    with pytest.raises(PlannerError, match="is a folder; give a file name"):
        check_output(tmp_path, output_paths.PDF, Protected.of_database(None))
