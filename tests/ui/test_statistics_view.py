"""The Statistics dialog: reached from the Event menu for the event shown,
its tables, the choice of all events, a programme and a period, and the
same figures saved as a PDF and a workbook (read back)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QDate, QTranslator

from planner.services import language
from planner.ui.statistics_dialog import StatisticsDialog


def _column(table, column: int = 0) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _rows(table) -> dict[str, list[str]]:
    return {
        table.item(row, 0).text(): [table.item(row, column).text() for column in range(1, table.columnCount())]
        for row in range(table.rowCount())
    }


def _choose(dialog: StatisticsDialog, text: str) -> None:
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findText(text))


def test_the_event_menu_opens_the_statistics_of_the_event_shown(window, event_ids, qtbot):
    window.open_event(event_ids["CLUNET"])
    event_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "Eve&nt")
    entry = next(action for action in event_menu.actions() if action.text() == "&Statistics…")
    entry.trigger()
    dialog = window.findChild(StatisticsDialog, "statistics")
    assert dialog is not None and dialog.isVisible()
    assert dialog.scope_box.currentText() == "This event: CLUNET final conference"
    assert not dialog.period.isEnabled()
    assert _rows(dialog.tables["indicators"])["Participants"] == ["7"]
    assert _rows(dialog.tables["network"]) == {
        "New": ["1", "14.3%"],
        "Returning": ["6", "85.7%"],
        "Total": ["7", "100.0%"],
    }
    assert _column(dialog.tables["countries"]) == ["Spain", "France", "Greece", "Poland", "Total"]
    assert _column(dialog.tables["genders"]) == ["Woman", "Man", "Another", "Not stated", "Total"]
    assert dialog.note.text().startswith("Counted: the people who attended, as recorded.")
    assert not dialog.tabs.isTabVisible(dialog.tabs.indexOf(dialog.tables["events"]))
    dialog.close()


def test_a_programme_over_a_period_and_saving_it(context, event_ids, qtbot, tmp_path):
    dialog = StatisticsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.scope_box.currentText() == "All events"
    assert _rows(dialog.tables["indicators"])["Events"] == ["3"]
    _choose(dialog, "Programme: CLUNET")
    indicators = _rows(dialog.tables["indicators"])
    assert indicators["Events"] == ["2"] and indicators["Participations in joint actions"] == ["19"]
    assert indicators["Different people"] == ["13"]
    events = dialog.tables["events"]
    assert dialog.tabs.isTabVisible(dialog.tabs.indexOf(events))
    assert _column(events) == [
        "Improvement of management skills in biotechnological companies: the role of clusters",
        "CLUNET final conference",
    ]
    assert _rows(events)["CLUNET final conference"][-2:] == ["1", "6"]

    # Only the events starting on 5 June 2009: the final conference.
    assert dialog.period.isEnabled() and not dialog.starts.isEnabled()
    dialog.period.setChecked(True)
    assert dialog.starts.isEnabled() and dialog.ends.isEnabled()
    dialog.starts.setDate(QDate(2009, 6, 5))
    dialog.ends.setDate(QDate(2009, 6, 30))
    assert dialog.scope().starts == date(2009, 6, 5)
    assert _rows(dialog.tables["indicators"])["Participants"] == ["7"]

    # A period that ends before it starts is said, and nothing can be saved.
    dialog.ends.setDate(QDate(2009, 1, 1))
    assert dialog.note.text() == "to: the period ends on Thu 01 Jan 2009, before it starts on Fri 05 Jun 2009"
    assert not dialog.pdf_button.isEnabled() and not dialog.workbook_button.isEnabled()
    dialog.period.setChecked(False)
    assert dialog.pdf_button.isEnabled()

    pdf = dialog.save_pdf(tmp_path / "clunet.pdf")
    assert pdf == tmp_path / "clunet.pdf"
    text = " ".join("\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages).split())
    assert text.startswith("STATISTICS Programme: CLUNET")
    assert "New 13 68.4% Returning 6 31.6%" in text
    workbook = dialog.save_workbook(tmp_path / "clunet.xlsx")
    sheet = load_workbook(io.BytesIO(workbook.read_bytes()))["New or returning"]
    assert [row[:2] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        ("New", 13),
        ("Returning", 6),
        ("Total", 19),
    ]


# -- in the partners' languages ----------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("es", "de", "fr", "it", "pl", "el")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is installed with PySide6"
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_catalogue_holds_every_text_marked_in_the_dialog(code, tmp_path):
    updated = tmp_path / f"stats_{code}.ts"
    shutil.copyfile(CATALOGUES / f"stats_{code}.ts", updated)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", "planner/ui/statistics_dialog.py", "-ts", str(updated)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    missing = [
        message.findtext("source")
        for message in ET.parse(updated).getroot().iter("message")
        if (translation := message.find("translation")) is not None and translation.get("type") == "unfinished"
    ]
    assert not missing


def test_the_dialog_in_german(context, event_ids, qtbot, tmp_path):
    compiled = tmp_path / "stats_de.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(CATALOGUES / "stats_de.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    language.set_interface_language("de")
    try:
        dialog = StatisticsDialog(context, event_ids["CLUNET"])
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Statistik"
        assert dialog.scope_box.currentText() == "Diese Veranstaltung: CLUNET final conference"
        assert [dialog.tabs.tabText(index) for index in range(5)] == [
            "In Zahlen",
            "Länder",
            "Geschlecht",
            "Arten von Organisationen",
            "Neu oder wiederkehrend",
        ]
        assert _rows(dialog.tables["network"]) == {
            "Neu": ["1", "14,3\u00a0%"],
            "Wiederkehrend": ["6", "85,7\u00a0%"],
            "Gesamt": ["7", "100,0\u00a0%"],
        }
        assert _column(dialog.tables["countries"]) == ["Spanien", "Frankreich", "Griechenland", "Polen", "Gesamt"]
        assert _column(dialog.tables["genders"])[:4] == ["Frau", "Mann", "Divers", "Keine Angabe"]
        assert dialog.note.text().startswith("Gezählt: die anwesenden Personen, wie erfasst.")
    finally:
        QCoreApplication.removeTranslator(translator)
        language.set_interface_language("en")
