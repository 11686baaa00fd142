"""The Directory, the Actions view, the documents, the outbox, the File and
Calendar menus' work and their dialogs in the partners' languages: their
catalogues (resources/translations/views_<lang>.ts) compiled with
pyside6-lrelease and installed as the window would, the windows then show
German and Greek; and every catalogue is complete, with the placeholders,
plural forms and keyboard accelerators of the English it translates."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from sqlalchemy import select

from planner import config
from planner.db.models import Person
from planner.services import language
from planner.ui.actions import ActionsView
from planner.ui.directory.view import DirectoryView
from planner.ui.mail_settings_dialog import MailSettingsDialog
from tests.ui.conftest import event_id_of

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("es", "de", "fr", "it", "pl", "el")
# What views_<lang>.ts translates (the rest of the window has catalogues of its own).
SOURCES = (
    "planner/ui/directory",
    "planner/ui/actions",
    "planner/ui/outbox",
    "planner/ui/documents",
    "planner/ui/templates_dialog.py",
    "planner/ui/mailbox_dialog.py",
    "planner/ui/backups_dialog.py",
    "planner/ui/mail_settings_dialog.py",
    "planner/ui/mail_password_prompt.py",
    "planner/ui/calendar_menu.py",
    "planner/ui/calendar_plan.py",
    "planner/ui/replies_actions.py",
    "planner/ui/file_actions.py",
    "planner/ui/opening.py",
    "planner/ui/output_check.py",
)
PLURAL_FORMS = {"pl": 3}  # the others: one and other
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TAGS = ("<b>", "</b>", "<br>")


def _tool(name: str) -> str:
    """A Qt tool of the PySide6 installed with the tests."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is installed with PySide6"
    return found


def _catalogue(code: str) -> Path:
    return CATALOGUES / f"views_{code}.ts"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The catalogues compiled to .qm, as an installed Planner carries them."""
    folder = tmp_path_factory.mktemp("qm")
    for code in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lrelease"), str(_catalogue(code)), "-qm", str(folder / f"views_{code}.qm")],
            check=True,
            capture_output=True,
        )
    return folder


@pytest.fixture
def speaking(compiled, qapp) -> Iterator:
    """``speaking("de")`` installs the German catalogue (and makes German
    the window's language); English again afterwards."""
    installed: list[QTranslator] = []

    def install(code: str) -> None:
        translator = QTranslator()
        assert translator.load(str(compiled / f"views_{code}.qm"))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        language.set_interface_language(code)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    language.set_interface_language("en")


def _directory(context, qtbot) -> DirectoryView:
    view = DirectoryView(context)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.ensure_loaded()
    return view


def _headers(table) -> list[str]:
    model = table.model()
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]


def _person_id(context, family_name: str) -> int:
    with context.read() as session:
        return session.scalars(select(Person.id).where(Person.family_name == family_name)).one()


def test_the_directory_in_german(context, qtbot, speaking):
    speaking("de")
    view = _directory(context, qtbot)
    assert view.tabs.tabText(0) == "Personen (26)" and view.tabs.tabText(1) == "Organisationen (14)"
    assert _headers(view.people_table) == ["Name", "Organisation", "Land", "E-Mail", "Veranstaltungen"]
    assert [action.text() for action in view.toolbar.actions()[:2]] == ["Neue Person…", "Neue Organisation…"]
    assert view.search.placeholderText() == "Personen und Organisationen suchen"
    assert view.show_person(_person_id(context, "Fernández Gil"))
    assert view.history_title.text() == "<b>Ms. Lucía Fernández Gil</b> — 2 Veranstaltungen"
    assert _headers(view.history_table)[:2] == ["Veranstaltung", "Zeitraum"]
    view.search.setText("xyzzy")
    assert view.no_match.text() == "Keine Person passt zu „xyzzy“"


def test_the_directory_in_greek(context, qtbot, speaking):
    speaking("el")
    view = _directory(context, qtbot)
    assert view.tabs.tabText(0) == "Πρόσωπα (26)" and view.tabs.tabText(1) == "Οργανισμοί (14)"
    assert _headers(view.people_table) == ["Όνομα", "Οργανισμός", "Χώρα", "E-mail", "Εκδηλώσεις"]
    assert view.edit_action.text() == "Επεξεργασία…" and view.delete_action.text() == "Διαγραφή"
    assert view.show_person(_person_id(context, "Fernández Gil"))
    assert view.history_title.text() == "<b>Ms. Lucía Fernández Gil</b> — 2 εκδηλώσεις"


def _actions(context, qtbot) -> ActionsView:
    view = ActionsView(context)
    qtbot.addWidget(view)
    view.today = date(2018, 5, 1)
    view.show()
    view.ensure_loaded()
    return view


def _events_column(view: ActionsView) -> list[str]:
    proxy = view.table.model()
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_the_open_actions_in_german_and_greek(context, qtbot, speaking):
    speaking("de")
    german = _actions(context, qtbot)
    assert _headers(german.table) == ["Veranstaltung", "Aufgabe", "Verantwortlich", "Fällig", "Stand"]
    assert german.counts.text() == "2 offene Aufgaben, 1 überfällig"
    assert german.show_done.text() == "Erledigte und verworfene anzeigen"
    # The event's month in German, from the locale.
    assert "März 2018 · ECRI study visit to BioM, Munich" in _events_column(german)

    speaking("el")
    greek = _actions(context, qtbot)
    assert _headers(greek.table) == ["Εκδήλωση", "Ενέργεια", "Υπεύθυνος/η", "Προθεσμία", "Κατάσταση"]
    assert greek.counts.text() == "2 ανοιχτές ενέργειες, 1 εκπρόθεσμη"
    assert greek.filter.placeholderText() == "Φιλτράρισμα κατά εκδήλωση, ενέργεια ή υπεύθυνο"


def _mail_settings(context, qtbot) -> MailSettingsDialog:
    dialog = MailSettingsDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def _securities(dialog: MailSettingsDialog) -> list[str]:
    return [dialog.security.itemText(index) for index in range(dialog.security.count())]


def test_the_mail_settings_in_german_and_greek(context, qtbot, speaking):
    speaking("de")
    german = _mail_settings(context, qtbot)
    assert german.windowTitle() == "E-Mail-Einstellungen"
    assert _securities(german)[0] == "STARTTLS (meist Port 587)"
    assert german.test_button.text() == "&Testnachricht senden"
    assert german.host.placeholderText() == "z. B. smtp.example.org"

    speaking("el")
    greek = _mail_settings(context, qtbot)
    assert greek.windowTitle() == "Ρυθμίσεις αλληλογραφίας"
    assert _securities(greek)[1] == "TLS από την αρχή (συνήθως θύρα 465)"
    greek.user.clear()
    greek.user.editingFinished.emit()
    assert greek.password_note.text().startswith("Χωρίς κωδικό πρόσβασης")


@pytest.mark.parametrize("code", ["de", "el"])
def test_the_preview_options_fit_in_german_and_greek(window, context, qtbot, speaking, code):
    speaking(code)
    window.resize(1280, 720)
    window.show()
    window.open_event(event_id_of(context, "study_visit"))
    preview = window.documents.open("participants")
    qtbot.waitUntil(preview.settled, timeout=20_000)
    panel = preview.panel
    boxes = [*panel.columns.values(), panel.only_selected]
    assert all(box.isVisible() for box in boxes)
    cut = [box.text() for box in boxes if box.width() < box.sizeHint().width()]
    assert not cut, f"cut in the preview's options: {cut}"
    assert panel.kind.currentText() == {"de": "Teilnehmendenliste", "el": "Κατάλογος συμμετεχόντων"}[code]


def test_english_stays_the_source_text(context, qtbot):
    view = _directory(context, qtbot)
    assert view.tabs.tabText(0) == "People (26)"
    assert _headers(view.people_table)[-1] == "Events"


# -- the catalogues ---------------------------------------------------------------------


def _messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders_and_accelerator(code):
    wrong = []
    for context, message in _messages(_catalogue(code)):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        source = message.findtext("source") or ""
        forms = _translations(message)
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished" or not all(forms):
            wrong.append(f"{where} is not translated")
            continue
        if message.get("numerus") == "yes":
            if len(forms) != PLURAL_FORMS.get(code, 2):
                wrong.append(f"{where} has {len(forms)} plural forms")
            if "%n" not in forms[-1]:
                wrong.append(f"{where} does not say how many (%n)")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{where}: the placeholders of {form!r}")
            if form.count("&") != source.count("&"):
                wrong.append(f"{where}: the accelerator of {form!r}")
            if any(form.count(tag) != source.count(tag) for tag in TAGS):
                wrong.append(f"{where}: the markup of {form!r}")
            if "(s)" in form:
                wrong.append(f"{where}: an English plural in {form!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_catalogue_holds_every_text_marked_in_its_windows(code, tmp_path):
    """lupdate run over the sources finds nothing the catalogue lacks."""
    updated = tmp_path / f"views_{code}.ts"
    shutil.copyfile(_catalogue(code), updated)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", *SOURCES, "-ts", str(updated)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    # A part of the window (retention, erasure ...) may keep its words in a
    # catalogue of its own beside views_<code>.ts: translated there is translated.
    elsewhere = {
        (context, message.findtext("source"))
        for other in _catalogue(code).parent.glob(f"*_{code}.ts")
        if other != _catalogue(code)
        for context, message in _messages(other)
        if (translation := message.find("translation")) is not None and translation.get("type") != "unfinished"
    }
    missing = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(updated)
        if (translation := message.find("translation")) is not None
        and translation.get("type") == "unfinished"
        and (context, message.findtext("source")) not in elsewhere
    ]
    assert not missing, "not in views_" + code + ".ts nor another catalogue:\n" + "\n".join(missing)


def test_the_catalogues_are_found_where_the_resources_are():
    assert config.resource_path("translations", "views_de.ts") == _catalogue("de")
