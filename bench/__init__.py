"""Benchmarks at scale: a generated ten-year database and timings of what
Planner adds on top of Qt, SQLite, icalendar and reportlab. Not part of the
test run: `python bench/run.py`."""
