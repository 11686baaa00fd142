"""`planner pdf minutes --docx` and `--as-of`: the conclusions report as a
Word document and judged on a given day, from the command line in a real
process, read back with python-docx and pypdf."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest

from planner.db.sqlite import read_only_connection
from tests.databases import saved_database

pytestmark = pytest.mark.slow  # each test runs `planner` as a process

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


def planner(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120
    )


@pytest.fixture
def database(tmp_path, data_dir):
    return saved_database(tmp_path / "work.sqlite")


def _madrid(database: Path) -> str:
    connection = read_only_connection(database)
    try:
        return str(
            next(id_ for id_, title in connection.execute("SELECT id, title FROM event") if "Improvement" in title)
        )
    finally:
        connection.close()


def test_the_report_is_written_as_a_word_document_in_the_language_asked(database, data_dir, tmp_path):
    output = tmp_path / "report.docx"
    result = planner(
        "--db",
        str(database),
        "pdf",
        "minutes",
        _madrid(database),
        "--docx",
        "--lang",
        "fr",
        "-o",
        str(output),
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {output}"
    document = docx.Document(str(output))
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    assert headings[0] != "How the meeting was organised" and len(headings) == 9
    assert document.core_properties.language == "fr-FR"


def test_the_word_document_is_for_the_report_only_and_replaces_no_pdf(database, data_dir, tmp_path):
    madrid = _madrid(database)
    agenda = tmp_path / "agenda.docx"
    refused = planner("--db", str(database), "pdf", "agenda", madrid, "--docx", "-o", str(agenda), data_dir=data_dir)
    assert refused.returncode != 0 and not agenda.exists()
    assert "--docx: only the conclusions report (minutes) is written as a Word document" in refused.stderr
    pdf = tmp_path / "report.pdf"
    assert planner("--db", str(database), "pdf", "minutes", madrid, "-o", str(pdf), data_dir=data_dir).returncode == 0
    kept = pdf.read_bytes()
    result = planner("--db", str(database), "pdf", "minutes", madrid, "--docx", "-o", str(pdf), data_dir=data_dir)
    assert result.returncode != 0 and "is a PDF, not a Word document (.docx)" in result.stderr
    assert pdf.read_bytes() == kept


def test_as_of_judges_the_open_actions_on_that_day(database, data_dir, tmp_path):
    madrid = _madrid(database)
    output = tmp_path / "report.pdf"
    result = planner(
        "--db", str(database), "pdf", "minutes", madrid, "--as-of", "2009-08-01", "-o", str(output), data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(output.read_bytes())).pages)
    assert "The state of the actions on 1 August 2009." in text and text.count("overdue") == 1
    wrong = planner(
        "--db", str(database), "pdf", "minutes", madrid, "--as-of", "1 August", "-o", str(output), data_dir=data_dir
    )
    assert wrong.returncode == 2 and "argument --as-of: invalid day value: '1 August'" in wrong.stderr
    other = planner(
        "--db",
        str(database),
        "pdf",
        "agenda",
        madrid,
        "--as-of",
        "2009-08-01",
        "-o",
        str(tmp_path / "a.pdf"),
        data_dir=data_dir,
    )
    assert other.returncode != 0 and "conclusions report" in other.stderr
