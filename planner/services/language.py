"""The languages Planner speaks, and the wording of what it writes in them,
for the services and the layers above (kept in planner.language, which
the database's own messages use too)."""

from planner.language import (
    LANGUAGES,
    PLANNER_DOMAIN,
    SOURCE_LANGUAGE,
    SayN,
    Wording,
    catalogue_path,
    english,
    english_n,
    interface_language,
    language_code,
    marked,
    say,
    say_n,
    set_interface_language,
    wording,
)

__all__ = [
    "LANGUAGES",
    "PLANNER_DOMAIN",
    "SOURCE_LANGUAGE",
    "SayN",
    "Wording",
    "catalogue_path",
    "english",
    "english_n",
    "interface_language",
    "language_code",
    "marked",
    "say",
    "say_n",
    "set_interface_language",
    "wording",
]
