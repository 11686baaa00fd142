"""The statistics a project reports, printed (read back with pypdf) and
as a workbook (read back with openpyxl): for one sample event, and over a
programme of three events where people come back; from the command line
too, in a real process."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import make_pdf, pdf_info, pdf_pages, pdf_text, structure_problems
from openpyxl import load_workbook

from planner.documents.options import DocumentOptions
from planner.documents.statistics import statistics_pdf
from planner.documents.statistics_workbook import statistics_workbook
from planner.services.statistics import Scope
from tests.databases import saved_database
from tests.statistics_events import programme_of_three

PRINTED_ON = date(2026, 12, 4)
PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_final_conference_in_numbers(store, samples):
    data = make_pdf(store, "statistics", samples["CLUNET"], printed_on=PRINTED_ON)
    assert structure_problems(data) == []
    pages = pdf_pages(data)
    assert len(pages) == 1
    text = _flat(pages[0])
    assert pages[0].splitlines()[0] == "STATISTICS"
    assert "CLUNET final conference Conference · 5 June 2009 · Madrid, Spain" in text
    assert "Counted: the people who attended, as recorded." in text
    assert "Returning: took part in an earlier event of the same programme" in text
    assert "Participants 7 Of them women 0 New to the network 1" in text
    assert "Spain 4 57.1% France 1 14.3% Greece 1 14.3% Poland 1 14.3% Total 7 100.0%" in text
    assert "Woman 0 0.0% Man 0 0.0% Another 0 0.0% Not stated 7 100.0%" in text
    assert "Cluster 4 57.1% Public body 2 28.6% No organisation 1 14.3%" in text
    assert "New 1 14.3% Returning 6 85.7%" in text
    assert "Events held" not in text  # one event: no table of events either
    assert pdf_info(data)["/Title"] == "Statistics: CLUNET final conference"


def _programme(store) -> None:
    with store.write() as session:
        programme_of_three(session)


def test_a_programme_printed_with_a_row_per_event(store):
    _programme(store)
    scope = Scope(programme="Interreg BioNet", starts=date(2024, 1, 1), ends=date(2024, 12, 31))
    with store.read() as session:
        data = statistics_pdf(session, scope, DocumentOptions(printed_on=PRINTED_ON))
    assert structure_problems(data) == []
    text = _flat(pdf_text(data))
    assert "Programme: Interreg BioNet" in text
    assert "Events starting from 1 January 2024 to 31 December 2024" in text
    assert (
        "Counted: at events whose attendance is recorded, the people who attended; "
        "at the others, the people who were coming."
    ) in text
    assert "Each participation is counted" in text
    assert (
        "Events 3 Events held 2 Participations in joint actions 7 Different people 4 Of them women 3 "
        "New to the network 4 Organisations involved (participants' and hosts) 2 Countries of the participants 4"
    ) in text
    assert "Woman 3 42.9% Man 1 14.3% Another 2 28.6% Not stated 1 14.3% Total 7 100.0%" in text
    assert "New 4 57.1% Returning 3 42.9%" in text
    # A row per event: whom it counts, its participants, by gender, new and returning.
    assert "Kick-off 6 February 2024 attended 2 1 1 0 0 2 0" in text
    assert "Workshop 14 May 2024 coming 2 1 0 1 0 1 1" in text
    assert "Closing meeting 20 November 2024 attended 3 1 0 1 1 1 2" in text
    assert "Study visit" not in text  # cancelled


def test_a_programme_printed_in_german(store):
    _programme(store)
    with store.read() as session:
        data = statistics_pdf(session, Scope(programme="Interreg BioNet"), DocumentOptions(language="de"))
    text = _flat(pdf_text(data))
    assert text.startswith("STATISTIK Programm: Interreg BioNet")
    assert "Teilnehmende nach Geschlecht Geschlecht Teilnehmende Anteil Frau 3 42,9" in text
    assert "Teilnahmen an gemeinsamen Maßnahmen 7" in text
    assert "Neu 4 57,1" in text and "Wiederkehrend 3 42,9" in text


def test_the_workbook_holds_the_same_tables_as_numbers(store):
    _programme(store)
    with store.read() as session:
        data = statistics_workbook(session, Scope(programme="Interreg BioNet"), DocumentOptions())
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [
        "In numbers",
        "Country",
        "Gender",
        "Type of organisation",
        "New or returning",
        "Events",
    ]
    first = list(workbook["In numbers"].iter_rows(values_only=True))
    assert first[0][0] == "Statistics: Programme: Interreg BioNet"
    indicators = {row[0]: row[1] for row in first if isinstance(row[1], int)}
    assert indicators == {
        "Events": 3,
        "Events held": 2,
        "Participations in joint actions": 7,
        "Different people": 4,
        "Of them women": 3,
        "New to the network": 4,
        "Organisations involved (participants' and hosts)": 2,
        "Countries of the participants": 4,
    }
    gender = list(workbook["Gender"].iter_rows(values_only=True))
    assert gender[0] == ("Gender", "Participants", "Share")
    assert [row[:2] for row in gender[1:]] == [
        ("Woman", 3),
        ("Man", 1),
        ("Another", 2),
        ("Not stated", 1),
        ("Total", 7),
    ]
    assert gender[1][2] == pytest.approx(3 / 7)
    assert workbook["Gender"]["C2"].number_format == "0.0%"
    countries = [row[:2] for row in workbook["Country"].iter_rows(min_row=2, values_only=True)]
    assert countries == [("Germany", 3), ("Slovenia", 2), ("France", 1), ("Poland", 1), ("Total", 7)]
    events = list(workbook["Events"].iter_rows(values_only=True))
    assert events[0] == (
        "Event", "Dates", "Counted", "Participants", "Woman", "Man", "Another", "Not stated", "New", "Returning",
    )  # fmt: skip
    assert events[2] == ("Workshop", "14 May 2024", "coming", 2, 1, 0, 1, 0, 1, 1)


def test_an_event_title_that_looks_like_a_formula_stays_text(store):
    _programme(store)
    with store.write() as session:
        from planner.services import events

        event_id = events.create_event(
            session, title="=HYPERLINK(\"http://127.0.0.1:9\")", kind="meeting", starts_on=date(2025, 1, 9),
            ends_on=date(2025, 1, 9), timezone="Europe/Berlin", programme="Interreg BioNet",
        ).id  # fmt: skip
    with store.read() as session:
        data = statistics_workbook(session, Scope(programme="Interreg BioNet"), DocumentOptions())
    sheet = load_workbook(io.BytesIO(data))["Events"]
    cell = sheet.cell(row=5, column=1)
    assert cell.value == '=HYPERLINK("http://127.0.0.1:9")' and cell.data_type == "s"
    assert event_id


# -- from the command line ------------------------------------------------------


def _planner(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120
    )


@pytest.mark.slow
def test_the_command_line_writes_a_programmes_workbook_and_an_events_pdf(tmp_path, data_dir):
    database = saved_database(tmp_path / "work.sqlite")
    workbook = tmp_path / "clunet.xlsx"
    result = _planner(
        "--db", str(database), "statistics", "--programme", "CLUNET", "--from", "2009-01-01", "--to", "2009-12-31",
        "-o", str(workbook), data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {workbook} (2 events, 19 participations)"
    network = list(load_workbook(workbook)["New or returning"].iter_rows(values_only=True))
    assert [row[:2] for row in network[1:]] == [("New", 13), ("Returning", 6), ("Total", 19)]

    printed = tmp_path / "statistik.pdf"
    result = _planner(
        "--db", str(database), "statistics", "--programme", "CLUNET", "-o", str(printed), "--lang", "de",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Wiederkehrend 6 31,6" in _flat(pdf_text(printed.read_bytes()))

    refused = _planner(
        "--db", str(database), "statistics", "--programme", "Horizon", "-o", str(tmp_path / "no.xlsx"),
        data_dir=data_dir,
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.startswith("planner: programme: no event belongs to a programme named 'Horizon'")
    assert not (tmp_path / "no.xlsx").exists()
