"""The country field: a country typed as people write it ("Greece",
"Griechenland", "EL", "GR"), shown by its name, kept as its ISO code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from planner.services.countries import country_codes, country_name
from planner.services.language import interface_language

translate = QCoreApplication.translate


class _CompleteWhenFocused(QObject):
    """Gives the field its list of country names when it first gets the
    focus: reading them from Babel is not paid by a form that is only
    shown (the Overview, as the window starts)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            watched.removeEventFilter(self)
            _complete_countries(watched)
        return False


def _complete_countries(line: QLineEdit) -> None:
    names = sorted((country_name(code, interface_language()) for code in country_codes()), key=str.casefold)
    completer = QCompleter(names, line)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    line.setCompleter(completer)


def country_line(parent: QWidget | None = None) -> QLineEdit:
    line = QLineEdit(parent)
    line.setPlaceholderText(
        translate("CountryLine", "e.g. Greece, Ελλάδα or GR: a name in any European language, or the code")
    )
    line.installEventFilter(_CompleteWhenFocused(line))
    return line
