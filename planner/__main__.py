"""`planner` and `python -m planner`: the app, or one of its commands."""

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
