"""The sample study visit's documents printed in each of the seven
languages and read back with pypdf: the fixed wording, the names of days
and months and the page footer in the reader's language, the user's own
text as typed, and Greek and Polish letters in the embedded DejaVu font."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest
from conftest import GERMAN, GREEK, HOSTILE_TITLE, POLISH, make_pdf, pdf_image_count, pdf_pages, pdf_text

from planner.db.models import Person
from planner.db.store import Store
from planner.documents.catalogue import KINDS
from planner.documents.wording import document_words
from planner.services import directory, events
from planner.services.errors import InvalidInput
from tests import databases

LANGUAGES = ("en", "es", "de", "fr", "it", "pl", "el")
PRINTED_ON = date(2026, 12, 4)

# The sample study visit is on Friday 23 March 2018.
FRIDAY = {
    "en": "Friday 23 March 2018",
    "es": "viernes, 23 de marzo de 2018",
    "de": "Freitag, 23. März 2018",
    "fr": "vendredi 23 mars 2018",
    "it": "venerdì 23 marzo 2018",
    "pl": "piątek, 23 marca 2018",
    "el": "Παρασκευή, 23 Μαρτίου 2018",
}
# The name of each document at the top of its first page, and a word of
# its headings, as a reader of the language expects them.
TITLES = {
    "agenda": {
        "en": ("AGENDA", "Objectives"),
        "es": ("ORDEN DEL DÍA", "Objetivos"),
        "de": ("TAGESORDNUNG", "Ziele"),
        "fr": ("ORDRE DU JOUR", "Objectifs"),
        "it": ("PROGRAMMA", "Obiettivi"),
        "pl": ("PROGRAM", "Cele"),
        "el": ("ΠΡΟΓΡΑΜΜΑ", "Στόχοι"),
    },
    "participants": {
        "en": ("PARTICIPANT LIST", "In numbers"),
        "es": ("LISTA DE PARTICIPANTES", "En cifras"),
        "de": ("LISTE DER TEILNEHMENDEN", "In Zahlen"),
        "fr": ("LISTE DES PARTICIPANTS", "En chiffres"),
        "it": ("ELENCO DEI PARTECIPANTI", "In cifre"),
        "pl": ("LISTA UCZESTNIKÓW", "W liczbach"),
        "el": ("ΚΑΤΑΛΟΓΟΣ ΣΥΜΜΕΤΕΧΟΝΤΩΝ", "Σε αριθμούς"),
    },
    "attendance": {
        "en": ("ATTENDANCE LIST", "Signature of the organiser / host"),
        "es": ("LISTA DE ASISTENCIA", "Firma del organizador / anfitrión"),
        "de": ("ANWESENHEITSLISTE", "Unterschrift Veranstalter / Gastgeber"),
        "fr": ("LISTE DE PRÉSENCE", "Signature de l'organisateur / de l'hôte"),
        "it": ("FOGLIO PRESENZE", "Firma dell'organizzatore / ospitante"),
        "pl": ("LISTA OBECNOŚCI", "Podpis organizatora / gospodarza"),
        "el": ("ΚΑΤΑΛΟΓΟΣ ΠΑΡΟΥΣΙΩΝ", "Υπογραφή διοργανωτή / οικοδεσπότη"),
    },
    "itinerary": {
        "en": ("ITINERARY", "Travellers"),
        "es": ("ITINERARIO", "Viajeros"),
        "de": ("REISEPLAN", "Reisende"),
        "fr": ("ITINÉRAIRE", "Voyageurs"),
        "it": ("ITINERARIO", "Viaggiatori"),
        "pl": ("PLAN PODRÓŻY", "Podróżni"),
        "el": ("ΔΡΟΜΟΛΟΓΙΟ", "Ταξιδιώτες"),
    },
    "minutes": {
        "en": ("SUMMARY AND CONCLUSIONS", "Who took part"),
        "es": ("RESUMEN Y CONCLUSIONES", "Participantes"),
        "de": ("ZUSAMMENFASSUNG UND SCHLUSSFOLGERUNGEN", "Teilnahme"),
        "fr": ("SYNTHÈSE ET CONCLUSIONS", "Participants"),
        "it": ("SINTESI E CONCLUSIONI", "Chi ha partecipato"),
        "pl": ("PODSUMOWANIE I WNIOSKI", "Uczestnicy"),
        "el": ("ΣΥΝΟΨΗ ΚΑΙ ΣΥΜΠΕΡΑΣΜΑΤΑ", "Ποιοι συμμετείχαν"),
    },
    "statistics": {
        "en": ("STATISTICS", "Participants by gender"),
        "es": ("ESTADÍSTICAS", "Participantes por género"),
        "de": ("STATISTIK", "Teilnehmende nach Geschlecht"),
        "fr": ("STATISTIQUES", "Participants par genre"),
        "it": ("STATISTICHE", "Partecipanti per genere"),
        "pl": ("STATYSTYKI", "Uczestnicy według płci"),
        "el": ("ΣΤΑΤΙΣΤΙΚΑ ΣΤΟΙΧΕΙΑ", "Συμμετέχοντες ανά φύλο"),
    },
}
# The footer: "Page 1 of 2" and the day of printing, 4 December 2026.
FOOTERS = {
    "en": ("Page 1 of", "printed 4 December 2026"),
    "es": ("Página 1 de", "impreso el 4 de diciembre de 2026"),
    "de": ("Seite 1 von", "gedruckt am 4. Dezember 2026"),
    "fr": ("Page 1 sur", "imprimé le 4 décembre 2026"),
    "it": ("Pagina 1 di", "stampato il 4 dicembre 2026"),
    "pl": ("Strona 1 z", "wydrukowano 4 grudnia 2026"),
    "el": ("Σελίδα 1 από", "εκτυπώθηκε στις 4 Δεκεμβρίου 2026"),
}
# The study visit's kind and the host's country, as each language names them.
KIND_AND_COUNTRY = {
    "en": ("Study visit", "Germany"),
    "es": ("Visita de estudio", "Alemania"),
    "de": ("Studienreise", "Deutschland"),
    "fr": ("Visite d'étude", "Allemagne"),
    "it": ("Visita di studio", "Germania"),
    "pl": ("Wizyta studyjna", "Niemcy"),
    "el": ("Μελετητική επίσκεψη", "Γερμανία"),
}
# Fixed English wording that must not be left in another language's copy
# (none of it is in the sample's own text).
ENGLISH = ("Page 1 of", "printed ", "All times are", "Host: ", "Programme: ", "Objectives", "In numbers", "Speaker")
TITLE = "ECRI study visit to BioM, Munich"


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[tuple[str, str], bytes]:
    """Every document of the sample study visit in every language, printed once."""
    folder = tmp_path_factory.mktemp("languages")
    databases.templates.copy("samples", folder / "planner.sqlite")
    store = Store.open(folder / "planner.sqlite", backup_dir=folder / "backups")
    try:
        with store.read() as session:
            ecri = next(event.id for event in events.list_events(session) if event.title == TITLE)
        return {
            (kind, language): make_pdf(store, kind, ecri, language=language, printed_on=PRINTED_ON)
            for kind in KINDS
            for language in LANGUAGES
        }
    finally:
        store.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(TITLES))
def test_each_document_is_headed_and_dated_in_the_language(printed, kind, language):
    pages = pdf_pages(printed[kind, language])
    text = _flat("\n".join(pages))
    name, heading = TITLES[kind][language]
    assert pages[0].splitlines()[0].startswith(name)
    assert heading in text
    assert TITLE in text  # the user's own title, as typed
    kind_word, country = KIND_AND_COUNTRY[language]
    assert kind_word in text and country in text
    page, printed_on = FOOTERS[language]
    assert all(page.replace("1", str(number)) in _flat(text) for number, text in enumerate(pages, start=1))
    assert printed_on in text
    if language != "en":
        assert not [phrase for phrase in ENGLISH if phrase in text]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["agenda", "attendance", "itinerary"])
def test_the_friday_of_the_visit_is_named_as_the_language_names_it(printed, kind, language):
    assert FRIDAY[language] in _flat(pdf_text(printed[kind, language]))


def test_the_german_greek_and_polish_fridays_exactly(printed):
    agenda = {language: pdf_text(printed["agenda", language]) for language in ("de", "pl", "el")}
    assert "Freitag, 23. März 2018" in agenda["de"].splitlines()
    assert "piątek, 23 marca 2018" in agenda["pl"].splitlines()
    assert "Παρασκευή, 23 Μαρτίου 2018" in agenda["el"].splitlines()


def test_the_agenda_words_its_items_in_the_language(printed):
    german = _flat(pdf_text(printed["agenda", "de"]))
    assert "Alle Zeitangaben in Ortszeit Martinsried/Planegg (CET, UTC+01:00)." in german
    assert "Vortragende: Horst Domdey (BioM)" in german
    assert "Sitzung · BioM premises" in german  # the kind translated, the room as typed
    greek = _flat(pdf_text(printed["agenda", "el"]))
    assert "Παρουσίαση · BioM premises" in greek


def test_the_participant_list_counts_in_the_language(printed):
    assert "11 Teilnehmende aus 5 Organisationen in 5 Ländern." in _flat(pdf_text(printed["participants", "de"]))
    assert "11 uczestników z 5 organizacji z 5 krajów." in _flat(pdf_text(printed["participants", "pl"]))
    assert "11 συμμετέχοντες από 5 φορείς σε 5 χώρες." in _flat(pdf_text(printed["participants", "el"]))
    # Roles, statuses and countries are words of the language, not stored values.
    french = _flat(pdf_text(printed["participants", "fr"]))
    assert "Intervenant" in french and "Présent" in french and "Grèce" in french


def test_the_itinerary_gives_weekdays_hours_and_nights_in_the_language(printed):
    polish = _flat(pdf_text(printed["itinerary", "pl"]))
    assert "środa, 21 marca 2018" in polish
    assert "Zameldowanie" in polish and "Numer rezerwacji WR-2232" in polish
    assert "3 noce, do sob., 24 mar" in polish  # three nights: the Polish "few" form
    spanish = _flat(pdf_text(printed["itinerary", "es"]))
    assert "Llegada" in spanish and "Localizador" in spanish and "3 noches, hasta el sáb, 24 mar" in spanish


def test_the_pdf_says_its_language(printed):
    for language in LANGUAGES:
        reader = pypdf.PdfReader(io.BytesIO(printed["agenda", language]))
        assert reader.trailer["/Root"]["/Lang"] == language


def _fonts_of_text(data: bytes, letters: str) -> set[str]:
    """The fonts that draw text containing any of ``letters``."""
    found: set[str] = set()

    def visit(text, _matrix, _text_matrix, font, _size):
        if font and any(letter in text for letter in letters):
            found.add(str(font["/BaseFont"]))

    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return found


def _embedded(data: bytes) -> set[str]:
    """The fonts whose glyphs are in the file."""
    names = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


@pytest.mark.parametrize(("language", "letters"), [("el", "ΠαρσκευήΜτίου"), ("pl", "ąęłńśźżó")])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_greek_and_polish_letters_are_drawn_in_the_embedded_dejavu_font(printed, kind, language, letters):
    data = printed[kind, language]
    fonts = _fonts_of_text(data, letters)
    assert fonts and all("DejaVuSans" in font for font in fonts)
    assert fonts <= _embedded(data)


def test_one_travellers_itinerary_is_in_their_own_language_unless_another_is_asked(store, samples):
    with store.write() as session:
        person = directory.find_person_by_email(session, "n.vlachos@example.org")
        assert isinstance(person, Person)
        person.language = "el"
    own = _flat(pdf_text(make_pdf(store, "itinerary", samples["ECRI"], person_email="n.vlachos@example.org")))
    assert "Δρομολόγιο για Mr. Nikolaos Vlachos" in own and "Παρασκευή, 23 Μαρτίου 2018" in own
    asked = make_pdf(store, "itinerary", samples["ECRI"], person_email="n.vlachos@example.org", language="de")
    assert "Reiseplan für Mr. Nikolaos Vlachos" in _flat(pdf_text(asked))
    # Everyone's itinerary has no one reader: English unless asked.
    assert "Travellers" in pdf_text(make_pdf(store, "itinerary", samples["ECRI"]))


def test_a_traveller_without_a_language_gets_english(store, samples):
    text = _flat(pdf_text(make_pdf(store, "itinerary", samples["ECRI"], person_email="n.vlachos@example.org")))
    assert "Itinerary for Mr. Nikolaos Vlachos" in text


def test_a_language_planner_does_not_speak_is_refused_by_name(store, samples):
    with pytest.raises(InvalidInput, match=r"'tr' is not one of en, es, de, fr, it, pl, el"):
        make_pdf(store, "agenda", samples["ECRI"], language="tr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_document_of_every_sample_event_prints_in_the_language(store, samples, language):
    page, printed_on = FOOTERS[language]
    for event_id in samples.values():
        for kind in sorted(KINDS):
            pages = pdf_pages(make_pdf(store, kind, event_id, language=language, printed_on=PRINTED_ON))
            assert all(page.replace("1", str(number)) in _flat(text) for number, text in enumerate(pages, start=1))
            assert printed_on in _flat(pages[0])


@pytest.mark.parametrize(
    ("kind", "language", "word"),
    [
        ("minutes", "de", "Personen"),  # a narrow heading over the numbers
        ("minutes", "el", "Ολοκληρωμένη"),  # an action's state
        ("itinerary", "pl", "Zameldowanie"),  # a check-in, in the narrow column of kinds
        ("itinerary", "el", "Αναχώρηση"),
        ("participants", "de", "Teilnehmende"),  # a role
    ],
)
def test_long_words_are_never_broken_inside(printed, kind, language, word):
    assert word in pdf_text(printed[kind, language]).split()


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_text_with_markup_prints_as_typed_in_every_language(store, hostile_event, language):
    """The user's own words go into translated sentences ("Host: {host}")
    as they are: never read as markup, never translated."""
    for kind in sorted(KINDS):
        data = make_pdf(store, kind, hostile_event, language=language)
        text = _flat(pdf_text(data))
        assert _flat(HOSTILE_TITLE) in text
        if kind not in ("statistics", "catering"):  # they count people and name none
            assert GREEK in text and POLISH in text and GERMAN in text
        assert pdf_image_count(data) == 0
    programme = _flat(pdf_text(make_pdf(store, "agenda", hostile_event, language=language)))
    # Each under its own label, in the language: "Programm: … · Förderung: …".
    funding = document_words(language).gettext("Funding: {funding}").format(funding="ERDF 80% & partners' own funds")
    assert f"Interreg <Central> Europe · {_flat(funding)}" in programme
