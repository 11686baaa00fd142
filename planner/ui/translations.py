"""The window's language: chosen at start (Preferences, else the system's),
its catalogue loaded, with Qt's own for the standard dialogs' buttons.

Planner's catalogue is ``resources/translations/planner_<code>.qm``, every
``*_<code>.ts`` there compiled together (packaging/compile_translations.py,
at install and build time). The words of stored values and the dates shown
follow the same language (services.language.set_interface_language).

With PLANNER_PSEUDO_LOCALE=1 (or the hidden setting) every translated text
is stretched and accented, so that a layout too tight for German or Greek
shows itself in English."""

from __future__ import annotations

import logging
import math
import os
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from planner import config
from planner.services.language import LANGUAGES, SOURCE_LANGUAGE, interface_language, language_code
from planner.services.language import set_interface_language as _follow

log = logging.getLogger(__name__)

# Settings keys: the language chosen ("" follows the system) and pseudo-localisation.
LANGUAGE_SETTING = "interface/language"
PSEUDO_SETTING = "interface/pseudo_locale"
# The environment wins over the settings (the installer's smoke test, screenshots).
LANGUAGE_ENVIRONMENT = "PLANNER_LANGUAGE"
PSEUDO_ENVIRONMENT = "PLANNER_PSEUDO_LOCALE"


def system_language() -> str:
    """The system's language, if Planner speaks it; else English."""
    for name in QLocale.system().uiLanguages():
        code = language_code(name)
        if code != SOURCE_LANGUAGE or name.casefold().startswith("en"):
            return code
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """The language the window speaks: PLANNER_LANGUAGE, else the one
    chosen in Preferences, else the system's."""
    wanted = os.environ.get(LANGUAGE_ENVIRONMENT) or str(settings.value(LANGUAGE_SETTING, "") or "")
    return language_code(wanted) if wanted else system_language()


def pseudo_wanted(settings: QSettings) -> bool:
    if PSEUDO_ENVIRONMENT in os.environ:
        return os.environ[PSEUDO_ENVIRONMENT] not in ("", "0")
    return str(settings.value(PSEUDO_SETTING, "false")).casefold() in ("1", "true")


def catalogue_file(code: str) -> Path:
    return config.resource_path("translations", f"planner_{code}.qm")


class WindowTranslator(QTranslator):
    """Planner's catalogue for one language. It remembers the source of
    each text it gave (the icons are chosen by the English words), and in
    pseudo mode stretches and accents every text it is asked for."""

    def __init__(self, parent=None, pseudo: bool = False):
        super().__init__(parent)
        self.pseudo = pseudo
        self._catalogue = QTranslator(self)
        self._sources: dict[str, str] = {}

    def load_catalogue(self, path: Path) -> bool:
        return path.exists() and self._catalogue.load(str(path))

    def isEmpty(self) -> bool:
        return self._catalogue.isEmpty() and not self.pseudo

    def translate(self, context, source, disambiguation=None, n=-1):
        text = self._catalogue.translate(context, source, disambiguation, n)
        if self.pseudo and source:
            text = pseudo_text(text or source)
        if not text:
            return None  # not ours: the next catalogue (Qt's), or the source
        if text != source:
            self._sources[text] = source
        return text

    def source_of(self, text: str) -> str:
        return self._sources.get(text, text)


# What is installed now, so that a second install (a test, say) replaces it.
_installed: list[QTranslator] = []


def install(settings: QSettings | None = None, *, code: str | None = None, pseudo: bool | None = None) -> str:
    """Load the window's language (``code``, else the one chosen in
    ``settings``) into the running application; returns its code."""
    app = QCoreApplication.instance()
    assert app is not None, "the application is made first"
    if code is None or pseudo is None:
        assert settings is not None, "the language and pseudo mode come from the settings"
    code = language_code(code) if code else chosen_language(settings)  # type: ignore[arg-type]
    pseudo = pseudo_wanted(settings) if pseudo is None else pseudo  # type: ignore[arg-type]
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_loaded = False
    if code != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        qt_loaded = qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        if qt_loaded:
            app.installTranslator(qt)
            _installed.append(qt)
    ours = WindowTranslator(app, pseudo=pseudo)
    # English's catalogue holds the plural forms ("1 event", "3 events").
    ours_loaded = ours.load_catalogue(catalogue_file(code))
    app.installTranslator(ours)  # installed last: asked first, before Qt's
    _installed.append(ours)
    log.info(
        "window language %s: Planner's catalogue %s, Qt's %s%s",
        code,
        "loaded" if ours_loaded else "missing",
        "loaded" if qt_loaded else "none",
        ", pseudo-localised" if pseudo else "",
    )
    # Numbers and dates in the window's own widgets (date boxes, spin boxes).
    QLocale.setDefault(QLocale.system() if code == system_language() else QLocale(code))
    _follow(code)
    return code


def source_text(text: str) -> str:
    """The English words a translated text was made from (the text itself
    when it was not translated)."""
    for translator in _installed:
        if isinstance(translator, WindowTranslator):
            return translator.source_of(text)
    return text


def language_names() -> dict[str, str]:
    """Each language Planner speaks, named in itself."""
    return dict(LANGUAGES)


# Planner's English is British ("organisation", "23 Mar 2018").
BABEL_LOCALES = {"en": "en_GB"}


def date_text(day: date | None) -> str:
    """A day as the window shows it in lists: "23 Mar 2018", "23.03.2018"."""
    if day is None:
        return ""
    from babel.dates import format_date  # Babel's calendar data: when the first date is shown

    code = interface_language()
    return format_date(day, format="medium", locale=BABEL_LOCALES.get(code, code))


def month_text(day: date) -> str:
    """A day's month as the window shows it: "Mar 2018", "März 2018", "Μαρ 2018"."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMM", day, locale=interface_language())


# -- pseudo-localisation ------------------------------------------------------------

_ACCENTED = str.maketrans(
    "AaBCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåƁÇçĐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŘřŠšŢţÛûŴŵÝýŽž",
)
# Kept as they are: placeholders (%n, %1, {name}), English's plural mark
# "(s)" (counted() reads it), the accelerator with its letter (&F), an
# escaped ampersand, HTML tags and entities.
_KEPT = re.compile(r"%n|%L?\d|\{[^{}]*\}|\(s\)|&[A-Za-z#0-9]+;|&&|&[^{\s]|&|<[^<>]*>")
STRETCH = 0.4


def pseudo_text(text: str) -> str:
    """``text`` accented and stretched by about 40%, its placeholders,
    accelerator and markup untouched: "&File" -> "⟦&Fîļé ~~⟧"."""
    parts: list[str] = []
    letters = 0
    position = 0
    for match in _KEPT.finditer(text):
        plain = text[position : match.start()]
        parts.append(plain.translate(_ACCENTED))
        parts.append(match.group())
        letters += len(plain)
        position = match.end()
    rest = text[position:]
    parts.append(rest.translate(_ACCENTED))
    letters += len(rest)
    padding = "~" * max(1, math.ceil(letters * STRETCH))
    return f"⟦{''.join(parts)} {padding}⟧"
