"""The table of country names in 33 languages, read from Babel once and
kept in the data folder, so that a search by a country's name ("Polen",
"Ελλάδα") does not wait for Babel at every start."""

from __future__ import annotations

import json
from pathlib import Path

from planner.services import countries


def _fresh() -> dict[str, str]:
    countries.country_names.cache_clear()  # as in a new start of Planner
    try:
        return countries.country_names()
    finally:
        countries.country_names.cache_clear()


def test_the_names_are_kept_in_the_data_folder_and_read_back_the_same(data_dir: Path):
    made = _fresh()
    kept = list((data_dir / "cache").glob("country-names-*.json"))
    assert len(kept) == 1
    assert _fresh() == made
    assert made["polen"] == "PL" and made["ελλαδα"] == "GR" and made["griechenland"] == "GR"
    assert countries.country_code("Deutschland") == "DE"


def test_a_damaged_table_is_made_again_from_babel(data_dir: Path):
    made = _fresh()
    (kept,) = (data_dir / "cache").glob("country-names-*.json")
    kept.write_text("{not json", encoding="utf-8")
    assert _fresh() == made
    assert json.loads(kept.read_text(encoding="utf-8")) == made  # written whole again
    assert _fresh() == made


def test_a_data_folder_that_cannot_be_written_still_gives_the_names(data_dir: Path):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "cache").write_text("a file where the folder would be", encoding="utf-8")
    assert _fresh()["spanien"] == "ES"
