"""The words of stored values ("study_visit" is "Study visit", in German
"Studienreise") for every value of every enumeration, in every language,
from the one function the window, the documents and the messages use;
and the days and times shown beside them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from babel.messages.pofile import read_po

from planner.config import resource_path
from planner.db.enums import AgendaKind, EventKind, ParticipationStatus, Role
from planner.services import labels
from planner.services.language import LANGUAGES, interface_language, set_interface_language

EVERY_VALUE = sorted({option.value for enumeration in labels.ENUMERATIONS for option in enumeration})


@pytest.fixture
def window_language():
    """Sets the window's language for one test, and puts English back."""
    before = interface_language()
    yield set_interface_language
    set_interface_language(before)


def test_every_enumeration_of_the_domain_is_worded():
    from planner.db import enums

    listed = {
        value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, enums.StrEnum) and value is not enums.StrEnum
    }
    assert listed == set(labels.ENUMERATIONS)
    assert set(EVERY_VALUE) <= set(labels.WORDS)


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_every_value_has_a_word_of_its_own_in_every_language(language):
    with resource_path("locale", language, "vocabulary.po").open("rb") as source:
        catalogue = read_po(source, locale=language)
    for value in EVERY_VALUE:
        translated = catalogue.get(labels.WORDS[value])
        assert translated is not None and translated.string and not translated.fuzzy, value
        assert labels.label(value, language) == translated.string
    # Two values of one enumeration never share a word: a reader could not tell them apart.
    for enumeration in labels.ENUMERATIONS:
        words = [labels.label(option.value, language) for option in enumeration]
        assert len(set(words)) == len(words), (enumeration.__name__, words)


def test_english_words_are_the_ones_planner_always_showed():
    assert labels.label("study_visit", "en") == "Study visit"
    assert labels.label("no_show", "en") == "No-show"
    assert labels.label("public_body", "en") == "Public body"
    assert labels.label("site_visit", "en") == "Site visit"
    assert labels.label("", "en") == ""
    assert labels.label("something_new", "de") == "Something new"  # a value Planner does not know


def test_the_words_in_the_partners_languages():
    assert labels.label("study_visit", "de") == "Studienreise"
    assert labels.label("study_visit", "fr") == "Visite d'étude"
    assert labels.label("study_visit", "es") == "Visita de estudio"
    assert labels.label("study_visit", "it") == "Visita di studio"
    assert labels.label("study_visit", "pl") == "Wizyta studyjna"
    assert labels.label("study_visit", "el") == "Μελετητική επίσκεψη"
    assert labels.label("participant", "de") == "Teilnehmende"
    assert labels.label("participant", "el") == "Συμμετέχων"
    assert labels.choices(AgendaKind, "it")[:2] == [("session", "Sessione"), ("presentation", "Presentazione")]


def test_without_a_language_the_windows_own_is_used(window_language):
    assert labels.label("study_visit") == "Study visit"
    window_language("pl")
    assert labels.label("study_visit") == "Wizyta studyjna"
    assert dict(labels.choices(Role))["speaker"] == "Prelegent"
    assert dict(labels.choices(ParticipationStatus))["no_show"] == "Nieobecność"
    assert labels.day(date(2018, 3, 23)) == "pt., 23 mar 2018"
    window_language("de")
    assert dict(labels.choices(EventKind))["workshop"] == "Workshop"
    assert labels.days(date(2009, 6, 3), date(2009, 6, 4)) == "3.–4. Juni 2009"


def test_days_and_times_in_english_read_as_before():
    assert labels.day(date(2018, 3, 23), "en") == "Fri 23 Mar 2018"
    assert labels.day(date(2009, 6, 3), "en") == "Wed 03 Jun 2009"
    assert labels.day(None, "en") == ""
    assert labels.days(date(2009, 6, 3), date(2009, 6, 4), "en") == "03–04 Jun 2009"
    assert labels.days(date(2009, 6, 30), date(2009, 7, 2), "en") == "30 Jun – 02 Jul 2009"
    assert labels.days(date(2009, 12, 30), date(2010, 1, 2), "en") == "30 Dec 2009 – 02 Jan 2010"
    assert labels.days(date(2018, 3, 23), date(2018, 3, 23), "en") == "Fri 23 Mar 2018"
    assert labels.clock(datetime(2018, 3, 23, 9, 5), "en") == "09:05"


def test_days_and_times_in_the_partners_languages():
    friday = date(2018, 3, 23)
    assert labels.day(friday, "de") == "Fr., 23. März 2018"
    assert labels.day(friday, "fr") == "ven. 23 mars 2018"
    assert labels.day(friday, "el") == "Παρ 23 Μαρ 2018"
    assert (
        labels.days(friday, date(2018, 4, 2), "fr") == "23 mars\u2009–\u20092 avr. 2018"
    )  # thin spaces, as CLDR has it
    assert labels.clock(datetime(2018, 3, 23, 9, 5), "es") == "09:05"
