"""The event's tabs (Participants, Agenda, Logistics, Minutes) in German and
Greek, from their catalogues compiled as the installer compiles them; and
the catalogues themselves: every text of the tabs translated, with the
placeholders, plural forms and accelerators of its English source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QToolBar, QToolButton, QWidget

from planner.services import events
from planner.services.language import SOURCE_LANGUAGE, set_interface_language

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
FOLDERS = [ROOT / "planner" / "ui" / name for name in ("participants", "agenda", "logistics", "minutes")]
LANGUAGES = ("es", "de", "fr", "it", "pl", "el")
# Plural forms Qt asks of each language.
FORMS = {"pl": 3}


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is installed with PySide6"
    return found


def _catalogue(language: str) -> Path:
    return CATALOGUES / f"tabs_{language}.ts"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> dict[str, Path]:
    """Each language's .qm, compiled by pyside6-lrelease."""
    folder = tmp_path_factory.mktemp("qm")
    made = {}
    for language in LANGUAGES:
        target = folder / f"tabs_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), str(_catalogue(language)), "-qm", str(target)], check=True)
        made[language] = target
    return made


@pytest.fixture
def speak(qapp, compiled):
    """Install a language's catalogue (and the words of stored values) as
    the window would; English again afterwards."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        translator = QTranslator(qapp)
        assert translator.load(str(compiled[language]))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        set_interface_language(language)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    set_interface_language(SOURCE_LANGUAGE)


def _event(context, word: str) -> int:
    with context.read() as session:
        return next(event.id for event in events.list_events(session) if word in event.title)


def _headings(model) -> list[str]:
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]


def _shown(tab, qtbot, event_id: int):
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.show_event(event_id)
    return tab


SHOWN = {
    "de": {
        "participants": ["Name", "Organisation", "Land", "Rolle", "Status", "Anreise", "Abreise"],
        "participant buttons": ["Person hinzufügen…", "Bearbeiten…", "Personendaten…", "Entfernen…"],
        "menus": ["Status setzen", "Rolle setzen"],
        "search": "Teilnehmende suchen",
        "counted": "14 Personen",
        "agenda": ["Zeit", "Art", "Titel", "Raum", "Vortragende", "Moderation"],
        "agenda buttons": ["Punkt hinzufügen…", "Liste", "Zeitleiste", "Folgende Punkte verschieben"],
        "pages": ["Reisende", "Ankünfte && Abreisen", "Kosten"],
        "legs": ["Datum", "Verkehrsmittel", "Verbindung", "Von", "Nach", "Dauer", "Kosten"],
        "logistics buttons": ["Reiseabschnitt hinzufügen", "Aufenthalt hinzufügen", "Kosten hinzufügen"],
        "arrivals": ["Zeit", "Wer", "Reise", "Von", "Ankunft in"],
        "arrivals counted": "4 Ankünfte",
        "outcomes": ["Art", "Ergebnis", "Thema", "Von / verantwortlich", "Fällig", "Stand"],
        "minutes buttons": ["Ergebnis hinzufügen…", "Als erledigt markieren", "Ergebnis hinzufügen"],
        "short day": "Mi., 21. März",
    },
    "el": {
        "participants": ["Όνομα", "Οργανισμός", "Χώρα", "Ρόλος", "Κατάσταση", "Άφιξη", "Αναχώρηση"],
        "participant buttons": ["Προσθήκη…", "Επεξεργασία…", "Στοιχεία προσώπου…", "Αφαίρεση…"],
        "menus": ["Κατάσταση", "Ρόλος"],
        "search": "Αναζήτηση",
        "counted": "14 συμμετέχοντες",
        "agenda": ["Ώρα", "Είδος", "Τίτλος", "Αίθουσα", "Ομιλητές", "Συντονισμός"],
        "agenda buttons": ["Προσθήκη σημείου…", "Λίστα", "Χρονοδιάγραμμα", "Μετακίνηση επόμενων σημείων"],
        "pages": ["Ταξιδιώτες", "Αφίξεις && αναχωρήσεις", "Δαπάνες"],
        "legs": ["Ημερομηνία", "Μέσο", "Δρομολόγιο", "Από", "Προς", "Διάρκεια", "Κόστος"],
        "logistics buttons": ["Προσθήκη διαδρομής", "Προσθήκη διαμονής", "Προσθήκη δαπάνης"],
        "arrivals": ["Ώρα", "Ποιος", "Ταξίδι", "Από", "Άφιξη σε"],
        "arrivals counted": "4 αφίξεις",
        "outcomes": ["Είδος", "Αποτέλεσμα", "Θέμα", "Από / υπεύθυνος", "Προθεσμία", "Κατάσταση"],
        "minutes buttons": ["Προσθήκη αποτελέσματος…", "Σήμανση ως ολοκληρωμένης", "Προσθήκη αποτελέσματος"],
        "short day": "Τετ 21 Μαρ",
    },
}


@pytest.mark.parametrize("language", ["de", "el"])
def test_the_participants_tab_speaks_the_language(qtbot, context, speak, language):
    from planner.ui.participants import ParticipantsTab

    speak(language)
    words = SHOWN[language]
    tab = _shown(ParticipantsTab(context), qtbot, _event(context, "Improvement of management skills"))

    assert _headings(tab.table.model())[:7] == words["participants"]
    assert [action.text() for action in (tab.add_action, tab.edit_action, tab.person_action, tab.remove_action)] == (
        words["participant buttons"]
    )
    assert [tab.status_button.text(), tab.role_button.text()] == words["menus"]
    assert tab.search.placeholderText() == words["search"]
    assert tab.summary_status.text().startswith(f"<b>{words['counted']}</b>")


@pytest.mark.parametrize("language", ["de", "el"])
def test_the_agenda_tab_speaks_the_language(qtbot, context, speak, language):
    from planner.ui.agenda import AgendaTab

    speak(language)
    words = SHOWN[language]
    tab = _shown(AgendaTab(context), qtbot, _event(context, "ECRI"))

    assert _headings(tab.table.model()) == words["agenda"]
    assert [
        tab.add_action.text(),
        tab.view_buttons.button(0).text(),
        tab.view_buttons.button(1).text(),
        tab.shift_box.text(),
    ] == words["agenda buttons"]


@pytest.mark.parametrize("language", ["de", "el"])
def test_the_logistics_tab_speaks_the_language(qtbot, context, speak, language):
    from planner.ui.logistics import LogisticsTab
    from planner.ui.participants.model import short_day

    speak(language)
    words = SHOWN[language]
    tab = _shown(LogisticsTab(context), qtbot, _event(context, "Munich"))

    assert [tab.pages.tabText(page) for page in range(3)] == words["pages"]
    legs = tab.travellers_page.legs_model
    assert _headings(legs) == words["legs"]
    # Dimitra Alexiou's flights, the first traveller's: amounts with a decimal comma.
    assert "246,00 EUR" in [legs.index(row, 6).data() for row in range(legs.rowCount())]
    assert [action.text() for action in (tab.add_leg_action, tab.add_stay_action, tab.add_cost_action)] == (
        words["logistics buttons"]
    )
    tab.pages.setCurrentIndex(1)
    arrivals = tab.arrivals_page.arrivals.model()
    assert _headings(arrivals) == words["arrivals"]
    assert arrivals.index(0, 0).data().endswith(f" · {words['arrivals counted']}")
    assert short_day(date(2018, 3, 21)) == words["short day"]


@pytest.mark.parametrize("language", ["de", "el"])
def test_the_minutes_tab_speaks_the_language(qtbot, context, speak, language):
    from planner.ui.minutes import MinutesTab

    speak(language)
    words = SHOWN[language]
    tab = _shown(MinutesTab(context), qtbot, _event(context, "Improvement"))

    assert _headings(tab.model) == words["outcomes"]
    add_button = tab.findChild(QToolButton, "add_outcome")
    assert [tab.add_action.text(), tab.done_action.text(), add_button.text()] == words["minutes buttons"]


def test_english_is_unchanged_without_a_catalogue(qtbot, context):
    from planner.ui.participants import ParticipantsTab

    tab = _shown(ParticipantsTab(context), qtbot, _event(context, "Improvement of management skills"))
    assert _headings(tab.table.model())[:3] == ["Name", "Organisation", "Country"]
    assert tab.add_action.text() == "Add participant…"
    assert tab.summary_status.text().startswith("<b>14 participants</b>")


def _cut_texts(tab: QWidget) -> list[str]:
    """The buttons, placeholders and toolbars of a tab whose text does not
    fit: a button narrower than its text, a hint longer than its box, a
    toolbar that hides actions behind its arrow."""
    cut = []
    for button in tab.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
            cut.append(button.text())
    for box in tab.findChildren(QLineEdit):
        hint = box.placeholderText()
        if box.isVisible() and hint and box.fontMetrics().horizontalAdvance(hint) > box.width() - 12:
            cut.append(hint)
    for toolbar in tab.findChildren(QToolBar):
        arrow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if arrow is not None and arrow.isVisible():
            cut.append(f"the toolbar {toolbar.windowTitle()!r}")
    return cut


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_of_the_tabs_is_cut_at_1280_by_720(qtbot, context, speak, language):
    from planner.ui.agenda import AgendaTab
    from planner.ui.logistics import LogisticsTab
    from planner.ui.minutes import MinutesTab
    from planner.ui.participants import ParticipantsTab

    speak(language)
    for tab, word in (
        (ParticipantsTab(context), "Improvement of management skills"),
        (AgendaTab(context), "ECRI"),
        (LogisticsTab(context), "Munich"),
        (MinutesTab(context), "Improvement"),
    ):
        # The window's menu, tab bar and status bar take the rest of 720.
        _shown(tab, qtbot, _event(context, word)).resize(1280, 630)
        qtbot.wait(10)
        assert _cut_texts(tab) == [], type(tab).__name__


# -- the catalogues ---------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n")
# An accelerator: one & before a letter (&& is a written ampersand).
ACCELERATOR = re.compile(r"(?<!&)&(?!&)")


def _messages(path: Path):
    """(context, source, message element) of every message of a catalogue."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_tabs_is_translated_with_its_placeholders(language):
    problems = []
    for context, source, message in _messages(_catalogue(language)):
        translation = message.find("translation")
        assert translation is not None
        where = f"{language} {context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            if len(texts) != FORMS.get(language, 2):
                problems.append(f"{where} has {len(texts)} plural forms")
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where} is empty")
            elif Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders of {text!r}")
            elif len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)) or (
                text.count("&&") != source.count("&&")
            ):
                problems.append(f"{where}: accelerator of {text!r}")
            elif "(s)" in text:
                problems.append(f"{where}: English plural in {text!r}")
    assert problems == []


def test_the_catalogues_hold_every_text_of_the_tabs(tmp_path):
    """What pyside6-lupdate finds in the tabs today is in every catalogue."""
    fresh = tmp_path / "tabs.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", *map(str, FOLDERS), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(context, source) for context, source, _message in _messages(fresh)}
    assert len(wanted) > 300
    for language in LANGUAGES:
        held = {(context, source) for context, source, _message in _messages(_catalogue(language))}
        assert wanted - held == set(), language
