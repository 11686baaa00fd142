"""The benchmark's report: the JSON is written whether or not every target
is met, each missed line says why, and the exit status tells a script
whether all were met. Made-up figures: nothing here is timed."""

from __future__ import annotations

import json
from pathlib import Path

from bench.run import CALENDAR, MEMORY, OPEN, STARTUP_STACK, WHY_MISSED, failed, figure, report


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_missed_target_still_writes_the_json_and_fails_the_run(tmp_path, capsys):
    results = {
        OPEN: figure(30.0, "ms", limit=50, baseline=20.0, ratio_limit=2.0),  # met
        MEMORY: figure(250.0, "MB", limit=120),  # missed
        CALENDAR: figure(0.15, "s", baseline=0.1, ratio_limit=1.2),  # missed by its ratio alone
    }
    written = tmp_path / "bench.json"

    assert report(results, written) == 1

    document = _read(written)
    assert document[OPEN]["met"] is True and document[OPEN]["why"] is None
    assert document[MEMORY]["met"] is False and document[MEMORY]["why"] == WHY_MISSED[MEMORY]
    assert document[CALENDAR]["met"] is False and document[CALENDAR]["ratio"] == 1.5
    printed = capsys.readouterr().out
    assert "MISSED" in printed and f"{MEMORY}: missed." in printed


def test_a_line_that_could_not_be_measured_counts_as_missed_and_says_why(tmp_path):
    results = {OPEN: failed(RuntimeError("probe event_views failed:\nno tabs Overview … Minutes in the window"))}
    written = tmp_path / "bench.json"

    assert report(results, written) == 1

    entry = _read(written)[OPEN]
    assert entry["met"] is False and entry["value"] is None
    assert entry["why"] == "Not measured: no tabs Overview … Minutes in the window"


def test_every_target_met_passes_and_lines_without_a_target_are_shown_only(tmp_path):
    results = {
        OPEN: figure(30.0, "ms", limit=50, baseline=20.0, ratio_limit=2.0),
        STARTUP_STACK: figure(2.0, "s", baseline=0.5),  # where the time goes: no target
    }
    written = tmp_path / "bench.json"

    assert report(results, written) == 0

    document = _read(written)
    assert all(entry["met"] for entry in document.values())
    assert document[STARTUP_STACK]["ratio"] == 4.0
