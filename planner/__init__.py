"""Planner: plan workshops, partner meetings, study visits and conferences."""

# The version, written out rather than read from the installed package's
# metadata at start-up (a lookup that costs more than importing Planner's
# own top module). tests/test_packaging.py keeps it equal to pyproject.toml's.
__version__ = "0.1.0"
