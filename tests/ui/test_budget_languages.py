"""The Budget page's catalogues (resources/translations/budget_<lang>.ts):
every text marked in planner/ui/budget is there, and the page, compiled
as the installer compiles it, speaks German and Polish."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from planner.services.language import SOURCE_LANGUAGE, set_interface_language

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("es", "de", "fr", "it", "pl", "el")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is installed with PySide6"
    return found


def _messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_catalogues_hold_every_text_of_the_budget_page(tmp_path):
    fresh = tmp_path / "budget.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", str(ROOT / "planner" / "ui" / "budget"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = _messages(fresh)
    assert len(wanted) > 60
    for language in LANGUAGES:
        assert wanted - _messages(CATALOGUES / f"budget_{language}.ts") == set(), language


@pytest.fixture
def speak(qapp, tmp_path):
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        target = tmp_path / f"budget_{language}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(CATALOGUES / f"budget_{language}.ts"), "-qm", str(target)], check=True
        )
        translator = QTranslator()
        assert translator.load(str(target))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        set_interface_language(language)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    set_interface_language(SOURCE_LANGUAGE)


@pytest.mark.parametrize(
    ("language", "tab", "button", "planned"),
    [("de", "Budget", "Budgetposten hinzufügen…", "Geplant"), ("pl", "Budżet", "Dodaj pozycję budżetu…", "Planowane")],
)
def test_the_budget_page_speaks_the_language(qtbot, context, event_ids, speak, language, tab, button, planned):
    from planner.ui.budget.page import BudgetPage, page_title

    speak(language)
    page = BudgetPage(context)
    qtbot.addWidget(page)
    page.load(event_ids["ECRI"])
    assert page_title() == tab
    assert page.add_button.text() == button
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == planned
    # Amounts with the language's decimal sign: 2.537,00 in German, 2 537,00 in Polish.
    travel = next(row for row in page.model.rows if row.category == "travel" and row.currency == "EUR")
    shown = page.model.index(page.model.rows.index(travel), 4).data()
    assert shown == {"de": "2.537,00", "pl": "2\u00a0537,00"}[language]
