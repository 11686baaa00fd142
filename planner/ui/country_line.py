"""The country field: a country typed as people write it ("Greece",
"Griechenland", "EL", "GR"), shown by its name, kept as its ISO code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from planner.services.countries import country_codes, country_name

translate = QCoreApplication.translate


def country_line(parent: QWidget | None = None) -> QLineEdit:
    line = QLineEdit(parent)
    line.setPlaceholderText(
        translate("CountryLine", "e.g. Greece, Ελλάδα or GR: a name in any European language, or the code")
    )
    names = sorted((country_name(code) for code in country_codes()), key=str.casefold)
    completer = QCompleter(names, line)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    line.setCompleter(completer)
    return line
