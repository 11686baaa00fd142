"""The window in the partners' languages: German menus and Qt's own German
buttons, Greek buttons from Planner's catalogue (Qt has none), the
pseudo-localisation that shows a layout too tight for long words, and
the language chosen in Preferences."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from planner.services.language import interface_language
from planner.ui import icons, translations
from planner.ui.context import open_settings
from planner.ui.main_window import MainWindow
from planner.ui.preferences_dialog import PreferencesDialog


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def button_texts(*buttons: QDialogButtonBox.StandardButton) -> list[str]:
    box = QDialogButtonBox()
    for button in buttons:
        box.addButton(button)
    texts = [box.button(button).text() for button in buttons]
    box.deleteLater()
    return texts


@pytest.fixture
def window_in(context, qtbot):
    """A main window made after the window's language was loaded."""

    def make(code: str, pseudo: bool = False) -> MainWindow:
        translations.install(code=code, pseudo=pseudo)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def test_the_window_speaks_german_with_qts_own_german_buttons(window_in):
    window = window_in("de")
    titles = menu_titles(window)
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Veranstaltung"]
    assert "&Ansicht" in titles and "&Hilfe" in titles
    tabs = window.event_view.tabs
    assert [tabs.tabText(index) for index in range(tabs.count())] == [
        "Übersicht",
        "Tagesordnung",
        "Teilnehmende",
        "Logistik",
        "Protokoll",
    ]
    assert button_texts(QDialogButtonBox.StandardButton.Cancel) == ["Abbrechen"]  # qtbase_de, shipped with Qt
    assert window.statusBar().currentMessage().startswith("3 Veranstaltungen · gespeichert in")
    # The words of stored values and the window's date widgets follow.
    assert interface_language() == "de"
    assert QLocale().language() == QLocale.Language.German
    # Icons are found by the English words a German text was made from.
    assert icons.action_icon_name("&Beenden") == icons.ACTION_ICONS["Quit"]
    assert icons.action_icon_name("&2 Tagesordnung") == icons.TAB_ICONS["Agenda"]


def test_greek_buttons_come_from_planners_own_catalogue(window_in):
    window = window_in("el")
    assert menu_titles(window)[:2] == ["&Αρχείο", "&Επεξεργασία"]
    assert button_texts(QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel) == [
        "OK",
        "Ακύρωση",
    ]
    assert window.statusBar().currentMessage().startswith("3 εκδηλώσεις")


def test_english_says_one_event_and_three_events(window):
    assert window.statusBar().currentMessage().startswith("3 events · saved in")
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n event(s) · saved in {path}", "", 1).startswith("1 event · saved")


def test_pseudo_localisation_stretches_menu_titles_and_keeps_accelerators_and_placeholders(window_in):
    window = window_in("en", pseudo=True)
    file_menu = menu_titles(window)[0]
    assert file_menu != "&File" and file_menu.startswith("⟦") and file_menu.endswith("⟧")
    assert file_menu.count("&") == 1 and "&F" in file_menu  # Alt+F still opens it
    assert len(file_menu) >= 1.4 * len("&File")
    assert "{file}" in QCoreApplication.translate("MainWindow", "{file} — Planner")
    assert window.windowTitle().startswith("⟦planner.sqlite")
    status = window.statusBar().currentMessage()
    assert status.startswith("⟦3 ") and "{path}" not in status  # %n counted, {path} filled in


def test_pseudo_text_keeps_what_the_program_fills_in():
    stretched = translations.pseudo_text("Delete “{title}” and %n more (%1) &Now, <b>Tom &amp; Jerry</b> &&")
    for kept in ("{title}", "%n", "%1", "&N", "<b>", "</b>", "&amp;", "&&"):
        assert kept in stretched
    assert "Đéļéţé" in stretched
    assert translations.pseudo_text("&{number} {tab}").startswith("⟦&{number} {tab} ")


def test_preferences_keep_the_language_for_the_next_start(window, monkeypatch, qtbot):
    monkeypatch.delenv(translations.LANGUAGE_ENVIRONMENT, raising=False)
    assert QKeySequence("Ctrl+,") in window.preferences_action.shortcuts()
    dialog = PreferencesDialog(window.context.settings, window)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(index) for index in range(dialog.language.count())]
    assert names[0].startswith("System language (")
    assert names[1:] == ["English", "Español", "Deutsch", "Français", "Italiano", "Polski", "Ελληνικά"]
    assert "next start" in dialog.note.text()
    dialog.language.setCurrentIndex(names.index("Ελληνικά"))
    dialog.accept()
    settings = open_settings()  # as the next start reads them
    assert settings.value(translations.LANGUAGE_SETTING) == "el"
    assert translations.chosen_language(settings) == "el"
    assert dialog.restart_needed()
    again = PreferencesDialog(settings, window)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Ελληνικά"


def test_the_system_language_is_taken_when_none_was_chosen(monkeypatch):
    monkeypatch.delenv(translations.LANGUAGE_ENVIRONMENT, raising=False)
    settings = open_settings()
    settings.setValue(translations.LANGUAGE_SETTING, "")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("pl_PL")))
    assert translations.chosen_language(settings) == "pl"
    monkeypatch.setenv(translations.LANGUAGE_ENVIRONMENT, "de_AT")
    assert translations.chosen_language(settings) == "de"


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("code", ["en", "es", "de", "fr", "it", "pl", "el"])
def test_each_menu_of_the_window_opens_and_chooses_with_its_own_key(window_in, code):
    """Alt+letter reaches one menu, and one entry in it: no two of the
    window's own menus (File, Edit, Event, View, Help), nor two entries of
    Edit, Event, View or Help, share their underlined letter."""
    window = window_in(code)
    others = {window.calendar.menu, window.documents.menu}  # the Calendar and Documents menus' own texts
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() not in others]
    titles = [accelerator(menu.title()) for menu in menus]
    assert None not in titles and len(set(titles)) == len(titles), [menu.title() for menu in menus]
    for menu in menus[1:]:  # File holds the file and backup actions too
        keys = [accelerator(action.text()) for action in menu.actions() if action.text()]
        keys = [key for key in keys if key is not None]
        assert len(set(keys)) == len(keys), [action.text() for action in menu.actions()]
