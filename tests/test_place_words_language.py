"""Countries and time zones are named in the window's language."""

from __future__ import annotations

import pytest

from planner.services.countries import country_name
from planner.services.language import set_interface_language
from planner.services.zone_choices import zone_label


@pytest.fixture
def german(data_dir):
    set_interface_language("de")
    yield
    set_interface_language("en")


def test_a_country_is_named_in_the_windows_language(german):
    assert country_name("ES") == "Spanien"
    assert country_name("ES", "el") == "Ισπανία"  # a document names its own language


def test_a_time_zone_is_labelled_in_the_windows_language(german):
    assert zone_label("Europe/Athens") == "Athen (Griechenland) · UTC+2/+3"


def test_english_stays_as_it_was(data_dir):
    assert country_name("ES") == "Spain"
    assert zone_label("Europe/Athens") == "Athens (Greece) · UTC+2/+3"
