"""Edit ▸ Preferences: the language of the window, kept in the settings
and taken at the next start (a window cannot change its words in place);
whether backups are encrypted (planner/ui/protection/preferences_box.py); the
name the event's history gives this organiser's changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.services.change_set import set_author
from planner.services.language import LANGUAGES, interface_language
from planner.ui import translations
from planner.ui.accessibility import name_icon_buttons
from planner.ui.change_listener import AUTHOR_SETTING
from planner.ui.protection.preferences_box import BackupProtectionBox

translate = QCoreApplication.translate


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        system = LANGUAGES[translations.system_language()]
        self.language.addItem(
            translate("PreferencesDialog", "System language ({language})").format(language=system), ""
        )
        for code, name in LANGUAGES.items():  # each named in itself: found by those who read it
            self.language.addItem(name, code)
        chosen = str(settings.value(translations.LANGUAGE_SETTING, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.note = QLabel(
            translate("PreferencesDialog", "Planner speaks the language chosen from its next start."),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("language_note")
        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "&Language:"), self.language)
        form.addRow("", self.note)
        # Who the event's history names for this organiser's changes.
        self.author = QLineEdit(str(settings.value(AUTHOR_SETTING, "") or ""), self)
        self.author.setObjectName("author")
        self.author.setPlaceholderText(translate("PreferencesDialog", "Your user name on this computer or server"))
        form.addRow(translate("PreferencesDialog", "Your &name in the history:"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.protection = BackupProtectionBox(self)
        layout.addWidget(self.protection)
        layout.addStretch()
        layout.addWidget(buttons)
        name_icon_buttons(self)
        self.setMinimumWidth(460)

    def chosen_language(self) -> str:
        """The code chosen, "" for the system's language."""
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        if not self.protection.apply():
            return
        self.settings.setValue(translations.LANGUAGE_SETTING, self.chosen_language())
        self.settings.setValue(AUTHOR_SETTING, " ".join(self.author.text().split()))
        self.settings.sync()
        set_author(self.author.text())
        super().accept()

    def restart_needed(self) -> bool:
        """The language chosen is not the one the window speaks now."""
        return translations.chosen_language(self.settings) != interface_language()
