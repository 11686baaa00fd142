"""The names of every zone's city in 15 languages, read from Babel once and
kept in the data folder, so that finding a zone by "Ateny" or "Mailand"
does not hold Babel's languages in memory at every start."""

from __future__ import annotations

import json
from pathlib import Path

from planner.services import places


def _fresh() -> dict[str, dict[str, str]]:
    places.city_names.cache_clear()  # as in a new start of Planner
    try:
        return places.city_names()
    finally:
        places.city_names.cache_clear()


def test_the_names_are_kept_in_the_data_folder_and_read_back_the_same(data_dir: Path):
    made = _fresh()
    kept = list((data_dir / "cache").glob("zone-cities-*.json"))
    assert len(kept) == 1
    assert _fresh() == made
    assert made["Europe/Warsaw"]["pl"] == "Warszawa" and made["Europe/Athens"]["el"] == "Αθήνα"


def test_a_damaged_table_is_made_again_from_babel(data_dir: Path):
    made = _fresh()
    (kept,) = (data_dir / "cache").glob("zone-cities-*.json")
    kept.write_text("{not json", encoding="utf-8")
    assert _fresh() == made
    assert json.loads(kept.read_text(encoding="utf-8")) == made  # written whole again


def test_a_data_folder_that_cannot_be_written_still_gives_the_names(data_dir: Path):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "cache").write_text("a file where the folder would be", encoding="utf-8")
    assert _fresh()["Europe/Rome"]["de"] == "Rom"


def test_a_place_is_found_in_another_language_once_the_names_are_kept(data_dir: Path):
    _fresh()  # made and kept, as by an earlier start
    places.city_names.cache_clear()
    for _step in places.read_in_steps():
        pass
    assert places.zone_for_place("Ateny") == "Europe/Athens"
    assert places.zone_for_place("Mailand") == "Europe/Rome"
