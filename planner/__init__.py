"""Planner: plan workshops, partner meetings, study visits and conferences."""

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    """The installed package's version (also inside the stand-alone program,
    which carries the metadata); in a source tree that was never installed,
    the one pyproject.toml names."""
    try:
        return version("planner")
    except PackageNotFoundError:
        pass
    try:
        import tomllib
        from pathlib import Path

        with open(Path(__file__).resolve().parent.parent / "pyproject.toml", "rb") as file:
            return tomllib.load(file)["project"]["version"]
    except (OSError, ValueError, KeyError):
        return "0+unknown"


__version__ = _version()
