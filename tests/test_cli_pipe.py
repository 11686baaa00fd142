"""A listing read by a program that stops early (`planner events | head -1`)."""

from __future__ import annotations

import subprocess
import sys


def test_a_reader_that_stops_early_is_no_error(samples, db_path):
    listing = subprocess.Popen(
        [sys.executable, "-m", "planner", "--db", str(db_path), "events"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.close()  # a reader gone before the listing is written
    errors = listing.stderr.read().decode()
    assert listing.wait(timeout=120) == 0
    assert errors == ""
