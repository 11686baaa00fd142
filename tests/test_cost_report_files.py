"""The cost report for one funder as an auditor receives it: the PDF read
back with pypdf, the workbook read back with openpyxl, both from the
command line too; and the budget and each cost's date, payee and evidence
kept in the event file (a file made before budgets still reads)."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdf
import pytest

from planner import cli
from planner.documents.catalogue import render
from planner.documents.options import DocumentOptions
from planner.exchange.cost_report_xlsx import cost_report_workbook
from planner.exchange.event_export import export_event
from planner.exchange.event_file import dumps
from planner.exchange.event_import import import_event_bytes
from planner.services import budget, cost_report, logistics
from planner.services.errors import InvalidInput

MUNICH = Path(__file__).resolve().parent.parent / "resources" / "demo" / "ecri-study-visit-munich-2018.planner.json"
FUNDER = "ECRI (COSME)"


@pytest.fixture
def munich(store) -> int:
    """The Munich visit with a budget, and one cost with what an auditor asks for."""
    with store.write() as session:
        event_id = import_event_bytes(session, MUNICH.read_bytes()).id
        for category, amount, currency in (
            ("travel", "3000.00", "EUR"),
            ("travel", "3000.00", "PLN"),
            ("accommodation", "2500.00", "EUR"),
        ):
            budget.add_budget_line(
                session, event_id, funder=FUNDER, category=category, amount_minor=amount, currency=currency
            )
        taxi = next(cost for cost in logistics.costs_of(session, event_id) if cost.description.startswith("Taxi"))
        logistics.update_cost(
            session, taxi.id, spent_on=date(2018, 3, 23), payee="Taxi-Zentrale München", evidence="Quittung 4711"
        )
    return event_id


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data), strict=True).pages)


def test_the_pdf_lists_every_cost_of_the_funder_with_totals_per_currency_and_the_budget(store, munich):
    with store.read() as session:
        data = render(session, "costs", munich, DocumentOptions(funder="ecri (cosme)", printed_on=date(2026, 12, 4)))
    text = _pdf_text(data)
    flat = " ".join(text.split())
    assert "COST REPORT" in text and "Funder: ECRI (COSME)" in text
    # Line by line: the dated taxi first, with its payee, person and receipt.
    assert "1 23 Mar 2018 Taxi-Zentrale München (Dimitra Alexiou) Travel" in flat
    assert "Quittung 4711 96.50 EUR" in flat
    assert "Flights Kraków–Munich, return, KLK (2 persons)" in flat
    assert "\nAccommodation\n" in text  # the category's word whole, never "Accommodatio / n"
    # Totals per currency, never added together.
    assert "EUR 6,015.00" in flat and "PLN 4,058.00" in flat
    # The budget against spending: 3,000.00 EUR of travel planned, 2,537.00 spent.
    assert "Travel EUR 3,000.00 2,537.00 463.00" in flat
    assert "Accommodation EUR 2,500.00 2,866.00 -366.00 · over budget" in flat
    assert "I certify that the costs listed above were incurred for this event and charged to ECRI (COSME)." in flat
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)  # landscape, for the columns


def test_the_pdf_speaks_german_with_german_numbers(store, munich):
    with store.read() as session:
        data = render(session, "costs", munich, DocumentOptions(funder=FUNDER, language="de"))
    flat = " ".join(_pdf_text(data).split())
    assert "Fördergeber: ECRI (COSME)" in flat and "Summen je Währung" in flat
    assert "EUR 6.015,00" in flat and "Budget überschritten" in flat
    assert "23.03.2018" in flat or "23. März 2018" in flat


def test_a_funder_the_event_does_not_know_is_refused_with_those_it_knows(store, munich):
    with store.read() as session, pytest.raises(InvalidInput, match=r"its funders are: ECRI \(COSME\)"):
        render(session, "costs", munich, DocumentOptions(funder="ECRI"))
    with store.read() as session, pytest.raises(InvalidInput, match="the cost report is for one funder"):
        render(session, "costs", munich, DocumentOptions())


def test_the_workbook_holds_the_same_lines_as_exact_numbers(store, munich):
    with store.read() as session:
        data = cost_report_workbook(cost_report.cost_report(session, munich, FUNDER))
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook["Cost report"]
    assert sheet["A1"].value == "ECRI study visit to BioM, Munich"
    assert sheet["A2"].value == "Funder: ECRI (COSME)"
    header = [cell.value for cell in sheet[5]]
    assert header == ["No.", "Date", "Paid to / person", "Category", "Description", "Evidence", "Amount", "Currency"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=6, max_row=13)]
    assert rows[0][:4] == [1, rows[0][1], "Taxi-Zentrale München (Dimitra Alexiou)", "Travel"]
    assert rows[0][1].date() == date(2018, 3, 23)
    assert (Decimal(str(rows[0][6])), rows[0][7], rows[0][5]) == (Decimal("96.5"), "EUR", "Quittung 4711")
    assert sheet.cell(6, 7).number_format == "#,##0.00"
    # The amounts add up to the totals written below them, per currency.
    sums: dict[str, Decimal] = {}
    for row in rows:
        sums[row[7]] = sums.get(row[7], Decimal(0)) + Decimal(str(row[6]))
    totals = {
        row[7].value: Decimal(str(row[6].value)) for row in sheet.iter_rows(min_row=15) if row[5].value == "Total"
    }
    assert totals == sums == {"EUR": Decimal("6015"), "PLN": Decimal("4058")}
    spending = workbook["Budget and spending"]
    over = [[cell.value for cell in row] for row in spending.iter_rows(min_row=2) if row[5].value]
    assert [(row[0], row[1], row[5]) for row in over] == [
        ("Accommodation", "EUR", "over budget"),
        ("Subsistence", "PLN", "over budget"),
        ("Catering", "EUR", "over budget"),
    ]


def test_the_command_line_writes_both(store, munich, tmp_path, capsys):
    database = str(store.path)
    store.close()
    pdf, workbook = tmp_path / "costs.pdf", tmp_path / "costs.xlsx"
    assert cli.main(["--db", database, "pdf", "costs", str(munich), "--funder", FUNDER, "-o", str(pdf)]) == 0
    assert "Funder: ECRI (COSME)" in _pdf_text(pdf.read_bytes())
    assert cli.main(["--db", database, "cost-report", str(munich), "--funder", FUNDER, "-o", str(workbook)]) == 0
    assert openpyxl.load_workbook(workbook)["Cost report"]["A2"].value == "Funder: ECRI (COSME)"
    assert cli.main(["--db", database, "pdf", "costs", str(munich), "-o", str(tmp_path / "none.pdf")]) != 0
    assert "the cost report is for one funder" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()


def test_the_budget_and_what_auditors_ask_of_costs_survive_the_event_file(store, munich):
    with store.read() as session:
        exported = dumps(export_event(session, munich))
    document = json.loads(exported)
    assert document["budget"][0] == {"funder": FUNDER, "category": "travel", "amount": "3000.00", "currency": "EUR"}
    taxi = next(cost for cost in document["costs"] if cost["description"].startswith("Taxi"))
    assert (taxi["spent_on"], taxi["payee"], taxi["evidence"]) == (
        "2018-03-23",
        "Taxi-Zentrale München",
        "Quittung 4711",
    )
    with store.write() as session:
        again = import_event_bytes(session, exported).id
    with store.read() as session:
        assert dumps(export_event(session, again)) == exported
        rows = budget.budget_against_costs(session, again, FUNDER)
    assert [(row.category, row.currency, str(row.planned)) for row in rows if row.line_ids] == [
        ("travel", "EUR", "3000.00"),
        ("travel", "PLN", "3000.00"),
        ("accommodation", "EUR", "2500.00"),
    ]
    # A file written before budgets has none, and reads as it always did.
    assert "budget" not in json.loads(MUNICH.read_text("utf-8"))
